"""Changing the passphrase (the data key is re-wrapped; the data itself stays as it is)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QPushButton, QWidget

from coach_app.ui.context import UiContext
from coach_app.ui.passphrase_widgets import StrengthLabel, add_show_hide
from coach_app.ui.settings.slow_work import SlowWork
from coach_app.ui.setup_page import MIN_PASSPHRASE_LENGTH
from coach_app.ui.widgets import message_label, named, secret_field


class PassphraseBox(QGroupBox):
    def __init__(self, context: UiContext, slow: SlowWork, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.slow = slow
        self.current_passphrase = secret_field("settings.current_passphrase")
        self.new_passphrase = secret_field("settings.new_passphrase")
        self.confirm_passphrase = secret_field("settings.confirm_passphrase")
        self.show_new = add_show_hide(self.new_passphrase)
        self.strength = StrengthLabel("settings.strength")
        self.change_passphrase = named(QPushButton(), "settings.change_passphrase", "")
        self.message = message_label("settings.passphrase_message")
        self._current_label, self._new_label, self._confirm_label = QLabel(), QLabel(), QLabel()
        self._current_label.setBuddy(self.current_passphrase)
        self._new_label.setBuddy(self.new_passphrase)
        self._confirm_label.setBuddy(self.confirm_passphrase)
        form = QFormLayout(self)
        form.addRow(self._current_label, self.current_passphrase)
        form.addRow(self._new_label, self.new_passphrase)
        form.addRow("", self.strength)
        form.addRow(self._confirm_label, self.confirm_passphrase)
        form.addRow("", self.change_passphrase)
        form.addRow("", self.message)
        self.new_passphrase.textChanged.connect(self._update_strength)
        self.change_passphrase.clicked.connect(self._change_passphrase)
        self.confirm_passphrase.returnPressed.connect(self._change_passphrase)
        slow.busy_changed.connect(lambda busy: self.change_passphrase.setEnabled(not busy))

    def retranslate(self) -> None:
        self.setTitle(self.tr("Passphrase"))
        self._current_label.setText(self.tr("&Current passphrase:"))
        self.current_passphrase.setAccessibleName(self.tr("Current passphrase"))
        self._new_label.setText(self.tr("&New passphrase:"))
        self.new_passphrase.setAccessibleName(self.tr("New passphrase"))
        self._confirm_label.setText(self.tr("Re&peat new passphrase:"))
        self.confirm_passphrase.setAccessibleName(self.tr("Repeat new passphrase"))
        self.change_passphrase.setText(self.tr("Change passphrase"))
        self.change_passphrase.setAccessibleName(self.tr("Change passphrase"))
        self._update_strength(self.new_passphrase.text())

    def clear(self) -> None:
        for field in (self.current_passphrase, self.new_passphrase, self.confirm_passphrase):
            field.clear()
        self.show_new.setChecked(False)
        self.strength.clear()
        self.message.clear()

    def _update_strength(self, text: str) -> None:
        self.strength.show_for(text)

    def _change_passphrase(self) -> None:
        if self.slow.busy:
            return
        current, new = self.current_passphrase.text(), self.new_passphrase.text()
        if not current:
            self.message.setText(self.tr("Type your current passphrase first."))
            return
        if len(new) < MIN_PASSPHRASE_LENGTH:
            self.message.setText(
                QCoreApplication.translate(
                    "SetupPage", "The passphrase needs at least %1 characters."
                ).replace("%1", str(MIN_PASSPHRASE_LENGTH))
            )
            return
        strength = self.strength.show_for(new)
        if strength is None or not strength.acceptable:
            self.message.setText(
                QCoreApplication.translate(
                    "SetupPage",
                    "This passphrase is easy to guess. Choose a stronger one: see the advice.",
                )
            )
            return
        if new != self.confirm_passphrase.text():
            self.message.setText(
                QCoreApplication.translate("SetupPage", "The two passphrases are not the same.")
            )
            return
        workspace = self.context.workspace
        self.slow.run(
            self.tr("Changing the passphrase…"),
            self.message,
            lambda: workspace.change_passphrase(current, new),
            self._passphrase_changed,
        )

    def _passphrase_changed(self, _result: Any) -> None:
        for field in (self.current_passphrase, self.new_passphrase, self.confirm_passphrase):
            field.clear()
        self.message.setText(self.tr("Your passphrase was changed. Use the new one from now on."))
