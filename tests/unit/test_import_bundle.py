"""Import from the old system: a dry run that changes nothing, an apply that writes every
row into the change feed, a re-run that finds everything unchanged, a corrected row
updated, a bad row refusing the whole bundle by name, and the round trip (a demo service
exported and imported into an empty one gives the same indicators)."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from yjdesk.errors import KnownError
from yjdesk.models import Child, Offence
from yjdesk.models.imports import ImportKey, ImportRun
from yjdesk.models.server import FeedEntry, RowRevision, ServerCounter
from yjdesk.server import import_engine as imp
from yjdesk.server.settings import make_engine
from yjdesk.services.imports.export import export
from yjdesk.services.oversight.kpi import KpiSettings, Period, compute_pack
from yjdesk.store.schema import upgrade

TODAY = dt.date(2026, 11, 20)


def _server(path: Path) -> Engine:
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine, side="server")
    return engine


@pytest.fixture(scope="module")
def demo_bundle(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A tiny demo service (its central database) and its export as a bundle."""
    from yjdesk.demo.service import seed_database

    root = tmp_path_factory.mktemp("bundle")
    db = root / "old.db"
    seed_database(db, "tiny", today=TODAY)
    engine = make_engine(f"sqlite:///{db}")
    with engine.connect() as conn:
        counts = export(conn, root / "bundle", "demo-old-system")
    engine.dispose()
    assert counts["children"] == 40 and counts["contacts"] > 0 and counts["assessments"] > 0
    return db, root / "bundle"


def _count(s: Session, model: object) -> int:
    return int(s.scalar(select(func.count()).select_from(model)) or 0)  # type: ignore[arg-type]


def _rewrite(src: Path, dst: Path, name: str, edit: object) -> None:
    """Copy the bundle, editing one file's rows with ``edit(rows)``."""
    dst.mkdir()
    for f in src.iterdir():
        (dst / f.name).write_bytes(f.read_bytes())
    with (dst / name).open(newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    edit(rows)  # type: ignore[operator]
    with (dst / name).open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(rows)


def test_dry_run_apply_and_rerun(demo_bundle: tuple[Path, Path], tmp_path: Path) -> None:
    _, bundle = demo_bundle
    engine = _server(tmp_path / "new.db")
    try:
        with Session(engine) as s, s.begin():
            plan = imp.plan(s, bundle, imp.Mapping({}))
        assert plan.ok and plan.counts["children"]["create"] == 40
        with Session(engine) as s:
            assert _count(s, Child) == 0 and _count(s, ImportKey) == 0     # dry run: nothing
        total = plan.total("create")
        with Session(engine) as s, s.begin():
            imp.apply(s, plan, run_by="test", user_id=None)
        with Session(engine) as s:
            assert _count(s, Child) == 40
            assert _count(s, ImportKey) == total
            assert _count(s, FeedEntry) == total                          # laptops get them
            assert _count(s, RowRevision) == total
            counter = s.scalar(select(ServerCounter.value))
            assert counter == total
            kinds = set(s.scalars(select(FeedEntry.kind).where(
                FeedEntry.table_name == "offence")))
            assert kinds == {"child"}
            assert s.scalar(select(func.max(FeedEntry.server_seq))) == total
        with Session(engine) as s, s.begin():
            again = imp.plan(s, bundle, imp.Mapping({}))
            assert again.total("unchanged") == total and not again.pending
            imp.apply(s, again, run_by="test", user_id=None)              # changes nothing
        with Session(engine) as s:
            assert s.scalar(select(ServerCounter.value)) == total
            assert _count(s, RowRevision) == total and _count(s, ImportRun) == 2

        def rename(rows: list[list[str]]) -> None:
            rows[1][rows[0].index("family_name")] = "Corrected"

        fixed = tmp_path / "fixed"
        _rewrite(bundle, fixed, "children.csv", rename)
        with Session(engine) as s, s.begin():
            third = imp.plan(s, fixed, imp.Mapping({}))
            assert third.counts["children"] == {"create": 0, "update": 1,
                                                "unchanged": 39, "refuse": 0}
            imp.apply(s, third, run_by="test", user_id=None)
        with Session(engine) as s:
            child = s.scalars(select(Child).where(Child.family_name == "Corrected")).one()
            assert child.rev == 2 and child.server_seq == total + 1
    finally:
        engine.dispose()


def test_a_bad_row_imports_nothing_and_is_named(demo_bundle: tuple[Path, Path],
                                               tmp_path: Path) -> None:
    _, bundle = demo_bundle
    holder: dict[str, str] = {}

    def break_one(rows: list[list[str]]) -> None:
        rows[3][rows[0].index("offence_date")] = "2025-02-30"
        holder["id"] = rows[3][0]

    bad = tmp_path / "bad"
    _rewrite(bundle, bad, "offences.csv", break_one)
    engine = _server(tmp_path / "new.db")
    try:
        with Session(engine) as s, s.begin():
            plan = imp.plan(s, bad, imp.Mapping({}))
            assert [(r.entity, r.line, r.legacy_id, r.reason) for r in plan.refused] == [
                ("offences", 4, holder["id"], "offence_date '2025-02-30' is not a date "
                                              "(YYYY-MM-DD)")]
            assert "offences.csv line 4" in imp.report(plan)
            with pytest.raises(KnownError, match="nothing was imported"):
                imp.apply(s, plan, run_by="test", user_id=None)
        with Session(engine) as s:
            assert _count(s, Child) == 0 and _count(s, Offence) == 0
    finally:
        engine.dispose()


def test_codes_go_through_the_mapping_file(demo_bundle: tuple[Path, Path],
                                           tmp_path: Path) -> None:
    _, bundle = demo_bundle

    def old_codes(rows: list[list[str]]) -> None:
        g = rows[0].index("gender")
        for r in rows[1:]:
            r[g] = {"male": "M", "female": "F"}.get(r[g], "U")

    old = tmp_path / "old"
    _rewrite(bundle, old, "children.csv", old_codes)
    mapping = tmp_path / "mapping.json"
    mapping.write_text(json.dumps({"codes": {"gender": {"M": "male", "F": "female",
                                                        "U": "not_known"}}}))
    engine = _server(tmp_path / "new.db")
    try:
        with Session(engine) as s, s.begin():
            unmapped = imp.plan(s, old, imp.Mapping({}))
            assert unmapped.counts["children"]["refuse"] == 40
            assert "gender 'M' is not a known gender (add it to the mapping file)" in {
                r.reason for r in unmapped.refused}
            mapped = imp.plan(s, old, imp.Mapping.load(mapping))
            assert mapped.ok
    finally:
        engine.dispose()


def test_round_trip_gives_the_same_indicators(demo_bundle: tuple[Path, Path],
                                              tmp_path: Path) -> None:
    old_db, bundle = demo_bundle
    engine = _server(tmp_path / "new.db")
    old = make_engine(f"sqlite:///{old_db}")
    period = Period.financial_year(2025)
    settings = KpiSettings(population_10_17=12641)
    keys = ("fte", "reoffending", "custody", "violence", "ooc")
    try:
        with Session(engine) as s, s.begin():
            imp.apply(s, imp.plan(s, bundle, imp.Mapping({})), run_by="t", user_id=None)

        def figures(e: Engine) -> dict[str, object]:
            with Session(e) as s:
                pack = compute_pack(s, period, settings)
            out: dict[str, object] = {}
            for section in (*(pack.section(k) for k in keys), *pack.profile):
                tagged = [("period", section), ("prior", section.prior), *section.trend]
                for tag, version in tagged:
                    if version is not None:
                        out.update({f"{section.key}/{f.key}/{tag}": (f.count, f.denominator)
                                    for f in version.figures})
            return out

        before, after = figures(old), figures(engine)
        assert before == after
        assert before["fte/fte.entrants/period"] != (0, None)            # not trivially equal
        assert len(before) > 200                                      # period, prior, 8 quarters
    finally:
        engine.dispose()
        old.dispose()


def test_a_bundle_changed_after_the_dry_run_imports_nothing(
        demo_bundle: tuple[Path, Path], tmp_path: Path) -> None:
    """Apply reads the files again (it streams them): an edit made between the dry run and
    the apply is noticed and nothing is written."""
    _, bundle = demo_bundle
    copy = tmp_path / "copy"
    _rewrite(bundle, copy, "children.csv", lambda rows: None)
    engine = _server(tmp_path / "new.db")
    try:
        with Session(engine) as s, s.begin():
            plan = imp.plan(s, copy, imp.Mapping({}))
            assert plan.ok and plan.total("create") > 40

        def rename(rows: list[list[str]]) -> None:
            rows[2][rows[0].index("family_name")] = "Edited Later"

        edited = tmp_path / "edited"
        _rewrite(copy, edited, "children.csv", rename)
        (copy / "children.csv").write_bytes((edited / "children.csv").read_bytes())
        with Session(engine) as s, s.begin(), pytest.raises(
                KnownError, match="changed since the dry run"):
            imp.apply(s, plan, run_by="test", user_id=None)
        with Session(engine) as s:
            assert _count(s, Child) == 0 and _count(s, ImportKey) == 0
    finally:
        engine.dispose()


def test_identifiers_come_in_their_own_file(demo_bundle: tuple[Path, Path],
                                            tmp_path: Path) -> None:
    """identifiers.csv fills the child's PNC number and originating id; a changed
    identifier updates the child on a re-run; a bad identifier row is named and stops
    the import."""
    old_db, bundle = demo_bundle
    with (bundle / "identifiers.csv").open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert rows and {r["kind"] for r in rows} == {"pnc"}
    with (bundle / "children.csv").open(newline="", encoding="utf-8") as fh:
        assert all(r["pnc_number"] == "" for r in csv.DictReader(fh))
    old = make_engine(f"sqlite:///{old_db}")
    with Session(old) as s:
        pnc = {c.id: c.pnc_number for c in s.scalars(select(Child))}
    old.dispose()
    engine = _server(tmp_path / "new.db")
    try:
        with Session(engine) as s, s.begin():
            plan = imp.plan(s, bundle, imp.Mapping({}))
            assert plan.counts["identifiers"] == {"create": len(rows), "update": 0,
                                                  "unchanged": 0, "refuse": 0}
            assert "identifiers.csv" in imp.report(plan)
            imp.apply(s, plan, run_by="test", user_id=None)
        with Session(engine) as s:
            keys = {k.row_id: k.legacy_id for k in s.scalars(
                select(ImportKey).where(ImportKey.entity == "children"))}
            got = {keys[c.id]: c.pnc_number for c in s.scalars(select(Child))}
        assert got == pnc and any(got.values())

        first = rows[0]

        def new_pnc(r: list[list[str]]) -> None:
            r[1][r[0].index("value")] = "26/0000001X"
            r.append(["extra-1", first["child_id"], "originating_person_id", "YJB-42"])

        changed = tmp_path / "changed"
        _rewrite(bundle, changed, "identifiers.csv", new_pnc)
        with Session(engine) as s, s.begin():
            again = imp.plan(s, changed, imp.Mapping({}))
            assert again.counts["children"]["update"] == 1
            assert again.counts["identifiers"]["update"] == 2
            imp.apply(s, again, run_by="test", user_id=None)
        with Session(engine) as s:
            child = s.scalars(select(Child).where(Child.pnc_number == "26/0000001X")).one()
            assert child.originating_person_id == "YJB-42" and child.rev == 2

        def bad(r: list[list[str]]) -> None:
            r.append(["bad-1", first["child_id"], "passport", "123"])
            r.append(["bad-2", "no-such-child", "pnc", "25/0000002Y"])

        broken = tmp_path / "broken"
        _rewrite(bundle, broken, "identifiers.csv", bad)
        n = len(rows) + 2
        with Session(engine) as s, s.begin():
            refused = imp.plan(s, broken, imp.Mapping({}))
            assert [(r.entity, r.line, r.legacy_id, r.reason) for r in refused.refused] == [
                ("identifiers", n, "bad-1", "kind 'passport' is not a known kind of "
                 "identifier (one of pnc, originating_person_id)"),
                ("identifiers", n + 1, "bad-2", "child_id 'no-such-child' is not in "
                 "children.csv (an identifier is imported with its child)")]
            with pytest.raises(KnownError, match="nothing was imported"):
                imp.apply(s, refused, run_by="test", user_id=None)
    finally:
        engine.dispose()


def test_the_server_command_dry_runs_then_imports_with_a_progress_bar(
        demo_bundle: tuple[Path, Path], tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    """``yjdesk-server import``: a dry run writes nothing and says so; --apply needs --by;
    the import shows its progress on standard error up to 100% and a second run changes
    nothing."""
    from yjdesk.server.cli import main

    _, bundle = demo_bundle
    db = tmp_path / "new.db"
    _server(db).dispose()
    url = ["--database-url", f"sqlite:///{db}"]
    engine = make_engine(f"sqlite:///{db}")
    try:
        assert main([*url, "import", str(bundle)]) == 0
        dry = capsys.readouterr()
        assert "dry run: nothing was written" in dry.out
        last = dry.err.rstrip("\n").split("\r")[-1]           # the bar ends on the last file
        assert last.startswith("checking ") and "teams" not in last, dry.err
        with Session(engine) as s:
            assert _count(s, Child) == 0
        assert main([*url, "import", str(bundle), "--apply"]) == 1
        assert "give --by NAME" in capsys.readouterr().err
        with Session(engine) as s:
            assert _count(s, Child) == 0
        assert main([*url, "import", str(bundle), "--apply", "--by", "Ivy Officer"]) == 0
        done = capsys.readouterr()
        bars = [line for line in done.err.split("\r") if "writing" in line]
        assert bars and "100%" in bars[-1] and "[" + "#" * 30 + "]" in bars[-1]
        assert "imported: " in done.out and " created" in done.out
        with Session(engine) as s:
            assert _count(s, Child) == 40
            total = s.scalar(select(ServerCounter.value))
        assert main([*url, "import", str(bundle), "--apply", "--by", "Ivy Officer"]) == 0
        assert "imported: 0 created, 0 updated" in capsys.readouterr().out
        with Session(engine) as s:
            assert s.scalar(select(ServerCounter.value)) == total
    finally:
        engine.dispose()
