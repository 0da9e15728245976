"""The sync service as an ASGI application factory, for uvicorn or gunicorn with workers.

``yjdesk-server run`` serves one process. A production host runs several workers, each of
which builds its own app (and database pool) from the environment::

    YJDESK_DATABASE_URL=postgresql://yjdesk_service@db.internal/yjdesk \\
      uvicorn --factory yjdesk.server.asgi:create_app_from_env \\
              --host 127.0.0.1 --port 8765 --workers 4 --proxy-headers --no-access-log

(see ``installers/server/`` and ``docs/deploy.md``). Settings read from the environment:

=============================== ==========================================================
``YJDESK_DATABASE_URL``         the central database (required: PostgreSQL in production)
``YJDESK_READ_DATABASE_URL``    a PostgreSQL streaming replica that serves pulls (optional)
``YJDESK_POOL_SIZE``            connections per worker kept open (default 10)
``YJDESK_LOGIN_SLOTS``          password sign-ins (Argon2) at once per worker (default: one
                                per CPU; the rest queue, then are told "busy, retry")
``YJDESK_MAX_OVERFLOW``         extra connections per worker under load (default 20)
``YJDESK_THREADS``              requests worked on at once per worker (default 8)
``YJDESK_LARGE_PULL_PAGES``     pull pages of over 5,000 rows built at once per worker
                                (default 2; 0: none)
``YJDESK_ACCESS_TOKEN_SECONDS`` access token lifetime (default 900)
``YJDESK_REFRESH_TOKEN_DAYS``   refresh token lifetime (default 30)
``YJDESK_REMEMBER_ME_ALLOWED``  ``1`` lets laptops keep the data key in the keyring
``YJDESK_OFFLINE_GRACE_DAYS``   days a laptop may stay offline before it must sign in
                                online to open its records (default 14)
``YJDESK_MAX_FAILED_LOGINS``    wrong passwords in a row that lock a user name (default 5)
``YJDESK_LOCKOUT_MINUTES``      how long that lock lasts (default 15)
``YJDESK_ADDRESS_MAX_FAILURES`` failed sign-ins from one client address, within
                                ``YJDESK_ADDRESS_WINDOW_MINUTES`` (default 50 in 15), before
                                that address is refused (429) until the window passes
``YJDESK_PROTOCOL_MIN``         refuse clients older than this protocol (default: all
                                versions this service speaks)
=============================== ==========================================================

The factory refuses to start on a database whose schema is not the one this version
needs (run ``yjdesk-server init`` first); ``python -m yjdesk.server.asgi check`` makes the
same checks up front, so a half-upgraded deployment fails loudly before any worker starts.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping

from fastapi import FastAPI
from sqlalchemy.exc import SQLAlchemyError

from yjdesk.errors import KnownError
from yjdesk.server.app import create_app
from yjdesk.server.settings import (
    ENV_DATABASE_URL,
    ENV_READ_DATABASE_URL,
    ServiceSettings,
    make_engine,
)
from yjdesk.store.schema import current_revision, head_revision
from yjdesk.wire.protocol import PROTOCOL_MIN, PROTOCOL_VERSION


def _int(env: Mapping[str, str], name: str, default: int, minimum: int = 1) -> int:
    raw = env.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise KnownError(f"{name} must be a whole number, not {raw!r}.") from None
    if value < minimum:
        raise KnownError(f"{name} must be at least {minimum}.")
    return value


def settings_from_env(env: Mapping[str, str] | None = None) -> ServiceSettings:
    """Service settings from environment variables (see the module docstring)."""
    env = os.environ if env is None else env
    url = env.get(ENV_DATABASE_URL)
    if not url:
        raise KnownError(f"Set {ENV_DATABASE_URL} to the central database's URL.")
    protocol_min = _int(env, "YJDESK_PROTOCOL_MIN", PROTOCOL_MIN)
    if not PROTOCOL_MIN <= protocol_min <= PROTOCOL_VERSION:
        raise KnownError(f"YJDESK_PROTOCOL_MIN must be between {PROTOCOL_MIN} and "
                         f"{PROTOCOL_VERSION} (the protocols this service speaks).")
    return ServiceSettings(
        database_url=url,
        read_database_url=env.get(ENV_READ_DATABASE_URL) or None,
        pool_size=_int(env, "YJDESK_POOL_SIZE", 10),
        login_slots=_int(env, "YJDESK_LOGIN_SLOTS", os.cpu_count() or 1),
        max_overflow=_int(env, "YJDESK_MAX_OVERFLOW", 20, minimum=0),
        access_token_seconds=_int(env, "YJDESK_ACCESS_TOKEN_SECONDS", 15 * 60, minimum=60),
        refresh_token_days=_int(env, "YJDESK_REFRESH_TOKEN_DAYS", 30),
        remember_me_allowed=env.get("YJDESK_REMEMBER_ME_ALLOWED", "") in ("1", "true", "yes"),
        offline_grace_days=_int(env, "YJDESK_OFFLINE_GRACE_DAYS", 14),
        max_failed_logins=_int(env, "YJDESK_MAX_FAILED_LOGINS", 5),
        lockout_minutes=_int(env, "YJDESK_LOCKOUT_MINUTES", 15),
        address_max_failures=_int(env, "YJDESK_ADDRESS_MAX_FAILURES", 50),
        address_window_minutes=_int(env, "YJDESK_ADDRESS_WINDOW_MINUTES", 15),
        protocol_min=protocol_min,
        threads=_int(env, "YJDESK_THREADS", 8),
        large_pull_pages=_int(env, "YJDESK_LARGE_PULL_PAGES", 2, minimum=0),
    )


def check_schema(url: str) -> None:
    """Refuse a database that is not initialised or not at this version's schema."""
    engine = make_engine(url, pool_size=1, max_overflow=0)
    try:
        with engine.connect() as conn:
            revision = current_revision(conn)
    finally:
        engine.dispose()
    if revision is None:
        raise KnownError("The central database is not initialised: run "
                         "'yjdesk-server init' first.")
    if revision != head_revision():
        raise KnownError(f"The central database schema is {revision}; this version needs "
                         f"{head_revision()}: run 'yjdesk-server init' to upgrade it.")


def create_app_from_env() -> FastAPI:
    """The ASGI app for one worker (``uvicorn --factory``)."""
    settings = settings_from_env()
    check_schema(settings.database_url)
    return create_app(settings)


def main(argv: list[str] | None = None) -> int:
    """``python -m yjdesk.server.asgi check``: the checks the factory makes, in one line.

    The systemd unit runs it before starting the workers (``ExecStartPre``): uvicorn's
    supervisor restarts a worker that fails to start, so a forgotten ``yjdesk-server init``
    must stop the service before any worker exists.
    """
    args = sys.argv[1:] if argv is None else argv
    if args != ["check"]:
        sys.stderr.write("usage: python -m yjdesk.server.asgi check\n")
        return 2
    try:
        settings = settings_from_env()
        check_schema(settings.database_url)
    except KnownError as exc:
        sys.stderr.write(f"yjdesk-server: {exc}\n")
        return 1
    except SQLAlchemyError as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        sys.stderr.write(f"yjdesk-server: the central database cannot be used: {first}\n")
        return 1
    sys.stdout.write(f"yjdesk-server: database ready at schema {head_revision()}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
