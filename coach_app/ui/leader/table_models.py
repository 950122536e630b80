"""Item models of leader mode: one summary section, and the list of devices.

Both cache immutable rows and are replaced whole (``set_*`` resets the model). A withheld value
is never displayed as a number: it reads "withheld" with a tooltip that explains why.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from coach_app.leader import DeviceInfo, Suppressed
from coach_app.ui.leader.sections import Cell, Section
from coach_app.ui.leader.texts import Texts

__all__ = [
    "PATH_ROLE",
    "VALUE_ROLE",
    "DevicesModel",
    "SectionModel",
    "suppressed_text",
    "suppression_tooltip",
]

#: The raw value of a cell: an int, a float or SUPPRESSED.
VALUE_ROLE = Qt.ItemDataRole.UserRole + 1
#: The cell's path in the server's summary JSON, e.g. ("families_by_status", "cells", "active").
PATH_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


def suppressed_text() -> str:
    return QCoreApplication.translate("LeaderSummary", "withheld")


def suppression_tooltip(threshold: int) -> str:
    return QCoreApplication.translate(
        "LeaderSummary",
        "Withheld to protect privacy. Counts from 1 to %1 are never shown, and some other "
        "values are withheld as well, so that a hidden count cannot be worked out from the "
        "totals.",
    ).replace("%1", str(threshold - 1))


def format_moment(moment: datetime) -> str:
    """A server timestamp in the user's time zone and locale (short format)."""
    local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    return QLocale().toString(local, QLocale.FormatType.ShortFormat)


def format_value(value: int | float | None, texts: Texts) -> str:
    """A count, a mean change (signed, two decimals), or "–" where there is no figure."""
    if value is None:
        return "–"
    return texts.count(value) if isinstance(value, int) else texts.change(value)


def no_figure_tooltip() -> str:
    return QCoreApplication.translate(
        "LeaderSummary",
        "No figure: for a mean change, no one was assessed twice in this domain in the period.",
    )


class SectionModel(QAbstractTableModel):
    """A section of the summary: the first column holds the row labels."""

    def __init__(self, texts: Texts, parent: Any = None) -> None:
        super().__init__(parent)
        self._texts = texts
        self._section: Section | None = None
        self._threshold = 5

    def set_section(self, section: Section, threshold: int, texts: Texts) -> None:
        self.beginResetModel()
        self._section, self._threshold, self._texts = section, threshold, texts
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self._section = None
        self.endResetModel()

    @property
    def section(self) -> Section | None:
        return self._section

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() or self._section is None else len(self._section.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() or self._section is None else len(self._section.columns) + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            self._section is None
            or orientation != Qt.Orientation.Horizontal
            or role != Qt.ItemDataRole.DisplayRole
        ):
            return None
        return "" if section == 0 else self._section.columns[section - 1]

    def cell(self, index: Index) -> Cell | None:
        if self._section is None or not index.isValid() or index.column() == 0:
            return None
        return self._section.rows[index.row()].cells[index.column() - 1]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self._section is None or not index.isValid():
            return None
        row = self._section.rows[index.row()]
        if role == Qt.ItemDataRole.FontRole and row.is_total:
            font = QFont()
            font.setBold(True)
            return font
        if index.column() == 0:
            return row.label if role == Qt.ItemDataRole.DisplayRole else None
        cell = row.cells[index.column() - 1]
        hidden = isinstance(cell.value, Suppressed)
        if role == Qt.ItemDataRole.DisplayRole:
            return suppressed_text() if hidden else format_value(cell.value, self._texts)  # type: ignore[arg-type]
        if role == Qt.ItemDataRole.ToolTipRole and hidden:
            return suppression_tooltip(self._threshold)
        if role == Qt.ItemDataRole.ToolTipRole and cell.value is None:
            return no_figure_tooltip()
        if role == Qt.ItemDataRole.ForegroundRole and hidden:
            return QColor("#6b6b6b")
        if role == Qt.ItemDataRole.FontRole and hidden:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == VALUE_ROLE:
            return cell.value
        if role == PATH_ROLE:
            return cell.path
        return None


def format_size(size: int) -> str:
    """A backup's size as a person reads it: kB below a megabyte, else MB with one decimal."""
    if size < 1_000_000:
        return QCoreApplication.translate("LeaderDevices", "%1 kB").replace(
            "%1", str(max(1, round(size / 1000)))
        )
    return QCoreApplication.translate("LeaderDevices", "%1 MB").replace(
        "%1", f"{size / 1_000_000:.1f}"
    )


class DevicesModel(QAbstractTableModel):
    """Enrolled devices: coach, device id, enrolled, last sync, revoked, and the newest
    encrypted backup on the server (when, and how big; nothing else is known of it)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._devices: tuple[DeviceInfo, ...] = ()

    def set_devices(self, devices: tuple[DeviceInfo, ...]) -> None:
        self.beginResetModel()
        self._devices = tuple(
            sorted(devices, key=lambda d: (d.revoked_at is not None, d.coach_name))
        )
        self.endResetModel()

    def device(self, row: int) -> DeviceInfo:
        return self._devices[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._devices)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            QCoreApplication.translate("LeaderDevices", "Coach"),
            QCoreApplication.translate("LeaderDevices", "Device"),
            QCoreApplication.translate("LeaderDevices", "Enrolled"),
            QCoreApplication.translate("LeaderDevices", "Last sync"),
            QCoreApplication.translate("LeaderDevices", "Revoked"),
            QCoreApplication.translate("LeaderDevices", "Last backup on the server"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        device = self._devices[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == 0:
                return device.coach_name
            if column == 1:
                return device.device_id[:8]
            if column == 5:
                if device.last_backup_at is None or device.last_backup_bytes is None:
                    return QCoreApplication.translate("LeaderDevices", "none yet")
                return (
                    QCoreApplication.translate("LeaderDevices", "%1 (%2)")
                    .replace("%1", format_moment(device.last_backup_at))
                    .replace("%2", format_size(device.last_backup_bytes))
                )
            moment = (device.enrolled_at, device.last_sync_at, device.revoked_at)[column - 2]
            if moment is None:
                return QCoreApplication.translate("LeaderDevices", "never") if column == 3 else ""
            return format_moment(moment)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 1:
            return device.device_id
        if role == Qt.ItemDataRole.ForegroundRole and device.revoked_at is not None:
            return QColor("#8a8a8a")
        return None
