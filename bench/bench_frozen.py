"""The frozen Linux build: start-up time to a usable window, and size on disk.

    scripts/build-linux            # first: the frozen build in dist/
    .venv/bin/python bench/bench_frozen.py [--runs 3]

"Usable window" is the moment the app prints ``caseload rows: N`` under ``--smoke-test``:
the embedded demo sync service is up, the demo practitioner has signed in through the real
sign-in dialog, the laptop has synced and the main window's caseload has loaded. Timed from
process start, headless (``QT_QPA_PLATFORM=offscreen``), on fresh temporary profiles:

* first start: a fresh data folder, so the demo service is seeded and the laptop profile
  is made by an online first sign-in and a full first pull;
* later starts: the same folder again (median of ``--runs``).

The baseline, measured in the same run, is the same start from the virtualenv
(``.venv/bin/yjdesk``), so the ratio shows what freezing costs or saves. Sizes: the
``dist/yjdesk`` folder, the release tarball, and the largest parts of the folder.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "installers"))

from smoke_test import base_env, gui_smoke  # noqa: E402


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def mib(n: int) -> str:
    return f"{n / 1024 / 1024:7.1f} MiB"


def starts(binary: Path, runs: int) -> tuple[float, float, int]:
    """(first start, median later start, caseload rows) in seconds."""
    with tempfile.TemporaryDirectory(prefix="yjdesk-bench-") as tmp:
        env = base_env(Path(tmp))
        data = Path(tmp) / "profile"
        first = gui_smoke(binary, data, env)
        later = [gui_smoke(binary, data, env).seconds for _ in range(runs)]
    return first.seconds, statistics.median(later), first.rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="frozen build start-up and size")
    ap.add_argument("--runs", type=int, default=3, help="later starts to time (median)")
    ap.add_argument("--binary", type=Path, default=ROOT / "dist" / "yjdesk" / "yjdesk")
    args = ap.parse_args(argv)
    frozen = args.binary
    if not frozen.is_file():
        print(f"no frozen build at {frozen}: run scripts/build-linux first")
        return 1
    venv = Path(sys.executable).with_name("yjdesk")

    print("== start-up to a usable window (headless, demo caseload)")
    f_first, f_later, rows = starts(frozen, args.runs)
    v_first, v_later, _ = starts(venv, args.runs)
    print(f"caseload rows: {rows}")
    print(f"{'':24}{'frozen':>10}{'venv':>10}{'ratio':>8}")
    print(f"{'first start (new demo)':24}{f_first:9.2f}s{v_first:9.2f}s"
          f"{f_first / v_first:8.2f}")
    print(f"{'later start (median)':24}{f_later:9.2f}s{v_later:9.2f}s"
          f"{f_later / v_later:8.2f}")

    print("== size on disk")
    dist = frozen.parent
    total = folder_size(dist)
    print(f"{dist.relative_to(ROOT) if dist.is_relative_to(ROOT) else dist}: {mib(total)}")
    for tarball in sorted((ROOT / "dist").glob("yjdesk-*.tar.gz")):
        size = tarball.stat().st_size
        print(f"{tarball.name}: {mib(size)} (compressed to {size / total:.0%} of the folder)")
    internal = dist / "_internal"
    if internal.is_dir():
        parts = sorted(((folder_size(p) if p.is_dir() else p.stat().st_size, p.name)
                        for p in internal.iterdir()), reverse=True)[:6]
        print("largest parts: " + ", ".join(f"{name} {n / 1024 / 1024:.0f} MiB"
                                            for n, name in parts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
