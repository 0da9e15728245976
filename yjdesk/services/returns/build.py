"""Producing the quarterly case-level return: the pre-flight check and the zip of XML parts.

One pass over the quarter's records (:mod:`.extract`) checks every record against the
data-item file: a record missing a required item (or with a code the return does not
know) would be rejected by the YJB and is left out of the file; one missing an expected
item is sent but incomplete. Both are listed per practitioner, each with the child record
tab where it is fixed. The XML is written part by part straight into the zip (memory does
not grow with the service) and every part is then validated against the XSD written from
the same data-item file.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import re
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any
from xml.sax.saxutils import escape, quoteattr

from lxml import etree
from sqlalchemy.orm import Session

from yjdesk.errors import KnownError
from yjdesk.services.codes import codelist
from yjdesk.services.humanise import date_text, filled
from yjdesk.services.oversight.kpi.base import Period
from yjdesk.services.returns import extract
from yjdesk.services.returns.spec import Item, Part, Spec, xsd

REJECTED = "rejected"
INCOMPLETE = "incomplete"
#: Digest characters kept per child in the manifest (enough to see what changed).
DIGEST_CHARS = 12


@dataclass(frozen=True)
class Defect:
    child_id: str
    case_number: str
    name: str
    #: The case manager's name; None: unallocated (the check's list says so).
    practitioner: str | None
    part: str
    record_id: str | None
    severity: str
    #: The problem in English (the command line's report).
    message: str
    #: The child record tab where it is put right.
    tab: str
    #: The problem as a screen words it: one of :data:`MESSAGES` and its values.
    template: str = ""
    args: tuple[str, ...] = ()


@dataclass
class Outcome:
    """What a check or a build found."""

    quarter: Period
    spec: Spec
    defects: list[Defect] = field(default_factory=list)
    records: dict[str, int] = field(default_factory=dict)
    left_out: dict[str, int] = field(default_factory=dict)
    #: case number -> digest of everything the return says about the child.
    manifest: dict[str, str] = field(default_factory=dict)

    @property
    def children(self) -> int:
        return self.records.get("children", 0)

    def by_practitioner(self) -> dict[str | None, list[Defect]]:
        """The defects by practitioner's name, in the order :func:`run` lists them
        (:func:`listing_order`: by practitioner, None -- unallocated -- last; then case
        number, the rejected first). No sort here: a screen calls it on the UI thread, and
        a quarter may have tens of thousands of defects."""
        out: dict[str | None, list[Defect]] = {}
        for d in self.defects:
            out.setdefault(d.practitioner, []).append(d)
        return out

    def count(self, severity: str) -> int:
        return len({d.child_id for d in self.defects if d.severity == severity})


#: What the check says of a record: templates, translated by the screen, which then fills
#: in the values. For each value: True, a word the screen translates on its own (a data
#: item's name, a value the return expects not to get: :func:`words`; how an order ended,
#: its code list's label); False, as the record gives it (a code, a date).
MESSAGES: dict[str, tuple[bool, ...]] = {
    "%1 is missing": (True,),
    "%1 is not recorded": (True,),
    "%1 '%2' is not a code the return accepts": (True, False),
    "%1 is recorded as '%2'": (True, True),
    "%1, but the date it ended is missing": (True,),
    "Still open after its planned end on %1: record how it ended": (False,),
}


def words(specs: tuple[Spec, ...]) -> set[str]:
    """The words :data:`MESSAGES` name, for these data-item files: the items' names and
    the values the return expects not to get (the translation file lists them)."""
    return {w for spec in specs for part in spec.parts for item in part.items
            for w in (_plain(item), *(_value(v) for v in item.expected_not))}


#: The code list of an intervention's ``end_reason`` (the disposal's outcome,
#: :func:`.extract.interventions`), whose labels the translation file lists.
END_REASONS = "disposal_outcome"


def _value(code: str) -> str:
    return code.replace("_", " ")


def _missing(v: Any) -> bool:
    return v is None or (isinstance(v, str) and not v.strip())


def _plain(item: Item) -> str:
    return item.label[0].upper() + item.label[1:]


def _allowed_sets(spec: Spec) -> dict[str, frozenset[str]]:
    """Each code item's accepted codes, worked out once per return (not once a record)."""
    return {item.codes: frozenset(spec.allowed(item.codes)) for part in spec.parts
            for item in part.items if item.type == "code" and item.codes}


def check(spec: Spec, part: Part, record: dict[str, Any], q: Period,
          allowed: dict[str, frozenset[str]] | None = None
          ) -> list[tuple[str, str, tuple[str, ...]]]:
    """(severity, template, values) for every problem of one record (the template one of
    :data:`MESSAGES`; ``allowed``: the code sets from :func:`_allowed_sets`, passed by a
    caller checking many records)."""
    found: list[tuple[str, str, tuple[str, ...]]] = []
    for item in part.items:
        value = record.get(item.item)
        if _missing(value):
            if item.required:
                found.append((REJECTED, "%1 is missing", (_plain(item),)))
            elif item.expected:
                found.append((INCOMPLETE, "%1 is not recorded", (_plain(item),)))
            continue
        if item.type == "code" and item.codes and value not in (
                allowed[item.codes] if allowed is not None else spec.allowed(item.codes)):
            found.append((REJECTED if item.required else INCOMPLETE,
                          "%1 '%2' is not a code the return accepts",
                          (_plain(item), str(value))))
        elif value in item.expected_not:
            found.append((INCOMPLETE, "%1 is recorded as '%2'",
                          (_plain(item), _value(str(value)))))
    if part.part == "interventions":
        if record.get("end_reason") and _missing(record.get("end_date")):
            found.append((REJECTED, "%1, but the date it ended is missing",
                          (codelist(END_REASONS).label(str(record["end_reason"])),)))
        planned = record.get("planned_end_date")
        if record.get("_open") and planned is not None and planned < q.end:
            found.append((INCOMPLETE,
                          "Still open after its planned end on %1: record how it ended",
                          (date_text(planned),)))
    return found


def _text(spec: Spec, item: Item, value: Any) -> str:
    if item.type == "date":
        return value.isoformat() if isinstance(value, dt.date) else str(value)
    if item.type == "code" and item.codes:
        return spec.encode(item.codes, str(value))
    return str(value)


#: Characters XML 1.0 cannot carry at all (escaping does not help): left out of the file.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _escape(text: str) -> str:
    return escape(_NOT_XML.sub("", text))


class _Writer:
    """One part's XML, written record by record into an open zip entry.

    The markup is assembled as text (the element names come from the data-item file, the
    values are escaped) and written in blocks: building an element tree per record cost
    more than reading the database. Every part is validated against the XSD afterwards."""

    BLOCK = 1 << 16

    def __init__(self, spec: Spec, part: Part, q: Period, yot: str, target: IO[bytes]) -> None:
        self.spec, self.part, self._target = spec, part, target
        self._buf: list[str] = []
        self._size = 0
        self._items = [(item, f"<{item.element}>", f"</{item.element}>")
                       for item in part.items]
        self._open, self._close = f"<{part.record}>", f"</{part.record}>"
        attrs = {"xmlns": spec.namespace, "yot": yot, "periodStart": q.start.isoformat(),
                 "periodEnd": q.end.isoformat(),
                 "specification": f"{spec.name} v{spec.version}"}
        head = " ".join(f"{k}={quoteattr(_NOT_XML.sub('', v))}" for k, v in attrs.items())
        self._put(f"<?xml version='1.0' encoding='UTF-8'?>\n<{part.root} {head}>")

    def _put(self, text: str) -> None:
        self._buf.append(text)
        self._size += len(text)
        if self._size >= self.BLOCK:
            self._flush()

    def _flush(self) -> None:
        if self._buf:
            self._target.write("".join(self._buf).encode("utf-8"))
            self._buf.clear()
            self._size = 0

    def write(self, record: dict[str, Any]) -> None:
        out = [self._open]
        for item, start, end in self._items:
            value = record.get(item.item)
            if not _missing(value):
                out += (start, _escape(_text(self.spec, item, value)), end)
        out.append(self._close)
        self._put("".join(out))

    def close(self) -> None:
        self._put(f"</{self.part.root}>")
        self._flush()


#: Each child's case number, name and case manager (None: unallocated).
People = dict[str, tuple[str, str, str | None]]


def _records(session: Session, q: Period, part: str,
             people: People) -> Iterator[tuple[str, dict[str, Any]]]:
    if part == "children":
        for child_id, manager, facts in extract.children(session, q):
            people[child_id] = (facts["local_id"], facts["_name"], manager)
            yield child_id, facts
    else:
        yield from extract.READERS[part](session, q)


def run(session: Session, q: Period, spec: Spec, *, yot: str = "",
        target: IO[bytes] | None = None,
        progress: Callable[[str, int], None] | None = None) -> Outcome:
    """Check every record of the quarter; with ``target``, also write the zip there."""
    out = Outcome(q, spec)
    people: People = {}
    digests: dict[str, Any] = {}
    allowed = _allowed_sets(spec)
    archive = zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) if target else None
    try:
        for part in spec.parts:
            writer = None
            entry = None
            if archive is not None:
                # a fixed time stamp: the same records give the same bytes and checksum
                info = zipfile.ZipInfo(part.file, date_time=(q.end.year, q.end.month,
                                                             q.end.day, 0, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                entry = archive.open(info, "w", force_zip64=True)
            if entry is not None:
                writer = _Writer(spec, part, q, yot, entry)
            written = left = 0
            for child_id, record in _records(session, q, part.part, people):
                if child_id not in people:
                    continue  # a record of a child not in the return (deleted child)
                problems = check(spec, part, record, q, allowed)
                case_number, name, manager = people[child_id]
                for severity, template, args in problems:
                    out.defects.append(Defect(
                        child_id, case_number, name, manager, part.part,
                        record.get("record_id"), severity, filled(template, *args),
                        extract.FIX_TAB[part.part], template, args))
                if any(s == REJECTED for s, _t, _a in problems):
                    left += 1
                    continue
                written += 1
                if writer is not None:
                    writer.write(record)
                data = repr(sorted((k, str(v)) for k, v in record.items()
                                   if not k.startswith("_"))).encode()
                h = digests.get(case_number)
                if h is None:
                    h = digests[case_number] = hashlib.sha256()
                h.update(part.part.encode() + b"\0" + data)
                if progress and written % 1000 == 0:
                    progress(part.part, written)
            if writer is not None and entry is not None:
                writer.close()
                entry.close()
            out.records[part.part] = written
            out.left_out[part.part] = left
            if progress:
                progress(part.part, written)
    finally:
        if archive is not None:
            archive.close()
    out.manifest = {k: h.hexdigest()[:DIGEST_CHARS] for k, h in digests.items()}
    out.defects.sort(key=listing_order)
    return out


def listing_order(d: Defect) -> tuple[bool, str, str, bool, str]:
    """The order a check lists its defects in: by practitioner (unallocated last), case
    number, the rejected before the incomplete, part."""
    return (d.practitioner is None, d.practitioner or "", d.case_number,
            d.severity != REJECTED, d.part)


def validate_zip(path: Path | IO[bytes], spec: Spec) -> dict[str, int]:
    """Validate every part of a return against the XSD (streaming); records per part.

    Raises :class:`KnownError` naming the part and line of the first invalid record."""
    schema = etree.XMLSchema(etree.fromstring(xsd(spec).encode()))
    counts: dict[str, int] = {}
    with zipfile.ZipFile(path) as z:
        for part in spec.parts:
            n = 0
            try:
                with z.open(part.file) as f:
                    for _, el in etree.iterparse(f, events=("end",), schema=schema,
                                                 tag=f"{{{spec.namespace}}}{part.record}"):
                        n += 1
                        el.clear()
            except KeyError as exc:
                raise KnownError(f"The return has no {part.file}.") from exc
            except etree.XMLSyntaxError as exc:
                raise KnownError(f"{part.file} does not match the schema: {exc}") from exc
            counts[part.part] = n
    return counts


def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def zip_bytes(session: Session, q: Period, spec: Spec, yot: str = "") -> tuple[bytes, Outcome]:
    buf = io.BytesIO()
    outcome = run(session, q, spec, yot=yot, target=buf)
    return buf.getvalue(), outcome
