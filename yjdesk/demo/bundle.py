"""A sample import bundle made by the demo generator (issue 15).

    python -m yjdesk.demo.bundle --out DIR [--scale demo]

Seeds a demo service in a temporary central database, exports it in the bundle format
(``docs/import-bundle.md``) with a mapping file, for trying ``yjdesk-server import``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import tempfile
from pathlib import Path

from yjdesk.demo.service import seed_database
from yjdesk.server.settings import make_engine
from yjdesk.services.imports.export import export, sample_mapping


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
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--scale", default="demo", choices=["tiny", "demo", "county", "national"])
    args = ap.parse_args(argv)
    counts = write_sample(args.out, args.scale)
    sys.stdout.write(f"wrote a sample bundle to {args.out}: "
                     + ", ".join(f"{k} {v:,}" for k, v in counts.items()) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
