"""Backups: the list, "back up now", and restoring one after an inline confirmation.

Restoring happens while unlocked: the workspace closes its database engine, replaces
``coach.db`` with the verified backup and opens it again (see ``Workspace.restore_backup``);
the screens then refresh from the restored data. Automatic backups are made by the
``BackupScheduler`` this box owns.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QDir, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coach_app.storage.backups import BackupInfo
from coach_app.ui.backup_scheduler import BackupScheduler
from coach_app.ui.context import UiContext
from coach_app.ui.preferences import BACKUP_SECOND_FOLDER
from coach_app.ui.settings.backups_model import BackupsModel
from coach_app.ui.settings.slow_work import SlowWork
from coach_app.ui.widgets import message_label, named


class BackupsBox(QGroupBox):
    def __init__(self, context: UiContext, slow: SlowWork, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.slow = slow
        self._intro = QLabel()
        self._intro.setWordWrap(True)
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
        self.message = message_label("settings.backup_message")
        self.second_folder = message_label("settings.second_folder")
        self.choose_second = named(QPushButton(), "settings.choose_second_folder", "")
        self.stop_second = named(QPushButton(), "settings.stop_second_folder", "")
        second_row = QHBoxLayout()
        second_row.addWidget(self.choose_second)
        second_row.addWidget(self.stop_second)
        second_row.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_now)
        buttons.addWidget(self.restore)
        buttons.addStretch(1)
        confirm_row = QHBoxLayout()
        confirm_row.addWidget(self.restore_question, 1)
        confirm_row.addWidget(self.restore_confirm)
        confirm_row.addWidget(self.restore_cancel)
        box = QVBoxLayout(self)
        box.addWidget(self._intro)
        box.addWidget(self.second_folder)
        box.addLayout(second_row)
        box.addWidget(self.backups)
        box.addLayout(buttons)
        box.addLayout(confirm_row)
        box.addWidget(self.progress)
        box.addWidget(self.message)
        self._set_restore_question(False)

        self.scheduler = BackupScheduler(context, parent=self)
        self.scheduler.backup_made.connect(lambda _info: self.reload())
        self.scheduler.backup_failed.connect(
            lambda exc: self.message.setText(
                self.tr("The automatic backup failed: %1").replace("%1", self.slow.error_text(exc))
            )
        )
        self.backup_now.clicked.connect(self._backup_now)
        self.choose_second.clicked.connect(self._choose_second)
        self.stop_second.clicked.connect(self._stop_second)
        self.restore.clicked.connect(self._ask_restore)
        self.restore_confirm.clicked.connect(self._restore)
        self.restore_cancel.clicked.connect(lambda: self._set_restore_question(False))
        self.backups.selectionModel().selectionChanged.connect(self._update_buttons)
        self.backups_model.modelReset.connect(self._update_buttons)
        slow.busy_changed.connect(self._busy_changed)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Backups"))
        self._intro.setText(
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
        self.choose_second.setText(self.tr("Choose a folder on another drive…"))
        self.choose_second.setAccessibleName(self.tr("Choose a second folder for backups"))
        self.stop_second.setText(self.tr("Stop copying"))
        self.stop_second.setAccessibleName(self.tr("Stop copying backups to the second folder"))
        self._show_second_folder()
        self._update_restore_question()
        self.backups_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 1)

    def clear(self) -> None:
        self._set_restore_question(False)
        self.message.clear()
        self.backups_model.clear()

    def _show_second_folder(self) -> None:
        chosen = self.context.workspace.second_backup_folder
        by_policy = self.context.deployment.backup_second_folder is not None
        if chosen is None:
            self.second_folder.setText(
                self.tr(
                    "The backups are only on this laptop. Choose a folder on another drive (a "
                    "USB stick or a network folder) so a lost or broken laptop does not take "
                    "them along."
                )
            )
        elif by_policy:
            self.second_folder.setText(
                self.tr("Copies of the backups also go to %1 (set by your organisation).").replace(
                    "%1", QDir.toNativeSeparators(str(chosen))
                )
            )
        else:
            self.second_folder.setText(
                self.tr("Copies of the backups also go to %1.").replace(
                    "%1", QDir.toNativeSeparators(str(chosen))
                )
            )
        self.choose_second.setVisible(not by_policy)
        self.stop_second.setVisible(not by_policy and chosen is not None)

    def set_second_folder(self, folder: Path | None) -> None:
        """Copy the backups to ``folder`` from now on (None: stop), remembered in Settings."""
        preferences = self.context.preferences
        if preferences is not None:
            preferences.set(BACKUP_SECOND_FOLDER, "" if folder is None else str(folder))
        self.context.workspace.second_backup_folder = folder
        self._show_second_folder()
        if folder is not None:
            self._backup_now()  # a fresh backup, and every backup copied there now

    def _choose_second(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Choose a folder on another drive for copies of the backups")
        )
        if chosen:
            self.set_second_folder(Path(chosen))

    def _stop_second(self) -> None:
        self.set_second_folder(None)

    def reload(self) -> None:
        self.backups_model.set_backups(self.context.workspace.list_backups())

    def _busy_changed(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self._update_buttons()

    def _selected_backup(self) -> BackupInfo | None:
        rows = self.backups.selectionModel().selectedRows()
        return self.backups_model.backup_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        unlocked = self.context.workspace.is_unlocked
        busy = self.slow.busy
        self.backup_now.setEnabled(unlocked and not busy)
        self.restore.setEnabled(unlocked and not busy and self._selected_backup() is not None)
        if self._selected_backup() is None:
            self._set_restore_question(False)

    def _backup_now(self) -> None:
        if self.slow.busy or not self.context.workspace.is_unlocked:
            return
        workspace = self.context.workspace
        self.slow.run(
            self.tr("Making a backup…"), self.message, workspace.backup_now, self._backup_made
        )

    def _backup_made(self, info: Any) -> None:
        self.reload()
        if isinstance(info, BackupInfo):
            self.message.setText(
                self.tr("Backup made: %1.").replace("%1", BackupsModel.describe(info))
            )

    def _ask_restore(self) -> None:
        if self._selected_backup() is not None and not self.slow.busy:
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
        if backup is None or self.slow.busy:
            return
        self._set_restore_question(False)
        workspace = self.context.workspace
        self.slow.run(
            self.tr("Restoring the backup…"),
            self.message,
            lambda: workspace.restore_backup(backup.path),
            lambda _result: self._restored(backup),
        )

    def _restored(self, backup: BackupInfo) -> None:
        self.reload()
        self.message.setText(
            self.tr("The backup of %1 was restored.").replace("%1", BackupsModel.describe(backup))
        )
        self.context.events.data_changed.emit()
