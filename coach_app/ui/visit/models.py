"""Item models of the visit editor: checkable lists (people present, topics), the follow-up
actions table and the goal updates table. Rows are immutable values; the models cache them.

The drop-down that edits a goal's new status is ``status_delegate.StatusChoiceDelegate``; it
reads the choices from ``CHOICES_ROLE``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any
from uuid import UUID

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from coach_app.domain.drafts import FollowUpDraft, GoalUpdateDraft
from coach_app.domain.enums import GoalStatus
from coach_app.domain.services import GOAL_TRANSITIONS
from coach_app.ui import labels

_Index = QModelIndex | QPersistentModelIndex
CHOICES_ROLE = Qt.ItemDataRole.UserRole + 1
_DISPLAY = Qt.ItemDataRole.DisplayRole
_EDIT = Qt.ItemDataRole.EditRole
_CHECK = Qt.ItemDataRole.CheckStateRole


def _is_checked(value: Any) -> bool:
    if isinstance(value, Qt.CheckState):
        return value == Qt.CheckState.Checked
    return int(value) == Qt.CheckState.Checked.value


def _check_state(checked: bool) -> Qt.CheckState:
    return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked


def _short_date(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


class CheckListModel(QAbstractListModel):
    """A list of (key, label) items the coach ticks: people present, topics."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[tuple[Hashable, str]] = []
        self._checked: set[Hashable] = set()

    def set_items(self, items: Sequence[tuple[Hashable, str]]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self._checked &= {key for key, _ in self._items}
        self.endResetModel()

    def relabel(self, labels_by_key: dict[Hashable, str]) -> None:
        self._items = [(key, labels_by_key.get(key, label)) for key, label in self._items]
        if self._items:
            self.dataChanged.emit(self.index(0), self.index(len(self._items) - 1), [_DISPLAY])

    def set_checked(self, keys: Sequence[Hashable]) -> None:
        self._checked = set(keys) & {key for key, _ in self._items}
        if self._items:
            self.dataChanged.emit(self.index(0), self.index(len(self._items) - 1), [_CHECK])

    def checked_keys(self) -> tuple[Hashable, ...]:
        """The ticked keys, in list order."""
        return tuple(key for key, _ in self._items if key in self._checked)

    def clear(self) -> None:
        self.beginResetModel()
        self._items = []
        self._checked = set()
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        key, label = self._items[index.row()]
        if role in (_DISPLAY, Qt.ItemDataRole.AccessibleTextRole):
            return label
        if role == _CHECK:
            return _check_state(key in self._checked)
        if role == Qt.ItemDataRole.UserRole:
            return key
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )

    def setData(self, index: _Index, value: Any, role: int = _EDIT) -> bool:
        if role != _CHECK or not index.isValid() or not 0 <= index.row() < len(self._items):
            return False
        key = self._items[index.row()][0]
        if _is_checked(value):
            self._checked.add(key)
        else:
            self._checked.discard(key)
        self.dataChanged.emit(index, index, [_CHECK])
        return True


class FollowUpsModel(QAbstractTableModel):
    """The visit's follow-up actions: text, due date (optional), done."""

    TEXT, DUE, DONE = range(3)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[FollowUpDraft] = []

    def set_rows(self, rows: Sequence[FollowUpDraft]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> tuple[FollowUpDraft, ...]:
        return tuple(self._rows)

    def clear(self) -> None:
        self.set_rows([])

    def add_row(self) -> int:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(FollowUpDraft())
        self.endInsertRows()
        return row

    def remove_row(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != _DISPLAY:
            return None
        titles = [self.tr("Action"), self.tr("Due"), self.tr("Done")]
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        action = self._rows[index.row()]
        column = index.column()
        if column == self.TEXT and role in (_DISPLAY, _EDIT):
            return action.text
        if column == self.DUE:
            if role == _DISPLAY:
                return "" if action.due_date is None else _short_date(action.due_date)
            if role == _EDIT:
                day = action.due_date or date.today()
                return QDate(day.year, day.month, day.day)
        if column == self.DONE and role == _CHECK:
            return _check_state(action.done)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.DONE:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: _Index, value: Any, role: int = _EDIT) -> bool:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return False
        action = self._rows[index.row()]
        column = index.column()
        if column == self.TEXT and role == _EDIT:
            new = dataclasses.replace(action, text=str(value or ""))
        elif column == self.DUE and role == _EDIT:
            new = dataclasses.replace(action, due_date=_to_date(value))
        elif column == self.DONE and role == _CHECK:
            new = dataclasses.replace(action, done=_is_checked(value))
        else:
            return False
        self._rows[index.row()] = new
        self.dataChanged.emit(index, index, [role, _DISPLAY])
        return True


def _to_date(value: Any) -> date | None:
    if isinstance(value, QDate):
        day = value.toPython() if value.isValid() else None
        return day if isinstance(day, date) else None
    if isinstance(value, date):
        return value
    return None


@dataclass(frozen=True, slots=True)
class GoalChoice:
    """One of the family's open goals, as the editor shows it."""

    goal_id: UUID
    title: str = dataclasses.field(repr=False)
    status: GoalStatus
    version: int


class GoalUpdatesModel(QAbstractTableModel):
    """The family's open goals; per goal a new status (or no change) and a progress note."""

    GOAL, STATUS, NEW_STATUS, NOTE = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._goals: list[GoalChoice] = []
        self._updates: list[GoalUpdateDraft] = []

    def set_goals(self, goals: Sequence[GoalChoice]) -> None:
        self.beginResetModel()
        self._goals = list(goals)
        self._updates = [GoalUpdateDraft(goal_id=g.goal_id) for g in self._goals]
        self.endResetModel()

    def goals(self) -> tuple[GoalChoice, ...]:
        return tuple(self._goals)

    def set_updates(self, updates: Sequence[GoalUpdateDraft]) -> None:
        """Apply stored updates to the goals still listed (others are dropped)."""
        by_goal = {u.goal_id: u for u in updates}
        for row, goal in enumerate(self._goals):
            update = by_goal.get(goal.goal_id)
            if update is not None and (
                update.new_status is None or update.new_status in GOAL_TRANSITIONS[goal.status]
            ):
                self._updates[row] = update
        if self._goals:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._goals) - 1, 3))

    def updates(self) -> tuple[GoalUpdateDraft, ...]:
        """The goals with a status change or a note."""
        return tuple(u for u in self._updates if not u.is_empty)

    def clear(self) -> None:
        self.set_goals([])

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._goals)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != _DISPLAY:
            return None
        titles = [self.tr("Goal"), self.tr("Status"), self.tr("New status"), self.tr("Note")]
        return titles[section] if 0 <= section < len(titles) else None

    def choices(self, row: int) -> list[tuple[str, str]]:
        """(status code or "", label) the goal may change to; "" keeps its status."""
        allowed = GOAL_TRANSITIONS[self._goals[row].status]
        return [("", self.tr("No change"))] + [
            (s.value, labels.goal_status(s)) for s in GoalStatus if s in allowed
        ]

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._goals):
            return None
        goal, update = self._goals[index.row()], self._updates[index.row()]
        column = index.column()
        if column == self.GOAL and role == _DISPLAY:
            return goal.title
        if column == self.STATUS and role == _DISPLAY:
            return labels.goal_status(goal.status)
        if column == self.NEW_STATUS:
            if role == _DISPLAY:
                if update.new_status is None:
                    return self.tr("No change")
                return labels.goal_status(update.new_status)
            if role == _EDIT:
                return "" if update.new_status is None else update.new_status.value
            if role == CHOICES_ROLE:
                return self.choices(index.row())
        if column == self.NOTE and role in (_DISPLAY, _EDIT):
            return update.note
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in (self.NEW_STATUS, self.NOTE):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: _Index, value: Any, role: int = _EDIT) -> bool:
        if role != _EDIT or not index.isValid() or not 0 <= index.row() < len(self._goals):
            return False
        row, column = index.row(), index.column()
        update = self._updates[row]
        if column == self.NEW_STATUS:
            code = str(value or "")
            if code and code not in {c for c, _ in self.choices(row)}:
                return False
            new = dataclasses.replace(update, new_status=GoalStatus(code) if code else None)
        elif column == self.NOTE:
            new = dataclasses.replace(update, note=str(value or ""))
        else:
            return False
        self._updates[row] = new
        self.dataChanged.emit(index, index, [_DISPLAY, _EDIT])
        return True
