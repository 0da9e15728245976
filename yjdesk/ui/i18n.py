"""Translation: every user-visible string of the UI goes through :func:`tr`.

``tr("Save plan")`` looks the text up in the installed Qt translation (context ""), so a
Welsh service adds ``translations/yjdesk_cy.ts`` (made by ``scripts/translations``) and the
build compiles it (``pyside6-lrelease``) into ``yjdesk/ui/translations/*.qm``; no code
changes. Domain messages (services' validation and workflow errors) are English in the
services and translated where the UI shows them (docs/decisions.md, "Translation").
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

#: Where the compiled translations (``yjdesk_<lang>.qm``) live in the package.
QM_DIR = Path(__file__).with_name("translations")


def tr(text: str, n: int = -1) -> str:
    """``text`` in the person's language (``n``: the count, for plural forms)."""
    return QCoreApplication.translate("", text, None, n)


def install(app: QCoreApplication, locale: QLocale | None = None) -> QTranslator | None:
    """Load the translation for ``locale`` (default: the system's) if the build has one."""
    translator = QTranslator(app)
    if translator.load(locale or QLocale(), "yjdesk", "_", str(QM_DIR)):
        app.installTranslator(translator)
        return translator
    return None
