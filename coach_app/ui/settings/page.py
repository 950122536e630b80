"""The Settings screen: language, auto-lock, passphrase, recovery code, backups, server and
about, one group box each (see the modules beside this one).

Everything slow (the key derivation of a passphrase check, backups, a restore) runs through one
``SlowWork`` with a progress bar, so the window never freezes. Confirmations are inline (a bar
with Restore / Cancel), not modal dialogs, so they are keyboard reachable and testable.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from coach_app.ui.context import UiContext
from coach_app.ui.settings.about_box import AboutBox
from coach_app.ui.settings.auto_lock_box import AutoLockBox
from coach_app.ui.settings.backups_box import BackupsBox
from coach_app.ui.settings.language_box import LanguageBox
from coach_app.ui.settings.passphrase_box import PassphraseBox
from coach_app.ui.settings.recovery_box import RecoveryCodeBox
from coach_app.ui.settings.server_box import ServerBox
from coach_app.ui.settings.slow_work import SlowWork
from coach_app.ui.widgets import set_role


class SettingsPage(QWidget):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.title = QLabel()
        set_role(self.title, "page-title")
        self.slow = SlowWork(context, self)
        self.language_box = LanguageBox(context)
        self.auto_lock_box = AutoLockBox(context)
        self.passphrase_box = PassphraseBox(context, self.slow)
        self.recovery_box = RecoveryCodeBox(context, self.slow)
        self.backups_box = BackupsBox(context, self.slow)
        self.server_box = ServerBox(context)
        self.about_box = AboutBox(context)
        content = QWidget()
        column = QVBoxLayout(content)
        for box in self._boxes():
            column.addWidget(box)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.addWidget(self.title)
        outer.addWidget(scroll, 1)
        self.retranslate()

    def _boxes(
        self,
    ) -> tuple[
        LanguageBox,
        AutoLockBox,
        PassphraseBox,
        RecoveryCodeBox,
        BackupsBox,
        ServerBox,
        AboutBox,
    ]:
        return (
            self.language_box,
            self.auto_lock_box,
            self.passphrase_box,
            self.recovery_box,
            self.backups_box,
            self.server_box,
            self.about_box,
        )

    # -- Page protocol -------------------------------------------------------------------
    def retranslate(self) -> None:
        self.title.setText(self.tr("Settings"))
        for box in self._boxes():
            box.retranslate()

    def refresh(self) -> None:
        self.backups_box.reload()
        self.about_box.update_text()

    def clear(self) -> None:
        self.passphrase_box.clear()
        self.recovery_box.clear()
        self.backups_box.clear()
