"""``yjdesk-server``: set up and run the sync service.

    yjdesk-server init [--grant-to ROLE]
    yjdesk-server team add CODE NAME
    yjdesk-server user add USERNAME --name NAME --role ROLE [--team CODE]
    yjdesk-server user disable|enable|reset-password USERNAME
    yjdesk-server device list | device revoke DEVICE_ID
    yjdesk-server allocate CASE_NUMBER USERNAME [--role ALLOCATION_ROLE]
    yjdesk-server return check|build|list|schema ...   (the YJB quarterly return)
    yjdesk-server audit breaks [--device DEVICE_ID]   (refused audit events, per device)
    yjdesk-server import BUNDLE [--mapping F] [--apply --by NAME]   (from the old system)
    yjdesk-server wipe-key --out KEYFILE      (the key revoked laptops seal unsynced work to)
    yjdesk-server import-wipe-export FILE --key KEYFILE [--apply]
    yjdesk-server victims redact [--as-of DATE] [--dry-run]   (victims past retention)
    yjdesk-server run [--host 127.0.0.1] [--port 8765] [--tls-cert F --tls-key F]
                      [--read-database-url URL]

The database is ``--database-url`` / ``$YJDESK_DATABASE_URL``, or a SQLite file in the data
folder (``--data-dir`` / ``$YJDESK_SERVER_HOME``). Passwords are asked for on the terminal,
or read from the first line of standard input with ``--password-stdin``.
Problems are reported in one line on standard error, never as a traceback.
"""

from __future__ import annotations

import argparse
import dataclasses
import getpass
import ipaddress
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.orm import Session

from yjdesk.errors import YjdeskError
from yjdesk.models.org import Role
from yjdesk.server import admin
from yjdesk.server.grants import grant_service_role
from yjdesk.server.settings import (
    ENV_READ_DATABASE_URL,
    ServiceSettings,
    make_engine,
    resolve_database_url,
    session_factory,
)
from yjdesk.services.codes import codelist
from yjdesk.store.schema import current_revision, head_revision, upgrade
from yjdesk.wire.protocol import SERVICE_KEEP_ALIVE_SECONDS

MIN_PASSWORD = 10


class CliError(Exception):
    """A one-line message for the person at the terminal."""


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="yjdesk-server", description="The yjdesk sync service.")
    ap.add_argument("--database-url", help="SQLAlchemy URL of the central database")
    ap.add_argument("--data-dir", type=Path, help="folder for the default SQLite database")
    sub = ap.add_subparsers(dest="command", required=True)

    init = sub.add_parser("init", help="create or upgrade the central schema")
    init.add_argument("--grant-to", metavar="ROLE",
                      help="PostgreSQL: grant the service's (non-owner) role its privileges")

    team = sub.add_parser("team", help="teams").add_subparsers(dest="action", required=True)
    t_add = team.add_parser("add", help="add a team")
    t_add.add_argument("code")
    t_add.add_argument("name")
    t_add.add_argument("--local-authority")

    user = sub.add_parser("user", help="user accounts").add_subparsers(dest="action",
                                                                        required=True)
    u_add = user.add_parser("add", help="add a user")
    u_add.add_argument("username")
    u_add.add_argument("--name", required=True, help="display name")
    u_add.add_argument("--role", required=True, choices=[r.value for r in Role])
    u_add.add_argument("--team", help="team code")
    u_add.add_argument("--password-stdin", action="store_true")
    for action in ("disable", "enable"):
        user.add_parser(action, help=f"{action} a user").add_argument("username")
    u_reset = user.add_parser("reset-password", help="set a new password")
    u_reset.add_argument("username")
    u_reset.add_argument("--password-stdin", action="store_true")

    device = sub.add_parser("device", help="laptops").add_subparsers(dest="action",
                                                                      required=True)
    device.add_parser("list", help="list registered laptops")
    device.add_parser("revoke", help="refuse a laptop and make it wipe").add_argument(
        "device_id")

    alloc = sub.add_parser("allocate", help="allocate a child to a worker")
    alloc.add_argument("case_number")
    alloc.add_argument("username")
    alloc.add_argument("--role", default="case_manager",
                       choices=[c for c, _ in codelist("allocation_role").choices()])

    from yjdesk.server import audit_cli, import_cli, returns_cli, victims_cli, wipe_import

    audit_cli.add_parser(sub)
    returns_cli.add_parser(sub)
    import_cli.add_parser(sub)
    wipe_import.add_parsers(sub)
    victims_cli.add_parser(sub)

    run = sub.add_parser("run", help="serve the sync API")
    run.add_argument("--host", default="127.0.0.1")
    run.add_argument("--port", type=int, default=8765)
    run.add_argument("--tls-cert", type=Path)
    run.add_argument("--tls-key", type=Path)
    run.add_argument("--behind-tls-proxy", action="store_true",
                     help="allow a non-loopback bind without TLS (a proxy terminates TLS)")
    run.add_argument("--read-database-url",
                     help="a PostgreSQL streaming replica to serve pulls from "
                          f"(default ${ENV_READ_DATABASE_URL})")
    run.add_argument("--access-log", action="store_true",
                     help="log every request (off by default: the TLS proxy in front, "
                          "nginx, logs them already; this log cost about 3 %% of the "
                          "service's CPU)")
    return ap


def _password(from_stdin: bool) -> str:
    if from_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        if not sys.stdin.isatty():
            raise CliError("no terminal to ask for a password: use --password-stdin")
        password = getpass.getpass("New password: ")
        if getpass.getpass("Repeat it: ") != password:
            raise CliError("the two passwords differ")
    if len(password) < MIN_PASSWORD:
        raise CliError(f"the password must have at least {MIN_PASSWORD} characters")
    return password


def _require_schema(engine: Engine) -> None:
    with engine.connect() as conn:
        rev = current_revision(conn)
    if rev is None:
        raise CliError("the database is not initialised: run 'yjdesk-server init' first")
    if rev != head_revision():
        raise CliError(f"the database schema is {rev}, this version needs {head_revision()}: "
                       "run 'yjdesk-server init' to upgrade")


def _in_session(engine: Engine, work: Callable[[Session], str | None]) -> None:
    _require_schema(engine)
    with session_factory(engine)() as session, session.begin():
        message = work(session)
    if message:
        print(message)


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


#: One sub-command: the database engine, the service settings, the parsed arguments.
Command = Callable[[Engine, ServiceSettings, argparse.Namespace], None]


def _cmd_init(engine: Engine, settings: ServiceSettings, args: argparse.Namespace) -> None:
    result = upgrade(engine, side="server")
    if result.before == result.after:
        print(f"schema already at {result.after}")
    else:
        print(f"schema upgraded from {result.before or 'nothing'} to {result.after}")
    if args.grant_to:
        with engine.begin() as conn:
            grant_service_role(conn, args.grant_to)
        print(f"granted the service role {args.grant_to!r} its privileges")


def _cmd_run(engine: Engine, settings: ServiceSettings, args: argparse.Namespace) -> None:
    _require_schema(engine)
    tls = args.tls_cert is not None or args.tls_key is not None
    if tls and (args.tls_cert is None or args.tls_key is None):
        raise CliError("give both --tls-cert and --tls-key")
    if not _is_loopback(args.host) and not tls and not args.behind_tls_proxy:
        raise CliError(f"refusing to serve on {args.host} without TLS: give --tls-cert and "
                       "--tls-key, or --behind-tls-proxy if a proxy terminates TLS")
    for path in (args.tls_cert, args.tls_key):
        if path is not None and not path.is_file():
            raise CliError(f"no such file: {path}")
    import uvicorn

    from yjdesk.server.app import create_app

    engine.dispose()
    read_url = args.read_database_url or os.environ.get(ENV_READ_DATABASE_URL) or None
    if read_url:
        settings = dataclasses.replace(settings, read_database_url=read_url)
    uvicorn.run(create_app(settings), host=args.host, port=args.port, log_level="info",
                ssl_certfile=str(args.tls_cert) if args.tls_cert else None,
                ssl_keyfile=str(args.tls_key) if args.tls_key else None,
                proxy_headers=bool(args.behind_tls_proxy), ws="none", lifespan="off",
                timeout_keep_alive=SERVICE_KEEP_ALIVE_SECONDS, access_log=args.access_log)


def _cmd_team_add(engine: Engine, settings: ServiceSettings, args: argparse.Namespace) -> None:
    _in_session(engine, lambda s: "added team " + admin.add_team(
        s, args.name, args.code, args.local_authority))


def _cmd_user_add(engine: Engine, settings: ServiceSettings, args: argparse.Namespace) -> None:
    password = _password(args.password_stdin)
    _in_session(engine, lambda s: "added user " + admin.add_user(
        s, settings, username=args.username, display_name=args.name,
        role=Role(args.role), password=password, team_code=args.team))


def _cmd_user_active(engine: Engine, settings: ServiceSettings, args: argparse.Namespace) -> None:
    _in_session(engine, lambda s: _then(
        admin.set_active, f"{args.action}d {args.username}", s, args.username,
        args.action == "enable"))


def _cmd_user_reset_password(engine: Engine, settings: ServiceSettings,
                             args: argparse.Namespace) -> None:
    password = _password(args.password_stdin)
    _in_session(engine, lambda s: _then(
        admin.reset_password, "password changed", s, settings, args.username, password))


def _cmd_device_list(engine: Engine, settings: ServiceSettings, args: argparse.Namespace) -> None:
    _in_session(engine, _device_table)


def _cmd_device_revoke(engine: Engine, settings: ServiceSettings, args: argparse.Namespace) -> None:
    _in_session(engine, lambda s: _then(
        admin.revoke_device, f"revoked {args.device_id}", s, args.device_id))


def _cmd_allocate(engine: Engine, settings: ServiceSettings, args: argparse.Namespace) -> None:
    _in_session(engine, lambda s: "allocation " + admin.allocate(
        s, case_number=args.case_number, username=args.username, role=args.role))


def _cmd_import(engine: Engine, settings: ServiceSettings, args: argparse.Namespace) -> None:
    from yjdesk.server import import_cli

    _in_session(engine, lambda s: import_cli.run(s, args))


def _cmd_audit(engine: Engine, settings: ServiceSettings, args: argparse.Namespace) -> None:
    from yjdesk.server import audit_cli

    _in_session(engine, lambda s: audit_cli.run(s, args))


def _cmd_wipe_key(engine: Engine, settings: ServiceSettings, args: argparse.Namespace) -> None:
    from yjdesk.server import wipe_import

    print(wipe_import.make_key(args.out))


def _cmd_import_wipe_export(engine: Engine, settings: ServiceSettings,
                            args: argparse.Namespace) -> None:
    from yjdesk.server import wipe_import

    _require_schema(engine)
    print(wipe_import.run(session_factory(engine), args, settings.hooks))


def _cmd_return(engine: Engine, settings: ServiceSettings, args: argparse.Namespace) -> None:
    from yjdesk.server import returns_cli

    _in_session(engine, lambda s: returns_cli.run(s, args))


def _cmd_victims(engine: Engine, settings: ServiceSettings, args: argparse.Namespace) -> None:
    from yjdesk.server import victims_cli

    _in_session(engine, lambda s: victims_cli.run(s, args))


#: Sub-command (and action, for the commands that have them) -> the function that runs it.
COMMANDS: dict[tuple[str, str | None], Command] = {
    ("init", None): _cmd_init,
    ("run", None): _cmd_run,
    ("team", "add"): _cmd_team_add,
    ("user", "add"): _cmd_user_add,
    ("user", "disable"): _cmd_user_active,
    ("user", "enable"): _cmd_user_active,
    ("user", "reset-password"): _cmd_user_reset_password,
    ("device", "list"): _cmd_device_list,
    ("device", "revoke"): _cmd_device_revoke,
    ("allocate", None): _cmd_allocate,
    ("import", None): _cmd_import,
    ("audit", None): _cmd_audit,
    ("wipe-key", None): _cmd_wipe_key,
    ("import-wipe-export", None): _cmd_import_wipe_export,
    ("return", None): _cmd_return,
    ("victims", None): _cmd_victims,
}


def _dispatch(args: argparse.Namespace) -> None:
    url = resolve_database_url(args.database_url, args.data_dir)
    threads = os.environ.get("YJDESK_THREADS", "")
    settings = ServiceSettings(database_url=url)
    if threads.isdigit() and int(threads) > 0:
        settings = dataclasses.replace(settings, threads=int(threads))
    key = (args.command, getattr(args, "action", None))
    command = COMMANDS.get(key) or COMMANDS[(args.command, None)]
    try:
        engine = make_engine(url, pool_size=2, max_overflow=2)
    except (ValueError, ImportError, SQLAlchemyError) as exc:
        raise CliError(f"cannot use database URL: {exc}") from None
    try:
        command(engine, settings, args)
    finally:
        engine.dispose()


def _then(action: Callable[..., None], message: str, *args: object) -> str:
    action(*args)
    return message


def _device_table(session: Session) -> str:
    rows = admin.list_devices(session)
    if not rows:
        return "no devices registered"
    lines = []
    for d in rows:
        seen = d.last_seen_at.strftime("%Y-%m-%d %H:%M") if d.last_seen_at else "-"
        state = "revoked" if d.revoked else "active"
        lines.append(f"{d.id}  {d.username:<16} {state:<8} last seen {seen}  {d.name}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        _dispatch(args)
    except (CliError, admin.AdminError, YjdeskError, ValueError) as exc:
        print(f"yjdesk-server: {exc}", file=sys.stderr)
        return 1
    except DBAPIError as exc:
        first = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        print(f"yjdesk-server: database error: {first}", file=sys.stderr)
        return 1
    except SQLAlchemyError as exc:
        print(f"yjdesk-server: database error: {exc}".splitlines()[0], file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    return 0


if __name__ == "__main__":
    sys.exit(main())
