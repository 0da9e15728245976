"""A laptop for sync tests: a real encrypted LocalStore signed in to the live service."""

from __future__ import annotations

import atexit
import shutil
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from unittest import mock

import httpx
from sqlalchemy import select
from sqlalchemy.orm import Session

from tests.integration.serverkit import PASSWORD, ServerDb
from yjdesk.errors import StoreError
from yjdesk.laptop import LaptopStore, _policy_binds
from yjdesk.models import Child
from yjdesk.paths import Paths
from yjdesk.services import profile
from yjdesk.services.uow import Actor, UnitOfWork
from yjdesk.store import LocalStore, keys
from yjdesk.sync.accounts import client_for, online_first_sign_in
from yjdesk.sync.client import SyncClient
from yjdesk.sync.engine import SyncEngine, SyncResult
from yjdesk.wire.codec import row_fields, synced_tables

#: This process's migrated, empty laptop store and its data key (made on first use).
_template: tuple[Paths, bytes] | None = None
_TEMPLATE_PASSWORD = "template"
_create = LaptopStore.create  # the real one


def _template_store() -> tuple[Paths, bytes]:
    global _template
    if _template is None:
        root = Path(tempfile.mkdtemp(prefix="yjdesk-laptop-template-"))
        atexit.register(shutil.rmtree, root, True)
        paths = Paths(root / "profile").ensure()
        _create(paths, _TEMPLATE_PASSWORD, bind_to_device=False).close()
        _template = (paths, keys.unwrap(keys.read_keyfile(paths.keyfile), _TEMPLATE_PASSWORD))
    return _template


def _create_from_template(cls: type[LocalStore], paths: Paths, password: str,
                          kdf: keys.KdfParams | None = None, *,
                          bind_to_device: bool | None = None) -> LocalStore:
    """``LaptopStore.create`` for a sync test's laptop: a copy of the migrated template
    with its data key wrapped by ``password`` (every migration per laptop cost the sync
    tests more than their syncs). An empty store is the same whichever run of the
    migrations made it; ``create`` itself is tested in tests/unit/test_store.py and by the
    first sign-in tests, which make their profiles without this class."""
    if bind_to_device or (bind_to_device is None and _policy_binds(paths)):
        return _create(paths, password, kdf, bind_to_device=True)
    source, data_key = _template_store()
    paths.ensure()
    if LocalStore.exists(paths) or paths.database.exists():
        raise StoreError(f"A yjdesk profile already exists in {paths.root}.")
    shutil.copyfile(source.database, paths.database)
    keys.write_keyfile(paths.keyfile, keys.wrap(data_key, password, kdf or keys.DEFAULT_KDF))
    return cls.open_with_key(paths, data_key)


@contextmanager
def _stores_from_template() -> Iterator[None]:
    with mock.patch.object(LaptopStore, "create", classmethod(_create_from_template)):
        yield


class Laptop:
    def __init__(self, url: str, username: str, root: Path, password: str = PASSWORD) -> None:
        self.url = url
        self.password = password
        self.paths = Paths(root)
        with _stores_from_template():
            self.store = online_first_sign_in(url, username, password, self.paths)
        with self.store.session() as s:
            self.actor: Actor = profile.owner_actor(s)

    def close(self) -> None:
        self.store.close()

    def reopen(self) -> None:
        """Open the store again after :meth:`close` (e.g. after a ``yjdesk sync`` run)."""
        self.store = LaptopStore.open(self.paths, self.password)

    def sync(self, transport: httpx.BaseTransport | None = None,
             **engine_args: Any) -> SyncResult:
        with client_for(self.store, self.password, transport=transport) as client:
            return SyncEngine(self.store.session_factory, client, **engine_args).run()

    def sync_via(self, url: str, **engine_args: Any) -> SyncResult:
        """Sync through another address for the same service (e.g. a proxy)."""
        from yjdesk.sync.state import account_of

        with self.store.session() as s:
            account = account_of(s)
        assert account is not None
        with SyncClient(url, account.device_id) as client:
            client.login(account.username, self.password)
            return SyncEngine(self.store.session_factory, client, **engine_args).run()

    def uow(self) -> UnitOfWork:
        return UnitOfWork(self.store.session_factory, self.actor, self.paths.database)

    def edit(self, table_cls: Any, row_id: str, **values: Any) -> None:
        with self.uow() as u:
            obj = u.session.get(table_cls, row_id)
            for k, v in values.items():
                setattr(obj, k, v)

    def child(self, child_id: str) -> Child | None:
        with self.store.session() as s:
            return s.get(Child, child_id)

    def read(self, fn: Callable[[Session], Any]) -> Any:
        with self.store.session() as s:
            return fn(s)


def rows_of(session: Session, skip: frozenset[str] = frozenset({"audit_event"})
            ) -> dict[tuple[str, str], tuple[int, dict[str, Any]]]:
    """Every synced row on a laptop: (table, id) -> (rev, content fields)."""
    out: dict[tuple[str, str], tuple[int, dict[str, Any]]] = {}
    for name, table in synced_tables().items():
        if name in skip:
            continue
        for row in session.execute(select(table)):
            from yjdesk.sync.tracking import shadow_fields

            out[(name, row.id)] = (row.rev, shadow_fields(table, row))
    return out


def server_rows(db: ServerDb, tables: set[str] | None = None,
                child_ids: set[str] | None = None
                ) -> dict[tuple[str, str], tuple[int, dict[str, Any]]]:
    from yjdesk.server import feed
    from yjdesk.sync.tracking import shadow_fields

    out: dict[tuple[str, str], tuple[int, dict[str, Any]]] = {}
    with db.session() as s:
        for name, table in synced_tables().items():
            if tables is not None and name not in tables:
                continue
            for row in s.execute(select(feed.tables()[name])):
                fields = shadow_fields(table, row)
                owner = row.id if name == "child" else fields.get("child_id")
                if child_ids is not None and owner not in child_ids:
                    continue
                out[(name, row.id)] = (row.rev, fields)
    return out


__all__ = ["Laptop", "row_fields", "rows_of", "server_rows"]
