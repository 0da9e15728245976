"""The services' validation and workflow messages are templates the translation file lists
(docs/decisions.md, "Translation").

A service gives a message as written, or a template and its values (``e.add(field, "%1 is
required.", Word(label))``, ``Message(...)``); the English is filled in the service (the
command line, the server and the tests read it as before) and a screen translates the
template and fills it (``yjdesk.ui.messages``). A message put together before it is given
(an f-string, ``+``, ``%``, ``.format``) can never match a translation: this reads the
services' source and refuses one, and checks every message and word is in the ``.ts``.
"""

from __future__ import annotations

import datetime as dt
import pickle
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from yjdesk.errors import (
    LowerWord,
    Message,
    PermissionDenied,
    Sentence,
    ValidationError,
    Word,
    Words,
    WorkflowError,
)
from yjdesk.services.validation import Errors, check_range, parse_date
from yjdesk.ui.i18n_domain import message_texts, scan_messages, service_messages

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "translations" / "yjdesk_cy.ts"


@pytest.mark.parametrize(("source", "found"), [
    ('e.add("name", f"{label} is required.")', 1),
    ('e.add("name", label + " is required.")', 1),
    ('e.add("name", "%s is required." % label)', 1),
    ('e.add("name", "{} is required.".format(label))', 1),
    ('raise ValidationError({"name": f"No file at {path}."})', 1),
    ('raise ValidationError(f"Unknown figure: {key}")', 1),
    ('raise WorkflowError(f"This report {what}.")', 1),
    ('raise RecordLocked("Locked since " + when)', 1),
    ('raise PermissionDenied(refusal[0].upper() + refusal[1:] + ".")', 1),
    ('raise NotFound("No %s here." % kind)', 1),
    ('Message(f"A {kind} lasts %1 months.", n)', 1),
    ('raise PermissionDenied("Only a manager." if a else f"Only {who}.")', 1),
    ('fetch_live(session, Child, child_id, f"No child {child_id} here.")', 1),
    # as they should be
    ('e.add("name", "%1 is required.", Word(label))', 0),
    ('e.add("name", "Please choose a gender.")', 0),
    ('e.add("name", message)', 0),
    ('raise ValidationError({"name": Message("No file at %1.", path)})', 0),
    ('raise PermissionDenied(Sentence(refusal))', 0),
    ('raise WorkflowError("A." if a else "B.")', 0),
    ('session.add(row)', 0),
])
def test_a_message_put_together_before_it_is_given_is_found(source: str, found: int) -> None:
    assert len(scan_messages(source, "x.py")[2]) == found


def test_the_listing_reads_messages_their_values_and_the_words_given() -> None:
    source = '''
NO_PLAN = "There is no plan yet."
LABELS = {"aim": "Aim", "risk": "Risk"}

def check(e):
    e.add("a", "%1 must be before %2.", Word("The end date"), date_text(day))
    e.require("b", value, "First name")
    e.require("c", value, LABELS[name])
    check_range(e, start, end, "end", "The moving-out date")
    raise ValidationError({"": NO_PLAN})
'''
    messages, words, built = scan_messages(source, "x.py")
    assert built == []
    assert messages == {
        "%1 must be before %2.": "%1: a label, translated on its own; %2: as given (a date, "
                                 "a number, a code, typed text), not translated",
        "There is no plan yet.": ""}
    assert set(words) == {"The end date", "First name", "Aim", "Risk", "The moving-out date"}


def test_no_service_puts_a_message_together_before_giving_it() -> None:
    assert service_messages()[2] == []


def test_every_service_message_and_word_is_in_the_translation_file() -> None:
    listed = {el.text or "" for el in ET.parse(TS).getroot().iter("source")}
    texts = message_texts()
    for sure in ("%1 is required.", "%1 must be a real date, e.g. 31/01/2010.",
                 "%1 cannot be before the start date.", "Please choose a gender.",
                 "This report has been finalised and is locked; it cannot be changed.",
                 "Only a team manager can countersign an assessment.", "First name",
                 "The exit plan cannot be signed off yet. Still missing: %1.", "the end date",
                 "only a team or service manager can delete a %1", "final contact record",
                 "This child's record is not on this laptop.",
                 "Only %1 of %2 remain on this requirement.", "phone number",
                 # raised by the name of a constant, here or in another module
                 "Only staff of the child's team can write their assessments.",
                 "Case audits are carried out by team or service managers.",
                 # a word chosen by a condition: Word("yes" if value else "no")
                 "yes", "no"):
        assert sure in texts
    assert sorted(set(texts) - listed) == []


def test_a_message_is_its_english_with_its_template_and_values() -> None:
    m = Message("A %1 lasts at most %2 months, from %3.", LowerWord("Referral Order"), 12,
                "01/09/2026")
    assert m == "A referral order lasts at most 12 months, from 01/09/2026."
    assert isinstance(m, str)
    assert m.parts == ("A %1 lasts at most %2 months, from %3.",
                       ("Referral Order", "12", "01/09/2026"))
    assert Message("Please choose a gender.").parts == ("Please choose a gender.", ())
    # a %2 typed into a value stays as typed (one pass)
    assert Message("'%1' is not a known %2.", "%2", Word("gender")) == \
        "'%2' is not a known gender."
    again = pickle.loads(pickle.dumps(m))
    assert again == m and again.parts == m.parts
    assert type(again.args[0]) is LowerWord


def test_a_rule_s_words_alone_are_a_sentence_and_a_list_of_words_is_words() -> None:
    refusal = Message("only a team or service manager can delete a %1",
                      Word("final contact record"))
    said = Sentence(refusal)
    assert said == "Only a team or service manager can delete a final contact record."
    assert said.parts == ("%1.", (refusal,))
    again = pickle.loads(pickle.dumps(said))
    inner = again.args[0]
    assert type(again) is Sentence and isinstance(inner, Message)
    assert inner.parts == refusal.parts
    missing = Message("Still missing: %1.", Words(["the end date", "the child's feedback"]))
    assert missing == "Still missing: the end date; the child's feedback."
    assert pickle.loads(pickle.dumps(missing)).args[0].words() == [
        "the end date", "the child's feedback"]


def test_a_validation_error_keeps_the_english_and_gives_the_parts() -> None:
    e = Errors()
    e.require("given_name", " ", "First name")
    check_range(e, dt.date(2026, 5, 1), dt.date(2026, 4, 1), "to_date", "The moving-out date")
    e.add("gender", "Please choose a gender.")
    with pytest.raises(ValidationError) as raised:
        e.raise_if_any()
    exc = raised.value
    assert exc.errors == {"given_name": "First name is required.",
                          "to_date": "The moving-out date cannot be before the start date.",
                          "gender": "Please choose a gender."}
    assert exc.parts == {"given_name": ("%1 is required.", ("First name",)),
                         "to_date": ("%1 cannot be before the start date.",
                                     ("The moving-out date",)),
                         "gender": ("Please choose a gender.", ())}
    assert str(exc) == ("given_name: First name is required.; to_date: The moving-out date "
                        "cannot be before the start date.; gender: Please choose a gender.")
    again = pickle.loads(pickle.dumps(exc))
    assert again.errors == exc.errors and again.parts == exc.parts
    assert type(again.parts["given_name"][1][0]) is Word
    with pytest.raises(ValidationError) as raised:
        parse_date("31/02/2026", "date_of_birth", "Date of birth")
    assert raised.value.errors == {
        "date_of_birth": "Date of birth must be a real date, e.g. 31/01/2010."}
    assert raised.value.parts["date_of_birth"] == (
        "%1 must be a real date, e.g. 31/01/2010.", ("Date of birth",))


def test_a_workflow_error_keeps_the_english_and_gives_the_parts() -> None:
    refused = PermissionDenied(Message("A %1 cannot write assessments.",
                                       LowerWord("Court officer")))
    assert str(refused) == refused.message == "A court officer cannot write assessments."
    assert refused.parts == ("A %1 cannot write assessments.", ("Court officer",))
    plain = WorkflowError("This assessment is waiting for a countersign.")
    assert plain.parts == ("This assessment is waiting for a countersign.", ())
    again = pickle.loads(pickle.dumps(refused))
    assert type(again) is PermissionDenied and again.parts == refused.parts
