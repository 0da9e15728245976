"""The ``yjdesk`` command line: the desktop app by default, headless subcommands for IT staff.

    yjdesk [--demo] [--data-dir DIR]          start the desktop app
    yjdesk check [--data-dir DIR]            unlock the store and report on it
    yjdesk sync [--data-dir DIR]             one sync with the server (no window)

Known problems (wrong password, damaged file, disk full ...) print one clear line and exit
with status 2; nothing is ever shown as a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from yjdesk.build_info import version_line
from yjdesk.commands import COMMANDS, EXIT_KNOWN_ERROR, paths_of, read_password
from yjdesk.errors import KnownError

__all__ = ["COMMANDS", "EXIT_KNOWN_ERROR", "main", "paths_of", "read_password"]


def _check(args: argparse.Namespace) -> int:
    from sqlalchemy import func, select

    from yjdesk.laptop import LaptopStore
    from yjdesk.models import AuditEvent, Child

    paths = paths_of(args)
    store = LaptopStore.open(paths, read_password(args))
    try:
        with store.session() as s:
            children = s.scalar(select(func.count()).select_from(Child)) or 0
            events = s.scalar(select(func.count()).select_from(AuditEvent)) or 0
        print(f"profile: {paths.root}")
        print(f"children on this laptop: {children}")
        print(f"audit events: {events}")
        if store.upgrade_result:
            print(f"schema upgraded {store.upgrade_result.before} -> "
                  f"{store.upgrade_result.after}; backup: {store.upgrade_result.backup}")
    finally:
        store.close()
    return 0


def _add_check(p: argparse.ArgumentParser) -> None:
    pass


COMMANDS["check"] = ("unlock the local store and report on it", _add_check, _check)


def build_parser(*, commands: bool = True) -> argparse.ArgumentParser:
    """The command line; ``commands=False`` leaves out the subcommands (and the modules that
    register them: the sync, demo and enrolment commands), for a start that names none."""
    parser = argparse.ArgumentParser(prog="yjdesk", description="yjdesk case management")
    parser.add_argument("--version", action="version", version=version_line())
    parser.add_argument("--data-dir", metavar="DIR",
                        help="profile folder (default: $YJDESK_HOME or the user data folder)")
    parser.add_argument("--demo", action="store_true",
                        help="start on a demo service with invented data")
    parser.add_argument("--scale", default="demo",
                        help="size of the demo data set: demo, county or national")
    parser.add_argument("--smoke-test", action="store_true",
                        help="release check (with --demo): sign in to the demo, wait for "
                             "the caseload, print 'caseload rows: N' and quit")
    if not commands:
        parser.set_defaults(command=None)
        return parser
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    _load_feature_commands()
    for name, (help_text, add_args, _run) in COMMANDS.items():
        p = sub.add_parser(name, help=help_text)
        p.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS,
                       help="profile folder")
        add_args(p)
    return parser


def _load_feature_commands() -> None:
    """Import the modules that register subcommands (each adds itself to COMMANDS)."""
    import importlib

    for module in ("yjdesk.sync.cli", "yjdesk.demo.generator", "yjdesk.enrol"):
        try:
            importlib.import_module(module)
        except ModuleNotFoundError as exc:
            if exc.name != module:
                raise


def run_command(args: argparse.Namespace) -> int:
    _help, _add, run = COMMANDS[args.command]
    try:
        return run(args)
    except KnownError as exc:
        print(f"yjdesk: {exc.title}: {exc}", file=sys.stderr)
        return EXIT_KNOWN_ERROR
    except KeyboardInterrupt:
        print("yjdesk: interrupted", file=sys.stderr)
        return 130


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """The command line read. The desktop app's start names no subcommand, so the modules
    that register them (the sync client's command line, the demo generator, enrolment:
    about 10 ms of a cold start) are imported only when the arguments hold something the
    options alone do not take -- a subcommand, or a mistake the full parser reports -- or
    ask for help, which lists the subcommands."""
    args = list(sys.argv[1:] if argv is None else argv)
    if not any(a in ("-h", "--help") for a in args):
        got, rest = build_parser(commands=False).parse_known_args(args)
        if not rest:
            return got
    return build_parser().parse_args(args)


def start(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """What every start does first: the Qt-free layers imported, then the command line read.

    The layers come first (importing them after Qt is slower), with the garbage collector
    paused (:func:`yjdesk.preload.preload`): this module imports none of them itself, nor
    does building the parser before them, so the desktop app's start-up imports -- and the
    subcommands', which open the store too -- are not interrupted by collections that free
    nothing. (Imported here before the preload, the store and its models cost the desktop
    app's start about a fifth more CPU: two full collections over every class and mapper.)
    ``bench/bench_caseload.py`` starts its cold process through this function.
    """
    from yjdesk.preload import preload

    preload()
    return parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = start(argv)
    if args.command:
        return run_command(args)
    from yjdesk.app import Launcher, run  # the desktop app (the only path that loads Qt)

    launcher: Launcher | None = None
    if args.demo:
        from yjdesk.ui.demo_launcher import DemoLauncher

        launcher = DemoLauncher(args.scale)
    code = run(args, launcher=launcher)  # with exec_=True (the default) the app's exit status
    return code if isinstance(code, int) else 0
