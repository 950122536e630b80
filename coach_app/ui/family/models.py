"""Item models of a family's page. Each caches immutable rows (frozen entities) and formats them.

`clear()` on every model drops every row, so nothing personal stays in memory after a lock.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from types import MappingProxyType
from typing import Any
from uuid import UUID

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QWidget

from coach_app.domain.entities import (
    Assessment,
    ConsentEvent,
    Goal,
    Milestone,
    Person,
    ProgressEntry,
    Visit,
)
from coach_app.domain.enums import ConsentKind, Gender, Role
from coach_app.ui import labels

_Index = QModelIndex | QPersistentModelIndex
_DISPLAY = Qt.ItemDataRole.DisplayRole
_EDIT = Qt.ItemDataRole.EditRole
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
NO_VALUE = "—"


# -- labels this page needs besides coach_app.ui.labels ---------------------------------------
def role_label(role: Role) -> str:
    return {
        Role.ADULT: QCoreApplication.translate("FamilyLabels", "Adult"),
        Role.CHILD: QCoreApplication.translate("FamilyLabels", "Child"),
    }[role]


def gender_label(gender: Gender) -> str:
    return {
        Gender.F: QCoreApplication.translate("FamilyLabels", "Female"),
        Gender.M: QCoreApplication.translate("FamilyLabels", "Male"),
        Gender.X: QCoreApplication.translate("FamilyLabels", "Other"),
        Gender.UNKNOWN: QCoreApplication.translate("FamilyLabels", "Not stated"),
    }[gender]


def consent_label(kind: ConsentKind) -> str:
    return {
        ConsentKind.COACHING: QCoreApplication.translate("FamilyLabels", "Coaching"),
        ConsentKind.ANONYMISED_REPORTING: QCoreApplication.translate(
            "FamilyLabels", "Anonymised reporting"
        ),
        ConsentKind.RESEARCH: QCoreApplication.translate("FamilyLabels", "University research"),
    }[kind]


def language_label(code: str) -> str:
    names = {
        "nl": QCoreApplication.translate("FamilyLabels", "Dutch"),
        "tr": QCoreApplication.translate("FamilyLabels", "Turkish"),
        "en": QCoreApplication.translate("FamilyLabels", "English"),
        "ar": QCoreApplication.translate("FamilyLabels", "Arabic"),
        "other": QCoreApplication.translate("FamilyLabels", "Other language"),
    }
    return names.get(code, code)


def languages_text(codes: Sequence[str]) -> str:
    return ", ".join(language_label(code) for code in codes) or NO_VALUE


def format_date(day: date | None) -> str:
    if day is None:
        return NO_VALUE
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def age_on(birth_date: date | None, today: date) -> int | None:
    if birth_date is None:
        return None
    before_birthday = (today.month, today.day) < (birth_date.month, birth_date.day)
    return today.year - birth_date.year - int(before_birthday)


def first_line(text: str, limit: int = 80) -> str:
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line if len(line) <= limit else line[: limit - 1] + "…"


# -- the base ------------------------------------------------------------------------------
class RowsModel(QAbstractTableModel):
    """A read-only table over a tuple of immutable rows. Subclasses name columns and cells.

    Prepared values (issue 14): a row's display values are made once, the first time it is
    painted, and kept until the rows or the language change; a column's sort keys are made
    once per column, and ``sort`` orders Python lists with them (the view never calls back
    into Python per comparison).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[Any, ...] = ()
        self._cells: list[tuple[Any, ...] | None] = []
        self._keys: dict[int, list[Any]] = {}
        self._titles = self.headers()
        self._right = frozenset(self.right_aligned())

    # subclasses
    def headers(self) -> list[str]:
        raise NotImplementedError

    def cell(self, row: Any, column: int) -> Any:
        raise NotImplementedError

    def sort_key(self, row: Any, column: int) -> Any:
        value = self.cell(row, column)
        return value.casefold() if isinstance(value, str) else value

    def right_aligned(self) -> tuple[int, ...]:
        return ()

    # API
    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = tuple(rows)
        self._cells = [None] * len(self._rows)
        self._keys = {}
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows(())

    def rows(self) -> tuple[Any, ...]:
        return self._rows

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def retranslate(self) -> None:
        self._titles = self.headers()
        self._cells = [None] * len(self._rows)
        self._keys = {}
        count = len(self._titles)
        if count:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, count - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, count - 1))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order the rows by ``column`` (stable; rows without a value first)."""
        if not 0 <= column < len(self._titles) or len(self._rows) < 2:
            return
        keys = self._sort_keys(column)
        descending = order == Qt.SortOrder.DescendingOrder
        try:
            order_now = sorted(range(len(keys)), key=keys.__getitem__, reverse=descending)
        except TypeError:  # values of different kinds in one column: compare them as text
            texts = [str(key) for key in keys]
            order_now = sorted(range(len(keys)), key=texts.__getitem__, reverse=descending)
        self.layoutAboutToBeChanged.emit()
        self._rows = tuple(self._rows[i] for i in order_now)
        self._cells = [self._cells[i] for i in order_now]
        self._keys = {c: [k[i] for i in order_now] for c, k in self._keys.items()}
        persistent = self.persistentIndexList()
        if persistent:
            row_now = {before: after for after, before in enumerate(order_now)}
            self.changePersistentIndexList(
                persistent, [self.index(row_now[p.row()], p.column()) for p in persistent]
            )
        self.layoutChanged.emit()

    def _prepared(self, row: int) -> tuple[Any, ...]:
        cells = self._cells[row]
        if cells is None:
            item = self._rows[row]
            cells = self._cells[row] = tuple(
                self.cell(item, column) for column in range(len(self._titles))
            )
        return cells

    def _sort_keys(self, column: int) -> list[Any]:
        keys = self._keys.get(column)
        if keys is None:
            keys = self._keys[column] = [
                (value is None, value)
                for value in (self.sort_key(row, column) for row in self._rows)
            ]
        return keys

    # Qt
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._titles)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != _DISPLAY:
            return None
        return self._titles[section] if 0 <= section < len(self._titles) else None

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        row, column = index.row(), index.column()
        if not 0 <= row < len(self._rows) or not 0 <= column < len(self._titles):
            return None
        if role == _DISPLAY:
            return self._prepared(row)[column]
        if role == _EDIT:
            return self._sort_keys(column)[row][1]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self._right:
            return _RIGHT
        return None


class _NamesMixin:
    """For rows that refer to people: a read-only copy of person id → display name."""

    _names: Mapping[UUID, str] = MappingProxyType({})

    def person_name(self, person_id: UUID | None) -> str:
        if person_id is None:
            return QCoreApplication.translate("FamilyLabels", "Whole family")
        return self._names.get(person_id, NO_VALUE)


# -- the models ----------------------------------------------------------------------------
class PeopleModel(RowsModel):
    NAME, ROLE, AGE, GENDER, LANGUAGES = range(5)

    def __init__(self, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self._today = today

    def headers(self) -> list[str]:
        return [
            self.tr("Name"),
            self.tr("Role"),
            self.tr("Age"),
            self.tr("Gender"),
            self.tr("Languages"),
        ]

    def right_aligned(self) -> tuple[int, ...]:
        return (self.AGE,)

    def cell(self, row: Person, column: int) -> Any:
        if column == self.NAME:
            return row.display_name
        if column == self.ROLE:
            return role_label(row.role)
        if column == self.AGE:
            age = age_on(row.birth_date, self._today or date.today())
            return NO_VALUE if age is None else age
        if column == self.GENDER:
            return gender_label(row.gender)
        if column == self.LANGUAGES:
            return languages_text(row.languages)
        return None

    def sort_key(self, row: Person, column: int) -> Any:
        if column == self.AGE:
            return row.birth_date.isoformat() if row.birth_date else ""
        return super().sort_key(row, column)


class VisitsModel(RowsModel):
    """The visits timeline, newest first."""

    DATE, MODE, DURATION, TOPICS, NOTES, OPEN_FOLLOW_UPS = range(6)

    def headers(self) -> list[str]:
        return [
            self.tr("Date"),
            self.tr("Mode"),
            self.tr("Minutes"),
            self.tr("Topics"),
            self.tr("Notes"),
            self.tr("Open follow-ups"),
        ]

    def right_aligned(self) -> tuple[int, ...]:
        return (self.DURATION, self.OPEN_FOLLOW_UPS)

    def set_rows(self, rows: Sequence[Visit]) -> None:
        super().set_rows(sorted(rows, key=lambda v: v.started_at, reverse=True))

    def cell(self, row: Visit, column: int) -> Any:
        if column == self.DATE:
            return format_date(row.started_at.astimezone().date())
        if column == self.MODE:
            return labels.visit_mode(row.mode)
        if column == self.DURATION:
            return row.duration_minutes
        if column == self.TOPICS:
            return ", ".join(labels.life_domain(t) for t in row.topics) or NO_VALUE
        if column == self.NOTES:
            return first_line(row.notes)
        if column == self.OPEN_FOLLOW_UPS:
            return sum(1 for f in row.follow_ups if not f.done)
        return None

    def sort_key(self, row: Visit, column: int) -> Any:
        if column == self.DATE:
            return row.started_at.isoformat()
        return super().sort_key(row, column)


class GoalsModel(_NamesMixin, RowsModel):
    DOMAIN, PERSON, TITLE, STATUS, TARGET = range(5)

    def headers(self) -> list[str]:
        return [
            self.tr("Life domain"),
            self.tr("Person"),
            self.tr("Goal"),
            self.tr("Status"),
            self.tr("Target date"),
        ]

    def set_goals(self, goals: Sequence[Goal], names: Mapping[UUID, str]) -> None:
        self._names = MappingProxyType(dict(names))
        self.set_rows(goals)

    def clear(self) -> None:
        self._names = MappingProxyType({})
        super().clear()

    def cell(self, row: Goal, column: int) -> Any:
        if column == self.DOMAIN:
            return labels.life_domain(row.domain)
        if column == self.PERSON:
            return self.person_name(row.person_id)
        if column == self.TITLE:
            return row.title
        if column == self.STATUS:
            return labels.goal_status(row.status)
        if column == self.TARGET:
            return format_date(row.target_date)
        return None

    def sort_key(self, row: Goal, column: int) -> Any:
        if column == self.TARGET:
            return row.target_date.isoformat() if row.target_date else ""
        return super().sort_key(row, column)


class ProgressModel(RowsModel):
    """A goal's progress history, oldest first."""

    DATE, CHANGE, NOTE = range(3)

    def headers(self) -> list[str]:
        return [self.tr("Date"), self.tr("Status change"), self.tr("Note")]

    def cell(self, row: ProgressEntry, column: int) -> Any:
        if column == self.DATE:
            return format_date(row.entry_date)
        if column == self.CHANGE:
            if row.from_status is None or row.to_status is None:
                return NO_VALUE
            return f"{labels.goal_status(row.from_status)} → {labels.goal_status(row.to_status)}"
        if column == self.NOTE:
            return row.note
        return None

    def sort_key(self, row: ProgressEntry, column: int) -> Any:
        if column == self.DATE:
            return row.entry_date.isoformat()
        return super().sort_key(row, column)


class MilestonesModel(RowsModel):
    TITLE, TARGET, REACHED = range(3)

    def headers(self) -> list[str]:
        return [self.tr("Milestone"), self.tr("Target date"), self.tr("Reached on")]

    def cell(self, row: Milestone, column: int) -> Any:
        if column == self.TITLE:
            return row.title
        if column == self.TARGET:
            return format_date(row.target_date)
        if column == self.REACHED:
            return format_date(row.reached_on)
        return None

    def sort_key(self, row: Milestone, column: int) -> Any:
        day = {self.TARGET: row.target_date, self.REACHED: row.reached_on}.get(column)
        if column in (self.TARGET, self.REACHED):
            return day.isoformat() if day else ""
        return super().sort_key(row, column)


class AssessmentsModel(_NamesMixin, RowsModel):
    DATE, SUBJECT, DOMAIN, SCORE = range(4)

    def headers(self) -> list[str]:
        return [self.tr("Date"), self.tr("For"), self.tr("Life domain"), self.tr("Score")]

    def right_aligned(self) -> tuple[int, ...]:
        return (self.SCORE,)

    def set_assessments(self, rows: Sequence[Assessment], names: Mapping[UUID, str]) -> None:
        self._names = MappingProxyType(dict(names))
        self.set_rows(sorted(rows, key=lambda a: (a.assessed_on, a.created_at), reverse=True))

    def clear(self) -> None:
        self._names = MappingProxyType({})
        super().clear()

    def cell(self, row: Assessment, column: int) -> Any:
        if column == self.DATE:
            return format_date(row.assessed_on)
        if column == self.SUBJECT:
            return self.person_name(row.person_id)
        if column == self.DOMAIN:
            return labels.life_domain(row.domain)
        if column == self.SCORE:
            return row.score
        return None

    def sort_key(self, row: Assessment, column: int) -> Any:
        if column == self.DATE:
            return row.assessed_on.isoformat()
        return super().sort_key(row, column)


class ConsentStateModel(RowsModel):
    """One row per kind of consent: the latest event of that kind (or none yet)."""

    KIND, STATE, DATE, RECORDED_BY = range(4)

    def headers(self) -> list[str]:
        return [self.tr("Consent"), self.tr("State"), self.tr("Date"), self.tr("Recorded by")]

    def set_history(self, events: Sequence[ConsentEvent]) -> None:
        latest: dict[ConsentKind, ConsentEvent] = {}
        for event in events:
            latest[event.kind] = event
        self.set_rows([(kind, latest.get(kind)) for kind in ConsentKind])

    def kind_at(self, row: int) -> ConsentKind:
        kind: ConsentKind = self._rows[row][0]
        return kind

    def cell(self, row: tuple[ConsentKind, ConsentEvent | None], column: int) -> Any:
        kind, event = row
        if column == self.KIND:
            return consent_label(kind)
        if column == self.STATE:
            if event is None:
                return self.tr("Not asked yet")
            return self.tr("Given") if event.given else self.tr("Withdrawn by the family")
        if event is None:
            return NO_VALUE
        if column == self.DATE:
            return format_date(event.event_date)
        if column == self.RECORDED_BY:
            return event.recorded_by
        return None


class ConsentHistoryModel(RowsModel):
    """Every consent event, newest first. Nothing here is ever deleted (except by erasure)."""

    DATE, KIND, EVENT, RECORDED_BY, REMARK = range(5)

    def headers(self) -> list[str]:
        return [
            self.tr("Date"),
            self.tr("Consent"),
            self.tr("Event"),
            self.tr("Recorded by"),
            self.tr("Remark"),
        ]

    def set_rows(self, rows: Sequence[ConsentEvent]) -> None:
        super().set_rows(sorted(rows, key=lambda e: (e.event_date, e.created_at), reverse=True))

    def cell(self, row: ConsentEvent, column: int) -> Any:
        if column == self.DATE:
            return format_date(row.event_date)
        if column == self.KIND:
            return consent_label(row.kind)
        if column == self.EVENT:
            return self.tr("Given") if row.given else self.tr("Withdrawn by the family")
        if column == self.RECORDED_BY:
            return row.recorded_by
        if column == self.REMARK:
            return row.remark
        return None

    def sort_key(self, row: ConsentEvent, column: int) -> Any:
        if column == self.DATE:
            return row.event_date.isoformat()
        return super().sort_key(row, column)
