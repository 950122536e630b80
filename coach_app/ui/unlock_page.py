"""The unlock screen shown on every start and after locking."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coach_app.ui.passphrase_widgets import (
    CapsLockWarning,
    add_show_hide,
    retranslate_show_hide,
)
from coach_app.ui.widgets import centred, named, set_role


class UnlockPage(QWidget):
    unlock_requested = Signal(str)
    leader_requested = Signal()
    forgot_requested = Signal()  # unlock with the recovery code instead

    def __init__(self, demo_passphrase: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._demo_passphrase = demo_passphrase
        self.title = QLabel()
        self.title.setObjectName("unlock.title")
        set_role(self.title, "page-title")
        self.passphrase = named(QLineEdit(), "unlock.passphrase", "")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.show_passphrase = add_show_hide(self.passphrase)
        self.caps_lock = CapsLockWarning(self.passphrase, "unlock.caps_lock")
        self.forgot = named(QPushButton(), "unlock.forgot", "")
        self.forgot.setFlat(True)
        self.forgot.clicked.connect(self.forgot_requested)
        self.submit = named(QPushButton(), "unlock.submit", "")
        self.submit.setDefault(True)
        self.error = QLabel()
        self.error.setObjectName("unlock.error")
        self.error.setWordWrap(True)
        set_role(self.error, "error")
        self.demo_hint = QLabel()
        self.demo_hint.setObjectName("unlock.demo_hint")
        self.demo_hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.demo_hint.setVisible(demo_passphrase is not None)
        self._passphrase_label = QLabel()
        self._passphrase_label.setBuddy(self.passphrase)

        form = QFormLayout()
        form.addRow(self._passphrase_label, self.passphrase)
        form.addRow("", self.caps_lock)
        box = QVBoxLayout()
        box.addWidget(self.title)
        box.addLayout(form)
        box.addWidget(self.submit, alignment=Qt.AlignmentFlag.AlignRight)
        box.addWidget(self.error)
        box.addWidget(self.forgot, alignment=Qt.AlignmentFlag.AlignLeft)
        box.addWidget(self.demo_hint)
        self.leader_button = named(QPushButton(), "unlock.leader_mode", "")
        self.leader_button.setFlat(True)
        self.leader_button.clicked.connect(self.leader_requested)
        box.addWidget(self.leader_button, alignment=Qt.AlignmentFlag.AlignLeft)
        holder = QWidget()
        holder.setLayout(box)
        centred(self, holder, 520)

        self.submit.clicked.connect(self._submit)
        self.passphrase.returnPressed.connect(self._submit)
        self.retranslate()

    def retranslate(self) -> None:
        self.leader_button.setText(self.tr("Project leader? Sign in to the server"))
        self.leader_button.setAccessibleName(self.tr("Project leader sign-in"))
        self.title.setText(self.tr("Coach Companion is locked"))
        self._passphrase_label.setText(self.tr("&Passphrase:"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.submit.setText(self.tr("Unlock"))
        self.submit.setAccessibleName(self.tr("Unlock"))
        self.forgot.setText(self.tr("Forgot your passphrase? Use your recovery code"))
        self.forgot.setAccessibleName(self.tr("Unlock with the recovery code"))
        retranslate_show_hide(self.show_passphrase)
        self.caps_lock.retranslate()
        if self._demo_passphrase is not None:
            self.demo_hint.setText(
                self.tr("Demo data. The demo passphrase is: %1").replace(
                    "%1", self._demo_passphrase
                )
            )

    def _submit(self) -> None:
        text = self.passphrase.text()
        if not text:
            self.show_error(self.tr("Type your passphrase."))
            return
        self.set_busy(True)
        self.unlock_requested.emit(text)

    def set_busy(self, busy: bool) -> None:
        self.submit.setEnabled(not busy)
        self.passphrase.setEnabled(not busy)
        if busy:
            self.error.setText(self.tr("Unlocking…"))

    def show_error(self, message: str) -> None:
        self.set_busy(False)
        self.error.setText(message)
        self.passphrase.selectAll()
        self.passphrase.setFocus()

    def reset(self) -> None:
        self.set_busy(False)
        self.show_passphrase.setChecked(False)
        self.passphrase.clear()
        self.error.clear()
        self.passphrase.setFocus()
