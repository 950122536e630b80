"""The Today screen: visits planned, follow-up actions due and goals near their target date.

The overview is read off the GUI thread (``workspace.today``) and arrives as one frozen
``TodayOverview``; three table models cache its rows. Activating a row opens the family.
``clear`` empties the models and drops a refresh that is still running.
"""

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
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coach_app.domain.today import (
    FOLLOW_UP_DAYS,
    GOAL_DAYS,
    VISIT_DAYS,
    DueFollowUp,
    GoalNearTarget,
    PlannedVisit,
    TodayOverview,
)
from coach_app.ui import labels, messages
from coach_app.ui.context import UiContext
from coach_app.ui.widgets import named, set_role

_Index = QModelIndex | QPersistentModelIndex
OVERDUE_ROLE = Qt.ItemDataRole.UserRole + 1
_OVERDUE_COLOUR = QColor("#b00020")


def _short_date(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def _short_datetime(moment: datetime) -> str:
    local = moment.astimezone()
    qt = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    return QLocale().toString(qt, QLocale.FormatType.ShortFormat)


class _TodayModel(QAbstractTableModel):
    """Rows are frozen values with a ``family_id``; subclasses say what each column shows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._today: date = date.today()

    def set_rows(self, rows: Sequence[Any], today: date) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._today = today
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([], self._today)

    def family_at(self, row: int) -> UUID:
        return UUID(str(self._rows[row].family_id))

    def headers(self) -> list[str]:
        return []

    def display(self, row: Any, column: int) -> str:
        return ""

    def overdue(self, row: Any) -> bool:
        return False

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = self.headers()
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.display(row, index.column())
        if role == OVERDUE_ROLE:
            return self.overdue(row)
        if role == Qt.ItemDataRole.ForegroundRole and self.overdue(row):
            return QBrush(_OVERDUE_COLOUR)
        if role == Qt.ItemDataRole.FontRole and self.overdue(row):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def retranslate(self) -> None:
        count = len(self.headers())
        if count:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, count - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, max(0, count - 1))
            )


class VisitsModel(_TodayModel):
    WHEN, FAMILY, MODE, DURATION = range(4)

    def headers(self) -> list[str]:
        return [self.tr("When"), self.tr("Family"), self.tr("Where"), self.tr("Duration")]

    def display(self, row: PlannedVisit, column: int) -> str:
        if column == self.WHEN:
            return _short_datetime(row.started_at)
        if column == self.FAMILY:
            return row.family_name
        if column == self.MODE:
            return labels.visit_mode(row.mode)
        if column == self.DURATION:
            return self.tr("%n minutes", "", row.duration_minutes)
        return ""


class FollowUpsModel(_TodayModel):
    DUE, FAMILY, ACTION, STATE = range(4)

    def headers(self) -> list[str]:
        return [self.tr("Due"), self.tr("Family"), self.tr("Action"), self.tr("State")]

    def overdue(self, row: DueFollowUp) -> bool:
        return row.is_overdue(self._today)

    def display(self, row: DueFollowUp, column: int) -> str:
        if column == self.DUE:
            return _short_date(row.due_date)
        if column == self.FAMILY:
            return row.family_name
        if column == self.ACTION:
            return row.text
        if column == self.STATE:
            if self.overdue(row):
                return self.tr("Overdue")
            return self.tr("Due today") if row.due_date == self._today else self.tr("Due soon")
        return ""


class GoalsModel(_TodayModel):
    TARGET, FAMILY, GOAL, STATUS = range(4)

    def headers(self) -> list[str]:
        return [self.tr("Target date"), self.tr("Family"), self.tr("Goal"), self.tr("Status")]

    def overdue(self, row: GoalNearTarget) -> bool:
        return row.is_overdue(self._today)

    def display(self, row: GoalNearTarget, column: int) -> str:
        if column == self.TARGET:
            return _short_date(row.target_date)
        if column == self.FAMILY:
            return row.family_name
        if column == self.GOAL:
            return row.title
        if column == self.STATUS:
            status = labels.goal_status(row.status)
            if self.overdue(row):
                return self.tr("%1, target date passed").replace("%1", status)
            return status
        return ""


class _Section:
    """A heading with a count, the table, and an empty-state message."""

    def __init__(self, model: _TodayModel, name: str, box: QVBoxLayout) -> None:
        self.model = model
        self.heading = QLabel()
        set_role(self.heading, "section")
        self.heading.setObjectName(f"{name}_count")
        self.empty = QLabel()
        self.empty.setObjectName(f"{name}_empty")
        self.empty.setWordWrap(True)
        self.view = named(QTableView(), name, "")
        self.view.setModel(model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)
        self.view.verticalHeader().setVisible(False)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The third column (the action, visit or goal) takes the room that is left.
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.view.setAlternatingRowColors(True)
        box.addWidget(self.heading)
        box.addWidget(self.empty)
        box.addWidget(self.view, 1)
        self.heading.setBuddy(self.view)

    def update(self, heading: str, empty: str, accessible: str) -> None:
        has_rows = self.model.rowCount() > 0
        self.heading.setText(heading)
        self.empty.setText(empty)
        self.empty.setVisible(not has_rows)
        self.view.setVisible(has_rows)
        self.view.setAccessibleName(accessible)


class TodayPage(QWidget):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._generation = 0
        self.title = QLabel()
        set_role(self.title, "page-title")
        self.status = QLabel()
        self.status.setObjectName("today.status")
        self.status.setWordWrap(True)
        box = QVBoxLayout(self)
        box.addWidget(self.title)
        box.addWidget(self.status)
        self.visits_model = VisitsModel(self)
        self.followups_model = FollowUpsModel(self)
        self.goals_model = GoalsModel(self)
        self.visits = _Section(self.visits_model, "today.visits", box)
        self.followups = _Section(self.followups_model, "today.followups", box)
        self.goals = _Section(self.goals_model, "today.goals", box)
        for section in (self.visits, self.followups, self.goals):
            section.view.activated.connect(lambda index, s=section: self._open(s.model, index))
        self.status.setVisible(False)
        self.retranslate()

    # -- Page protocol -------------------------------------------------------------------
    def retranslate(self) -> None:
        self.title.setText(self.tr("Today"))
        for model in (self.visits_model, self.followups_model, self.goals_model):
            model.retranslate()
        self._update_sections()

    def refresh(self) -> None:
        workspace = self.context.workspace
        if not workspace.is_unlocked:
            return
        self._generation += 1
        generation = self._generation
        day = date.today()
        self.context.operations.run(
            lambda: workspace.today(day),
            lambda result: self._loaded(generation, result),
            lambda exc: self._failed(generation, exc),
        )

    def clear(self) -> None:
        self._generation += 1  # a refresh still running is dropped when it reports
        for model in (self.visits_model, self.followups_model, self.goals_model):
            model.clear()
        self.status.clear()
        self.status.setVisible(False)
        self._update_sections()

    # -- results -------------------------------------------------------------------------
    def show_overview(self, overview: TodayOverview) -> None:
        self.visits_model.set_rows(overview.visits, overview.today)
        self.followups_model.set_rows(overview.follow_ups, overview.today)
        self.goals_model.set_rows(overview.goals, overview.today)
        self.status.setVisible(False)
        self._update_sections()

    def _loaded(self, generation: int, result: Any) -> None:
        if generation != self._generation or not self.context.workspace.is_unlocked:
            return
        if isinstance(result, TodayOverview):
            self.show_overview(result)

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self.status.setText(messages.for_error(exc))
        self.status.setVisible(True)

    def _open(self, model: _TodayModel, index: QModelIndex) -> None:
        if index.isValid():
            self.context.events.family_opened.emit(model.family_at(index.row()))

    def _update_sections(self) -> None:
        self.visits.update(
            self.tr("Visits planned (%n)", "", self.visits_model.rowCount()),
            self.tr("No visits planned in the next %1 days.").replace("%1", str(VISIT_DAYS)),
            self.tr("Visits planned"),
        )
        self.followups.update(
            self.tr("Follow-up actions due (%n)", "", self.followups_model.rowCount()),
            self.tr("No follow-up actions due in the next %1 days, none overdue.").replace(
                "%1", str(FOLLOW_UP_DAYS)
            ),
            self.tr("Follow-up actions due"),
        )
        self.goals.update(
            self.tr("Goals near their target date (%n)", "", self.goals_model.rowCount()),
            self.tr("No open goals with a target date in the next %1 days.").replace(
                "%1", str(GOAL_DAYS)
            ),
            self.tr("Goals near their target date"),
        )
