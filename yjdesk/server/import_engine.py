"""Planning and applying an import of a CSV bundle (see :mod:`yjdesk.services.imports.bundle`).

:func:`plan` reads every file and decides, row by row, what would happen: created, updated
(the old system's record changed since the last run), unchanged (already imported as it
is), or refused with the reason. Nothing is written. :func:`apply` writes a plan with no
refused row, all of it in the caller's transaction: every row becomes revision 1 (or the
next revision) of a synced row with its place in the change feed, so laptops receive it
on their next pull. The old system's ids are kept in ``import_key``: a second run of the
same bundle finds every row unchanged and writes nothing.

Both stream the files: the plan keeps, per row to write, only its ids, digest and action;
:func:`apply` reads each file again, 2,000 rows at a time, and checks every row's digest
against the plan (a bundle changed since the dry run is refused), so a county's history
is imported without holding it in memory.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Any

from sqlalchemy import Table, insert, select, update
from sqlalchemy.orm import Session

from yjdesk.errors import KnownError
from yjdesk.models.child import StatusHistory
from yjdesk.models.imports import ImportKey, ImportRun
from yjdesk.models.org import Role
from yjdesk.models.server import FeedEntry, RowRevision, ServerCounter
from yjdesk.models.types import utcnow
from yjdesk.server.row_writes import column_default
from yjdesk.server.scope import feed_kind
from yjdesk.services.codes import codelist
from yjdesk.services.imports.bundle import (
    FILES,
    FORMAT,
    IDENTIFIER_KINDS,
    IDENTIFIERS_FILE,
    IDENTIFIERS_HEADER,
    INLINE_CODES,
    Col,
    File,
)
from yjdesk.wire.codec import content_columns, encode

Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class RowResult:
    entity: str
    line: int
    legacy_id: str
    action: str  # create update unchanged refuse
    reason: str = ""


@dataclass(slots=True)
class _Pending:
    """A row the plan will write (its values are read from the file again on apply)."""

    legacy_id: str
    row_id: str
    digest: str
    action: str


@dataclass
class Plan:
    source: str
    bundle_sha256: str
    counts: dict[str, dict[str, int]] = field(default_factory=dict)
    refused: list[RowResult] = field(default_factory=list)
    pending: list[_Pending] = field(default_factory=list)
    #: The bundle and mapping the plan was made from (apply reads them again).
    folder: Path | None = None
    mapping: Mapping | None = None
    #: Per file, the rows to write, by the old system's id.
    by_entity: dict[str, dict[str, _Pending]] = field(default_factory=dict)
    #: Old system id -> row id, per file: this bundle's rows and earlier runs' rows.
    ids: dict[str, dict[str, str]] = field(default_factory=dict)
    #: ``identifiers.csv``: child's old id -> child field -> (line, value).
    identifiers: dict[str, dict[str, tuple[int, str, str]]] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.refused

    def total(self, action: str) -> int:
        """Records (an identifier row fills its child's record: not counted again)."""
        return sum(c.get(action, 0) for e, c in self.counts.items() if e != "identifiers")


@dataclass(frozen=True)
class Mapping:
    """Old system codes -> yjdesk codes, per code list (``{"codes": {"gender": {...}}}``)."""

    codes: dict[str, dict[str, str]]

    @classmethod
    def load(cls, path: Path | None) -> Mapping:
        if path is None:
            return cls({})
        try:
            data = json.loads(path.read_text("utf-8"))
            codes = data.get("codes", {})
            if not isinstance(codes, dict) or not all(isinstance(v, dict)
                                                      for v in codes.values()):
                raise ValueError("'codes' must map each code list to an object")
        except (OSError, ValueError) as exc:
            raise KnownError(f"The mapping file {path} cannot be used: {exc}") from exc
        return cls({k: {str(a): str(b) for a, b in v.items()} for k, v in codes.items()})

    def map(self, listname: str, value: str) -> str:
        return self.codes.get(listname, {}).get(value, value)


def _allowed(listname: str) -> frozenset[str]:
    if listname in INLINE_CODES:
        return frozenset(INLINE_CODES[listname])
    return frozenset(c.code for c in codelist(listname).codes)


class _Refuse(Exception):
    pass


def _parse(col: Col, raw: str, mapping: Mapping) -> Any:
    text = raw.strip()
    if text == "":
        if col.required:
            raise _Refuse(f"{col.name} is empty but required")
        return None
    try:
        if col.kind == "date":
            return dt.date.fromisoformat(text)
        if col.kind == "datetime":
            value = dt.datetime.fromisoformat(text)
            return value if value.tzinfo else value.replace(tzinfo=dt.UTC)
        if col.kind == "int":
            return int(text)
    except ValueError:
        what = {"date": "a date (YYYY-MM-DD)", "datetime": "a date and time (ISO 8601)",
                "int": "a whole number"}[col.kind]
        raise _Refuse(f"{col.name} '{text}' is not {what}") from None
    if col.kind == "bool":
        low = text.lower()
        if low in ("y", "yes", "true", "1"):
            return True
        if low in ("n", "no", "false", "0"):
            return False
        raise _Refuse(f"{col.name} '{text}' is not yes or no")
    if col.kind in ("code", "status", "role"):
        listname = col.of or col.kind
        code = mapping.map(listname, text)
        if col.kind == "status":
            try:
                return StatusHistory(code)
            except ValueError:
                raise _Refuse(f"{col.name} '{text}' is not a known status (currently, "
                              "previously, never, yet_to_clarify)") from None
        if col.kind == "role":
            try:
                return Role(code)
            except ValueError:
                raise _Refuse(f"{col.name} '{text}' is not a known role") from None
        if code not in _allowed(listname):
            raise _Refuse(f"{col.name} '{text}' is not a known {listname.replace('_', ' ')}"
                          " (add it to the mapping file)")
        return code
    if col.max_len is not None and len(text) > col.max_len:
        raise _Refuse(f"{col.name} is longer than {col.max_len} characters")
    return text


def _derive(f: File, values: dict[str, Any], source: str) -> None:
    """Values yjdesk works out itself from the imported ones."""
    if f.entity == "outcomes":
        code = codelist("disposal_type").get(values["disposal_type"])
        values["category"] = str(code.extra["category"]) if code else "court"
    elif f.entity == "offences":
        code = codelist("offence_type").get(values["offence_code"])
        if values.get("gravity") is None:
            values["gravity"] = int(code.extra["default_gravity"]) if code else 1
        values["serious_violence"] = bool(code and code.extra.get("serious_violence"))
        values["victim_involved"] = bool(values.get("victim_involved"))
    elif f.entity == "contacts":
        values["finalised_at"] = values["contact_at"]
    elif f.entity == "assessments":
        values["due_on"] = values["started_on"] + dt.timedelta(days=28)
        values["submitted_at"] = values["countersigned_at"]
        values["authoring_service"] = source[:120]
    elif f.entity == "children":
        for k in ("looked_after", "child_in_need", "cp_plan"):
            values[k] = values.get(k) or StatusHistory.YET_TO_CLARIFY
    elif f.entity in ("relationships",):
        for k in ("parental_responsibility", "lives_with_child"):
            values[k] = bool(values.get(k))
    values.update(f.fixed)


def _digest(values: dict[str, Any]) -> str:
    canon = json.dumps({k: (v.value if hasattr(v, "value") else str(v) if v is not None
                            else None) for k, v in sorted(values.items())}, sort_keys=True)
    return hashlib.sha256(canon.encode()).hexdigest()


#: Columns whose value must be unique among the service's rows, per file.
UNIQUE = {"teams": "code", "staff": "username", "children": "case_number"}


def read_source(folder: Path) -> str:
    meta = folder / "bundle.json"
    try:
        data = json.loads(meta.read_text("utf-8"))
    except (OSError, ValueError) as exc:
        raise KnownError(f"{meta} is missing or not valid JSON: {exc}") from exc
    if data.get("format") != FORMAT or not str(data.get("source", "")).strip():
        raise KnownError(f"{meta} must give \"format\": {FORMAT} and the old system's "
                         "\"source\" name")
    return str(data["source"]).strip()[:64]


def bundle_sha256(folder: Path) -> str:
    h = hashlib.sha256()
    for name in ["bundle.json", IDENTIFIERS_FILE, *(f.file_name for f in FILES)]:
        path = folder / name
        if path.exists():
            h.update(name.encode() + b"\0" + path.read_bytes())
    return h.hexdigest()


def _read(folder: Path, f: File) -> Iterator[tuple[int, dict[str, str]]]:
    """(line number, raw row) of one file of the bundle."""
    return _read_csv(folder, f.file_name, f.header)


def _read_csv(folder: Path, name: str,
              header: Any) -> Iterator[tuple[int, dict[str, str]]]:
    path = folder / name
    if not path.exists():
        return
    with path.open(newline="", encoding="utf-8-sig") as fh:
        reader = csv.DictReader(fh)
        missing = [c for c in header if c not in (reader.fieldnames or [])]
        if missing:
            raise KnownError(f"{name} lacks the column(s) {', '.join(missing)}")
        yield from enumerate(reader, start=2)


def _read_identifiers(folder: Path, refused: list[RowResult],
                      ) -> dict[str, dict[str, tuple[int, str, str]]]:
    """``identifiers.csv`` by child (old id) and field; refused rows go to ``refused``."""
    out: dict[str, dict[str, tuple[int, str, str]]] = {}
    seen: set[str] = set()
    for n, raw in _read_csv(folder, IDENTIFIERS_FILE, IDENTIFIERS_HEADER):
        legacy = (raw.get("identifier_id") or "").strip()
        child = (raw.get("child_id") or "").strip()
        kind = (raw.get("kind") or "").strip()
        value = (raw.get("value") or "").strip()
        why = ""
        if not legacy:
            why = "identifier_id is empty"
        elif legacy in seen:
            why = f"identifier_id '{legacy}' appears twice in the file"
        elif not child:
            why = "child_id is empty but required"
        elif kind not in IDENTIFIER_KINDS:
            why = (f"kind '{kind}' is not a known kind of identifier (one of "
                   f"{', '.join(IDENTIFIER_KINDS)})")
        elif not value:
            why = "value is empty but required"
        elif len(value) > IDENTIFIER_KINDS[kind].max_len:
            why = f"value is longer than {IDENTIFIER_KINDS[kind].max_len} characters"
        else:
            target = IDENTIFIER_KINDS[kind].target
            earlier = out.get(child, {}).get(target)
            if earlier is not None:
                why = (f"child '{child}' already has a {IDENTIFIER_KINDS[kind].label} "
                       f"(line {earlier[0]})")
        seen.add(legacy)
        if why:
            refused.append(RowResult("identifiers", n, legacy, "refuse", why))
            continue
        out.setdefault(child, {})[IDENTIFIER_KINDS[kind].target] = (n, value, legacy)
    return out


def _with_identifiers(values: dict[str, Any],
                      given: dict[str, tuple[int, str, str]] | None) -> None:
    """A child's values with its ``identifiers.csv`` rows put in (refused when
    ``children.csv`` gives the same identifier differently)."""
    for target, (line, value, _) in (given or {}).items():
        own = values.get(target)
        if own is not None and own != value:
            raise _Refuse(f"{target} '{own}' differs from identifiers.csv line {line} "
                          f"('{value}')")
        values[target] = value


def _values(f: File, raw: dict[str, str], mapping: Mapping, source: str,
            ref: Callable[[Col, str], str]) -> dict[str, Any]:
    """One row's values as yjdesk stores them (``ref`` turns an old id into a row id)."""
    values: dict[str, Any] = {}
    for col in f.cols:
        value = _parse(col, raw.get(col.name) or "", mapping)
        if col.kind == "ref" and value is not None:
            value = ref(col, value)
        values[col.target] = value
    _derive(f, values, source)
    return values


def plan(session: Session, folder: Path, mapping: Mapping,
         progress: Progress | None = None) -> Plan:
    """What importing ``folder`` would do, row by row. Writes nothing."""
    if not folder.is_dir():
        raise KnownError(f"{folder} is not a folder holding the bundle's CSV files")
    source = read_source(folder)
    out = Plan(source, bundle_sha256(folder), folder=folder, mapping=mapping)
    known: dict[tuple[str, str], tuple[str, str]] = {
        (k.entity, k.legacy_id): (k.row_id, k.digest) for k in session.scalars(
            select(ImportKey).where(ImportKey.source == source))}
    out.ids = {f.entity: {} for f in FILES}
    for (entity, legacy), (row_id, _) in known.items():
        out.ids.setdefault(entity, {})[legacy] = row_id
    refused_ids: dict[str, set[str]] = {f.entity: set() for f in FILES}
    ident_refused: list[RowResult] = []
    out.identifiers = _read_identifiers(folder, ident_refused)

    def ref(col: Col, value: str) -> str:
        assert col.of is not None
        if value in refused_ids[col.of]:
            raise _Refuse(f"{col.name} '{value}' refers to a refused row of {col.of}.csv")
        target = out.ids[col.of].get(value)
        if target is None:
            raise _Refuse(f"{col.name} '{value}' is not in {col.of}.csv "
                          "(nor imported before)")
        return target

    for f in FILES:
        counts = out.counts.setdefault(f.entity, {"create": 0, "update": 0, "unchanged": 0,
                                                  "refuse": 0})
        if not (folder / f.file_name).exists():
            continue
        table: Table = f.model.__table__
        unique_col = UNIQUE.get(f.entity)
        taken: dict[str, str] = {}
        if unique_col:
            taken = {str(v): str(i) for i, v in session.execute(
                select(table.c.id, table.c[unique_col]))}
        seen_unique: set[str] = set()
        seen: set[str] = set()
        writes = out.by_entity.setdefault(f.entity, {})
        for n, raw in _read(folder, f):
            legacy = (raw.get(f.key) or "").strip()
            try:
                if not legacy:
                    raise _Refuse(f"{f.key} is empty")
                if legacy in seen or legacy in refused_ids[f.entity]:
                    raise _Refuse(f"{f.key} '{legacy}' appears twice in the file")
                values = _values(f, raw, mapping, source, ref)
                if f.entity == "children":
                    _with_identifiers(values, out.identifiers.get(legacy))
                digest = _digest(values)
                previous = known.get((f.entity, legacy))
                row_id = previous[0] if previous else str(uuid.uuid4())
                if unique_col:
                    u = str(values[unique_col])
                    if u in seen_unique or taken.get(u, row_id) != row_id:
                        raise _Refuse(f"{unique_col.replace('_', ' ')} '{u}' is already "
                                      "used by another record")
                    seen_unique.add(u)
                action = "create" if previous is None else (
                    "unchanged" if previous[1] == digest else "update")
            except _Refuse as why:
                refused_ids[f.entity].add(legacy)
                counts["refuse"] += 1
                out.refused.append(RowResult(f.entity, n, legacy, "refuse", str(why)))
                continue
            seen.add(legacy)
            out.ids[f.entity][legacy] = row_id
            counts[action] += 1
            if action != "unchanged":
                item = _Pending(legacy, row_id, digest, action)
                out.pending.append(item)
                writes[legacy] = item
            if progress and n % 2000 == 0:
                progress(f.entity, n - 1, 0)
        if progress:
            progress(f.entity, sum(counts.values()), 0)
        if f.entity == "children":
            _count_identifiers(out, ident_refused, refused_ids["children"], seen)
    return out


def _count_identifiers(out: Plan, refused: list[RowResult], refused_children: set[str],
                       in_bundle: set[str]) -> None:
    """``identifiers.csv`` in the plan: each row counts as what happens to its child; a
    row naming a child that is not in ``children.csv`` (or was refused) is refused."""
    counts = out.counts.setdefault("identifiers", {"create": 0, "update": 0,
                                                   "unchanged": 0, "refuse": 0})
    writes = out.by_entity.get("children", {})
    for child, fields in out.identifiers.items():
        for line, _, legacy in fields.values():
            if child in refused_children:
                refused.append(RowResult("identifiers", line, legacy, "refuse",
                                         f"child_id '{child}' refers to a refused row of "
                                         "children.csv"))
            elif child not in in_bundle:
                refused.append(RowResult("identifiers", line, legacy, "refuse",
                                         f"child_id '{child}' is not in children.csv (an "
                                         "identifier is imported with its child)"))
            else:
                item = writes.get(child)
                counts[item.action if item else "unchanged"] += 1
    refused.sort(key=lambda r: r.line)
    counts["refuse"] = len(refused)
    out.refused.extend(refused)


def _to_write(p: Plan, f: File) -> Iterator[tuple[_Pending, dict[str, Any]]]:
    """The plan's rows of one file with their values, read from the file again."""
    writes = p.by_entity.get(f.entity, {})
    if not writes:
        return
    assert p.folder is not None and p.mapping is not None

    def ref(col: Col, value: str) -> str:
        assert col.of is not None
        return p.ids[col.of][value]

    for _, raw in _read(p.folder, f):
        item = writes.get((raw.get(f.key) or "").strip())
        if item is None:
            continue
        try:
            values = _values(f, raw, p.mapping, p.source, ref)
            if f.entity == "children":
                _with_identifiers(values, p.identifiers.get(item.legacy_id))
        except (_Refuse, KeyError) as exc:
            raise KnownError(f"{f.file_name} changed since the dry run ({exc}): nothing "
                             "was imported. Run the import again.") from exc
        if _digest(values) != item.digest:
            raise KnownError(f"{f.file_name} changed since the dry run (row "
                             f"{item.legacy_id}): nothing was imported. Run the import "
                             "again.")
        yield item, values


def _chunks(rows: Iterator[tuple[_Pending, dict[str, Any]]],
            size: int) -> Iterator[list[tuple[_Pending, dict[str, Any]]]]:
    chunk: list[tuple[_Pending, dict[str, Any]]] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def apply(session: Session, p: Plan, *, run_by: str, user_id: str | None,
          progress: Progress | None = None) -> str:
    """Write a plan with no refused row (all of it, in the caller's transaction).

    The feed counter is locked first and held to the commit: an import is a one-off
    migration, and pushes wait for it rather than interleave with its positions."""
    if not p.ok:
        raise KnownError(f"{len(p.refused)} rows are refused: nothing was imported. Correct "
                         "them (see the dry run) and run the import again.")
    if p.folder is not None and p.pending and bundle_sha256(p.folder) != p.bundle_sha256:
        raise KnownError("The bundle changed since the dry run: nothing was imported. Run "
                         "the import again.")
    seq = int(session.execute(select(ServerCounter.value).where(ServerCounter.name == "feed")
                              .with_for_update()).scalar_one())
    now = utcnow()
    run_id = str(uuid.uuid4())

    total, done = len(p.pending), 0
    for f in FILES:  # dependency order
        table: Table = f.model.__table__
        columns = content_columns(table)
        for part in _chunks(_to_write(p, f), 2000):
            new_rows: list[dict[str, Any]] = []
            revisions: list[dict[str, Any]] = []
            feed: list[dict[str, Any]] = []
            keys: list[dict[str, Any]] = []
            for item, values in part:
                seq += 1
                if item.action == "create":
                    full = {c.name: values.get(c.name, column_default(c)) for c in columns}
                    rev = 1
                    new_rows.append({"id": item.row_id, **full, "rev": 1, "server_seq": seq,
                                     "updated_at": now, "updated_by": user_id,
                                     "deleted": False})
                else:
                    current = session.execute(select(table).where(
                        table.c.id == item.row_id)).one()._mapping
                    full = {c.name: current[c.name] for c in columns}
                    full.update(values)
                    rev = int(current["rev"]) + 1
                    session.execute(update(table).where(table.c.id == item.row_id).values(
                        **values, rev=rev, server_seq=seq, updated_at=now,
                        updated_by=user_id))
                revisions.append({
                    "table_name": table.name, "row_id": item.row_id, "rev": rev,
                    "fields_json": json.dumps({c.name: encode(c, full[c.name])
                                               for c in columns}),
                    "updated_by": user_id, "updated_at": now, "server_seq": seq,
                    "device_id": None})
                kind = feed_kind(table, {"id": item.row_id, **full})
                feed.append({"table_name": table.name, "row_id": item.row_id,
                             "server_seq": seq, "kind": kind.kind, "child_id": kind.child_id,
                             "team_id": kind.team_id, "audience": kind.audience,
                             "_action": item.action})
                keys.append({"source": p.source, "entity": f.entity,
                             "legacy_id": item.legacy_id, "table_name": table.name,
                             "row_id": item.row_id, "digest": item.digest, "run_id": run_id,
                             "_action": item.action})
            if new_rows:
                _bulk_insert(session, table, new_rows)
            _bulk_insert(session, _table(RowRevision), revisions)
            fresh = [{k: v for k, v in e.items() if k != "_action"} for e in feed
                     if e["_action"] == "create"]
            if fresh:
                _bulk_insert(session, _table(FeedEntry), fresh)
            for e in feed:
                if e["_action"] == "update":
                    session.execute(update(FeedEntry).where(
                        FeedEntry.table_name == e["table_name"],
                        FeedEntry.row_id == e["row_id"]).values(
                        server_seq=e["server_seq"], kind=e["kind"], child_id=e["child_id"],
                        team_id=e["team_id"], audience=e["audience"]))
            new_keys = [{k: v for k, v in e.items() if k != "_action"} for e in keys
                        if e["_action"] == "create"]
            if new_keys:
                _bulk_insert(session, _table(ImportKey), new_keys)
            for k in keys:
                if k["_action"] == "update":
                    session.execute(update(ImportKey).where(
                        ImportKey.source == k["source"], ImportKey.entity == k["entity"],
                        ImportKey.legacy_id == k["legacy_id"]).values(
                        digest=k["digest"], run_id=run_id))
            done += len(part)
            if progress:
                progress(f.entity, done, total)
    session.execute(update(ServerCounter).where(ServerCounter.name == "feed")
                    .values(value=seq))
    session.add(ImportRun(id=run_id, source=p.source, bundle_sha256=p.bundle_sha256,
                          started_at=now, finished_at=utcnow(), run_by=run_by,
                          counts_json=json.dumps(p.counts, sort_keys=True)))
    session.flush()
    return run_id


def _table(model: Any) -> Table:
    table: Table = model.__table__
    return table


def _bulk_insert(session: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    """Insert ``rows`` (dicts with the same keys) in the session's transaction: on
    PostgreSQL with COPY (each value through its column type's bind processing, as an
    INSERT would), elsewhere, or when a column left out has a Python default, an INSERT."""
    if not rows:
        return
    conn = session.connection()
    names = list(rows[0])
    if conn.dialect.name != "postgresql" or any(
            c.name not in rows[0] and c.default is not None for c in table.c):
        session.execute(insert(table), rows)
        return
    procs = [table.c[n].type._cached_bind_processor(conn.dialect) for n in names]
    quote = conn.dialect.identifier_preparer.quote
    cols = ", ".join(quote(n) for n in names)
    dbapi = conn.connection.dbapi_connection
    assert dbapi is not None
    cur = dbapi.cursor()
    with cur.copy(f"COPY {quote(table.name)} ({cols}) FROM STDIN") as copy:
        for row in rows:
            out = []
            for n, proc in zip(names, procs, strict=True):
                v = row[n]
                if proc is not None:
                    v = proc(v)
                elif isinstance(v, Enum):
                    v = v.value
                out.append(v)
            copy.write_row(out)


def report(p: Plan, *, limit: int | None = None) -> str:
    """The dry run as text: per file, what would be created, updated, left or refused, and
    every refused row with its line and reason."""
    lines = [f"bundle from {p.source!r} (sha256 {p.bundle_sha256[:16]}...)"]
    for entity, c in p.counts.items():
        lines.append(f"  {entity + '.csv':<20} create {c['create']:>7,}  update "
                     f"{c['update']:>6,}  unchanged {c['unchanged']:>7,}  refused "
                     f"{c['refuse']:>5,}")
    shown = p.refused if limit is None else p.refused[:limit]
    for r in shown:
        lines.append(f"  refused: {r.entity}.csv line {r.line} ({r.legacy_id or 'no id'}): "
                     f"{r.reason}")
    if len(shown) < len(p.refused):
        lines.append(f"  ... and {len(p.refused) - len(shown)} more refused rows")
    return "\n".join(lines)
