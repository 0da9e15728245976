"""The sample import bundle shipped in resources/sample-bundle is what the demo generator
makes (``python -m yjdesk.demo.bundle --shipped``), and it imports cleanly: a dry run into
an empty central database creates every row and refuses none."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

from sqlalchemy.orm import Session

from yjdesk.demo.bundle import SAMPLE_DAY, SAMPLE_SCALE, shipped_dir, write_sample
from yjdesk.server import import_engine as imp
from yjdesk.server.settings import make_engine
from yjdesk.store.schema import upgrade


def _rows(path: Path) -> int:
    with path.open(newline="", encoding="utf-8") as fh:
        return sum(1 for _ in csv.reader(fh)) - 1


def test_the_shipped_sample_is_what_the_generator_makes(tmp_path: Path) -> None:
    shipped = shipped_dir()
    counts = write_sample(tmp_path / "made", SAMPLE_SCALE, SAMPLE_DAY)
    made = tmp_path / "made"
    assert counts["children"] == 300 and counts["contacts"] > 1000
    assert sorted(p.name for p in shipped.iterdir()) == sorted(p.name for p in made.iterdir())
    for f in sorted(made.iterdir()):
        if f.name == "bundle.json":          # the export's time differs; nothing else may
            a, b = json.loads(f.read_text("utf-8")), json.loads(
                (shipped / f.name).read_text("utf-8"))
            a.pop("exported_at"), b.pop("exported_at")
            assert a == b
            continue
        assert (shipped / f.name).read_bytes() == f.read_bytes(), (
            f"{f.name} differs: run python -m yjdesk.demo.bundle --shipped")
    for name, n in counts.items():
        assert _rows(shipped / f"{name}.csv") == n


def test_the_shipped_sample_imports_with_no_refusals(tmp_path: Path) -> None:
    shipped = shipped_dir()
    engine = make_engine(f"sqlite:///{tmp_path / 'new.db'}")
    upgrade(engine, side="server")
    try:
        with Session(engine) as s, s.begin():
            plan = imp.plan(s, shipped, imp.Mapping.load(shipped / "mapping.json"))
            assert plan.refused == [] and plan.ok
            assert plan.counts["children"] == {"create": 300, "update": 0, "unchanged": 0,
                                               "refuse": 0}
            assert plan.total("refuse") == 0
            assert plan.total("create") == sum(
                _rows(shipped / f"{e}.csv") for e in plan.counts if e != "identifiers")
            refused = re.findall(r"refused\s+(\d+)", imp.report(plan))
            assert len(refused) == len(plan.counts) and set(refused) == {"0"}
    finally:
        engine.dispose()
