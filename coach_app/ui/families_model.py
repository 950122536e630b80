"""The Families list's item model: every family prepared once, filtered and sorted in Python.

A ``QSortFilterProxyModel`` over a Python model calls back into Python for every row it
filters and twice for every comparison it sorts: at 10,000 families that is hundreds of
thousands of calls per keystroke or header click (issue 14). This model needs none of them:

- ``set_families`` prepares, once per family, the text the in-memory search compares and the
  sort key of each column (plain Python values: names and places as their place in the
  language's order from ``NameCollator.places``, numbers, timestamps). Display texts are made
  the first time a row is painted and kept.
- ``sort`` orders the shown rows with ``sorted`` and a C-level key (``list.__getitem__`` of
  the column's keys), so no comparison calls Python; the view's selection and current row
  follow their families (persistent indexes are moved).
- The search (``set_search``, ``set_full_text_ids``) and the status filter (``set_status``)
  choose the shown families in one pass over the prepared texts and reset the model; the view
  then asks only for the rows it paints. Ties in any column keep the name order.

Names sort as ``coach_app.ui.collation`` says (the language's collation, tussenvoegsels and a
leading "Familie" ignored); a place sorts by its name, then the family's. Rows are immutable
``FamilySummary`` values; ``clear`` drops them all (lock).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any
from uuid import UUID

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from coach_app.domain.entities import FamilySummary
from coach_app.domain.enums import ProgrammeStatus
from coach_app.domain.search import fold_for_search, search_words
from coach_app.ui import labels
from coach_app.ui.badges import BADGE_ROLE, Badge, programme_status_tone
from coach_app.ui.collation import NameCollator

__all__ = ["FamiliesModel", "searchable"]

_Index = QModelIndex | QPersistentModelIndex
_DISPLAY = Qt.ItemDataRole.DisplayRole
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_NO_VISIT = float("-inf")
_DISPLAY_ROLE = int(Qt.ItemDataRole.DisplayRole)
_ALIGNMENT_ROLE = int(Qt.ItemDataRole.TextAlignmentRole)
_ROLES = frozenset((_DISPLAY_ROLE, _ALIGNMENT_ROLE, int(BADGE_ROLE)))
_NUMBER_COLUMNS = frozenset((3, 4, 5))  # people, visits, open goals

# Combining marks (accents) of the scripts coaches' families write their names in, removed
# after NFKD decomposition. Marks of other blocks stay: such a name is then matched as typed.
_MARKS = re.compile(
    "["
    + "".join(
        re.escape(chr(code))
        for start, end in ((0x0300, 0x2000), (0x20D0, 0x2100), (0xFE20, 0xFE30))
        for code in range(start, end)
        if unicodedata.combining(chr(code))
    )
    + "]"
)


def searchable(text: str) -> str:
    """Text as the in-memory search compares it: case folded, accents and the dotless ı gone
    ("Şükrü Yılmaz" -> "sukru yilmaz"), as the full-text index does."""
    folded = fold_for_search(text).casefold()
    if folded.isascii():
        return folded
    return _MARKS.sub("", unicodedata.normalize("NFKD", folded))


class FamiliesModel(QAbstractTableModel):
    """The families, filtered and sorted; see the module's docstring."""

    NAME, MUNICIPALITY, STATUS, PEOPLE, VISITS, OPEN_GOALS, LAST_VISIT = range(7)
    COLUMNS = 7

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Every family, in name order; index i of each list describes the same family.
        self._families: list[FamilySummary] = []
        self._haystacks: list[str] = []
        self._statuses: list[str] = []
        self._row_of_id: dict[UUID, int] | None = {}  # made when first needed
        self._keys: dict[int, list[Any]] = {}  # column -> sort key per family (made on demand)
        self._cells: list[tuple[Any, ...] | None] = []  # display values, made when first shown
        # What is shown: indexes into the lists above, filtered and in the view's order.
        self._shown: list[int] = []
        self._words: list[str] = []
        self._status: str | None = None
        self._found: frozenset[UUID] = frozenset()
        self._sort_column = self.NAME
        self._descending = False
        self._collator = NameCollator()
        self._badges: dict[str, Badge] = {}
        self._titles: tuple[str, ...] | None = None

    # -- rows -------------------------------------------------------------------------------
    def set_families(self, rows: Sequence[FamilySummary]) -> None:
        """Show ``rows`` (search, status filter and sort order stay as they are)."""
        places = self._collator.places([f.display_name for f in rows])
        order = sorted(range(len(rows)), key=places.__getitem__)
        self.beginResetModel()
        self._families = [rows[i] for i in order]
        self._haystacks = [
            searchable(f"{f.display_name}\n{f.municipality_name}") for f in self._families
        ]
        self._statuses = [f.status.value for f in self._families]
        self._row_of_id = None  # (hashing 10,000 UUIDs is not needed to show the list)
        self._keys = {}  # the name order is the lists' own order
        self._cells = [None] * len(order)
        self._shown = self._choose()
        self.endResetModel()

    def clear(self) -> None:
        """Drop every family and the search's results (nothing personal stays in memory)."""
        self.beginResetModel()
        self._families, self._haystacks, self._statuses, self._cells = [], [], [], []
        self._row_of_id, self._keys, self._shown = {}, {}, []
        self._words, self._status, self._found = [], None, frozenset()
        self.endResetModel()

    def family_at(self, row: int) -> FamilySummary:
        """The family on the view's ``row`` (as filtered and sorted)."""
        return self._families[self._shown[row]]

    def row_of(self, family_id: UUID) -> int | None:
        """The view's row of a family, or None when it is not shown."""
        index = self._rows_of_ids().get(family_id)
        if index is None:
            return None
        try:
            return self._shown.index(index)
        except ValueError:
            return None

    def _rows_of_ids(self) -> dict[UUID, int]:
        if self._row_of_id is None:
            self._row_of_id = {f.id: i for i, f in enumerate(self._families)}
        return self._row_of_id

    def total_count(self) -> int:
        """All families, shown or not."""
        return len(self._families)

    def retranslate(self) -> None:
        """Labels and dates in the new language (and the status column's order with them)."""
        self._cells = [None] * len(self._families)
        self._badges = {}
        self._titles = None
        self._keys.pop(self.STATUS, None)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMNS - 1)
        if self._shown:
            if self._sort_column == self.STATUS:
                self._reorder()
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._shown) - 1, self.COLUMNS - 1)
            )

    def set_collator(self, collator: NameCollator) -> None:
        """Sort names and places by ``collator`` (the app's language)."""
        self._collator = collator
        if self._families:
            self.set_families(list(self._families))

    # -- search and filter ------------------------------------------------------------------
    @property
    def full_text_ids(self) -> frozenset[UUID]:
        """The families the full-text index found for the current search."""
        return self._found

    def set_search(self, text: str, full_text_ids: frozenset[UUID] = frozenset()) -> None:
        """The words to look for in names and municipalities, and the families the index found
        (if known): a family is shown when every word is in its name or municipality, or when
        the index found it."""
        self._words = [searchable(word) for word in search_words(text)]
        self._found = full_text_ids
        self._refilter()

    def set_full_text_ids(self, ids: frozenset[UUID]) -> None:
        self._found = ids
        self._refilter()

    def set_status(self, status: str | None) -> None:
        """Show only families with this programme status (a ``ProgrammeStatus`` value)."""
        self._status = ProgrammeStatus(status).value if status else None
        self._refilter()

    def _refilter(self) -> None:
        shown = self._choose()
        if shown != self._shown:
            self.beginResetModel()
            self._shown = shown
            self.endResetModel()

    def _choose(self) -> list[int]:
        """The shown families' indexes, in the sort order: one pass over prepared texts."""
        chosen: Iterable[int] = range(len(self._families))
        if self._status is not None:
            statuses, status = self._statuses, self._status
            chosen = [i for i in chosen if statuses[i] == status]
        if self._words:
            haystacks = self._haystacks
            matching = list(chosen)
            allowed = set(matching)
            for word in self._words:
                matching = [i for i in matching if word in haystacks[i]]
            row_of_id = self._rows_of_ids()
            found = {row_of_id[f] for f in self._found if f in row_of_id}
            chosen = sorted((set(matching) | found) & allowed)
        return self._ordered(list(chosen))

    # -- sorting ----------------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by ``column`` (the view calls this on a header click); -1 keeps name order."""
        self._sort_column = column if 0 <= column < self.COLUMNS else self.NAME
        self._descending = order == Qt.SortOrder.DescendingOrder and column >= 0
        self._reorder()

    def _reorder(self) -> None:
        self.layoutAboutToBeChanged.emit()
        before = self._shown
        self._shown = self._ordered(sorted(before))
        persistent = self.persistentIndexList()
        if persistent:
            row_now = {family: row for row, family in enumerate(self._shown)}
            self.changePersistentIndexList(
                persistent,
                [self.index(row_now[before[p.row()]], p.column()) for p in persistent],
            )
        self.layoutChanged.emit()

    def _ordered(self, indexes: list[int]) -> list[int]:
        """``indexes`` (in name order) sorted by the current column; ties keep name order."""
        if self._sort_column == self.NAME:
            return indexes[::-1] if self._descending else indexes
        keys = self._sort_keys(self._sort_column)
        return sorted(indexes, key=keys.__getitem__, reverse=self._descending)

    def _sort_keys(self, column: int) -> list[Any]:
        keys = self._keys.get(column)
        if keys is None:
            keys = self._keys[column] = self._make_keys(column)
        return keys

    def _make_keys(self, column: int) -> list[Any]:
        families = self._families
        if column == self.MUNICIPALITY:
            places = sorted({f.municipality_name for f in families})
            by_place = dict(zip(places, self._collator.places(places), strict=True))
            return [by_place[f.municipality_name] for f in families]
        if column == self.STATUS:
            texts = [labels.programme_status(s) for s in ProgrammeStatus]
            ranks = self._collator.places(texts)
            by_status = {s.value: r for s, r in zip(ProgrammeStatus, ranks, strict=True)}
            return [by_status[s] for s in self._statuses]
        if column == self.PEOPLE:
            return [f.people_count for f in families]
        if column == self.VISITS:
            return [f.visit_count for f in families]
        if column == self.OPEN_GOALS:
            return [f.open_goal_count for f in families]
        if column == self.LAST_VISIT:
            return [
                _NO_VISIT if f.last_visit_at is None else f.last_visit_at.timestamp()
                for f in families
            ]
        return list(range(len(families)))  # NAME: the lists are kept in name order

    # -- Qt ---------------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if role != _DISPLAY or orientation != Qt.Orientation.Horizontal:
            return None
        titles = self._titles
        if titles is None:  # made once per language (the view asks on every paint)
            titles = self._titles = (
                self.tr("Family"),
                self.tr("Municipality"),
                self.tr("Status"),
                self.tr("People"),
                self.tr("Visits"),
                self.tr("Open goals"),
                self.tr("Last visit"),
            )
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        # The view asks for a dozen roles per cell on every paint: the roles this model does not
        # give are answered before the index is looked at (Python calls cost, issue 14).
        if role not in _ROLES:
            return None
        row, column = index.row(), index.column()
        if not 0 <= row < len(self._shown) or not 0 <= column < self.COLUMNS:
            return None
        family = self._shown[row]
        if role == _DISPLAY_ROLE:
            cells = self._cells[family] or self._prepare(family)
            return cells[column]
        if role == _ALIGNMENT_ROLE:
            return _RIGHT if column in _NUMBER_COLUMNS else None
        if column == self.STATUS:  # BADGE_ROLE
            status = self._statuses[family]
            return self._badges.get(status) or self._badge(status)
        return None

    def _badge(self, status: str) -> Badge:
        code = ProgrammeStatus(status)
        badge = self._badges[status] = Badge(
            labels.programme_status(code), programme_status_tone(code)
        )
        return badge

    def _prepare(self, family: int) -> tuple[Any, ...]:
        summary = self._families[family]
        cells = (
            summary.display_name,
            summary.municipality_name,
            labels.programme_status(summary.status),
            summary.people_count,
            summary.visit_count,
            summary.open_goal_count,
            _short_date(summary.last_visit_at),
        )
        self._cells[family] = cells
        return cells


def _short_date(moment: datetime | None) -> str:
    if moment is None:
        return "—"
    day = moment.date()
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)
