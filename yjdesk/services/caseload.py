"""The caseload list: one light row per child, fast enough for 20,000 children."""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
from typing import Any, NamedTuple

from sqlalchemy.orm import Session

from yjdesk.models.child import age_on
from yjdesk.models.org import Role
from yjdesk.services import due_store
from yjdesk.services.codes import codelist
from yjdesk.services.due import DueItem, next_due, providers_for
from yjdesk.services.uow import Actor
from yjdesk.store.changes import note_reads


class CaseloadRow(NamedTuple):
    """One child's row. A named tuple, not a frozen dataclass: a cold start makes 20,000 of
    them, and a frozen dataclass sets each field through ``object.__setattr__`` (about ten
    times the cost of a tuple's; ``_replace`` likewise for the due column)."""

    child_id: str
    name: str
    case_number: str
    date_of_birth: dt.date
    age: int
    #: The current disposal's label, in English as the code list has it (the view shows it
    #: in the person's language); None: no current disposal (the view says so).
    disposal: str | None
    disposal_type: str | None
    #: The case manager's name; None: unallocated (the view says so).
    case_manager: str | None
    case_manager_id: str | None
    next_due: DueItem | None
    #: The text the search box matches (names, preferred name, case and PNC numbers), as
    #: :func:`search_text` folds it.
    haystack: str


_age = age_on


#: Every ongoing disposal's child, type and start (the latest is the child's current one):
#: read from ``ix_disposal_ongoing`` alone, without the table's pages (migration 0024).
ONGOING_DISPOSALS = ("SELECT json_group_array(json_array(child_id, disposal_type, start_date)) "
                     "FROM disposal WHERE deleted = 0 AND outcome = 'ongoing'")


def caseload(session: Session, actor: Actor, today: dt.date, *,
             mine_only: bool = False, with_due: bool = True) -> list[CaseloadRow]:
    """Every child on this laptop (the server sends only those the user may see).

    ``mine_only`` narrows to children the actor case-manages or covers. With
    ``with_due=False`` the rows come without their next due item (``next_due`` is None), so
    a screen can show the list at once and add due items from :func:`due_items` after.
    """
    # plain SQL (no per-row result processing: 20,000 children on a cold start), and the
    # rows as one JSON array (one step of the statement, then one json.loads): fetched row
    # by row, the driver makes each row's objects and takes the interpreter lock back after
    # each step -- twice the CPU, and a wait for the lock at every row while the UI thread
    # runs Python (a cold start builds the window meanwhile). The tables are noted as read,
    # so the caseload's view follows changes to them
    sql = ("SELECT json_group_array(json_array(c.id, c.given_name, c.family_name, "
           "c.preferred_name, c.case_number, c.pnc_number, c.date_of_birth, "
           "c.case_manager_id, u.display_name)) FROM child c "
           "LEFT OUTER JOIN user_account u ON u.id = c.case_manager_id WHERE c.deleted = 0")
    params: tuple[str, ...] = ()
    read = {"child", "user_account", "disposal"}
    if mine_only:
        sql += (" AND (c.case_manager_id = ? OR c.id IN (SELECT a.child_id FROM allocation a "
                "WHERE a.user_id = ? AND a.to_date IS NULL AND a.deleted = 0))")
        params = (actor.user_id, actor.user_id)
        read.add("allocation")
    conn = session.connection()
    note_reads(session, read)
    rows: list[list[Any]] = json.loads(conn.exec_driver_sql(sql, params).scalar_one())
    ids = [r[0] for r in rows]
    current: dict[str, tuple[str, str]] = {}
    for child_id, dtype, start in json.loads(
            conn.exec_driver_sql(ONGOING_DISPOSALS).scalar_one()):
        prev = current.get(child_id)
        if prev is None or start > prev[0]:  # ISO dates: text order is date order
            current[child_id] = (start, dtype)
    due = due_items(session, ids, today) if with_due else {}
    labels = codelist("disposal_type")

    out: list[CaseloadRow] = []
    append = out.append
    born_on: dict[str, tuple[dt.date, int]] = {}  # (date of birth, age) by the stored text
    no_disposal = (None, None)
    label = {code: labels.label(code) for code in {d for _s, d in current.values()}}
    for (child_id, given, family, preferred, case_number, pnc, born, manager_id,
         manager) in rows:
        kind = current.get(child_id, no_disposal)[1]
        # the search text: the words are matched one by one (``matches``), so the blanks
        # an empty preferred name or PNC leaves between them change nothing
        hay = search_text(f"{given} {family} {preferred or ''} {case_number} {pnc or ''}")
        known = born_on.get(born)
        if known is None:
            dob = dt.date.fromisoformat(born)
            known = born_on[born] = (dob, _age(dob, today))
        dob, age = known
        append(CaseloadRow(
            child_id, f"{preferred or given} {family}", case_number, dob, age,
            label[kind] if kind else None, kind, manager or None, manager_id,
            due.get(child_id), hay))
    out.sort(key=name_order)
    return out


def name_order(row: CaseloadRow) -> str:
    """The caseload's order: :func:`caseload` returns its rows in it, and the table's
    column "Name" sorts by it (so rows that come in it need no second sort)."""
    return row.name.lower()


def due_items(session: Session, child_ids: list[str], today: dt.date,
              role: Role | None = None) -> dict[str, DueItem]:
    """Each child's most urgent due item for ``role`` (the second step of a fast caseload
    load): on a laptop from the stored facts (:mod:`yjdesk.services.due_store`, brought up
    to date in the session's transaction), else by running the rules."""
    if due_store.usable(session):
        return due_store.next_due(session, child_ids, today, role)
    return next_due(session, child_ids, today, providers_for(role))


def search_text(text: str) -> str:
    """Text as search compares it: case folded, and accents and other marks taken off, so
    "zoe" finds Zoë, "sian" Siân, "gunes" Güneş and "ilkay" İlkay (a practitioner types a
    name as they heard it, often on a keyboard with no accents). Letters that are not a
    base letter with a mark stay as they are (ø, ł, Chinese characters). Both a row's
    haystack and the query go through this one function."""
    folded = text.casefold()
    if folded.isascii():  # nearly every name: no decomposition to do
        return folded
    return "".join(ch for ch in unicodedata.normalize("NFKD", folded)
                   if not unicodedata.combining(ch))


def matches(row: CaseloadRow, query: str) -> bool:
    """Every word of the query must appear in the row's names or numbers (both folded by
    :func:`search_text`)."""
    words = search_text(query).split()
    return all(w in row.haystack for w in words)


def can_see_team(actor: Actor) -> bool:
    return actor.role in (Role.TEAM_MANAGER, Role.SERVICE_MANAGER, Role.ADMINISTRATOR)
