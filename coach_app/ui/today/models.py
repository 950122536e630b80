"""Item models of the Today screen. Rows are frozen values from one ``TodayOverview``; each
row's state is in words (the display text) and as a ``Badge`` for the eye. A row's texts and
badge are made once, the first time it is painted, and kept until the rows or the language
change (issue 14: no formatting per paint)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any
from uuid import UUID

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
)
from PySide6.QtWidgets import QWidget

from coach_app.domain.today import DueFollowUp, GoalNearTarget, PlannedVisit
from coach_app.ui import labels
from coach_app.ui.badges import BADGE_ROLE, Badge

_Index = QModelIndex | QPersistentModelIndex
OVERDUE_ROLE = Qt.ItemDataRole.UserRole + 1


def short_date(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def local_time(moment: datetime) -> QDateTime:
    local = moment.astimezone()
    return QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))


class TodayModel(QAbstractTableModel):
    """Rows are frozen values with a ``family_id``; subclasses say what each column shows."""

    STATE_COLUMN = -1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._today: date = date.today()
        self._prepared: list[tuple[tuple[str, ...], Badge | None, bool] | None] = []
        self._titles = self.headers()

    def set_rows(self, rows: Sequence[Any], today: date) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._today = today
        self._prepared = [None] * len(self._rows)
        self.endResetModel()

    def _prepare(self, index: int) -> tuple[tuple[str, ...], Badge | None, bool]:
        prepared = self._prepared[index]
        if prepared is None:
            row = self._rows[index]
            texts = tuple(self.display(row, column) for column in range(len(self._titles)))
            prepared = self._prepared[index] = (texts, self.badge(row), self.overdue(row))
        return prepared

    def clear(self) -> None:
        self.set_rows([], self._today)

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def family_at(self, row: int) -> UUID:
        return UUID(str(self._rows[row].family_id))

    def headers(self) -> list[str]:
        return []

    def display(self, row: Any, column: int) -> str:
        return ""

    def badge(self, row: Any) -> Badge | None:
        return None

    def overdue(self, row: Any) -> bool:
        return False

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._titles)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = self._titles
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row, column = index.row(), index.column()
        if not 0 <= row < len(self._rows) or not 0 <= column < len(self._titles):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._prepare(row)[0][column]
        if role == OVERDUE_ROLE:
            return self._prepare(row)[2]
        if role == BADGE_ROLE and column == self.STATE_COLUMN:
            return self._prepare(row)[1]
        return None

    def retranslate(self) -> None:
        self._titles = self.headers()
        self._prepared = [None] * len(self._rows)
        count = len(self._titles)
        if count:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, count - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, max(0, count - 1))
            )


class VisitsModel(TodayModel):
    """Visits held earlier today, then the ones planned; the state says which."""

    WHEN, FAMILY, MODE, DURATION, STATE = range(5)
    STATE_COLUMN = STATE

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._held: set[UUID] = set()

    def set_visits(
        self, held: Sequence[PlannedVisit], planned: Sequence[PlannedVisit], today: date
    ) -> None:
        self._held = {v.visit_id for v in held}
        self.set_rows([*held, *planned], today)

    def planned_count(self) -> int:
        return sum(1 for row in self._rows if row.visit_id not in self._held)

    def held_count(self) -> int:
        return len(self._held)

    def is_held(self, row: PlannedVisit) -> bool:
        return row.visit_id in self._held

    def headers(self) -> list[str]:
        return [
            self.tr("When"),
            self.tr("Family"),
            self.tr("Where"),
            self.tr("Duration"),
            self.tr("State"),
        ]

    def display(self, row: PlannedVisit, column: int) -> str:
        if column == self.WHEN:
            moment = local_time(row.started_at)
            if moment.date() == QDate(self._today.year, self._today.month, self._today.day):
                return self.tr("Today %1").replace(
                    "%1", QLocale().toString(moment.time(), QLocale.FormatType.ShortFormat)
                )
            return QLocale().toString(moment, QLocale.FormatType.ShortFormat)
        if column == self.FAMILY:
            return row.family_name
        if column == self.MODE:
            return labels.visit_mode(row.mode)
        if column == self.DURATION:
            return self.tr("%n minutes", "", row.duration_minutes)
        if column == self.STATE:
            badge = self.badge(row)
            return badge.text if badge else ""
        return ""

    def badge(self, row: PlannedVisit) -> Badge:
        if self.is_held(row):
            return Badge(self.tr("Held today"), "success")
        if row.started_at.astimezone().date() == self._today:
            return Badge(self.tr("Today"), "warning")
        return Badge(self.tr("Planned"), "info")


class FollowUpsModel(TodayModel):
    DUE, FAMILY, ACTION, STATE = range(4)
    STATE_COLUMN = STATE

    def headers(self) -> list[str]:
        return [self.tr("Due"), self.tr("Family"), self.tr("Action"), self.tr("State")]

    def days(self, row: DueFollowUp) -> int:
        return (row.due_date - self._today).days

    def overdue(self, row: DueFollowUp) -> bool:
        return row.is_overdue(self._today)

    def display(self, row: DueFollowUp, column: int) -> str:
        if column == self.DUE:
            return short_date(row.due_date)
        if column == self.FAMILY:
            return row.family_name
        if column == self.ACTION:
            return row.text
        if column == self.STATE:
            return self.badge(row).text
        return ""

    def badge(self, row: DueFollowUp) -> Badge:
        days = self.days(row)
        if days < 0:
            return Badge(self.tr("%n day(s) overdue", "", -days), "danger")
        if days == 0:
            return Badge(self.tr("Due today"), "warning")
        return Badge(self.tr("Due in %n day(s)", "", days), "info")


class GoalsModel(TodayModel):
    TARGET, FAMILY, GOAL, STATUS = range(4)
    STATE_COLUMN = STATUS

    def headers(self) -> list[str]:
        return [self.tr("Target date"), self.tr("Family"), self.tr("Goal"), self.tr("Status")]

    def overdue(self, row: GoalNearTarget) -> bool:
        return row.is_overdue(self._today)

    def display(self, row: GoalNearTarget, column: int) -> str:
        if column == self.TARGET:
            return short_date(row.target_date)
        if column == self.FAMILY:
            return row.family_name
        if column == self.GOAL:
            return row.title
        if column == self.STATUS:
            return self.badge(row).text
        return ""

    def badge(self, row: GoalNearTarget) -> Badge:
        status = labels.goal_status(row.status)
        if self.overdue(row):
            return Badge(self.tr("%1, target date passed").replace("%1", status), "danger")
        return Badge(status, "info")
