"""The list of encrypted backups, newest first."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimeZone,
)
from PySide6.QtWidgets import QWidget

from coach_app.storage.backups import BackupInfo

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
