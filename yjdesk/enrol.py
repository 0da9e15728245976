"""``yjdesk connect``: set up this laptop's profile from the sync service, without a window.

    yjdesk connect --user USERNAME [--server URL] [--data-dir DIR]

For IT staff preparing a laptop from a script, and for the release smoke test. The server
defaults to the machine-wide ``server_url`` (:mod:`yjdesk.config`), whose CA bundle is
used for TLS. The password (``$YJDESK_PASSWORD`` or a prompt) is checked by the service;
nothing is written locally unless it accepts it. The new profile is encrypted with that
password, as on a first sign-in in the window.
"""

from __future__ import annotations

import argparse
import sys

from yjdesk.commands import COMMANDS, paths_of, read_password
from yjdesk.config import load_settings
from yjdesk.errors import KnownError
from yjdesk.wire.urls import server_url_problem


def _add(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--user", required=True, help="your user name on the sync service")
    parser.add_argument("--server", metavar="URL",
                        help="the sync service (default: the machine-wide server_url)")


def _run(args: argparse.Namespace) -> int:
    from yjdesk.sync.accounts import online_first_sign_in

    paths = paths_of(args)
    settings = load_settings(paths)
    if args.server and settings.is_locked("server_url") and \
            args.server.rstrip("/") != settings.server_url:
        raise KnownError(f"This computer is set up for {settings.server_url}: the sync "
                         "server is locked by your IT team.")
    server = args.server or settings.server_url
    problem = server_url_problem(server) if server else None
    if problem is not None:
        raise KnownError(problem)
    if not server:
        raise KnownError("No sync server: give --server URL, or ask IT to set server_url "
                         "in the machine-wide config.")
    settings.apply_tls_environment()
    password = read_password(args)
    store = online_first_sign_in(server, args.user, password, paths.ensure())
    try:
        sys.stdout.write(f"connected {paths.root} to {server} as {args.user}\n")
    finally:
        store.close()
    return 0


COMMANDS["connect"] = ("set up this laptop's profile from the sync service", _add, _run)
