"""A signed record's fingerprint and a "Verify" button that says, in words, whether it is
unchanged since it was signed (and by whom, when)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from yjdesk.services.humanise import fingerprint
from yjdesk.services.uow import UnitOfWork
from yjdesk.ui.context import AppContext
from yjdesk.ui.design import StatusLabel, Tone, secondary_button
from yjdesk.ui.i18n import fill, tr
from yjdesk.ui.widgets.lifetime import alive


class VerifyRow(QWidget):
    """``show_signed(hash, signed_words)``; Verify runs ``check(uow) -> bool`` on the worker."""

    def __init__(self, ctx: AppContext, check: Callable[[UnitOfWork], bool],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.check = ctx, check
        self.signed_words = ""
        self.fingerprint = QLabel()
        self.fingerprint.setObjectName("fingerprint")
        self.button = secondary_button(tr("&Verify"), self.verify, name="verifyButton",
                                       tip=tr("Check that the record is unchanged since it "
                                           "was signed"))
        self.button.setAccessibleName(tr("Verify that it is unchanged since it was signed"))
        self.result = StatusLabel(Tone.DONE)
        self.result.setObjectName("verifyResult")
        self.result.hide()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.fingerprint)
        row.addWidget(self.button)
        row.addWidget(self.result)
        row.addStretch(1)  # the button keeps its size while the result is hidden
        self.hide()

    def show_signed(self, digest: str | None, signed_words: str) -> None:
        """``signed_words``: "countersigned by Tess Manager on 20/11/2026 14:05 GMT"."""
        self.signed_words = signed_words
        self.result.hide()
        self.setVisible(bool(digest))
        self.fingerprint.setText(fill(tr("Fingerprint %1"), fingerprint(digest)))
        self.fingerprint.setToolTip(f"SHA-256 {digest}" if digest else "")

    def verify(self) -> None:
        self.ctx.tasks.run_db(self.check, self._checked)

    def _checked(self, ok: bool) -> None:
        if not alive(self):
            return
        if ok:
            self.result.set_status(Tone.DONE, fill(tr("Unchanged since %1."), self.signed_words))
        else:
            self.result.set_status(Tone.OVERDUE, tr("Changed since it was signed: this copy "
                                      "does not match its fingerprint. Tell your manager."))
        self.result.show()
