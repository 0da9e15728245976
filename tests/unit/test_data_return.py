"""The YJB quarterly return on a hand-built quarter with known answers: exactly the
expected children and records, the planted defects named per practitioner, the XML valid
against the XSD written from the data-item file, and a resubmission showing what changed."""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from collections.abc import Callable
from itertools import count
from pathlib import Path

import pytest
from lxml import etree
from sqlalchemy import select
from sqlalchemy.orm import Session

from yjdesk.errors import KnownError, PermissionDenied, ValidationError
from yjdesk.models import (
    AssessmentStage,
    Child,
    Disposal,
    Offence,
    Role,
    StatusHistory,
    Team,
    UserAccount,
)
from yjdesk.services.returns import ledger
from yjdesk.services.returns.build import validate_zip
from yjdesk.services.returns.spec import for_quarter, xsd
from yjdesk.services.uow import Actor, UnitOfWork

D = dt.date
Q = ledger.parse_quarter("2025-26 Q2")        # July to September 2025
_n = count(1)


def kid(s: Session, name: str, manager: str, team: str, **kw: object) -> str:
    values: dict[str, object] = dict(gender="male", ethnicity="white_british",
                                     looked_after=StatusHistory.NEVER)
    values.update(kw)
    c = Child(case_number=f"R-{next(_n):04d}-{name}", given_name=name, family_name="Test",
              date_of_birth=D(2009, 1, 1), team_id=team, case_manager_id=manager, **values)
    s.add(c)
    s.flush()
    return c.id


def disp(s: Session, child: str, kind: str, decided: dt.date, category: str,
         end: dt.date | None = None, outcome: str = "ongoing",
         outcome_date: dt.date | None = None) -> str:
    d = Disposal(child_id=child, disposal_type=kind, category=category, decision_date=decided,
                 start_date=decided, end_date=end, outcome=outcome, outcome_date=outcome_date)
    s.add(d)
    s.flush()
    return d.id


@pytest.fixture
def quarter(uow: Callable[..., UnitOfWork]) -> dict[str, str]:
    with uow() as u:
        # the quarter's records as the service sends them (other practitioners wrote them)
        u.session.info["sync_apply"] = True
        return build_quarter(u.session)


def build_quarter(s: Session) -> dict[str, str]:
    """The hand-built quarter (on any session: the laptop store or PostgreSQL)."""
    team = Team(name="Coast", code="COAST", local_authority="Demo Borough Council")
    s.add(team)
    s.flush()
    p1 = UserAccount(username="p1", display_name="Pat One", role=Role.PRACTITIONER,
                     team_id=team.id)
    p2 = UserAccount(username="p2", display_name="Pat Two", role=Role.PRACTITIONER,
                     team_id=team.id)
    s.add_all([p1, p2])
    s.flush()
    t = team.id
    a = kid(s, "A", p1.id, t)
    caution = disp(s, a, "youth_caution", D(2025, 8, 1), "out_of_court", D(2025, 11, 1))
    s.add(Offence(child_id=a, offence_date=D(2025, 7, 20), offence_code="theft_handling",
                  status="proven", gravity=3, disposal_id=caution))
    b = kid(s, "B", p1.id, t, ethnicity="not_known")                  # planted
    disp(s, b, "referral_order", D(2025, 3, 1), "court", D(2025, 9, 1))  # open past end
    c = kid(s, "C", p2.id, t)
    yro = disp(s, c, "yro", D(2025, 1, 1), "court", D(2026, 1, 1),
               outcome="completed")                                  # no outcome date
    s.add(AssessmentStage(
        child_id=c, disposal_id=yro, stage_type="review", status="countersigned",
        form_version=2, author_id=p2.id, started_on=D(2025, 7, 1), due_on=D(2025, 7, 29),
        submitted_at=dt.datetime(2025, 8, 10, 9, tzinfo=dt.UTC),
        countersigned_at=dt.datetime(2025, 8, 15, 9, tzinfo=dt.UTC),
        likelihood_reoffending="medium", rosh="low", safety_wellbeing="high",
        intervention_level="enhanced"))
    d = kid(s, "D", p2.id, t)                                         # nothing in Q2
    disp(s, d, "referral_order", D(2024, 9, 1), "court", D(2025, 3, 1),
         outcome="completed", outcome_date=D(2025, 3, 1))
    e = kid(s, "E", p2.id, t, home_local_authority="Other Council",
            originating_person_id="ORIG-1")                           # caretaken
    s.add(Offence(child_id=e, offence_date=D(2025, 9, 10), offence_code="robbery",
                  status="suspected", gravity=6))
    f = kid(s, "F", p1.id, t)
    disp(s, f, "remand_yda", D(2025, 7, 5), "remand", D(2025, 10, 5))
    disp(s, f, "referral_order", D(2025, 6, 1), "court", D(2025, 12, 1),
         outcome="transferred", outcome_date=D(2025, 9, 20))
    sm = UserAccount(username="sm", display_name="Sam Manager", role=Role.SERVICE_MANAGER)
    s.add(sm)
    s.flush()
    return {"a": a, "b": b, "c": c, "d": d, "e": e, "f": f, "sm": sm.id, "p1": p1.id}


def _xml(zip_path: Path, name: str) -> etree._Element:
    with zipfile.ZipFile(zip_path) as z:
        return etree.fromstring(z.read(name))


def _by_id(root: etree._Element, ns: str) -> dict[str, etree._Element]:
    return {el.findtext(f"{{{ns}}}LocalPersonId"): el for el in root}


def _produce(uow: Callable[..., UnitOfWork], ids: dict[str, str], path: Path) -> ledger.Produced:
    sm = Actor(ids["sm"], Role.SERVICE_MANAGER, None, "dev", "Sam Manager")
    with uow(sm) as u:
        return ledger.produce(u.session, Q, path, produced_by=sm.user_id, role=sm.role,
                              yot="Demo YJS", device_id="dev")


def test_known_quarter_gives_exactly_the_expected_children_and_records(
        uow: Callable[..., UnitOfWork], quarter: dict[str, str], tmp_path: Path) -> None:
    out = tmp_path / "return.zip"
    produced = _produce(uow, quarter, out)
    spec = for_quarter(Q.start)
    ns = spec.namespace
    assert validate_zip(out, spec) == {"children": 5, "offences": 2, "outcomes": 2,
                                       "interventions": 3, "assessments": 1, "custody": 1}
    with uow() as u:
        numbers = {r[0]: r[1] for r in u.session.execute(select(Child.id, Child.case_number))}
    people = _by_id(_xml(out, "young_people.xml"), ns)
    assert set(people) == {numbers[quarter[k]] for k in "abcef"}       # D had no activity
    assert people[numbers[quarter["b"]]].findtext(f"{{{ns}}}Ethnicity") == "X"
    e = people[numbers[quarter["e"]]]
    assert e.findtext(f"{{{ns}}}LocalOtherStatus") == "O"
    assert e.find(f"{{{ns}}}OriginatingPersonId") is None             # caretaking: none
    assert people[numbers[quarter["a"]]].findtext(f"{{{ns}}}LocalOtherStatus") == "L"
    assert people[numbers[quarter["f"]]].findtext(f"{{{ns}}}TransferOutDate") == "2025-09-20"
    kinds = [el.findtext(f"{{{ns}}}EpisodeType") for el in _xml(out, "custody_remand.xml")]
    assert kinds == ["remand_yda"]
    rating = _xml(out, "assessments.xml")[0]
    assert rating.findtext(f"{{{ns}}}SafetyAndWellbeing") == "high"
    assert rating.findtext(f"{{{ns}}}CompletionDate") == "2025-08-15"
    ended = sorted((el.findtext(f"{{{ns}}}InterventionType"),
                    el.findtext(f"{{{ns}}}EndReason") or "")
                   for el in _xml(out, "interventions.xml"))
    assert ended == [("referral_order", ""), ("referral_order", "transferred"),
                     ("youth_caution", "")]
    assert produced.outcome.left_out["interventions"] == 1             # C's YRO, no end date
    assert produced.record.children == 5 and produced.changes is None
    assert produced.record.sha256 and len(produced.record.sha256) == 64


def test_preflight_names_each_planted_defect_per_practitioner(
        uow: Callable[..., UnitOfWork], quarter: dict[str, str]) -> None:
    with uow() as u:
        report = ledger.check(u.session, Q)
    found = {(d.practitioner, d.child_id, d.severity, d.message, d.tab)
             for d in report.defects}
    assert found == {
        ("Pat One", quarter["b"], "incomplete", "Ethnicity is recorded as 'not known'",
         "overview"),
        ("Pat One", quarter["b"], "incomplete",
         "Still open after its planned end on 01/09/2025: record how it ended", "justice"),
        ("Pat Two", quarter["c"], "rejected",
         "Completed, but the date it ended is missing", "justice"),
    }
    assert list(report.by_practitioner()) == ["Pat One", "Pat Two"]
    assert report.count("rejected") == 1 and report.count("incomplete") == 1


def test_an_end_without_its_date_names_the_end_reason_s_label_not_its_code() -> None:
    """A manager reads how the order ended as other screens show it (the code list's
    label), not the stored code; the screen translates it on its own (MESSAGES: True)."""
    from yjdesk.services.codes import codelist
    from yjdesk.services.returns import build

    spec = for_quarter(Q.start)
    part = spec.part("interventions")
    template = "%1, but the date it ended is missing"
    assert build.MESSAGES[template] == (True,)
    for code in ("breached", "transferred", "not_completed"):
        found = [f for f in build.check(spec, part, {"end_reason": code, "end_date": None}, Q)
                 if f[1] == template]
        assert found == [("rejected", template, (codelist("disposal_outcome").label(code),))]
        assert code not in found[0][2][0]
    unknown = build.check(spec, part, {"end_reason": "made_up", "end_date": None}, Q)
    assert ("rejected", template, ("made_up",)) in unknown     # not on the list: the code


def test_an_unallocated_child_s_defects_are_listed_last_under_none(
        uow: Callable[..., UnitOfWork], quarter: dict[str, str]) -> None:
    """A child with no case manager: the defects' practitioner is None (the screen says
    "Unallocated" in the person's language, the server's report in English), after the
    named practitioners."""
    from yjdesk.server.returns_cli import report_text

    with uow() as u:
        u.session.info["sync_apply"] = True
        u.session.get(Child, quarter["b"]).case_manager_id = None
    with uow() as u:
        report = ledger.check(u.session, Q)
    assert list(report.by_practitioner()) == ["Pat Two", None]
    assert {d.practitioner for d in report.defects if d.child_id == quarter["b"]} == {None}
    text = report_text(report)
    assert "\nPat Two\n" in text and "\nUnallocated\n" in text
    assert text.index("\nPat Two\n") < text.index("\nUnallocated\n")


def test_resubmission_shows_what_changed(uow: Callable[..., UnitOfWork],
                                         quarter: dict[str, str], tmp_path: Path) -> None:
    first = _produce(uow, quarter, tmp_path / "first.zip").record
    with uow() as u:
        s = u.session
        child = s.get(Child, quarter["b"])
        assert child is not None
        child.ethnicity = "white_british"
        team = s.scalar(select(Team.id))
        g = kid(s, "G", quarter["p1"], str(team))
        s.add(Offence(child_id=g, offence_date=D(2025, 8, 8), offence_code="public_order",
                      status="suspected", gravity=2))
        numbers = {r[0]: r[1] for r in s.execute(select(Child.id, Child.case_number))}
    second = _produce(uow, quarter, tmp_path / "second.zip")
    assert second.record.supersedes_id == first.id
    assert second.changes is not None
    assert (second.changes["added"], second.changes["removed"], second.changes["changed"]) \
        == (1, 0, 1)
    assert second.changes["added_children"] == [numbers[g]]
    assert second.changes["changed_children"] == [numbers[quarter["b"]]]
    with uow() as u:
        kept = ledger.history(u.session)
        assert [r.file_name for r in kept] == ["second.zip", "first.zip"]
        assert json.loads(kept[0].changes_json or "{}")["changed"] == 1
        assert ledger.producer_name(u.session, kept[0]) == "Sam Manager"


def test_xsd_refuses_a_record_without_a_required_item(tmp_path: Path) -> None:
    spec = for_quarter(Q.start)
    ns = spec.namespace
    etree.XMLSchema(etree.fromstring(xsd(spec).encode()))              # a valid schema
    bad = tmp_path / "bad.zip"
    with zipfile.ZipFile(bad, "w") as z:
        for part in spec.parts:
            body = "" if part.part != "children" else (
                f"<{part.record}><DateOfBirth>2009-01-01</DateOfBirth><Gender>M</Gender>"
                f"<Ethnicity>A</Ethnicity><LocalOtherStatus>L</LocalOtherStatus>"
                f"</{part.record}>")
            z.writestr(part.file, f'<{part.root} xmlns="{ns}" yot="x" periodStart="2025-07-01"'
                                  f' periodEnd="2025-09-30" specification="s">{body}'
                                  f"</{part.root}>")
    with pytest.raises(KnownError, match=r"young_people\.xml does not match the schema"):
        validate_zip(bad, spec)


def test_only_return_roles_produce_and_quarters_must_have_ended(
        uow: Callable[..., UnitOfWork], quarter: dict[str, str], tmp_path: Path) -> None:
    with uow() as u, pytest.raises(PermissionDenied):
        ledger.produce(u.session, Q, tmp_path / "x.zip", produced_by=quarter["p1"],
                       role=Role.PRACTITIONER)
    assert not (tmp_path / "x.zip").exists()
    with pytest.raises(ValidationError):
        ledger.parse_quarter("2025-08-01")
    assert ledger.parse_quarter("2025-26 Q4").start == D(2026, 1, 1)
    assert ledger.financial_label(ledger.parse_quarter("2026-01-01")) == "2025-26 Q4"


def test_server_command_checks_builds_and_lists(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    from yjdesk.demo.service import seed_database
    from yjdesk.server.cli import main

    db = tmp_path / "central.db"
    seed_database(db, "tiny", today=D(2026, 11, 20))
    url = ["--database-url", f"sqlite:///{db}"]
    assert main([*url, "return", "check", "--quarter", "2025-26 Q2"]) == 0
    assert "2025-26 Q2:" in capsys.readouterr().out
    out = tmp_path / "q2.zip"
    build = [*url, "return", "build", "--quarter", "2025-26 Q2", "--out", str(out)]
    assert main([*build, "--by", "sam.practitioner"]) == 1
    assert "Only the information officer" in capsys.readouterr().err
    assert main([*build, "--by", "morgan.manager"]) == 1           # a team manager neither
    capsys.readouterr()
    from sqlalchemy import create_engine, update

    engine = create_engine(f"sqlite:///{db}")
    with engine.begin() as conn:
        conn.execute(update(UserAccount).where(UserAccount.username == "morgan.manager")
                     .values(role=Role.SERVICE_MANAGER))
    engine.dispose()
    assert main([*build, "--by", "morgan.manager"]) == 0
    first = capsys.readouterr().out
    assert "valid against the schema" in first
    assert main([*build, "--by", "morgan.manager"]) == 0           # same data, same bytes
    second = capsys.readouterr().out
    assert first.split("sha256 ")[1][:64] == second.split("sha256 ")[1][:64]
    assert "0 children added, 0 removed, 0 changed" in second
    assert main([*url, "return", "list"]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert len(listed) == 2 and all("Morgan Manager" in line for line in listed)


@pytest.mark.postgres
def test_the_same_return_streams_from_postgresql(postgres_cluster,
                                                  tmp_path: Path) -> None:
    """On the central database the parts are server-side cursors planned for reading every
    row (cursor_tuple_fraction): the same children, records and defects as on the laptop."""
    from sqlalchemy import create_engine, text

    from yjdesk.services.returns.build import run
    from yjdesk.store.schema import upgrade

    admin = create_engine(postgres_cluster.url(), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text("DROP DATABASE IF EXISTS data_return"))
        conn.execute(text("CREATE DATABASE data_return"))
    admin.dispose()
    pg = create_engine(postgres_cluster.url("data_return"))
    try:
        upgrade(pg, side="server")
        with Session(pg) as s, s.begin():
            build_quarter(s)
        spec = for_quarter(Q.start)
        out = tmp_path / "return.zip"
        with Session(pg) as s, s.begin(), out.open("wb") as fh:
            outcome = run(s, Q, spec, yot="Demo YJS", target=fh)
            fraction = s.execute(text("SHOW cursor_tuple_fraction")).scalar()
    finally:
        pg.dispose()
    assert fraction == "1"
    assert validate_zip(out, spec) == {"children": 5, "offences": 2, "outcomes": 2,
                                       "interventions": 3, "assessments": 1, "custody": 1}
    assert outcome.left_out["interventions"] == 1
    assert {(d.name.split()[0], d.part) for d in outcome.defects} >= {
        ("B", "children"), ("C", "interventions")}


def test_the_shipped_data_item_files_cover_every_quarter_the_return_page_offers() -> None:
    """The page offers the last eight ended quarters; each has its year's data-item file
    (2026-27 was missing, so the information officer could not check or produce the
    current year's returns)."""
    from tests.conftest import TODAY
    from yjdesk.services.oversight.kpi.base import quarter_of

    q = quarter_of(TODAY)
    for _ in range(8):
        q = quarter_of(q.start - dt.timedelta(days=1))
        found = for_quarter(q.start)
        assert found.applies_from <= q.start <= found.applies_to


def test_a_service_aligns_names_and_codes_in_its_own_data_item_file(
        uow: Callable[..., UnitOfWork], quarter: dict[str, str], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """When the schema pack arrives the service copies the year's file to ``cld/`` in the
    machine-wide config folder and edits it there: its element names and codes are the
    ones written and validated, with no code change (and the shipped file untouched)."""
    shipped = for_quarter(Q.start)
    machine = tmp_path / "etc"
    (machine / "cld").mkdir(parents=True)
    monkeypatch.setenv("YJDESK_SYSTEM_CONFIG", str(machine / "config.json"))
    raw = json.loads(shipped.source_path.read_text("utf-8"))
    raw["version"] = 2
    people = next(p for p in raw["parts"] if p["part"] == "children")
    people["record"] = "Person"
    next(i for i in people["items"] if i["item"] == "ethnicity")["element"] = "EthnicOrigin"
    raw["code_maps"]["ethnicity"]["white_british"] = "WBRI"
    (machine / "cld" / "2025-26.json").write_text(json.dumps(raw), "utf-8")
    spec = for_quarter(Q.start)
    assert spec.version == 2 and spec.source_path.parent == machine / "cld"
    out = tmp_path / "aligned.zip"
    produced = _produce(uow, quarter, out)
    assert produced.record.specification == "cld-2025-26 v2"
    assert validate_zip(out, spec)["children"] == 5                   # against its XSD
    ns = spec.namespace
    root = _xml(out, "young_people.xml")
    assert {el.tag for el in root} == {f"{{{ns}}}Person"}
    origins = [el.findtext(f"{{{ns}}}EthnicOrigin") for el in root]
    assert "WBRI" in origins and "A" not in origins
    assert all(el.find(f"{{{ns}}}Ethnicity") is None for el in root)
    with pytest.raises(KnownError, match="does not match the schema"):
        validate_zip(out, shipped)                                    # not the shipped one


def test_transfers_in_and_out_follow_the_transfer_rules(
        uow: Callable[..., UnitOfWork], quarter: dict[str, str], tmp_path: Path) -> None:
    """A child transferred in (home service here) is "local" with the originating service's
    person id and the transfer-in date; a caretaken child (home elsewhere) transferred back
    is "other", with its home service, no originating id and no transfer-out date
    (YJB-REFERENCE.md 1.2)."""
    with uow() as u:
        s = u.session
        s.info["sync_apply"] = True
        team = str(s.scalar(select(Team.id).where(Team.code == "COAST")))  # the service's
        t = kid(s, "T", quarter["p1"], team, home_local_authority="Demo Borough Council",
                originating_person_id="ORIG-9")
        order = disp(s, t, "referral_order", D(2025, 6, 20), "court", D(2026, 6, 20))
        s.add(AssessmentStage(
            child_id=t, disposal_id=order, stage_type="transfer_in", status="countersigned",
            form_version=2, author_id=quarter["p1"], started_on=D(2025, 8, 3),
            due_on=D(2025, 8, 31), submitted_at=dt.datetime(2025, 8, 18, 9, tzinfo=dt.UTC),
            countersigned_at=dt.datetime(2025, 8, 20, 9, tzinfo=dt.UTC),
            likelihood_reoffending="low", rosh="low", safety_wellbeing="low",
            intervention_level="standard"))
        h = kid(s, "H", quarter["p1"], team, home_local_authority="Other Council",
                originating_person_id="ORIG-10")
        disp(s, h, "yro", D(2025, 5, 1), "court", D(2026, 5, 1), outcome="transferred",
             outcome_date=D(2025, 9, 10))
        numbers = {r[0]: r[1] for r in s.execute(select(Child.id, Child.case_number))}
    out = tmp_path / "transfers.zip"
    _produce(uow, quarter, out)
    ns = for_quarter(Q.start).namespace
    people = _by_id(_xml(out, "young_people.xml"), ns)
    moved_in, caretaken = people[numbers[t]], people[numbers[h]]
    assert moved_in.findtext(f"{{{ns}}}LocalOtherStatus") == "L"
    assert moved_in.findtext(f"{{{ns}}}OriginatingPersonId") == "ORIG-9"
    assert moved_in.findtext(f"{{{ns}}}TransferInDate") == "2025-08-03"
    assert moved_in.find(f"{{{ns}}}TransferOutDate") is None
    assert caretaken.findtext(f"{{{ns}}}LocalOtherStatus") == "O"
    assert caretaken.findtext(f"{{{ns}}}HomeYOT") == "Other Council"
    assert caretaken.find(f"{{{ns}}}OriginatingPersonId") is None
    assert caretaken.find(f"{{{ns}}}TransferOutDate") is None
    stages = {el.findtext(f"{{{ns}}}LocalPersonId"): el.findtext(f"{{{ns}}}StageType")
              for el in _xml(out, "assessments.xml")}
    assert stages[numbers[t]] == "transfer_in"
