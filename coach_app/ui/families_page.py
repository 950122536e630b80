"""The Families screen: a searchable, sortable list of the coach's families (model/view).

Search works in two steps. Every keystroke filters the rows in memory on the family's name and
municipality (accents and case ignored). After a short pause (``SEARCH_DELAY_MS``) the
full-text index is asked, on a pool thread, which families have a person's name or a visit
note matching every word; the list then shows the union of both. A result that arrives after
the text changed again is dropped.
"""

from __future__ import annotations

import logging
import unicodedata
from collections.abc import Sequence
from typing import Any
from uuid import UUID

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coach_app.domain.entities import FamilySummary
from coach_app.domain.enums import ProgrammeStatus
from coach_app.domain.search import fold_for_search, search_words
from coach_app.ui import labels
from coach_app.ui.badges import BADGE_ROLE, Badge, BadgeDelegate, programme_status_tone
from coach_app.ui.collation import NameCollator
from coach_app.ui.context import UiContext
from coach_app.ui.family.family_dialog import open_new_family_dialog
from coach_app.ui.widgets import named, set_role

log = logging.getLogger(__name__)

_Index = QModelIndex | QPersistentModelIndex
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCH_DELAY_MS = 150


def searchable(text: str) -> str:
    """Text as the in-memory search compares it: case folded, accents and the dotless ı gone
    ("Şükrü Yılmaz" -> "sukru yilmaz"), as the full-text index does."""
    decomposed = unicodedata.normalize("NFKD", fold_for_search(text).casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


class FamiliesModel(QAbstractTableModel):
    """Rows are immutable ``FamilySummary`` values; the model caches them."""

    NAME, MUNICIPALITY, STATUS, PEOPLE, VISITS, OPEN_GOALS, LAST_VISIT = range(7)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[FamilySummary] = []
        self._haystacks: list[str] = []

    def set_families(self, rows: Sequence[FamilySummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._haystacks = [
            searchable(f"{family.display_name}\n{family.municipality_name}") for family in rows
        ]
        self.endResetModel()

    def haystack(self, row: int) -> str:
        """The row's name and municipality as the in-memory search compares them."""
        return self._haystacks[row]

    def clear(self) -> None:
        self.set_families([])

    def family_at(self, row: int) -> FamilySummary:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = [
            self.tr("Family"),
            self.tr("Municipality"),
            self.tr("Status"),
            self.tr("People"),
            self.tr("Visits"),
            self.tr("Open goals"),
            self.tr("Last visit"),
        ]
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        family = self._rows[index.row()]
        column = index.column()
        if role == SEARCH_ROLE:
            return self._haystacks[index.row()]
        if role == STATUS_ROLE:
            return family.status.value
        if role == BADGE_ROLE and column == self.STATUS:
            return Badge(
                labels.programme_status(family.status), programme_status_tone(family.status)
            )
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(family, column)
        if role == Qt.ItemDataRole.EditRole:
            return self._sort_key(family, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            self.PEOPLE,
            self.VISITS,
            self.OPEN_GOALS,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, family: FamilySummary, column: int) -> Any:
        if column == self.NAME:
            return family.display_name
        if column == self.MUNICIPALITY:
            return family.municipality_name
        if column == self.STATUS:
            return labels.programme_status(family.status)
        if column == self.PEOPLE:
            return family.people_count
        if column == self.VISITS:
            return family.visit_count
        if column == self.OPEN_GOALS:
            return family.open_goal_count
        if column == self.LAST_VISIT:
            if family.last_visit_at is None:
                return "—"
            day = family.last_visit_at.date()
            return QLocale().toString(
                QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat
            )
        return None

    def _sort_key(self, family: FamilySummary, column: int) -> Any:
        if column == self.LAST_VISIT:
            return family.last_visit_at.isoformat() if family.last_visit_at else ""
        if column == self.NAME:
            return family.display_name.casefold()
        value = self._display(family, column)
        return value.casefold() if isinstance(value, str) else value


class FamiliesFilter(QSortFilterProxyModel):
    """Filters on programme status and on the search: a row is shown when every search word is
    in its name or municipality, or when the full-text index found the family."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._status: str | None = None
        self._found: frozenset[UUID] = frozenset()
        self._collator = NameCollator()
        self.setSortRole(Qt.ItemDataRole.EditRole)

    def set_collator(self, collator: NameCollator) -> None:
        """Sort names by ``collator`` (the app's language; see ``coach_app.ui.collation``)."""
        self._collator = collator
        self.invalidate()

    def lessThan(self, source_left: _Index, source_right: _Index) -> bool:
        model = self.sourceModel()
        column = source_left.column()
        if isinstance(model, FamiliesModel) and column in (model.NAME, model.MUNICIPALITY):
            left, right = model.family_at(source_left.row()), model.family_at(source_right.row())
            if column == model.NAME:
                return self._collator.less(left.display_name, right.display_name)
            order = self._collator.compare(left.municipality_name, right.municipality_name)
            if order != 0:
                return order < 0
            return self._collator.less(left.display_name, right.display_name)
        return super().lessThan(source_left, source_right)

    @property
    def full_text_ids(self) -> frozenset[UUID]:
        return self._found

    def set_search(self, text: str, full_text_ids: frozenset[UUID] = frozenset()) -> None:
        """The words to look for in memory, and the families the index found (if known)."""
        self.beginFilterChange()
        self._words = [searchable(word) for word in search_words(text)]
        self._found = full_text_ids
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_full_text_ids(self, ids: frozenset[UUID]) -> None:
        self.beginFilterChange()
        self._found = ids
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_status(self, status: str | None) -> None:
        self.beginFilterChange()
        self._status = status
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        model = self.sourceModel()
        if isinstance(model, FamiliesModel):  # the fast path: no QVariant round trips
            family = model.family_at(source_row)
            if self._status is not None and family.status.value != self._status:
                return False
            if not self._words:
                return True
            haystack = model.haystack(source_row)
            return all(word in haystack for word in self._words) or family.id in self._found
        index = model.index(source_row, 0, source_parent)
        if self._status is not None and model.data(index, STATUS_ROLE) != self._status:
            return False
        haystack = str(model.data(index, SEARCH_ROLE) or "")
        return all(word in haystack for word in self._words)


class FamiliesPage(QWidget):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model = FamiliesModel(self)
        self.proxy = FamiliesFilter(self)
        self.proxy.setSourceModel(self.model)
        self.search = named(QLineEdit(), "families.search", "")
        self.search.setClearButtonEnabled(True)
        self.status_filter = named(QComboBox(), "families.status_filter", "")
        self.count = QLabel()
        self.count.setObjectName("families.count")
        self.new_family = named(QPushButton(), "families.new", "")
        self.view = named(QTableView(), "families.list", "")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(FamiliesModel.NAME, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(FamiliesModel.NAME, QHeaderView.ResizeMode.Stretch)
        self.view.setItemDelegateForColumn(FamiliesModel.STATUS, BadgeDelegate(self.view))
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.empty = QLabel()
        self.empty.setObjectName("families.empty")
        self.empty.setWordWrap(True)
        set_role(self.empty, "hint")
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._search_full_text)
        self._full_text_query = ""  # the text the proxy's full-text ids answer
        self._title = QLabel()
        set_role(self._title, "page-title")

        bar = QHBoxLayout()
        bar.addWidget(self.search, 3)
        bar.addWidget(self.status_filter, 1)
        bar.addWidget(self.count)
        bar.addWidget(self.new_family)
        box = QVBoxLayout(self)
        box.addWidget(self._title)
        box.addLayout(bar)
        box.addWidget(self.empty)
        box.addWidget(self.view, 1)

        self.search.textChanged.connect(self._search_changed)
        self.status_filter.currentIndexChanged.connect(self._status_changed)
        self.model.modelReset.connect(self._update_count)
        self.view.activated.connect(self._open)
        self.new_family.clicked.connect(lambda: open_new_family_dialog(self.context, self.window()))
        self.retranslate()

    def retranslate(self) -> None:
        self.proxy.set_collator(NameCollator())
        self._title.setText(self.tr("Families"))
        self.search.setPlaceholderText(self.tr("Search names, places and visit notes"))
        self.search.setAccessibleName(self.tr("Search families"))
        self.status_filter.setAccessibleName(self.tr("Filter by programme status"))
        self.view.setAccessibleName(self.tr("Families"))
        self.new_family.setText(self.tr("New family"))
        self.new_family.setAccessibleName(self.tr("New family"))
        self.new_family.setToolTip(self.tr("Add a family (Ctrl+N)"))
        current = self.status_filter.currentData()
        self.status_filter.blockSignals(True)
        self.status_filter.clear()
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status in ProgrammeStatus:
            self.status_filter.addItem(labels.programme_status(status), status.value)
        self.status_filter.setCurrentIndex(max(0, self.status_filter.findData(current)))
        self.status_filter.blockSignals(False)
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 6)
        self._update_count()

    def show_families(self, rows: Sequence[FamilySummary]) -> None:
        self.model.set_families(rows)
        if search_words(self.search.text()):
            self._full_text_query = ""  # notes may have changed: ask the index again
            self._search_timer.start()

    def refresh(self) -> None:
        if self.context.workspace.is_unlocked:
            self.show_families(self.context.workspace.service.list_families())

    def clear(self) -> None:
        self._search_timer.stop()
        self._full_text_query = ""
        self.search.clear()
        self.proxy.set_search("")
        self.model.clear()

    def _open(self, index: QModelIndex) -> None:
        source = self.proxy.mapToSource(index)
        if source.isValid():
            self.context.events.family_opened.emit(self.model.family_at(source.row()).id)

    def _search_changed(self, text: str) -> None:
        # Typing more only narrows the index's answer, so the last one stays valid as a
        # superset until the new one arrives; any other change drops it.
        refines = bool(self._full_text_query) and text.startswith(self._full_text_query)
        if not refines:
            self._full_text_query = ""
        self.proxy.set_search(text, self.proxy.full_text_ids if refines else frozenset())
        self._update_count()
        if search_words(text):
            self._search_timer.start()
        else:
            self._search_timer.stop()

    def _search_full_text(self) -> None:
        text = self.search.text()
        workspace = self.context.workspace
        if not search_words(text) or not workspace.is_unlocked:
            return

        def found(ids: Any) -> None:
            if self.search.text() == text and workspace.is_unlocked:
                self._full_text_query = text
                self.proxy.set_full_text_ids(frozenset(ids))
                self._update_count()

        def failed(exc: BaseException) -> None:
            log.info("full-text search failed: %s", type(exc).__name__)

        self.context.operations.run(lambda: workspace.search_family_ids(text), found, failed)

    def _status_changed(self) -> None:
        data = self.status_filter.currentData()
        self.proxy.set_status(str(data) if data else None)
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if total == 0:
            self.empty.setText(
                self.tr(
                    "No families yet. Choose New family (Ctrl+N) to add the first family you "
                    "coach; its page then takes people, visits, goals and consent."
                )
            )
        elif shown == 0:
            self.empty.setText(
                self.tr(
                    "No family matches the search or the status filter. Check the spelling, "
                    "or clear the search and choose All statuses."
                )
            )
        self.empty.setVisible(shown == 0)
        if shown == total:
            self.count.setText(self.tr("%n families", "", total))
        else:
            self.count.setText(
                self.tr("%1 of %2 families").replace("%1", str(shown)).replace("%2", str(total))
            )
