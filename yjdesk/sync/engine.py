"""The client sync engine (no Qt), structured like Anki's normal sync.

    offline check (local counts) -> online check (GET /health)
    -> resend batches written down but never acknowledged (a crash or a lost answer)
    -> push pending rows in chunks (each batch written down before it is sent)
    -> pull pages, each applied in one local transaction with the new cursor
       (revoked children: push their edits, purge them, acknowledge)
    -> finish (last synced at)

Every step commits before the next network call, so killing the process at any point
loses nothing: a stored batch is resent with the same ``batch_id`` (the server replays its
original answer) and the pull resumes from the committed cursor. The engine writes with
``session.info["sync_apply"] = True`` so its writes are neither audited nor queued again.

It takes a session factory and a :class:`~yjdesk.sync.client.SyncClient`; progress is a
plain callable ``progress(phase, done, total)``, cancel a callable checked between chunks.
"""

from __future__ import annotations

import gc
import json
import logging
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlalchemy import func, select, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from yjdesk.errors import Offline, ServerRejected, SyncError, YjdeskError
from yjdesk.models.base import sorted_tables
from yjdesk.models.child import Child
from yjdesk.models.sync_local import SyncBatch, SyncConflict, SyncParked, SyncPending
from yjdesk.models.types import utcnow
from yjdesk.store import changes, indexes, references
from yjdesk.store.changes import NO_CHANGES, Changes
from yjdesk.store.engine import CACHE, FOREIGN_KEYS, SYNCHRONOUS, translate
from yjdesk.sync import state, waiting
from yjdesk.sync.client import SyncClient
from yjdesk.sync.pull import apply_page, purge_children, retry_parked
from yjdesk.sync.push import (
    Key,
    PushOutcome,
    apply_results,
    build_batch,
    pending_keys,
    push_chunks,
)
from yjdesk.sync.references import check as check_references
from yjdesk.sync.waiting import Unsent
from yjdesk.wire.codec import synced_tables
from yjdesk.wire.protocol import (
    INVALID_CURSOR,
    MAX_PULL_LIMIT,
    MAX_PULL_LIMIT_V2,
    PullRequest,
    PullResponse,
)

log = logging.getLogger(__name__)

Progress = Callable[[str, int, int | None], None]
PUSH_CHUNK = 200
#: Rows a pull page asks for: the most the service gives (each page is one transaction).
PULL_LIMIT = MAX_PULL_LIMIT
#: Page cache (KiB) for the pages of a first pull (the store keeps CACHE_KIB otherwise).
PULL_CACHE_KIB = 262144
#: While a pull holds the collector off, the cycles its pages leave (each holding one HTTP
#: answer's body, about 10 MB at 20,000 rows) are collected every this many pages
#: (:func:`_gc_paused`).
PAGES_A_COLLECTION = 2
#: Parked rows tried again a transaction, after a pull's last page.
RETRY_CHUNK = MAX_PULL_LIMIT_V2


class SyncCancelled(SyncError):
    title = "Sync cancelled"


@dataclass(frozen=True)
class FailedItem:
    table: str
    row_id: str
    reason: str


@dataclass
class SyncResult:
    pushed: int = 0
    pulled: int = 0
    conflicts: int = 0
    parked: int = 0
    failed: list[FailedItem] = field(default_factory=list)
    purged_children: list[str] = field(default_factory=list)
    #: Revoked children kept because they still hold changes the server did not take.
    held_children: list[str] = field(default_factory=list)
    #: Every row still not on the server, with the reason and what fixes it.
    waiting: list[Unsent] = field(default_factory=list)

    def summary(self) -> str:
        parts = [f"pushed {self.pushed}", f"pulled {self.pulled}",
                 f"conflicts {self.conflicts}"]
        if self.purged_children:
            parts.append(f"removed {len(self.purged_children)} children no longer yours")
        if self.failed:
            parts.append(f"failed {len(self.failed)}")
        if self.parked:
            parts.append(f"{self.parked} received records waiting for related records")
        if self.waiting:
            parts.append(f"{len(self.waiting)} not on the server yet")
        return ", ".join(parts)


class SyncEngine:
    def __init__(self, session_factory: Callable[[], Session], client: SyncClient, *,
                 progress: Progress | None = None,
                 cancelled: Callable[[], bool] | None = None,
                 push_chunk: int = PUSH_CHUNK, pull_limit: int = PULL_LIMIT) -> None:
        self._factory = session_factory
        self.client = client
        self._progress = progress or (lambda phase, done, total: None)
        self._cancelled = cancelled or (lambda: False)
        self.push_chunk = push_chunk
        self.pull_limit = pull_limit
        #: What each transaction of the run changed (merged once, by :attr:`changes`).
        self._changed: list[Changes] = []

    # --- plumbing -------------------------------------------------------------------------

    @contextmanager
    def transaction(self, *, redoable: bool = False, cache_kib: int | None = None,
                    check_references: bool = True) -> Iterator[Session]:
        """One local write transaction with ``sync_apply`` set.

        ``redoable``: the transaction only stores what the server will send again (a pulled
        page with its cursor; a push's answer, which the service replays for the batch
        still written down), so its commit need not wait for the disk (SQLite
        ``synchronous=NORMAL``: a power cut may undo it whole, never half of it, and with
        it only later commits, never an earlier one).
        ``cache_kib``: a larger page cache for this transaction (a first pull's pages).
        ``check_references``: False for a first pull's pages, written without checking
        foreign keys, whose references the pull's end checks (:mod:`yjdesk.store.references`).
        """
        session = self._factory()
        session.info["sync_apply"] = True
        options: dict[str, object] = {}
        if redoable:
            options[SYNCHRONOUS] = "NORMAL"
        if cache_kib is not None:
            options[CACHE] = cache_kib
        if not check_references:
            options[FOREIGN_KEYS] = False
        try:
            with session.begin():
                if options:
                    session.connection(execution_options=options)
                yield session
        except DBAPIError as exc:
            raise translate(_original(exc)) from exc
        finally:
            self._changed.append(changes.committed(session))
            session.close()

    @property
    def changes(self) -> Changes:
        """Every table and child the run changed so far (kept when it fails half-way).

        Merged here, once, rather than after every transaction: a county's first pull
        copied every child id it had changed so far into a new set at each page.
        """
        if len(self._changed) > 1:
            self._changed = [Changes.union(self._changed)]
        return self._changed[0] if self._changed else NO_CHANGES

    def _check_cancel(self) -> None:
        if self._cancelled():
            raise SyncCancelled("Sync was cancelled; what was already sent or received "
                                "is kept.")

    # --- the sync -------------------------------------------------------------------------

    def run(self) -> SyncResult:
        result = SyncResult()
        with self.transaction() as s:
            status = state.status(s)
        self._progress("check", 0, status.pending)
        if not self.client.health():
            raise Offline("The sync service cannot be reached: working offline.")
        self._resend_stored(result)
        with self.transaction() as s:
            keys = waiting.sendable_keys(s)
        self._push_keys(keys, result)
        with self.transaction() as s:  # dependents whose parent went in a later batch
            ready = [k for k in waiting.dependents_ready(s) if k not in set(keys)]
        if ready:
            self._push_keys(ready, result)
        self._pull(result)
        with self.transaction() as s:
            state.set_last_synced(s, utcnow())
            result.failed = failed_items(s)
            result.waiting = waiting.unsent(s)
        self._progress("done", 1, 1)
        return result

    def _resend_stored(self, result: SyncResult) -> None:
        with self.transaction() as s:
            batches = [(b.batch_id, b.body_json) for b in
                       s.scalars(select(SyncBatch).order_by(SyncBatch.created_at))]
        for batch_id, body in batches:
            self._check_cancel()
            log.info("resending unacknowledged batch %s", batch_id)
            response = self.client.push_raw(json.loads(body))
            self._record(batch_id, response, result, resent=True)

    def _push_keys(self, keys: list[Key], result: SyncResult) -> None:
        total = len(keys)
        parts: list[list[Key]] = []
        if total:
            self._progress("push", 0, total)
            with self.transaction() as s:
                parts = push_chunks(s, keys, self.push_chunk)
        done = 0
        for part in parts:
            self._check_cancel()
            with self.transaction() as s:
                batch = build_batch(s, part)
                body = batch.body_json if batch else None
                batch_id = batch.batch_id if batch else None
            if body is not None and batch_id is not None:
                response = self.client.push_stored(body)  # the text just written down
                self._record(batch_id, response, result)
            done += len(part)
            self._progress("push", done, total)

    def _record(self, batch_id: str, response: object, result: SyncResult, *,
                resent: bool = False) -> None:
        from yjdesk.wire.protocol import PushResponse

        assert isinstance(response, PushResponse)
        if response.batch_id != batch_id:
            raise SyncError("The sync service answered a different batch; try again.")
        outcome = PushOutcome()
        # The answer is recorded without waiting for the disk (``redoable``): it is work
        # that can be redone. The batch stays written down until this transaction commits,
        # and the service keeps its answer; so if a power cut undoes this commit (WAL:
        # whole, with whatever came after it and before the next durable commit), the
        # next sync sends the same batch again and the service replays the same answer.
        with self.transaction(redoable=True) as s:
            batch = s.get(SyncBatch, batch_id)
            if batch is None:  # already recorded (cannot happen within one run)
                return
            apply_results(s, batch, response, outcome, resent=resent)
            waiting.note_refusals(s, [(t, r) for t, r, _ in outcome.rejected])
        result.pushed += outcome.accepted
        result.conflicts += outcome.conflicts

    def _pull(self, result: SyncResult) -> None:
        try:
            self._pull_pages(result)
        except ServerRejected as exc:
            if exc.detail != INVALID_CURSOR:  # (yjdesk/server/pull.py check_cursor)
                raise
            # The service does not know this laptop's position (e.g. its database was
            # restored): fetch everything again; rows already here are simply confirmed.
            log.warning("the sync service refused the pull cursor; pulling from the start")
            with self.transaction() as s:
                state.set_cursor(s, 0)
            self._pull_pages(result)

    def _pull_pages(self, result: SyncResult) -> None:
        """Pull pages until the server has nothing more, each applied in one transaction.

        While a page is being applied the next one is already being fetched (one page
        ahead, on one helper thread), so the service's work and the laptop's overlap. The
        client is still used by one thread at a time: the main thread only touches it when
        no fetch is in flight.
        """
        self._progress("pull", result.pulled, None)
        with self.transaction() as s:
            cursor = state.cursor(s)
            # A first pull into an empty store builds the secondary indexes once at the
            # end, from the filled tables, instead of inserting into each of them row by
            # row (recorded in the same transaction: yjdesk.store.indexes); and it checks
            # its rows' references once at its end, rather than parking every row that
            # comes before its child (yjdesk.store.references).
            if cursor == 0 and _holds_no_child(s):
                indexes.pause(s.connection(), synced_tables())
                references.defer(s.connection(), utcnow().isoformat())
            deferred = references.deferred(s.connection())
        try:
            # (every page, and the fetches and parsing between them)
            with _gc_paused() as between_pages:
                self._pull_from(cursor, result, deferred, between_pages)
        except BaseException:
            self._restore_indexes(quiet=True)  # (the error in hand is the one to tell)
            raise
        self._restore_indexes()

    def _restore_indexes(self, *, quiet: bool = False) -> None:
        """The paused indexes made again (when any are): one transaction, which either
        makes them all and drops the marker or leaves the store as it was. ``quiet``: a
        failure is logged, not raised (the store opens and the next pull tries again)."""
        try:
            with self.transaction(cache_kib=PULL_CACHE_KIB) as s:
                conn = s.connection()
                if not indexes.has_marker(conn):
                    return
                made = indexes.restore(conn)
            log.info("made again %d indexes paused for the first pull", made)
        except YjdeskError as exc:
            if not quiet:
                raise
            log.warning("the indexes paused for the first pull are not made yet: %s", exc)

    def _pull_from(self, cursor: int, result: SyncResult, deferred: bool,
                   between_pages: Callable[[], None]) -> None:
        """The pages from ``cursor`` on; ``deferred``: their references are checked at the
        end (a first pull's: :mod:`yjdesk.store.references`); ``between_pages`` is called
        after each page is applied."""
        # A first pull writes every row this laptop will hold: each insert lands on a random
        # page of each index of a file growing to hundreds of MB, so its pages get a larger
        # page cache (the usual size again for the next transaction after the pull).
        cache = PULL_CACHE_KIB if cursor == 0 else None
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="yjdesk-pull") as ahead:
            fetch = self.client.pull
            self._check_cancel()
            coming: Future[PullResponse] = ahead.submit(
                fetch, PullRequest(cursor=cursor, limit=self.pull_limit))
            while True:
                page = coming.result()
                stuck = page.more and page.next_cursor <= cursor
                prefetched = page.more and not stuck and not page.revoked_children
                if prefetched:
                    coming = ahead.submit(fetch, PullRequest(cursor=page.next_cursor,
                                                             limit=self.pull_limit))
                with self.transaction(redoable=True, cache_kib=cache,
                                      check_references=not deferred) as s:
                    outcome = apply_page(s, list(page.rows), references_deferred=deferred)
                    cursor = max(cursor, page.next_cursor)
                    state.set_cursor(s, cursor)
                result.pulled += len(page.rows)
                result.conflicts += outcome.conflicts
                between_pages()
                self._progress("pull", result.pulled, None)
                if page.revoked_children:
                    self._revoke(list(page.revoked_children), result)
                if not page.more:
                    if deferred:
                        self._check_references()
                    self._retry_parked(result)  # rows waiting for a parent: try them now
                    return
                if stuck:
                    raise SyncError("The sync service sent no progress in a pull; try again.")
                self._check_cancel()
                if not prefetched:
                    coming = ahead.submit(fetch, PullRequest(cursor=cursor,
                                                             limit=self.pull_limit))

    def _check_references(self) -> None:
        """A first pull's end: the rows whose parent never came are parked, and the marker
        removed, in one transaction (redoable: undone, the marker is back, and the next
        pull's end checks again)."""
        started = time.perf_counter()
        with self.transaction(redoable=True, cache_kib=PULL_CACHE_KIB) as s:
            parked = check_references(s)
        log.info("the first pull's references checked in %.2f s: %d rows wait for related "
                 "records", time.perf_counter() - started, parked)

    def _retry_parked(self, result: SyncResult) -> None:
        """Try the parked rows again, after the last page: :data:`RETRY_CHUNK` at a time,
        each chunk in its own transaction, the parents' tables first; again while a pass
        applies any (a row may wait for another parked row).

        (All at once, a first pull whose children came after their records -- in commit
        order, a child edited after them -- held every parked row in one page: for a
        county, most of its million rows.) Returns with ``result.parked`` the rows still
        waiting."""
        left = self._parked_count()
        while left:
            synced = synced_tables()
            for table in [t.name for t in sorted_tables() if t.name in synced]:
                after: str | None = ""
                while after is not None:
                    # redoable: a chunk lost to a power cut leaves its rows parked, and
                    # parked rows are tried again after every pull
                    with self.transaction(redoable=True, cache_kib=PULL_CACHE_KIB) as s:
                        outcome, after = retry_parked(s, table, after, RETRY_CHUNK)
                        result.conflicts += outcome.conflicts
            still = self._parked_count()
            if still >= left:
                break
            left = still
        result.parked = left

    def _parked_count(self) -> int:
        with self._factory() as s:
            return int(s.scalar(select(func.count()).select_from(SyncParked)) or 0)

    def _revoke(self, child_ids: list[str], result: SyncResult) -> None:
        """Children that left this user's scope: push their edits, then purge, then ack."""
        with self.transaction() as s:
            # A push refused before the server knew of the revocation may go now.
            s.execute(update(SyncPending).where(SyncPending.child_id.in_(child_ids))
                      .values(failed_reason=None, failed_at=None))
            keys = pending_keys(s, child_ids)
        self._push_keys(keys, result)
        with self.transaction() as s:
            held = unsynced_children(s, child_ids)
            purge = [c for c in child_ids if c not in held]
            purge_children(s, purge)
        for c in held:
            if c not in result.held_children:
                result.held_children.append(c)
        if purge:
            self.client.ack_revoke(purge)
            result.purged_children.extend(purge)


@contextmanager
def _gc_paused() -> Iterator[Callable[[], None]]:
    """No automatic cyclic garbage collection for the length of a pull (its pages fetched,
    parsed, applied and committed): their hundreds of thousands of new objects (rows,
    parameters) set off collections that find next to no cycles -- full ones among them,
    walking every object of the process, while the parsed page waiting to be applied
    lives (a team's first pull: 5 full collections, about 1 s of 8 s of CPU).

    Yields what to call after each page: every :data:`PAGES_A_COLLECTION` pages, a
    collection of the young generations only, which walks the objects made since the last
    one still alive (the pages in hand, a few milliseconds) and frees the cycles among the
    rest. Each HTTP answer is in such cycles (httpx's response, its streams and its
    request name each other), and holds its page's JSON: left to the end of the pull, a
    county's first pull kept every page's body, 770 MiB of its 1.35 GiB peak. (Where the
    collector is already off -- the app's own runs on the UI thread, yjdesk.ui.collector,
    which must free any cycle that may hold a Qt object -- nothing changes, and nothing is
    collected here.)"""
    was = gc.isenabled()
    gc.disable()
    pages = 0

    def between_pages() -> None:
        nonlocal pages
        pages += 1
        if was and pages % PAGES_A_COLLECTION == 0:
            gc.collect(1)
    try:
        yield between_pages
    finally:
        if was:
            gc.enable()


def _original(exc: DBAPIError) -> DBAPIError:
    """The first database error of a chain. When a disk fills, SQLite rolls the whole
    transaction back by itself, so leaving a savepoint then fails with "no such savepoint";
    the person must hear about the full disk, not the savepoint."""
    first = exc
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, DBAPIError):
            first = current
        current = current.__context__
    return first


def _holds_no_child(session: Session) -> bool:
    """Whether the store holds no child yet (a store a first pull fills)."""
    return session.scalar(select(Child.id).limit(1)) is None


def unsynced_children(session: Session, child_ids: list[str]) -> set[str]:
    """Of ``child_ids``, those with changes still on this laptop only."""
    held = set(session.scalars(select(SyncPending.child_id).where(
        SyncPending.child_id.in_(child_ids))))
    held.update(session.scalars(select(SyncConflict.child_id).where(
        SyncConflict.child_id.in_(child_ids), SyncConflict.resolved_at.is_(None))))
    return {c for c in held if c is not None}


def failed_items(session: Session) -> list[FailedItem]:
    rows = session.scalars(select(SyncPending).where(SyncPending.failed_reason.is_not(None))
                           .order_by(SyncPending.failed_at))
    return [FailedItem(p.table_name, p.row_id, p.failed_reason or "") for p in rows]
