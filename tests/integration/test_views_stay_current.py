"""Every open view shows what a sync brought: a change to every record type, pulled while a
team manager has every page and the records of the children concerned open.

Real parts: the seeded demo service on loopback, the manager's encrypted laptop, the real
sync controller, the real pages and tabs. Nothing tells the views what changed but the
unit of work: the sync's transactions record the tables and children they wrote.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QWidget
from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from tests.conftest import TODAY
from tests.support.view_text import all_text
from tests.ui.conftest import make_ctx, wait_idle
from yjdesk.demo.generator import DEMO_PASSWORD
from yjdesk.demo.service import DemoService, DemoSignIn
from yjdesk.models import Child, SafeguardingItem
from yjdesk.models.statuses import SafeguardingStatus
from yjdesk.models.types import new_id, utcnow
from yjdesk.server import admin
from yjdesk.server.settings import make_engine
from yjdesk.services.pathways import records as pathway_svc
from yjdesk.store import LocalStore
from yjdesk.sync import accounts
from yjdesk.ui import registry
from yjdesk.ui.assessments.editor import AssessmentEditor
from yjdesk.ui.caseload_page import CaseloadPage
from yjdesk.ui.child_record.view import ChildRecordView
from yjdesk.ui.court.report_editor import ReportEditor
from yjdesk.ui.live import LiveData
from yjdesk.ui.sync_ui.controller import SyncController
from yjdesk.wire.codec import synced_tables

MANAGER = "morgan.manager"

#: Append-only records: nobody changes one once written (the audit chain would break).
NEVER_CHANGED = {"audit_event", "data_return"}  # a YJB return is recorded once (issue 15)
#: Columns that hold JSON, not words (an answer is marked as a JSON string instead).
JSON_COLUMNS = {("assessment_answer", "value"), ("audit_event", "detail")}
#: Short text columns that name something and are shown as written.
NAME_COLUMNS = {("child", "preferred_name"), ("user_account", "display_name"),
                ("team", "name"), ("child_address", "line1"), ("relationship", "name"),
                ("board_attendance", "member_name"), ("psr_sent", "recipient_name"),
                ("court_hearing", "court_name"), ("disposal", "decision_body")}
#: Records with nothing in words to mark, or whose words are shown only in the form that
#: records them: the views that read them must still reload.
NO_WORDS = {"allocation", "contact_target_link", "court_hearing_offence",
            "assessment_stage",  # its words mirror the answers, which are shown
            "board_meeting", "board_attendance", "quality_audit_answer",
            "disposal_requirement"}
#: Records read in full in their editor (opened after the sync, as a person would).


@pytest.fixture
def manager(seeded_demo: DemoService) -> Iterator[tuple[DemoService, DemoSignIn]]:
    svc = seeded_demo
    svc.start()
    got = svc.sign_in(MANAGER, DEMO_PASSWORD)
    try:
        yield svc, got
    finally:
        got.store.close()
        svc.stop()


def _marked_columns(table: Table) -> list[str]:
    from sqlalchemy import Text

    cols = [c.name for c in table.c if (table.name, c.name) in NAME_COLUMNS]
    cols += [c.name for c in table.c if isinstance(c.type, Text)
             and (table.name, c.name) not in JSON_COLUMNS]
    return cols


def _text_questions() -> set[str]:
    """Keys of the assessment questions answered in free text, in every form version."""
    keys: set[str] = set()

    def walk(node: object) -> None:
        if isinstance(node, dict):
            if node.get("type") == "text" and "key" in node:
                keys.add(node["key"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for form in (Path(__file__).parents[2] / "resources" / "forms").glob("*.json"):
        walk(json.loads(form.read_text(encoding="utf-8")))
    return keys


def _shown_rows(s: Any, name: str, rows: list[tuple[str, str | None]],
                team_id: str | None) -> set[str] | None:
    """Of ``rows``, the ones the views show in words without a click (None: all of them):
    the team manager's safeguarding page lists her team's items not closed; a child's
    pathways tab shows the detail of its first referral; a user's name is on screen as a
    child's case manager. With none shown, one is made on the server (``NEW_ROWS``)."""
    if name == "safeguarding_item":
        return set(s.scalars(select(SafeguardingItem.id).where(
            SafeguardingItem.status != SafeguardingStatus.CLOSED,
            SafeguardingItem.team_id == team_id)))
    if name == "pathway_referral":
        firsts = (pathway_svc.referrals(s, child) for child in {c for _r, c in rows if c})
        return {found[0].id for found in firsts if found}
    if name == "user_account":
        return {m for m in s.scalars(select(Child.case_manager_id)) if m}
    return None


def _pick_rows(store: LocalStore, team_id: str | None) -> dict[str, tuple[str, str | None]]:
    """One row of every synced table on this laptop (table -> (row id, child id)), taking
    rows of as few children as it can."""
    tables = synced_tables()
    picks: dict[str, tuple[str, str | None]] = {}
    chosen: list[str] = []
    with store.session() as s:
        for name in sorted(tables):
            if name in NEVER_CHANGED:
                continue
            t = tables[name]
            stmt = select(t.c.id, t.c.child_id if "child_id" in t.c else t.c.id)
            if "deleted" in t.c:
                stmt = stmt.where(t.c.deleted.is_(False))
            if name == "assessment_answer":  # a free-text answer (a choice shows its label)
                stmt = stmt.where(t.c.value.like('"%'), t.c.question_key.in_(_text_questions()))
            order: list[Any] = [t.c.id]
            if name == "contact":  # the newest first, as the contacts tab shows them
                order = [t.c.contact_at.desc(), t.c.id]
            rows = [(r[0], r[1] if "child_id" in t.c or name == "child" else None)
                    for r in s.execute(stmt.order_by(*order))]
            if not rows:
                continue  # made on the server instead (NEW_ROWS)
            shown = _shown_rows(s, name, rows, team_id)
            if shown is not None:
                rows = [r for r in rows if r[0] in shown]
                if not rows:
                    continue
            row = next((r for r in rows if r[1] in chosen), rows[0])
            if row[1] is not None and row[1] not in chosen:
                chosen.append(row[1])
            picks[name] = row
    return picks


def _edits(picks: dict[str, tuple[str, str | None]]) -> dict[str, dict[str, Any]]:
    tables = synced_tables()
    out: dict[str, dict[str, Any]] = {}
    for name in picks:
        if name == "assessment_answer":
            out[name] = {"value": json.dumps(f"Zq {name}.value")}
            continue
        values = {c: f"Zq{i} {name}"[:tables[name].c[c].type.length or 200]  # type: ignore[attr-defined]
                  if c in {col for t, col in NAME_COLUMNS if t == name}
                  else f"Zq {name}.{c}"
                  for i, c in enumerate(_marked_columns(tables[name]))}
        out[name] = values
    return out


def _new_amendment(picks: dict[str, tuple[str, str | None]], user_id: str) -> dict[str, Any]:
    contact_id, child_id = picks["contact"]
    return {"child_id": child_id, "contact_id": contact_id, "field": "aim",
            "original_text": "Before", "new_text": "Zq contact_amendment.new_text",
            "reason": "Zq contact_amendment.reason", "amended_by": user_id,
            "amended_at": utcnow()}


def _new_transition(picks: dict[str, tuple[str, str | None]], user_id: str) -> dict[str, Any]:
    return {"child_id": picks["child"][0], "eligible": True,
            "eligibility_reason": "Zq transition_plan.eligibility_reason",
            "needs": "Zq transition_plan.needs"}


def _new_safeguarding(picks: dict[str, tuple[str, str | None]], user_id: str) -> dict[str, Any]:
    return {"child_id": picks["child"][0], "summary": "Zq safeguarding_item.summary",
            "status": "open", "raised_by": user_id, "raised_at": utcnow()}


def _new_enforcement(picks: dict[str, tuple[str, str | None]], user_id: str) -> dict[str, Any]:
    disposal_id, child_id = picks["disposal"]
    return {"child_id": child_id, "disposal_id": disposal_id, "kind": "breach_action",
            "step_date": TODAY, "failure_date": TODAY, "given_by": user_id,
            "failure": "Zq enforcement_step.failure"}


def _new_disclosure(picks: dict[str, tuple[str, str | None]], user_id: str) -> dict[str, Any]:
    victim_id, child_id = picks["victim"]
    return {"child_id": child_id, "victim_ref": victim_id, "use": "psr",
            "consent_date": TODAY, "text": "Zq victim_disclosure.text"}


def _new_pathway_meeting(picks: dict[str, tuple[str, str | None]],
                         user_id: str) -> dict[str, Any]:
    referral_id, child_id = picks["pathway_referral"]
    return {"child_id": child_id, "referral_id": referral_id, "meeting_date": TODAY,
            "outcome": "Zq pathway_meeting.outcome"}


#: Record types the tiny demo may have none of: one is added on the server.
NEW_ROWS = {"contact_amendment": _new_amendment, "transition_plan": _new_transition,
            "safeguarding_item": _new_safeguarding, "enforcement_step": _new_enforcement,
            "victim_disclosure": _new_disclosure, "pathway_meeting": _new_pathway_meeting}


def _write_on_server(svc: DemoService, picks: dict[str, tuple[str, str | None]],
                     edits: dict[str, dict[str, Any]]) -> None:
    engine = make_engine(f"sqlite:///{svc.database}")
    try:
        with Session(engine) as s, s.begin():
            for name, values in edits.items():
                if name not in picks:
                    admin.put_row(s, name, new_id(), values, new=True)
                    picks[name] = ("new", values.get("child_id"))
            for name, (row_id, _child) in list(picks.items()):
                if row_id == "new":
                    continue
                values = edits.get(name) or {}
                if name in NO_WORDS:
                    values = {"deleted": False}  # a new revision, as written by someone else
                admin.put_row(s, name, row_id, values, new=False)
    finally:
        engine.dispose()


def _parents(store: LocalStore, picks: dict[str, tuple[str, str | None]], parent: str,
             key: str, tables: list[str]) -> list[str]:
    """The ``parent`` rows the picked rows of ``tables`` belong to (via column ``key``)."""
    out = [picks[parent][0]]
    with store.session() as s:
        for name in tables:
            t = synced_tables()[name]
            row_id = picks.get(name, ("", None))[0]
            found = s.scalar(select(t.c[key]).where(t.c.id == row_id))
            if found is not None and found not in out:
                out.append(found)
    return out


def _lives(views: list[QWidget]) -> list[LiveData]:
    return [live for v in views for live in v.findChildren(LiveData)]


def test_a_synced_change_to_every_record_type_reaches_every_open_view(
        qtbot: Any, manager: tuple[DemoService, DemoSignIn]) -> None:
    svc, got = manager
    registry.load_features()
    ctx = make_ctx(got.store, got.actor)
    errors: list[BaseException] = []
    ctx.tasks.default_failure = errors.append
    picks = _pick_rows(got.store, got.actor.team_id)
    children = sorted({c for _r, c in picks.values() if c})
    try:
        views: list[QWidget] = [CaseloadPage(ctx)]
        views += [spec.factory(ctx) for spec in registry.pages_for(got.actor.role)]
        records = [ChildRecordView(ctx, child_id) for child_id in children]
        views += records
        for v in views:
            qtbot.addWidget(v)
        views[0].reload()  # type: ignore[attr-defined]
        wait_idle(qtbot, ctx, timeout=180_000)
        qtbot.waitUntil(lambda: all(r.record is not None for r in records), timeout=180_000)
        wait_idle(qtbot, ctx, timeout=180_000)
        lives = _lives(views)
        assert len(lives) > len(views)  # the records' tabs keep themselves current too
        before = {id(live): live.loads for live in lives}
        watched = {id(live): live.tables for live in lives}

        edits = _edits(picks)
        for name, make in NEW_ROWS.items():
            if name not in picks:
                edits[name] = make(picks, got.actor.user_id)
        assert set(picks) | set(edits) == set(synced_tables()) - NEVER_CHANGED
        _write_on_server(svc, picks, edits)
        controller = SyncController(
            ctx, client_factory=lambda: accounts.client_for(got.store, DEMO_PASSWORD))
        with qtbot.waitSignal(controller.finished, timeout=180_000):
            controller.sync_now()
        wait_idle(qtbot, ctx, timeout=180_000)

        # every view that reads a changed table (for its child) loaded again...
        stale = []
        for live in lives:
            touched = [name for name, (_r, child) in picks.items()
                       if name in watched[id(live)]
                       and (live.child_id is None or child is None or child == live.child_id)]
            if touched and live.loads <= before[id(live)]:
                stale.append(f"{type(live.parent()).__name__} ({', '.join(touched)})")
        assert not stale, f"views that did not reload: {stale}"
        # ...and the words changed on the server are on screen somewhere
        editors: list[QWidget] = [
            ReportEditor(ctx, psr_id) for psr_id in _parents(
                got.store, picks, "psr", "psr_id", ["psr_requirement", "psr_review", "psr_sent"])]
        editors += [AssessmentEditor(ctx, stage_id) for stage_id in _parents(
            got.store, picks, "assessment_stage", "stage_id",
            ["assessment_answer", "assessment_event"])]
        for editor in editors:
            qtbot.addWidget(editor)
        wait_idle(qtbot, ctx, timeout=180_000)
        assert not errors, errors
        shown = "\n".join(all_text(v) for v in views + editors)
        missing = [name for name, values in edits.items()
                   if values and name not in NO_WORDS
                   and not any(isinstance(m, str) and m.strip('"') in shown
                               for m in values.values())]
        assert not missing, f"changes not shown by any open view: {missing}"
        assert not errors, errors
    finally:
        ctx.tasks.shutdown()
