"""The domain's words the UI shows through :func:`yjdesk.ui.i18n.tr`, for the translation file.

``pyside6-lupdate`` finds the UI's own texts (``tr("...")`` and ``QT_TR_NOOP("...")``). The
texts that come from the services and the data (code-list labels, role names, error titles,
report sections, dashboard measures, inspection questions, a sync conflict's fields) are
shown through ``tr()`` too, but lupdate cannot see them: ``scripts/translations update``
runs this module after lupdate to add them to each ``translations/yjdesk_*.ts`` (keeping
any translation already made).

    python -m yjdesk.ui.i18n_domain translations/yjdesk_cy.ts
"""

from __future__ import annotations

import ast
import inspect
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from yjdesk.services.oversight.kpi.base import Section


def domain_texts() -> dict[str, str]:
    """Each text the UI may show from the domain, with where it comes from."""
    from yjdesk import errors
    from yjdesk.models.child import StatusHistory
    from yjdesk.models.org import Role
    from yjdesk.services import due, humanise
    from yjdesk.services.casework import ooc_rules
    from yjdesk.services.codes import all_codelists, codelist
    from yjdesk.services.court import psr
    from yjdesk.services.orders import (
        custody,
        delivery,
        enforcement,
        referral,
        remand,
        transition,
    )
    from yjdesk.services.oversight import cohort, dashboard, data_quality, quality_audit
    from yjdesk.sync import conflicts, waiting
    from yjdesk.wire.codec import synced_tables

    found: dict[str, str] = {}

    def add(text: str, origin: str, *, digits_too: bool = False) -> None:
        """``digits_too``: listed even without a letter in it (an age band, "10-14", is a
        name the Performance page translates; a code list's "1" is not)."""
        if text and (digits_too or any(ch.isalpha() for ch in text)):
            found.setdefault(text, origin)

    for name in all_codelists():
        for _code, label in codelist(name).choices():
            add(label, f"code list {name}")
        for code in codelist(name).codes:
            if isinstance(code.extra.get("unit"), str):
                add(code.extra["unit"], f"code list {name}: unit")
    for role in Role:
        add(role.label, "role")
    for _name, cls in inspect.getmembers(errors, inspect.isclass):
        title = getattr(cls, "title", None)
        if isinstance(title, str):
            add(title, "error title")
    for text in psr.LABELS.values():
        add(text, "pre-sentence report section")
    for _key, title in dashboard.MEASURES:
        add(title, "team dashboard measure")
    # the YJB return's check: its messages (what %1, %2 are), the data items' names and
    # the values they should not have, in every data-item file shipped
    from yjdesk.services.returns import build as data_return
    from yjdesk.services.returns import spec as return_spec
    for text, translated in data_return.MESSAGES.items():
        add(text, "; ".join(["YJB return check", *(
            f"%{n}: " + ("a data item's name or value, translated on its own" if word
                         else "a code or a date as recorded, not translated")
            for n, word in enumerate(translated, 1))]))
    for text in sorted(data_return.words(return_spec.shipped())):
        add(text, "YJB return data item or value")
    # the audit log's details: a change's fields (their words, in lower case inside the
    # list) and the keys of the app's own events' context
    from yjdesk.services.oversight import audit_log
    for text in audit_log.FIELDS_LEADS:
        add(text, "audit log detail; %1: the fields' words, each translated on its own")
    for table_name, table in sorted(synced_tables().items()):
        for column in table.columns:
            add(humanise.field_words(column.name), f"field of a record (audit log, history, "
                                                   f"sync screen; {table_name})")
    for key in audit_log.DETAIL_KEYS:
        add(humanise.field_words(key), "audit log detail: what a value is")
    # the data quality page's problems (templates: what %1, %2 are) and indicators
    for text, what in data_quality.problems().items():
        add(text, "; ".join(["data quality", *([what] if what else [])]))
    for question in quality_audit.QUESTIONS:
        add(question.text, "case audit question")
        add(question.heading, "case audit question")
    # the words of the drop-downs over the services' own lists (widgets.forms.translated),
    # and of the tables and summaries that show them
    for origin, words in (("order delivery kind", delivery.KIND_WORDS),
                          ("enforcement step", enforcement.KIND_WORDS),
                          ("transition transfer type", transition.TRANSFER_TYPES),
                          ("referral order panel outcome", referral.PANEL_OUTCOMES),
                          ("referral order panel", referral.PANEL_KINDS),
                          ("custody or remand", custody.KIND_LABELS),
                          ("custody meeting", custody.MEETING_LABELS),
                          ("who decides an out-of-court disposal", ooc_rules.ROUTE_LABEL),
                          ("case audit score", quality_audit.SCORES),
                          ("case audit type", quality_audit.CASE_TYPES),
                          ("LASPO remand condition set", remand.LASPO_SETS)):
        for text in words.values():
            add(text, origin)
    for status in StatusHistory:
        add(status.label, "legal and care status")
    for text in humanise.RECORD_KINDS.values():
        add(text, "kind of record (audit log)")
    for text in humanise.ACTION_WORDS.values():
        add(text, "audited action")
    # a sync conflict's record, field and other author (the sync screen words them)
    for table_name in sorted(synced_tables()):
        add(humanise.record_kind(table_name), "kind of record (sync conflict)")
    for text in conflicts.AUTHOR_WORDS:
        add(text, "who made the other edit (sync conflict)")
    # the changes not on the server yet (the sync screen's list): what fixes one, and the
    # fields a conflict there names
    for text in waiting.FIXES:
        add(text, "what fixes a change not on the server (sync screen)")
    # the due items' labels the same for every child (the caseload's next due, My week,
    # the dashboard's reasons), saying what a template's values are
    values = {due.Arg.AS_GIVEN: "as the record gives it (a name, words as typed, a number), "
                                "not translated",
              due.Arg.WORD: "a code list's label, translated on its own",
              due.Arg.LOWER_WORD: "a code list's label, translated on its own, in lower case",
              due.Arg.COUNT: "a number, the total (the plural form is chosen for it)"}

    def placeholders(kinds: tuple[due.Arg, ...]) -> list[str]:
        numbered = iter(range(1, len(kinds) + 1))
        return [f"%{'n' if kind is due.Arg.COUNT else next(numbered)}: {values[kind]}"
                for kind in kinds]

    for text in due.FIXED_LABELS:
        add(text, "; ".join(["due item", *placeholders(due.TEMPLATES.get(text, ()))]))
    for text, one in due.COUNTED.items():
        add(one, "; ".join(["due item, for a total of one", *placeholders(
            due.TEMPLATES[text])]))
    for text in (dashboard.ALL_TEAMS, dashboard.UNKNOWN_TEAM, *dashboard.REASONS):
        add(text, "team dashboard")
    # the Performance page's indicators: their names and units (as a pack over no records
    # has them), and every value a cohort profile table can name
    for section in performance_sections():
        add(section.title, "performance indicator")
        add(section.definition_template or section.definition,
            "what a performance indicator counts" + (
                " (%1, %2: a month and year; %3, %4: numbers of months)"
                if section.definition_template else ""))
        for figure in section.figures:
            add(figure.label, f"performance figure ({section.title})",
                digits_too=True)
            add(figure.rate_label, "unit of a performance figure")
    for text in cohort.value_labels():
        add(text, "cohort profile", digits_too=True)
    # the services' validation and workflow messages (translated where the UI shows them,
    # ``ui.messages``), saying what a template's values are, and the words filled in
    for text, origin in message_texts().items():
        add(text, origin)
    return found


# --- the services' validation and workflow messages -----------------------------------------

#: The errors whose first argument is a message (a ``ValidationError``'s: or a dict of them).
MESSAGE_ERRORS = frozenset({"ValidationError", "WorkflowError", "RecordLocked",
                            "PermissionDenied", "NotFound"})
#: The values a screen translates on their own (``yjdesk.errors``), and what they are.
WORD_KINDS = {"Word": "a label, translated on its own",
              "LowerWord": "a label, translated on its own, in lower case",
              "Words": "labels ('; ' between them), each translated on its own",
              "Sentence": "a rule's words, translated on their own"}
AS_GIVEN = "as given (a date, a number, a code, typed text), not translated"
#: Where a label is given as a word to a check (``validation.Errors.require``,
#: ``parse_date``, ``check_range``): the call and the argument's place (or keyword).
LABEL_ARGS = {"require": (2, "label"), "parse_date": (2, "label"), "check_range": (4, "what")}
#: Where the services' messages are (and the settings', the laptop's own).
MESSAGE_SOURCES = ("yjdesk/services", "yjdesk/config.py", "yjdesk/sync/lease.py")
#: The sync service's own words (it judges pushed changes by them, and a laptop shows them
#: as the server sent them, in English): the push path's rules, and the rules a laptop
#: applies only as a backstop behind its forms (a ``@judges`` rule; who may write a record).
SERVER_WORDS = frozenset({"yjdesk/services/orders/sync_rules.py",
                          "yjdesk/services/record_rules.py", "yjdesk/services/visibility.py",
                          "yjdesk/services/attestation.py"})
#: The dicts of messages by field a check fills (``e["name"] = "..."``).
ERROR_DICTS = frozenset({"e", "errors", "out"})
#: A function whose name ends so returns a message (or None).
RETURNS_MESSAGE = ("_refusal", "_error", "_problem", "_leaks", "_message")


def _call_name(call: ast.Call) -> str:
    func = call.func
    if isinstance(func, ast.Name):
        return func.id
    return func.attr if isinstance(func, ast.Attribute) else ""


def _str(node: ast.expr | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) \
        else None


def _built(node: ast.expr) -> bool:
    """A message put together at run time: an f-string, ``+`` or ``%``, ``.format``."""
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Mod)):
        return True
    return (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and node.func.attr == "format")


def _message_args(call: ast.Call) -> list[ast.expr]:
    """The message expressions a call gives (none if it is not a message's call)."""
    name = _call_name(call)
    if name == "add" and isinstance(call.func, ast.Attribute) \
            and getattr(call.func.value, "id", None) in ("e", "errors", "self") \
            and len(call.args) >= 2:
        return [call.args[1]]
    if name in MESSAGE_ERRORS and call.args:
        first = call.args[0]
        if isinstance(first, ast.Dict):
            return [v for v in first.values if v is not None]
        if isinstance(first, ast.DictComp):
            return [first.value]
        return [first]
    if name in ("Message", "Sentence") and call.args:
        return [call.args[0]]
    if name == "fetch_live" and len(call.args) >= 4:  # its NotFound's message
        return [call.args[3]]
    return []


def _texty(node: ast.expr) -> bool:
    """A text as written, put together, a message, or a name that may stand for one."""
    return (_str(node) is not None or _built(node) or isinstance(node, (ast.IfExp, ast.Name))
            or (isinstance(node, ast.Call) and _call_name(node) in ("Message", "Sentence")))


def _dict_messages(tree: ast.Module) -> list[ast.expr]:
    """The messages a check puts in its dict by field (``e["name"] = ...``,
    ``e.setdefault("name", ...)``) and those a message's function returns, outside the
    sync service's rules (a ``@judges`` function)."""
    out: list[ast.expr] = []

    def walk(node: ast.AST, returns: bool) -> None:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            judged = any(_call_name(d) == "judges" for d in node.decorator_list
                         if isinstance(d, ast.Call))
            if judged:
                return
            returns = node.name.endswith(RETURNS_MESSAGE)
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
            if isinstance(target, ast.Subscript) and isinstance(target.value, ast.Name) \
                    and target.value.id in ERROR_DICTS and _texty(node.value):
                out.append(node.value)
        if isinstance(node, ast.Call) and _call_name(node) == "setdefault" \
                and isinstance(node.func, ast.Attribute) \
                and getattr(node.func.value, "id", None) in ERROR_DICTS \
                and len(node.args) == 2 and _texty(node.args[1]):
            out.append(node.args[1])
        if returns and isinstance(node, ast.Return) and node.value is not None \
                and _texty(node.value):
            out.append(node.value)
        for child in ast.iter_child_nodes(node):
            walk(child, returns)

    walk(tree, False)
    return out


def _values(call: ast.Call) -> list[ast.expr]:
    """The values filled into the template of ``e.add(field, template, *values)`` or
    ``Message(template, *values)``."""
    name = _call_name(call)
    return call.args[2:] if name == "add" else call.args[1:] if name == "Message" else []


def _placeholders(values: list[ast.expr]) -> str:
    return "; ".join(f"%{n}: " + WORD_KINDS.get(
        _call_name(v) if isinstance(v, ast.Call) else "", AS_GIVEN)
        for n, v in enumerate(values, 1))


def _constants(tree: ast.Module) -> dict[str, list[str]]:
    """A module's constants written as texts (or a dict or tuple of them), by name."""
    out: dict[str, list[str]] = {}
    for node in tree.body:
        if isinstance(node, (ast.Assign, ast.AnnAssign)) and node.value is not None:
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            value = node.value
            texts = [_str(value)] if _str(value) is not None else \
                [_str(v) for v in value.values] if isinstance(value, ast.Dict) else []
            for target in targets:
                if isinstance(target, ast.Name) and texts and all(texts):
                    out[target.id] = [t for t in texts if t]
    return out


def scan_messages(source: str, filename: str, known: dict[str, list[str]] | None = None
                  ) -> tuple[dict[str, str], dict[str, str], list[str]]:
    """The messages (each with what its ``%1``, ``%2``... are) and the words (labels) one
    module of the services gives, and each message it puts together before giving it (an
    f-string, ``+``, ``%``, ``.format``: a translation can never match those). ``known``:
    the text constants of the other modules, by name (a message raised by the name of a
    constant another module defines: ``raise PermissionDenied(DRAFT_AUTHOR)``)."""
    tree = ast.parse(source, filename)
    constants = {**(known or {}), **_constants(tree)}
    messages: dict[str, str] = {}
    words: dict[str, str] = {}
    built: list[str] = []

    def message(node: ast.expr, values: list[ast.expr]) -> None:
        if isinstance(node, ast.Call) and _call_name(node) in ("Message", "Sentence"):
            return  # (read as a call of its own)
        if isinstance(node, ast.IfExp):
            message(node.body, values)
            message(node.orelse, values)
        elif _built(node):
            built.append(f"{filename}:{node.lineno}: {ast.unparse(node)[:90]}")
        elif _str(node) is not None:
            messages.setdefault(str(_str(node)), _placeholders(values))
        elif isinstance(node, ast.Name) and node.id in constants:
            for text in constants[node.id]:
                messages.setdefault(text, "")

    for found in _dict_messages(tree):
        message(found, found.args[1:] if isinstance(found, ast.Call)
                and _call_name(found) == "Message" else [])
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _call_name(node)
        for arg in _message_args(node):
            message(arg, _values(node))
        if name in ("Word", "LowerWord", "Words") and node.args:
            arg = node.args[0]
            for text in ([_str(arg)] if _str(arg) is not None else
                         [_str(e) for e in arg.elts]
                         if isinstance(arg, (ast.List, ast.Tuple)) else
                         [_str(arg.body), _str(arg.orelse)]
                         if isinstance(arg, ast.IfExp) else []):
                if text:
                    words.setdefault(text, "a label in a message")
        if name in LABEL_ARGS:
            place, keyword = LABEL_ARGS[name]
            given = [k.value for k in node.keywords if k.arg == keyword] or \
                node.args[place:place + 1]
            for arg in given:
                if _str(arg) is not None:
                    words.setdefault(str(_str(arg)), "a field's label in a message")
                elif isinstance(arg, ast.Subscript) and isinstance(arg.value, ast.Name):
                    for text in constants.get(arg.value.id, []):
                        words.setdefault(text, "a field's label in a message")
    return messages, words, built


def service_messages(root: Path | None = None) -> tuple[dict[str, str], dict[str, str],
                                                         list[str]]:
    """:func:`scan_messages` over every module of :data:`MESSAGE_SOURCES`."""
    base = root or Path(__file__).resolve().parents[2]
    messages: dict[str, str] = {}
    words: dict[str, str] = {}
    built: list[str] = []
    modules = [module for where in MESSAGE_SOURCES
               for module in ([base / where] if (base / where).is_file()
                              else sorted((base / where).rglob("*.py")))
               if str(module.relative_to(base)) not in SERVER_WORDS]
    sources = {module: module.read_text(encoding="utf-8") for module in modules}
    known: dict[str, list[str]] = {}  # every module's text constants, by name
    for source in sources.values():
        for name, texts in _constants(ast.parse(source)).items():
            known.setdefault(name, []).extend(texts)
    for module in modules:
        found, named, made = scan_messages(sources[module], str(module.relative_to(base)),
                                           known)
        for text, what in found.items():
            messages.setdefault(text, what)
        for text, what in named.items():
            words.setdefault(text, what)
        built += made
    return messages, words, built


def message_texts() -> dict[str, str]:
    """The services' messages and the words filled into them, for the translation file."""
    from yjdesk import config
    from yjdesk.services import locks
    from yjdesk.services.codes import all_codelists
    from yjdesk.services.court import psr

    messages, words, _ = service_messages()
    out = {text: "; ".join(["validation or workflow message", *([what] if what else [])])
           for text, what in messages.items()}
    for text, what in words.items():
        out.setdefault(text, what)
    # the words given by name: a code list's name ("'%1' is not a known %2."), a locked
    # record's kind (a refusal to delete one), a court report's rating
    for name in all_codelists():
        out.setdefault(name.replace("_", " "), "a code list's name in a message")
    for _field, _value, kind in locks.LOCKED.values():
        out.setdefault(kind, "a kind of locked record in a message")
    for _rating, _rationale, title in psr.RATINGS:
        out.setdefault(title, "a court report's rating in a message")
    for key in config.DEFAULTS:  # a setting the IT team has locked
        out.setdefault(key.replace("_", " ").capitalize(), "a setting's name in a message")
    return out


def performance_sections() -> list[Section]:
    """The sections the Performance page lists (the indicators, then the cohort profile),
    as computed over an empty database: their names and their figures' names and units
    are the same whatever the records (a profile table's values aside)."""
    from sqlalchemy import create_engine
    from sqlalchemy.orm import Session

    from yjdesk.models import Base
    from yjdesk.services.oversight.kpi import KpiSettings, Period, compute_pack

    engine = create_engine("sqlite://")
    try:
        Base.metadata.create_all(engine)
        with Session(engine) as session:
            pack = compute_pack(session, Period.financial_year(2025),
                                KpiSettings(population_10_17=1))
    finally:
        engine.dispose()
    return [*pack.sections, *pack.profile]


def constant_args(folder: Path, function: str, position: int) -> set[str]:
    """The texts given as argument ``position`` of every call of ``function`` in the
    modules under ``folder`` (or in that module) that are written as they are (not made
    from values)."""
    found: set[str] = set()
    for path in [folder] if folder.is_file() else sorted(folder.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == function \
                    and len(node.args) > position:
                arg = node.args[position]
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    found.add(arg.value)
    return found


def plural_texts(folder: Path | None = None) -> set[str]:
    """The plural text of every ``counted(n, tr("%n child"), tr("%n children"))`` in the
    UI: each is a numerus message (disambiguation ``plural``) a language with more than two
    plural forms (Welsh) translates with all of its forms."""
    root = folder or Path(__file__).resolve().parent
    found: set[str] = set()
    for path in sorted(root.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "counted" \
                    and len(node.args) == 3:
                many = node.args[2]
                if isinstance(many, ast.Call) and getattr(many.func, "id", None) == "tr" \
                        and many.args and isinstance(many.args[0], ast.Constant) \
                        and isinstance(many.args[0].value, str):
                    found.add(many.args[0].value)
    return found


def domain_plurals() -> set[str]:
    """The domain's texts with a count in them the UI words with ``counted()`` (the due
    items' work still to do: ``due.COUNTED``): numerus messages as :func:`plural_texts`."""
    from yjdesk.services import due

    return set(due.COUNTED)


def merge_plurals(root: ET.Element, context: ET.Element, plurals: set[str]) -> int:
    """Add a numerus message for each plural text (keeping forms already translated, which
    lupdate marks vanished as it does not see them). Returns how many were new."""
    have = {m.findtext("source"): m for c in root.iter("context") for m in c.iter("message")
            if m.get("numerus") == "yes" and m.findtext("comment") == "plural"}
    added = 0
    for text in sorted(plurals):
        message = have.get(text)
        if message is None:
            message = ET.SubElement(context, "message", numerus="yes")
            ET.SubElement(message, "source").text = text
            ET.SubElement(message, "comment").text = "plural"
            ET.SubElement(message, "extracomment").text = (
                "Every plural form of the language (%n is the count).")
            translation = ET.SubElement(message, "translation", type="unfinished")
            ET.SubElement(translation, "numerusform")
            added += 1
            continue
        kept = message.find("translation")
        if kept is not None and kept.get("type") in ("obsolete", "vanished"):
            if any((form.text or "").strip() for form in kept.iter("numerusform")):
                del kept.attrib["type"]
            else:
                kept.set("type", "unfinished")
    return added


def merge(ts: Path, texts: dict[str, str], plurals: set[str] | None = None) -> int:
    """Add ``texts`` to the ``.ts`` file (context "") and the numerus message of each of
    ``plurals`` (default: :func:`plural_texts` and :func:`domain_plurals`), bring back any
    translation lupdate marked obsolete for them, then drop what is still obsolete.
    Returns how many were new."""
    tree = ET.parse(ts)
    root = tree.getroot()
    contexts = [c for c in root.iter("context") if (c.findtext("name") or "") == ""]
    if contexts:
        context = contexts[0]
    else:
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name")
    by_source = {m.findtext("source"): m for c in root.iter("context")
                 for m in c.iter("message")}
    added = 0
    for text, origin in sorted(texts.items()):
        message = by_source.get(text)
        if message is None:
            new = ET.SubElement(context, "message")
            ET.SubElement(new, "source").text = text
            ET.SubElement(new, "extracomment").text = f"From the domain: {origin}."
            ET.SubElement(new, "translation").set("type", "unfinished")
            added += 1
            continue
        kept = message.find("translation")
        if kept is not None and kept.get("type") in ("obsolete", "vanished"):
            if kept.text:
                del kept.attrib["type"]
            else:
                kept.set("type", "unfinished")
    added += merge_plurals(root, context, plural_texts() | domain_plurals()
                           if plurals is None else plurals)
    for c in root.iter("context"):
        for message in list(c.iter("message")):
            found = message.find("translation")
            if found is not None and found.get("type") in ("obsolete", "vanished"):
                c.remove(message)
    ET.indent(tree, space="    ")
    body = ET.tostring(root, encoding="unicode", short_empty_elements=False)
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                  encoding="utf-8")
    return added


def main(argv: list[str]) -> int:
    texts = domain_texts()
    for name in argv:
        added = merge(Path(name), texts)
        sys.stdout.write(f"{name}: {len(texts)} domain texts ({added} new)\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
