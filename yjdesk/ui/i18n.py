"""Translation: every user-visible string of the UI goes through :func:`tr`.

``tr("Save plan")`` looks the text up in the installed Qt translation (context ""), so a
Welsh service adds ``translations/yjdesk_cy.ts`` (made by ``scripts/translations``) and the
build compiles it (``pyside6-lrelease``) into ``yjdesk/ui/translations/*.qm``; no code
changes. Domain messages (services' validation and workflow errors) are English in the
services and translated where the UI shows them (docs/decisions.md, "Translation").
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TypeVar, overload

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from yjdesk.services.humanise import filled

#: Where the compiled translations (``yjdesk_<lang>.qm``) live in the package.
QM_DIR = Path(__file__).with_name("translations")


#: The disambiguation of the plural (numerus) messages :func:`counted` looks up.
PLURAL = "plural"
#: The English text of each translated text with a count in it (for :func:`counted`).
_SOURCE_OF: dict[str, str] = {}


def tr(text: str, disambiguation: str | None = None, /, *, n: int = -1) -> str:
    """``text`` in the person's language (``n``: the count, for plural forms).

    ``disambiguation`` tells apart two messages with the same English that a language may
    word differently: ``tr("%1 of %2", "a kind of record, of a child")`` ("Contact of Jay")
    beside ``tr("%1 of %2")`` ("7 of 9"); the ``.ts`` file lists it as the message's
    ``<comment>``. Given in second place, as in Qt's own ``tr()``, never by keyword:
    ``pyside6-lupdate`` reads only a second argument in place (a keyword is not seen, and
    the text would be listed as the other message)."""
    out = QCoreApplication.translate("", text, disambiguation, n)
    if "%n" in text:
        _SOURCE_OF[out] = text
    return out


_T = TypeVar("_T")


@overload
def tr_or(label: str | None) -> str: ...


@overload
def tr_or(label: str | None, empty: _T) -> str | _T: ...


def tr_or(label: str | None, empty: object = "") -> object:
    """A label (a code's, a status's: the domain's English, listed in the translation file)
    in the person's language, or ``empty`` when there is none (None or ""): ``tr_or(
    codelist("gender").label(code), "-")``, ``tr_or(WORDS.get(status), status)``."""
    return tr(label) if label else empty


def install(app: QCoreApplication, locale: QLocale | None = None) -> QTranslator | None:
    """Load the translation for ``locale`` (default: the system's) if the build has one."""
    translator = QTranslator(app)
    if translator.load(locale or QLocale(), "yjdesk", "_", str(QM_DIR)):
        app.installTranslator(translator)
        return translator
    return None


def fill(text: str, *args: object) -> str:
    """``text`` (already through :func:`tr`) with ``%1``, ``%2``... replaced by ``args``, as
    Qt's ``arg()``: ``fill(tr("Record the %1"), name)``. A translation may move the
    placeholders; never format a text before it is translated. One pass, as Qt's
    multi-argument ``arg()``: a ``%2`` inside a filled-in value (typed by a person) stays
    as it is (``humanise.filled``, the services' English, is the same filler)."""
    return filled(text, *(str(a) for a in args))


def counted(n: int, one: str, many: str) -> str:
    """``counted(n, tr("%n child"), tr("%n children"))``: "1 child", "1,204 children".

    English has two forms; Welsh has more (Qt's rules for ``cy`` give five: 0, 1, 2-5, 6 and
    the rest). So the plural text is also a numerus message (disambiguation ``"plural"``,
    added to the ``.ts`` by ``scripts/translations update`` for every ``counted`` call):
    where the translation gives its forms, Qt picks the one for ``n`` by the language's
    rules; otherwise ``one`` or ``many``."""
    source = _SOURCE_OF.get(many, many)
    plural = QCoreApplication.translate("", source, PLURAL, n)
    if plural != source.replace("%n", str(n)):  # the language's own form for n
        return plural
    return (one if n == 1 else many).replace("%n", f"{n:,}")


def QT_TR_NOOP(text: str) -> str:
    """Marks a text defined at import time (a column title, a page name) for
    ``scripts/translations update``; it is translated where shown, with :func:`tr`.
    At module level only: in a class body lupdate files it under the class's name."""
    return text


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """As :func:`QT_TR_NOOP`, in a class body: ``QT_TRANSLATE_NOOP("", "Name")``."""
    return text


#: The months' names, translated where shown (:func:`month_name`). Not Qt's (``QLocale``):
#: those follow the system's locale, not the translation the person has.
MONTHS = (QT_TR_NOOP("January"), QT_TR_NOOP("February"), QT_TR_NOOP("March"),
          QT_TR_NOOP("April"), QT_TR_NOOP("May"), QT_TR_NOOP("June"), QT_TR_NOOP("July"),
          QT_TR_NOOP("August"), QT_TR_NOOP("September"), QT_TR_NOOP("October"),
          QT_TR_NOOP("November"), QT_TR_NOOP("December"))
#: Their short names ("Sep", as ``strftime("%b")`` writes them in English).
MONTHS_SHORT = (QT_TR_NOOP("Jan"), QT_TR_NOOP("Feb"), QT_TR_NOOP("Mar"), QT_TR_NOOP("Apr"),
                QT_TR_NOOP("May"), QT_TR_NOOP("Jun"), QT_TR_NOOP("Jul"), QT_TR_NOOP("Aug"),
                QT_TR_NOOP("Sep"), QT_TR_NOOP("Oct"), QT_TR_NOOP("Nov"), QT_TR_NOOP("Dec"))


def month_name(month: int, short: bool = False) -> str:
    """The month (1-12) in the person's language: "September" (``short``: "Sep")."""
    return tr((MONTHS_SHORT if short else MONTHS)[month - 1])


def month_date(day: dt.date, *, short: bool = False, padded: bool = False) -> str:
    """``7 September 2026`` in the person's language (``short``: ``7 Sep 2026``;
    ``padded``: ``07 September 2026``). Never ``strftime("%B")``, which is English (or the
    C library's locale), whatever the translation. A date and time gives its own date:
    convert it to UK time first (``humanise.uk_time``)."""
    number = f"{day.day:02d}" if padded else str(day.day)
    return f"{number} {month_name(day.month, short)} {day.year}"


#: The days of the week, Monday first (``date.weekday()``), translated where shown
#: (:func:`weekday_name`), as the months are.
WEEKDAYS = (QT_TR_NOOP("Monday"), QT_TR_NOOP("Tuesday"), QT_TR_NOOP("Wednesday"),
            QT_TR_NOOP("Thursday"), QT_TR_NOOP("Friday"), QT_TR_NOOP("Saturday"),
            QT_TR_NOOP("Sunday"))
#: Their short names ("Fri", as ``strftime("%a")`` writes them in English).
WEEKDAYS_SHORT = (QT_TR_NOOP("Mon"), QT_TR_NOOP("Tue"), QT_TR_NOOP("Wed"), QT_TR_NOOP("Thu"),
                  QT_TR_NOOP("Fri"), QT_TR_NOOP("Sat"), QT_TR_NOOP("Sun"))


def weekday_name(day: dt.date, short: bool = False) -> str:
    """The day of the week of ``day`` in the person's language: "Friday" (``short``:
    "Fri"). Never ``strftime("%A")``/``("%a")``."""
    return tr((WEEKDAYS_SHORT if short else WEEKDAYS)[day.weekday()])


def long_date(value: dt.date | dt.datetime | None, empty: str = "") -> str:
    """``Friday 17 May 2026`` in the person's language (a date and time gives its UK
    date); ``empty`` for None."""
    if value is None:
        return empty
    if isinstance(value, dt.datetime):
        from yjdesk.services.humanise import uk_time

        value = uk_time(value).date()
    return f"{weekday_name(value)} {month_date(value)}"


def case_number_text(number: str) -> str:
    """A case number as people read it, in the person's language: a provisional one says it
    waits for the service's number ("YJ-P1A2B3 (provisional until the next sync)";
    ``case_numbers.shown`` is the English)."""
    from yjdesk.services import case_numbers

    if case_numbers.is_provisional(number):
        return fill(tr("%1 (provisional until the next sync)"), number)
    return number
