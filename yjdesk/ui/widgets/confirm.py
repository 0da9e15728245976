"""Irreversible actions are deliberate: a confirmation that says what will be locked or sent,
for whom, and asks again for the password when the service's policy says so.

Countersign, return, court ready, finalise, record as sent and exit sign-off open a
:class:`ConfirmDialog` built from a :class:`Confirmation`; ``confirmed(comment)`` is emitted
only after the person pressed the action button (and, under the policy
``security.reask_password_to_sign``, gave their password again).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from yjdesk.store import LocalStore
from yjdesk.ui.design import Type, button_row, primary_button, secondary_button, styled_label
from yjdesk.ui.i18n import tr
from yjdesk.ui.widgets.forms import FormLayout
from yjdesk.ui.widgets.password import PasswordCheck, busy_bar, password_field


@dataclass(frozen=True)
class Confirmation:
    """What a confirmation says, every text in the person's language: the caller translates
    them (``tr``, ``fill`` for the names in them), where lupdate sees the words."""

    #: A question: "Countersign and lock this assessment?"
    title: str
    #: The action button: "Countersign and lock".
    action: str
    #: What, and for whom: "The initial assessment of Jay Okafor (YJ-1234), by Pat ...".
    subject: str
    #: What happens, one line each: "Nobody can change it afterwards." ...
    consequences: tuple[str, ...] = ()
    #: A comment field's label ("Your comment (kept with the assessment)"); None: no field.
    comment_label: str | None = None
    comment_required: bool = False
    comment_hint: str = ""
    #: Said under the comment when a required one is missing (None: "Please write a
    #: comment.").
    comment_missing: str | None = None
    #: Ask for the password again before going on.
    ask_password: bool = False
    initial_comment: str = field(default="")




class ConfirmDialog(QDialog):
    """The confirmation; ``confirmed(comment)`` when the person goes ahead."""

    confirmed = Signal(str)

    def __init__(self, confirmation: Confirmation, store: LocalStore | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.confirmation = c = confirmation
        self.store = store
        self.setObjectName("confirmDialog")
        self.setWindowTitle(c.title)
        self.setMinimumWidth(480)
        outer = QVBoxLayout(self)
        outer.addWidget(styled_label(c.title, Type.HEADING, wrap=True, name="confirmTitle"))
        self.subject = QLabel(escape(c.subject))
        self.subject.setWordWrap(True)
        self.subject.setObjectName("confirmSubject")
        outer.addWidget(self.subject)
        if c.consequences:
            items = "".join(f"<li>{escape(line)}</li>" for line in c.consequences)
            self.consequences = QLabel(f"<ul style='margin-left: -20px'>{items}</ul>")
            self.consequences.setWordWrap(True)
            self.consequences.setObjectName("confirmConsequences")
            self.consequences.setAccessibleName(" ".join(c.consequences))
            outer.addWidget(self.consequences)
        body = QWidget()
        self.form = FormLayout(body)
        self.comment: QPlainTextEdit | None = None
        if c.comment_label is not None:
            self.comment = QPlainTextEdit(c.initial_comment)
            self.comment.setObjectName("confirmComment")
            self.comment.setAccessibleName(c.comment_label)
            self.comment.setTabChangesFocus(True)
            self.comment.setPlaceholderText(c.comment_hint)
            self.comment.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
            self.form.add_field("comment", c.comment_label, self.comment)
        self.password = password_field(tr("Your password (to sign)"))
        self.busy = busy_bar()
        if c.ask_password:
            self.form.add_field("password", tr("Your &password"), self.password)
            self.password.returnPressed.connect(self.go)
        outer.addWidget(body)
        outer.addWidget(self.busy)
        self.cancel_button = secondary_button(tr("Cancel"), self.reject, name="confirmCancel")
        self.action_button: QPushButton = primary_button(c.action, self.go,
                                                         name="confirmAction")
        self.action_button.setDefault(True)
        outer.addLayout(button_row(self.cancel_button, self.action_button))
        self.check = PasswordCheck(self.form, self.password, self.busy, self._verify,
                                   [self.action_button, self.cancel_button], parent=self)
        self.check.passed.connect(lambda _r: self._accept())
        first = self.comment if self.comment is not None else (
            self.password if c.ask_password else self.action_button)
        first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _verify(self, password: str) -> None:
        if self.store is None:
            raise RuntimeError("no store to check the password against")
        self.store.verify_password(password)

    @property
    def comment_text(self) -> str:
        return self.comment.toPlainText().strip() if self.comment is not None else ""

    def go(self) -> None:
        """The action button: check the comment (and password), then confirm."""
        if self.check.working:
            return
        self.form.clear_errors()
        if self.confirmation.comment_required and not self.comment_text:
            self.form.set_errors({"comment": self.confirmation.comment_missing
                                  or tr("Please write a comment.")})
            if self.comment is not None:
                self.comment.setFocus()
            return
        if self.confirmation.ask_password:
            self.check.start()
        else:
            self._accept()

    def _accept(self) -> None:
        self.confirmed.emit(self.comment_text)
        self.accept()

    def reject(self) -> None:
        if not self.check.working:
            super().reject()
