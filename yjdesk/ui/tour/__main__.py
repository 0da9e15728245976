"""``python -m yjdesk.ui.tour fit|a11y|pseudo|shots``: the tour outside the test suite."""

from __future__ import annotations

import datetime as dt
import faulthandler
import os
import sys
from pathlib import Path

from PySide6.QtWidgets import (
    QApplication,
    QWidget,
)

from yjdesk.ui.tour.a11y import accessibility_problems
from yjdesk.ui.tour.core import Stop, demo_store
from yjdesk.ui.tour.fit import fit_problems, look_problems, place
from yjdesk.ui.tour.pseudo import (
    Data,
    PseudoTranslator,
    hard_coded,
    listed_sources,
    tour_data,
)
from yjdesk.ui.tour.stops import STAND_INS, screen_size, walk


def main(argv: list[str] | None = None) -> int:
    """``python -m yjdesk.ui.tour fit|shots``: the tour outside the test suite.

    ``fit`` prints what does not fit the (virtual) screen and exits 1 if anything; ``shots
    OUT`` saves a PNG of every stop into OUT. Run it under Xvfb or with
    ``QT_QPA_PLATFORM=offscreen:configfile=screen.json`` to choose the screen."""
    import argparse
    import tempfile

    from yjdesk.ui.design import apply_theme

    parser = argparse.ArgumentParser(prog="python -m yjdesk.ui.tour")
    parser.add_argument("mode", choices=("fit", "a11y", "pseudo", "fit+a11y", "fit+a11y+pseudo",
                                         "shots"),
                        help="checks joined by + are made in one walk (the test suite's "
                             "1280x720 walk makes all three; under the pseudo-locale the fit "
                             "check measures every text at least two characters longer)")
    parser.add_argument("out", nargs="?", default="docs/screenshots")
    parser.add_argument("--today", type=dt.date.fromisoformat, default=dt.date.today())
    parser.add_argument("--appearance", default="light")
    parser.add_argument("--only", default="", help="comma-separated stop keys")
    parser.add_argument("--watchdog", type=float, default=0,
                        help="seconds after which a stuck walk prints its stacks and exits")
    parser.add_argument("--profile", type=Path, default=None,
                        help="copy this closed tour profile instead of building one")
    args = parser.parse_args(argv)
    faulthandler.enable()
    if args.watchdog:  # a walk stuck somewhere says where (every thread's stack) and stops
        faulthandler.dump_traceback_later(args.watchdog, exit=True)
    app = QApplication.instance() or QApplication(["yjdesk-tour"])
    assert isinstance(app, QApplication)
    apply_theme(app, args.appearance)
    checks = set(args.mode.split("+"))
    pseudo = PseudoTranslator(app)
    if "pseudo" in checks:
        app.installTranslator(pseudo)
    size = screen_size()
    problems: list[str] = []
    out = Path(args.out)
    data: list[Data] = []  # what is a record's data on screen (the pseudo check's)

    def visit(stop: Stop, window: QWidget) -> None:
        # where the walk is, on stderr at once: a crash (the tour prints its findings at the
        # end, so a crashed run prints nothing on stdout) then shows the screen it was on,
        # with faulthandler's stack of every thread
        sys.stderr.write(f"tour: {stop.key}\n")
        sys.stderr.flush()
        if "fit" in checks:
            problems.extend(f"{stop.key}: {p}" for p in fit_problems(window, size))
            problems.extend(f"{stop.key}: {p}" for p in look_problems(window, stop.kind))
        if "a11y" in checks:
            problems.extend(f"{stop.key}: {p}" for p in accessibility_problems(window))
        if "pseudo" in checks:
            problems.extend(f"{stop.key}: {p}" for p in hard_coded(window, data[0]))
        elif args.mode == "shots":
            place(window, size)
            out.mkdir(parents=True, exist_ok=True)
            window.grab().save(str(out / f"{stop.key}-{args.appearance}.png"))

    with tempfile.TemporaryDirectory() as folder:
        store = demo_store(Path(folder) / "profile", args.today, args.profile)
        if "pseudo" in checks:
            data.append(tour_data(store, STAND_INS))
        try:
            failures = walk(store, args.today, visit,
                            {k for k in args.only.split(",") if k})
        finally:
            store.close()
    if "pseudo" in checks:
        problems.extend(f"not in the translation file: {text!r}"
                        for text in sorted(pseudo.sources - listed_sources()))
        sys.stdout.write(f"pseudo-locale: {len(pseudo.sources)} texts asked for\n")
    for line in problems + failures:
        sys.stdout.write(line + "\n")
    sys.stdout.write(f"screen {size.width()}x{size.height()}: {len(problems)} problem(s)\n")
    return 1 if problems or failures else 0


if __name__ == "__main__":
    from yjdesk.ui.design.theme import remove_glyphs

    code = main()
    remove_glyphs()  # (os._exit below skips the clean-up at exit)
    sys.stdout.flush()
    sys.stderr.flush()
    # leave without running Qt's destructors: accessibility interfaces cached for
    # widgets already gone can crash a teardown that has nothing left to do
    os._exit(code)
