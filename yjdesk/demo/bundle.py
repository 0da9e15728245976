"""A sample import bundle made by the demo generator (issue 15).

    python -m yjdesk.demo.bundle --out DIR [--scale demo] [--today YYYY-MM-DD]
    python -m yjdesk.demo.bundle --shipped    # rewrite resources/sample-bundle

Seeds a demo service in a temporary central database, exports it in the bundle format
(``docs/import-bundle.md``) with a mapping file, for trying ``yjdesk-server import``.

The demo-sized sample shipped in ``resources/sample-bundle`` is this command's output for
:data:`SAMPLE_DAY` (the generator is deterministic for a given day);
``tests/unit/test_sample_bundle.py`` checks it still is, and that it imports cleanly.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import tempfile
from pathlib import Path

from yjdesk.demo.service import seed_database
from yjdesk.paths import resources_dir
from yjdesk.server.settings import make_engine
from yjdesk.services.imports.export import export, sample_mapping

#: The day the shipped sample was generated for (its dates are relative to it).
SAMPLE_DAY = dt.date(2026, 11, 20)
SAMPLE_SCALE = "demo"


def shipped_dir() -> Path:
    """Where the sample bundle ships."""
    return resources_dir() / "sample-bundle"


def write_sample(out: Path, scale: str = "demo", today: dt.date | None = None) -> dict[str, int]:
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "demo.db"
        seed_database(db, scale, today=today or dt.date.today())
        engine = make_engine(f"sqlite:///{db}")
        try:
            with engine.connect() as conn:
                counts = export(conn, out, f"yjdesk-demo-{scale}")
        finally:
            engine.dispose()
    (out / "mapping.json").write_text(json.dumps(sample_mapping(), indent=1) + "\n",
                                      encoding="utf-8")
    return counts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Write a sample import bundle from a demo "
                                             "service.")
    ap.add_argument("--out", type=Path)
    ap.add_argument("--scale", default="demo", choices=["tiny", "demo", "county", "national"])
    ap.add_argument("--today", type=dt.date.fromisoformat, default=None,
                    help="the day the demo service is generated for (default: today)")
    ap.add_argument("--shipped", action="store_true",
                    help=f"rewrite the shipped sample ({SAMPLE_SCALE} scale, {SAMPLE_DAY})")
    args = ap.parse_args(argv)
    if args.shipped:
        args.out, args.scale, args.today = shipped_dir(), SAMPLE_SCALE, SAMPLE_DAY
    elif args.out is None:
        ap.error("give --out DIR (or --shipped)")
    counts = write_sample(args.out, args.scale, args.today)
    sys.stdout.write(f"wrote a sample bundle to {args.out}: "
                     + ", ".join(f"{k} {v:,}" for k, v in counts.items()) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
