"""Helpers for tests against the sync service: a database handle and an HTTP client.

``ServerDb`` (the ``server_db`` fixture) makes teams, users, children and allocations
directly in the central database, as ordinary revisions in the change feed.
``ApiClient`` speaks the wire protocol over real HTTP to a ``live_server``.
"""

from __future__ import annotations

import datetime as dt
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import httpx
from sqlalchemy import Engine, func, select, text
from sqlalchemy.orm import Session

from yjdesk.models.org import Role
from yjdesk.models.types import new_id
from yjdesk.server import admin, feed
from yjdesk.server.settings import ServiceSettings, session_factory
from yjdesk.sync.client import tls_context
from yjdesk.wire import protocol as p

PASSWORD = "server test password"


def fast_settings(url: str) -> ServiceSettings:
    """Service settings for tests: cheap Argon2, small pools."""
    return ServiceSettings(database_url=url, argon2_time_cost=1, argon2_memory_kib=8,
                    argon2_parallelism=1, pool_size=5, max_overflow=60)


@dataclass
class ServerDb:
    """One empty, fully migrated central database for one test."""

    kind: str  # "sqlite" or "postgresql"
    #: The migration (owner) role's URL.
    url: str
    #: The URL the service itself uses (a role that owns no tables, on PostgreSQL).
    service_url: str
    engine: Engine
    settings: ServiceSettings
    #: The :class:`World` the database holds, if it was copied from a template holding it.
    world: World | None = None
    _seq: int = field(default=0)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One committed transaction as the owner role."""
        with session_factory(self.engine)() as s, s.begin():
            yield s

    def _case_number(self) -> str:
        self._seq += 1
        return f"YJ-{uuid.uuid4().hex[:6].upper()}-{self._seq}"

    # --- organisation -----------------------------------------------------------------------

    def add_team(self, name: str = "North Team", code: str | None = None) -> str:
        with self.session() as s:
            return admin.add_team(s, name, code or f"T{uuid.uuid4().hex[:8].upper()}")

    def add_user(self, username: str, role: Role = Role.PRACTITIONER,
                 team_id: str | None = None, password: str = PASSWORD,
                 display_name: str | None = None) -> str:
        with self.session() as s:
            return admin.add_user(s, self.settings, username=username,
                                  display_name=display_name or username.title(), role=role,
                                  password=password, team_id=team_id)

    # --- records ----------------------------------------------------------------------------

    def put(self, table: str, values: dict[str, Any], row_id: str | None = None) -> str:
        """Insert (``row_id`` None or unknown) or update a synced row as a new revision."""
        rid = row_id or new_id()
        with self.session() as s:
            exists = feed.load(s, feed.tables()[table], rid) is not None
            admin.put_row(s, table, rid, values, new=not exists)
        return rid

    def put_many(self, rows: list[tuple[str, str, dict[str, Any]]]) -> None:
        """Insert many new synced rows ``(table, id, values)`` in one transaction, in order
        (parents first), as ordinary revisions: for seeding large data sets quickly."""
        known = feed.tables()
        with self.session() as s:
            seqs = feed.DeferredCounter(s)
            for table, row_id, values in rows:
                feed.write_row(s, seqs, known[table], row_id, values, user_id=None,
                               device_id=None, current=None)
            seqs.finish()

    def add_child(self, team_id: str | None, case_manager_id: str | None,
                  **values: Any) -> str:
        data: dict[str, Any] = dict(
            case_number=self._case_number(), given_name="Test", family_name="Child",
            date_of_birth=dt.date(2010, 5, 17), gender="male", ethnicity="white_british",
            team_id=team_id, case_manager_id=case_manager_id)
        data.update(values)
        return self.put("child", data)

    def allocate(self, child_id: str, user_id: str, role: str = "case_manager",
                 from_date: dt.date | None = None) -> str:
        return self.put("allocation", {
            "child_id": child_id, "user_id": user_id, "allocation_role": role,
            "from_date": from_date or dt.date(2020, 1, 1), "to_date": None})

    def reallocate(self, child_id: str, user_id: str, team_id: str | None = None) -> None:
        """Move a child to another case manager (and team), as a manager would.

        Current case-manager and cover allocations end yesterday; the new worker's starts
        today and the child's ``case_manager_id`` (and ``team_id``) follow.
        """
        yesterday = dt.datetime.now(dt.UTC).date() - dt.timedelta(days=1)
        alloc = feed.tables()["allocation"]
        with self.session() as s:
            current = s.scalars(select(alloc.c.id).where(
                alloc.c.child_id == child_id, alloc.c.deleted.is_(False),
                alloc.c.allocation_role.in_(("case_manager", "cover")),
                alloc.c.to_date.is_(None))).all()
            for allocation_id in current:
                admin.put_row(s, "allocation", allocation_id, {"to_date": yesterday},
                              new=False)
            values: dict[str, Any] = {"case_manager_id": user_id}
            if team_id is not None:
                values["team_id"] = team_id
            admin.put_row(s, "child", child_id, values, new=False)
            admin.put_row(s, "allocation", new_id(), {
                "child_id": child_id, "user_id": user_id, "allocation_role": "case_manager",
                "from_date": yesterday + dt.timedelta(days=1), "to_date": None}, new=True)

    def row(self, table: str, row_id: str) -> dict[str, Any] | None:
        with self.session() as s:
            got = feed.load(s, feed.tables()[table], row_id)
            return dict(got._mapping) if got is not None else None

    def count(self, table: str) -> int:
        with self.session() as s:
            return int(s.scalar(select(func.count()).select_from(feed.tables()[table])) or 0)

    def snapshot(self) -> dict[str, list[tuple[Any, ...]]]:
        """Every row of every table (for "nothing changed" checks)."""
        out: dict[str, list[tuple[Any, ...]]] = {}
        with self.engine.connect() as conn:
            for name, table in sorted(feed.tables().items()):
                if table.info.get("side") == "client":
                    continue
                rows = conn.execute(text(f'SELECT * FROM "{name}"')).all()
                out[name] = sorted((tuple(r) for r in rows), key=repr)
        return out


class ApiClient:
    """One laptop talking to the service over real HTTP."""

    def __init__(self, base_url: str, username: str, password: str = PASSWORD,
                 device_id: str | None = None) -> None:
        self.base_url = base_url
        self.username = username
        self.password = password
        self.device_id = device_id or str(uuid.uuid4())
        self.http = httpx.Client(base_url=base_url, timeout=30.0, verify=tls_context(),
                                 headers={p.PROTOCOL_HEADER: str(p.PROTOCOL_VERSION)})
        self.token: str | None = None
        self.refresh_token: str | None = None
        self.user: p.UserInfo | None = None
        self.cursor = 0
        self._lock = threading.Lock()

    def close(self) -> None:
        self.http.close()

    def __enter__(self) -> ApiClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _auth(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"} if self.token else {}

    def login(self) -> p.TokenResponse:
        r = self.http.post(p.API_PREFIX + "/auth/login", json={
            "username": self.username, "password": self.password,
            "device_id": self.device_id, "device_name": "test laptop"})
        r.raise_for_status()
        tokens = p.TokenResponse.model_validate(r.json())
        self.token, self.refresh_token, self.user = (
            tokens.access_token, tokens.refresh_token, tokens.user)
        return tokens

    def post(self, path: str, body: Any) -> httpx.Response:
        return self.http.post(p.API_PREFIX + path, json=body, headers=self._auth())

    def push_raw(self, changes: list[dict[str, Any]],
                 batch_id: str | None = None) -> httpx.Response:
        return self.post("/sync/push", {"batch_id": batch_id or str(uuid.uuid4()),
                                        "changes": changes})

    def push(self, changes: list[dict[str, Any]],
             batch_id: str | None = None) -> p.PushResponse:
        r = self.push_raw(changes, batch_id)
        assert r.status_code == 200, r.text
        return p.PushResponse.model_validate(r.json())

    def pull_page(self, cursor: int | None = None, limit: int = 500) -> p.PullResponse:
        r = self.post("/sync/pull", {"cursor": self.cursor if cursor is None else cursor,
                                     "limit": limit})
        assert r.status_code == 200, r.text
        return p.PullResponse.model_validate(r.json())

    def pull_all(self, limit: int = 500) -> tuple[list[p.RowState], list[str]]:
        """Pull every page from the current cursor, advancing it."""
        rows: list[p.RowState] = []
        revoked: set[str] = set()
        while True:
            page = self.pull_page(limit=limit)
            rows.extend(page.rows)
            revoked.update(page.revoked_children)
            self.cursor = page.next_cursor
            if not page.more:
                return rows, sorted(revoked)

    def ack_revoke(self, child_ids: list[str]) -> httpx.Response:
        return self.post("/sync/ack-revoke", {"child_ids": child_ids})


def change(table: str, row_id: str, fields: dict[str, Any], base_rev: int = 0,
           deleted: bool = False) -> dict[str, Any]:
    return {"table": table, "id": row_id, "base_rev": base_rev, "fields": fields,
            "deleted": deleted}


def child_fields(team_id: str | None, case_manager_id: str | None,
                 **extra: Any) -> dict[str, Any]:
    """A complete new child row, as wire fields."""
    fields: dict[str, Any] = {
        "case_number": f"YJ-{uuid.uuid4().hex[:8].upper()}", "given_name": "Pushed",
        "family_name": "Child", "date_of_birth": "2011-02-03", "gender": "female",
        "ethnicity": "white_british", "team_id": team_id, "case_manager_id": case_manager_id}
    fields.update(extra)
    return fields


@dataclass
class World:
    """Two teams; a practitioner, a court officer and a manager in each; a child each."""

    north: str
    south: str
    pat: str  # north practitioner
    sam: str  # south practitioner
    nina: str  # north team manager
    colin: str  # north court officer
    sonia: str  # service manager
    ada: str  # administrator
    north_child: str
    south_child: str


def make_world(db: ServerDb) -> World:
    north = db.add_team("North Team", "NORTH")
    south = db.add_team("South Team", "SOUTH")
    pat = db.add_user("pat", Role.PRACTITIONER, north)
    sam = db.add_user("sam", Role.PRACTITIONER, south)
    nina = db.add_user("nina", Role.TEAM_MANAGER, north)
    colin = db.add_user("colin", Role.COURT_OFFICER, north)
    sonia = db.add_user("sonia", Role.SERVICE_MANAGER, None)
    ada = db.add_user("ada", Role.ADMINISTRATOR, None)
    north_child = db.add_child(north, pat, given_name="Nora", family_name="Northam")
    south_child = db.add_child(south, sam, given_name="Sid", family_name="Southey")
    db.allocate(north_child, pat)
    db.allocate(south_child, sam)
    return World(north, south, pat, sam, nina, colin, sonia, ada, north_child, south_child)


def audit_fields(device: str, seq: int, child_id: str | None, *, user_id: str | None = None,
                 prev_hash: str | None = None, event_id: str | None = None,
                 action: str = "view", at: str = "2026-11-20T10:00:00+00:00"
                 ) -> tuple[str, dict[str, Any]]:
    """A new audit event ``(id, wire fields)`` with its real hash, continuing ``prev_hash``
    (the genesis when None): as a laptop's ``services.audit.append`` makes it."""
    from yjdesk.models.audit import AuditEvent
    from yjdesk.services import audit

    eid = event_id or new_id()
    prev = prev_hash or audit.GENESIS
    fields: dict[str, Any] = {
        "device_id": device, "device_seq": seq, "at": at, "user_id": user_id,
        "action": action, "child_id": child_id, "entity": "child" if child_id else None,
        "entity_id": child_id, "detail": None, "prev_hash": prev}
    ev = AuditEvent(id=eid, **{**fields, "at": dt.datetime.fromisoformat(at)})
    fields["hash"] = audit.compute_hash(prev, ev)
    return eid, fields


def audit_chain(device: str, user_id: str | None, children: list[str | None],
                start: int = 1, prev_hash: str | None = None) -> list[dict[str, Any]]:
    """Wire changes for consecutive events of one device's chain (one per child given)."""
    out = []
    prev = prev_hash
    for i, child in enumerate(children):
        eid, fields = audit_fields(device, start + i, child, user_id=user_id, prev_hash=prev)
        prev = str(fields["hash"])
        out.append(change("audit_event", eid, fields))
    return out


def complete_answers(child_id: str, stage_id: str) -> list[dict[str, Any]]:
    """Answers (current form version) that pass every blocking quality check, as pushed
    rows: a submitted stage is judged with its answers (``services.assessments``)."""
    import json

    from tests.unit.test_assessment_helpers import COMPLETE

    return [change("assessment_answer", new_id(), {
        "child_id": child_id, "stage_id": stage_id, "question_key": key,
        "value": json.dumps(value), "as_at": "2026-11-01"}) for key, value in COMPLETE.items()]


def form_version() -> int:
    from yjdesk.services.assessments import forms

    return forms.current_version()


def stage_hash(db: ServerDb, stage_id: str, **signature: Any) -> str:
    """The content hash a countersign of the stage as the service holds it carries
    (``signature``: the countersign's own fields), as the laptop's ``signing`` makes it."""
    from yjdesk.models.assessment import AssessmentStage
    from yjdesk.services.assessments import stages
    from yjdesk.services.assessments.hashing import content_hash

    with Session(db.engine) as s, s.no_autoflush:
        stage = s.get(AssessmentStage, stage_id)
        assert stage is not None
        rows = stages.answers(s, stage_id)
        for name, value in signature.items():
            setattr(stage, name, value)
        digest = content_hash(stage, rows.values())
        s.rollback()
    return digest


def report_hash(db: ServerDb, report_id: str) -> str:
    """The content hash a finalisation of the report as the service holds it carries."""
    from yjdesk.models.court import PreSentenceReport
    from yjdesk.services.court.psr import content_hash

    with Session(db.engine) as s:
        report = s.get(PreSentenceReport, report_id)
        assert report is not None
        return content_hash(s, report)
