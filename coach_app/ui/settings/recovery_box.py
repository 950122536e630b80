"""Making a new recovery code (the old one stops working), shown once, printable."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from coach_app.ui.context import UiContext
from coach_app.ui.recovery_sheet import print_recovery_sheet, save_recovery_sheet
from coach_app.ui.settings.slow_work import SlowWork
from coach_app.ui.widgets import message_label, named, secret_field


class RecoveryCodeBox(QGroupBox):
    def __init__(self, context: UiContext, slow: SlowWork, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.slow = slow
        self._intro = QLabel()
        self._intro.setWordWrap(True)
        self.recovery_passphrase = secret_field("settings.recovery_passphrase")
        self._passphrase_label = QLabel()
        self._passphrase_label.setBuddy(self.recovery_passphrase)
        self.new_recovery_code = named(QPushButton(), "settings.new_recovery_code", "")
        self.recovery_code = QLabel()
        self.recovery_code.setObjectName("settings.recovery_code")
        mono = QFont("DejaVu Sans Mono")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        mono.setPointSize(14)
        self.recovery_code.setFont(mono)
        self.recovery_code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.recovery_print = named(QPushButton(), "settings.recovery_print", "")
        self.recovery_pdf = named(QPushButton(), "settings.recovery_pdf", "")
        sheet_buttons = QHBoxLayout()
        sheet_buttons.addWidget(self.recovery_print)
        sheet_buttons.addWidget(self.recovery_pdf)
        sheet_buttons.addStretch(1)
        self.recovery_written = named(QCheckBox(), "settings.recovery_written", "")
        self.recovery_done = named(QPushButton(), "settings.recovery_done", "")
        self.recovery_done.setEnabled(False)
        self.message = message_label("settings.recovery_message")
        form = QFormLayout(self)
        form.addRow(self._intro)
        form.addRow(self._passphrase_label, self.recovery_passphrase)
        form.addRow("", self.new_recovery_code)
        form.addRow(self.recovery_code)
        form.addRow(sheet_buttons)
        form.addRow(self.recovery_written)
        form.addRow("", self.recovery_done)
        form.addRow(self.message)
        self._show_recovery_code(None)
        self.new_recovery_code.clicked.connect(self._new_recovery_code)
        self.recovery_passphrase.returnPressed.connect(self._new_recovery_code)
        self.recovery_written.toggled.connect(self.recovery_done.setEnabled)
        self.recovery_print.clicked.connect(self._print_recovery_code)
        self.recovery_pdf.clicked.connect(self._save_recovery_code)
        self.recovery_done.clicked.connect(lambda: self._show_recovery_code(None))
        slow.busy_changed.connect(lambda busy: self.new_recovery_code.setEnabled(not busy))

    def retranslate(self) -> None:
        self.setTitle(self.tr("Recovery code"))
        self._intro.setText(
            self.tr(
                "Make a new recovery code if the old one was lost or seen by someone else. "
                "The old code stops working."
            )
        )
        self._passphrase_label.setText(self.tr("Pa&ssphrase:"))
        self.recovery_passphrase.setAccessibleName(self.tr("Passphrase for a new recovery code"))
        self.new_recovery_code.setText(self.tr("Make a new recovery code"))
        self.new_recovery_code.setAccessibleName(self.tr("Make a new recovery code"))
        self.recovery_code.setAccessibleName(self.tr("New recovery code"))
        self.recovery_print.setText(self.tr("Print…"))
        self.recovery_print.setAccessibleName(self.tr("Print the new recovery code"))
        self.recovery_pdf.setText(self.tr("Save as PDF…"))
        self.recovery_pdf.setAccessibleName(self.tr("Save the new recovery code as PDF"))
        written = QCoreApplication.translate("SetupPage", "I have written down the recovery code")
        self.recovery_written.setText(written)
        self.recovery_written.setAccessibleName(written)
        self.recovery_done.setText(self.tr("Hide the code"))
        self.recovery_done.setAccessibleName(self.tr("Hide the code"))

    def clear(self) -> None:
        self.recovery_passphrase.clear()
        self._show_recovery_code(None)
        self.message.clear()

    def _new_recovery_code(self) -> None:
        if self.slow.busy:
            return
        passphrase = self.recovery_passphrase.text()
        if not passphrase:
            self.message.setText(self.tr("Type your passphrase first."))
            return
        workspace = self.context.workspace
        self.slow.run(
            self.tr("Making a new recovery code…"),
            self.message,
            lambda: workspace.new_recovery_code(passphrase),
            self._recovery_code_made,
        )

    def _recovery_code_made(self, code: Any) -> None:
        self.recovery_passphrase.clear()
        self._show_recovery_code(str(code))
        self.message.setText(
            QCoreApplication.translate(
                "SetupPage",
                "If you forget your passphrase, this code opens your data. It is shown only "
                "now. Write it down and keep it somewhere safe, away from this laptop.",
            )
            + " "
            + self.tr("The old recovery code no longer works.")
        )

    def _print_recovery_code(self) -> None:
        self._sheet_done(
            print_recovery_sheet(
                self, self.recovery_code.text(), self.context.deployment.organisation_name
            )
        )

    def _save_recovery_code(self) -> None:
        self._sheet_done(
            save_recovery_sheet(
                self, self.recovery_code.text(), self.context.deployment.organisation_name
            )
        )

    def _sheet_done(self, message: str | None) -> None:
        if message is not None:
            self.message.setText(message)

    def _show_recovery_code(self, code: str | None) -> None:
        shown = code is not None
        self.recovery_code.setText(code or "")
        self.recovery_code.setVisible(shown)
        self.recovery_print.setVisible(shown)
        self.recovery_pdf.setVisible(shown)
        self.recovery_written.setChecked(False)
        self.recovery_written.setVisible(shown)
        self.recovery_done.setVisible(shown)
        self.recovery_done.setEnabled(False)
        if not shown:
            self.message.clear()
