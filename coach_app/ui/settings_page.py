"""The Settings screen: language, auto-lock, passphrase, recovery code, backups and about.

Everything slow (the key derivation of a passphrase check, backups, a restore) runs through
``context.operations`` with a progress bar, so the window never freezes. Confirmations are
inline (a bar with Restore / Cancel), not modal dialogs, so they are keyboard reachable and
testable.

Restoring a backup happens while unlocked: the workspace closes its database engine, replaces
``coach.db`` with the verified backup and opens it again (see ``Workspace.restore_backup``).
The screens then refresh from the restored data.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimeZone,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coach_app import __version__
from coach_app.i18n import LANGUAGES
from coach_app.security import BackupCorrupt
from coach_app.storage.backups import BackupInfo
from coach_app.ui import messages
from coach_app.ui.backup_scheduler import BackupScheduler
from coach_app.ui.context import UiContext
from coach_app.ui.preferences import AUTO_LOCK_MINUTES
from coach_app.ui.recovery_sheet import print_recovery_sheet, save_recovery_sheet
from coach_app.ui.setup_page import MIN_PASSPHRASE_LENGTH, passphrase_strength
from coach_app.ui.widgets import named
from coach_app.workspace import WorkspaceBusy

_Index = QModelIndex | QPersistentModelIndex


def _size(size: int) -> str:
    return QLocale().formattedDataSize(size)


class BackupsModel(QAbstractTableModel):
    """Rows are immutable ``BackupInfo`` values, newest first."""

    WHEN, SIZE = range(2)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[BackupInfo] = []

    def set_backups(self, rows: Sequence[BackupInfo]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_backups([])

    def backup_at(self, row: int) -> BackupInfo:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = [self.tr("Made on"), self.tr("Size")]
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        backup = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.describe(backup) if index.column() == self.WHEN else _size(backup.size)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def describe(backup: BackupInfo) -> str:
        moment = QDateTime.fromSecsSinceEpoch(
            int(backup.created_at.timestamp()), QTimeZone.utc()
        ).toLocalTime()
        return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


class SettingsPage(QWidget):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 18px; font-weight: 600;")
        content = QWidget()
        column = QVBoxLayout(content)

        # Language.
        self.language_group = QGroupBox()
        self.language = named(QComboBox(), "settings.language", "")
        for code, name in LANGUAGES.items():  # each language in its own words: not translated
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(context.language)))
        self._language_label = QLabel()
        self._language_label.setBuddy(self.language)
        form = QFormLayout(self.language_group)
        form.addRow(self._language_label, self.language)
        column.addWidget(self.language_group)

        # Auto-lock.
        self.lock_group = QGroupBox()
        maximum = max(1, context.deployment.auto_lock_max_minutes)
        self.auto_lock = named(QSpinBox(), "settings.auto_lock", "")
        self.auto_lock.setRange(1, maximum)
        stored = (
            context.preferences.get(AUTO_LOCK_MINUTES)
            if context.preferences is not None
            else AUTO_LOCK_MINUTES.default
        )
        self.auto_lock.setValue(min(max(1, stored), maximum))
        self._auto_lock_label = QLabel()
        self._auto_lock_label.setBuddy(self.auto_lock)
        self.auto_lock_policy = QLabel()
        self.auto_lock_policy.setObjectName("settings.auto_lock_policy")
        self.auto_lock_policy.setWordWrap(True)
        form = QFormLayout(self.lock_group)
        form.addRow(self._auto_lock_label, self.auto_lock)
        form.addRow("", self.auto_lock_policy)
        column.addWidget(self.lock_group)

        # Passphrase.
        self.passphrase_group = QGroupBox()
        self.current_passphrase = self._secret("settings.current_passphrase")
        self.new_passphrase = self._secret("settings.new_passphrase")
        self.confirm_passphrase = self._secret("settings.confirm_passphrase")
        self.strength = QLabel()
        self.strength.setObjectName("settings.strength")
        self.change_passphrase = named(QPushButton(), "settings.change_passphrase", "")
        self.passphrase_message = self._message("settings.passphrase_message")
        self._current_label, self._new_label, self._confirm_label = QLabel(), QLabel(), QLabel()
        self._current_label.setBuddy(self.current_passphrase)
        self._new_label.setBuddy(self.new_passphrase)
        self._confirm_label.setBuddy(self.confirm_passphrase)
        form = QFormLayout(self.passphrase_group)
        form.addRow(self._current_label, self.current_passphrase)
        form.addRow(self._new_label, self.new_passphrase)
        form.addRow("", self.strength)
        form.addRow(self._confirm_label, self.confirm_passphrase)
        form.addRow("", self.change_passphrase)
        form.addRow("", self.passphrase_message)
        column.addWidget(self.passphrase_group)

        # Recovery code.
        self.recovery_group = QGroupBox()
        self._recovery_intro = QLabel()
        self._recovery_intro.setWordWrap(True)
        self.recovery_passphrase = self._secret("settings.recovery_passphrase")
        self._recovery_passphrase_label = QLabel()
        self._recovery_passphrase_label.setBuddy(self.recovery_passphrase)
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
        self.recovery_message = self._message("settings.recovery_message")
        form = QFormLayout(self.recovery_group)
        form.addRow(self._recovery_intro)
        form.addRow(self._recovery_passphrase_label, self.recovery_passphrase)
        form.addRow("", self.new_recovery_code)
        form.addRow(self.recovery_code)
        form.addRow(sheet_buttons)
        form.addRow(self.recovery_written)
        form.addRow("", self.recovery_done)
        form.addRow(self.recovery_message)
        column.addWidget(self.recovery_group)
        self._show_recovery_code(None)

        # Backups.
        self.backups_group = QGroupBox()
        self._backups_intro = QLabel()
        self._backups_intro.setWordWrap(True)
        self.backups_model = BackupsModel(self)
        self.backups = named(QTableView(), "settings.backups", "")
        self.backups.setModel(self.backups_model)
        self.backups.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.backups.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.backups.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.backups.setTabKeyNavigation(False)
        self.backups.verticalHeader().setVisible(False)
        self.backups.horizontalHeader().setSectionResizeMode(
            BackupsModel.WHEN, QHeaderView.ResizeMode.Stretch
        )
        self.backups.setMinimumHeight(140)
        self.backup_now = named(QPushButton(), "settings.backup_now", "")
        self.restore = named(QPushButton(), "settings.restore", "")
        self.restore_question = QLabel()
        self.restore_question.setObjectName("settings.restore_question")
        self.restore_question.setWordWrap(True)
        self.restore_confirm = named(QPushButton(), "settings.restore_confirm", "")
        self.restore_cancel = named(QPushButton(), "settings.restore_cancel", "")
        self.progress = QProgressBar()
        self.progress.setObjectName("settings.progress")
        self.progress.setRange(0, 0)  # busy indicator: the steps take seconds at most
        self.progress.setVisible(False)
        self.backup_message = self._message("settings.backup_message")
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_now)
        buttons.addWidget(self.restore)
        buttons.addStretch(1)
        confirm_row = QHBoxLayout()
        confirm_row.addWidget(self.restore_question, 1)
        confirm_row.addWidget(self.restore_confirm)
        confirm_row.addWidget(self.restore_cancel)
        box = QVBoxLayout(self.backups_group)
        box.addWidget(self._backups_intro)
        box.addWidget(self.backups)
        box.addLayout(buttons)
        box.addLayout(confirm_row)
        box.addWidget(self.progress)
        box.addWidget(self.backup_message)
        column.addWidget(self.backups_group)
        self._set_restore_question(False)

        # Server and enrolment: the form lives on the Sync screen, beside the sync status.
        self.server_group = QGroupBox()
        self.server_text = QLabel()
        self.server_text.setObjectName("settings.server")
        self.server_text.setWordWrap(True)
        self.enrol_button = named(QPushButton(), "settings.enrol", "")
        self.enrol_button.clicked.connect(lambda: self.context.events.navigate.emit("sync"))
        server_box = QVBoxLayout(self.server_group)
        server_box.addWidget(self.server_text)
        server_box.addWidget(self.enrol_button, alignment=Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.server_group)

        # About.
        self.about_group = QGroupBox()
        self.about = QLabel()
        self.about.setObjectName("settings.about")
        self.about.setWordWrap(True)
        self.about.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        QVBoxLayout(self.about_group).addWidget(self.about)
        column.addWidget(self.about_group)
        column.addStretch(1)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.addWidget(self.title)
        outer.addWidget(scroll, 1)

        self._busy = False
        self.scheduler = BackupScheduler(context, parent=self)
        self.scheduler.backup_made.connect(lambda _info: self._reload_backups())
        self.scheduler.backup_failed.connect(
            lambda exc: self.backup_message.setText(
                self.tr("The automatic backup failed: %1").replace("%1", self._error_text(exc))
            )
        )

        self.language.currentIndexChanged.connect(self._language_changed)
        self.auto_lock.valueChanged.connect(self._auto_lock_changed)
        self.new_passphrase.textChanged.connect(self._update_strength)
        self.change_passphrase.clicked.connect(self._change_passphrase)
        self.confirm_passphrase.returnPressed.connect(self._change_passphrase)
        self.new_recovery_code.clicked.connect(self._new_recovery_code)
        self.recovery_passphrase.returnPressed.connect(self._new_recovery_code)
        self.recovery_written.toggled.connect(self.recovery_done.setEnabled)
        self.recovery_print.clicked.connect(self._print_recovery_code)
        self.recovery_pdf.clicked.connect(self._save_recovery_code)
        self.recovery_done.clicked.connect(lambda: self._show_recovery_code(None))
        self.backup_now.clicked.connect(self._backup_now)
        self.restore.clicked.connect(self._ask_restore)
        self.restore_confirm.clicked.connect(self._restore)
        self.restore_cancel.clicked.connect(lambda: self._set_restore_question(False))
        self.backups.selectionModel().selectionChanged.connect(self._update_buttons)
        self.backups_model.modelReset.connect(self._update_buttons)
        self.retranslate()

    # -- building blocks -----------------------------------------------------------------
    @staticmethod
    def _secret(name: str) -> QLineEdit:
        field = named(QLineEdit(), name, "")
        field.setEchoMode(QLineEdit.EchoMode.Password)
        return field

    @staticmethod
    def _message(name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        return label

    # -- Page protocol -------------------------------------------------------------------
    def retranslate(self) -> None:
        self.title.setText(self.tr("Settings"))
        self.server_group.setTitle(self.tr("Server and enrolment"))
        self.server_text.setText(
            self.tr(
                "Anonymised progress records go to your organisation's server once this laptop "
                "is enrolled with a code from your project leader. Enrolling, the sync status "
                "and what will be sent are on the Sync screen."
            )
        )
        self.enrol_button.setText(self.tr("Enrol this laptop or see the sync status…"))
        self.enrol_button.setAccessibleName(self.tr("Open the Sync screen to enrol this laptop"))
        self.language.blockSignals(True)  # the language may have changed elsewhere (first run)
        self.language.setCurrentIndex(max(0, self.language.findData(self.context.language)))
        self.language.blockSignals(False)
        self.language_group.setTitle(self.tr("Language"))
        self._language_label.setText(self.tr("&Language:"))
        self.language.setAccessibleName(self.tr("Language"))

        self.lock_group.setTitle(self.tr("Automatic lock"))
        self._auto_lock_label.setText(self.tr("Lock after &minutes without use:"))
        self.auto_lock.setAccessibleName(self.tr("Minutes before the automatic lock"))
        self.auto_lock_policy.setText(
            self.tr(
                "Your organisation's policy allows at most %n minutes.",
                "",
                self.auto_lock.maximum(),
            )
        )

        self.passphrase_group.setTitle(self.tr("Passphrase"))
        self._current_label.setText(self.tr("&Current passphrase:"))
        self.current_passphrase.setAccessibleName(self.tr("Current passphrase"))
        self._new_label.setText(self.tr("&New passphrase:"))
        self.new_passphrase.setAccessibleName(self.tr("New passphrase"))
        self._confirm_label.setText(self.tr("Re&peat new passphrase:"))
        self.confirm_passphrase.setAccessibleName(self.tr("Repeat new passphrase"))
        self.change_passphrase.setText(self.tr("Change passphrase"))
        self.change_passphrase.setAccessibleName(self.tr("Change passphrase"))
        self._update_strength(self.new_passphrase.text())

        self.recovery_group.setTitle(self.tr("Recovery code"))
        self._recovery_intro.setText(
            self.tr(
                "Make a new recovery code if the old one was lost or seen by someone else. "
                "The old code stops working."
            )
        )
        self._recovery_passphrase_label.setText(self.tr("Pa&ssphrase:"))
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

        self.backups_group.setTitle(self.tr("Backups"))
        self._backups_intro.setText(
            self.tr(
                "Encrypted backups are made automatically every day and before updates. The "
                "newest 10 are kept, and one for each of the last 6 months."
            )
        )
        self.backups.setAccessibleName(self.tr("Backups"))
        self.backup_now.setText(self.tr("Back up now"))
        self.backup_now.setAccessibleName(self.tr("Back up now"))
        self.restore.setText(self.tr("Restore…"))
        self.restore.setAccessibleName(self.tr("Restore the selected backup"))
        self.restore_confirm.setText(self.tr("Restore"))
        self.restore_confirm.setAccessibleName(self.tr("Yes, restore this backup"))
        self.restore_cancel.setText(self.tr("Cancel"))
        self.restore_cancel.setAccessibleName(self.tr("Do not restore"))
        self.progress.setAccessibleName(self.tr("Working"))
        self._update_restore_question()
        self.backups_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 1)

        self.about_group.setTitle(self.tr("About"))
        self._update_about()

    def refresh(self) -> None:
        self._reload_backups()
        self._update_about()

    def clear(self) -> None:
        for field in (
            self.current_passphrase,
            self.new_passphrase,
            self.confirm_passphrase,
            self.recovery_passphrase,
        ):
            field.clear()
        self._show_recovery_code(None)
        self._set_restore_question(False)
        self.passphrase_message.clear()
        self.recovery_message.clear()
        self.backup_message.clear()
        self.backups_model.clear()

    # -- language and auto-lock ----------------------------------------------------------
    def _language_changed(self) -> None:
        code = self.language.currentData()
        if code:
            self.context.language = str(code)
            self.context.events.language_requested.emit(str(code))

    def _auto_lock_changed(self, minutes: int) -> None:
        minutes = min(max(1, minutes), self.auto_lock.maximum())
        if self.context.preferences is not None:
            self.context.preferences.set(AUTO_LOCK_MINUTES, minutes)
        self.context.events.auto_lock_changed.emit(minutes)

    # -- passphrase ----------------------------------------------------------------------
    def _update_strength(self, text: str) -> None:
        words = [
            QCoreApplication.translate("SetupPage", "Too short"),
            QCoreApplication.translate("SetupPage", "Weak: add more words"),
            QCoreApplication.translate("SetupPage", "Fair"),
            QCoreApplication.translate("SetupPage", "Strong"),
        ]
        self.strength.setText(words[passphrase_strength(text)] if text else "")

    def _change_passphrase(self) -> None:
        if self._busy:
            return
        current, new = self.current_passphrase.text(), self.new_passphrase.text()
        if not current:
            self.passphrase_message.setText(self.tr("Type your current passphrase first."))
            return
        if len(new) < MIN_PASSPHRASE_LENGTH:
            self.passphrase_message.setText(
                QCoreApplication.translate(
                    "SetupPage", "The passphrase needs at least %1 characters."
                ).replace("%1", str(MIN_PASSPHRASE_LENGTH))
            )
            return
        if new != self.confirm_passphrase.text():
            self.passphrase_message.setText(
                QCoreApplication.translate("SetupPage", "The two passphrases are not the same.")
            )
            return
        workspace = self.context.workspace
        self._run(
            self.tr("Changing the passphrase…"),
            self.passphrase_message,
            lambda: workspace.change_passphrase(current, new),
            self._passphrase_changed,
        )

    def _passphrase_changed(self, _result: Any) -> None:
        for field in (self.current_passphrase, self.new_passphrase, self.confirm_passphrase):
            field.clear()
        self.passphrase_message.setText(
            self.tr("Your passphrase was changed. Use the new one from now on.")
        )

    # -- recovery code -------------------------------------------------------------------
    def _new_recovery_code(self) -> None:
        if self._busy:
            return
        passphrase = self.recovery_passphrase.text()
        if not passphrase:
            self.recovery_message.setText(self.tr("Type your passphrase first."))
            return
        workspace = self.context.workspace
        self._run(
            self.tr("Making a new recovery code…"),
            self.recovery_message,
            lambda: workspace.new_recovery_code(passphrase),
            self._recovery_code_made,
        )

    def _recovery_code_made(self, code: Any) -> None:
        self.recovery_passphrase.clear()
        self._show_recovery_code(str(code))
        self.recovery_message.setText(
            QCoreApplication.translate(
                "SetupPage",
                "If you forget your passphrase, this code opens your data. It is shown only "
                "now. Write it down and keep it somewhere safe, away from this laptop.",
            )
            + " "
            + self.tr("The old recovery code no longer works.")
        )

    def _print_recovery_code(self) -> None:
        self._recovery_sheet_done(
            print_recovery_sheet(
                self, self.recovery_code.text(), self.context.deployment.organisation_name
            )
        )

    def _save_recovery_code(self) -> None:
        self._recovery_sheet_done(
            save_recovery_sheet(
                self, self.recovery_code.text(), self.context.deployment.organisation_name
            )
        )

    def _recovery_sheet_done(self, message: str | None) -> None:
        if message is not None:
            self.recovery_message.setText(message)

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
            self.recovery_message.clear()

    # -- backups -------------------------------------------------------------------------
    def _reload_backups(self) -> None:
        self.backups_model.set_backups(self.context.workspace.list_backups())

    def _selected_backup(self) -> BackupInfo | None:
        rows = self.backups.selectionModel().selectedRows()
        return self.backups_model.backup_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        unlocked = self.context.workspace.is_unlocked
        self.backup_now.setEnabled(unlocked and not self._busy)
        self.restore.setEnabled(unlocked and not self._busy and self._selected_backup() is not None)
        if self._selected_backup() is None:
            self._set_restore_question(False)

    def _backup_now(self) -> None:
        if self._busy or not self.context.workspace.is_unlocked:
            return
        workspace = self.context.workspace
        self._run(
            self.tr("Making a backup…"),
            self.backup_message,
            workspace.backup_now,
            self._backup_made,
        )

    def _backup_made(self, info: Any) -> None:
        self._reload_backups()
        if isinstance(info, BackupInfo):
            self.backup_message.setText(
                self.tr("Backup made: %1.").replace("%1", BackupsModel.describe(info))
            )

    def _ask_restore(self) -> None:
        if self._selected_backup() is not None and not self._busy:
            self._set_restore_question(True)
            self.restore_confirm.setFocus()

    def _set_restore_question(self, shown: bool) -> None:
        self._restore_asked = shown
        for widget in (self.restore_question, self.restore_confirm, self.restore_cancel):
            widget.setVisible(shown)
        self._update_restore_question()

    def _update_restore_question(self) -> None:
        backup = self._selected_backup() if self._restore_asked else None
        if backup is None:
            self.restore_question.clear()
            return
        self.restore_question.setText(
            self.tr(
                "Restore the backup of %1? Everything recorded after it will be lost. "
                "Make a backup now first if you are not sure."
            ).replace("%1", BackupsModel.describe(backup))
        )

    def _restore(self) -> None:
        backup = self._selected_backup()
        if backup is None or self._busy:
            return
        self._set_restore_question(False)
        workspace = self.context.workspace
        self._run(
            self.tr("Restoring the backup…"),
            self.backup_message,
            lambda: workspace.restore_backup(backup.path),
            lambda _result: self._restored(backup),
        )

    def _restored(self, backup: BackupInfo) -> None:
        self._reload_backups()
        self.backup_message.setText(
            self.tr("The backup of %1 was restored.").replace("%1", BackupsModel.describe(backup))
        )
        self.context.events.data_changed.emit()

    # -- running slow work ---------------------------------------------------------------
    def _run(
        self,
        busy_text: str,
        message: QLabel,
        work: Callable[[], Any],
        on_success: Callable[[Any], None],
    ) -> None:
        self._set_busy(True)
        message.setText(busy_text)

        def succeeded(result: Any) -> None:
            self._set_busy(False)
            on_success(result)

        def failed(exc: BaseException) -> None:
            self._set_busy(False)
            message.setText(self._error_text(exc))

        self.context.operations.run(work, succeeded, failed)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.progress.setVisible(busy)
        self.change_passphrase.setEnabled(not busy)
        self.new_recovery_code.setEnabled(not busy)
        self._update_buttons()

    def _error_text(self, exc: BaseException) -> str:
        if isinstance(exc, BackupCorrupt):
            return self.tr(
                "This backup is damaged, was changed, or was made with another key (for "
                "example before the data was re-encrypted). Nothing was changed."
            )
        if isinstance(exc, WorkspaceBusy):
            return self.tr("Another task is still running. Wait a moment and try again.")
        return messages.for_error(exc)

    # -- about ---------------------------------------------------------------------------
    def _update_about(self) -> None:
        deployment = self.context.deployment
        none = self.tr("none")
        lines = [
            self.tr("Coach Companion %1").replace("%1", __version__),
            self.tr("Data folder: %1").replace("%1", str(self.context.workspace.folder.root)),
            self.tr("Deployment file: %1").replace(
                "%1", str(deployment.source) if deployment.source else none
            ),
            self.tr("Organisation: %1").replace("%1", deployment.organisation_name or none),
        ]
        self.about.setText("\n".join(lines))
