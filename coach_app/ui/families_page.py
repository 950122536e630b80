"""The Families screen: a searchable, sortable list of the coach's families (model/view).

The list's model (``families_model.FamiliesModel``) filters and sorts prepared Python lists, so
typing and sorting stay fast at 10,000 families. Search works in two steps. Every keystroke
filters the rows in memory on the family's name and municipality (accents and case ignored).
After a short pause (``SEARCH_DELAY_MS``) the full-text index is asked, on a pool thread, which
families have a person's name or a visit note matching every word; the list then shows the
union of both. A result that arrives after the text changed again is dropped. The selected
family stays selected while the rows change.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer
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
from coach_app.domain.search import search_words
from coach_app.ui import labels
from coach_app.ui.badges import BadgeDelegate
from coach_app.ui.collation import NameCollator
from coach_app.ui.context import UiContext
from coach_app.ui.families_model import FamiliesModel
from coach_app.ui.family.family_dialog import open_new_family_dialog
from coach_app.ui.widgets import named, set_role

log = logging.getLogger(__name__)

SEARCH_DELAY_MS = 150


class FamiliesPage(QWidget):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model = FamiliesModel(self)
        self.search = named(QLineEdit(), "families.search", "")
        self.search.setClearButtonEnabled(True)
        self.status_filter = named(QComboBox(), "families.status_filter", "")
        self.count = QLabel()
        self.count.setObjectName("families.count")
        self.new_family = named(QPushButton(), "families.new", "")
        self.view = named(QTableView(), "families.list", "")
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(FamiliesModel.NAME, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Widths from the rows on screen only: Qt's default measures the first 1,000 rows of
        # every column (tens of thousands of data() calls) after each keystroke's reset.
        header.setResizeContentsPrecision(0)
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
        self._full_text_query = ""  # the text the model's full-text ids answer
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
        self.model.set_collator(NameCollator())
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
        self.model.retranslate()
        self._update_count()

    def show_families(self, rows: Sequence[FamilySummary]) -> None:
        with self._selection_kept():
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
        self.model.clear()

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.context.events.family_opened.emit(self.model.family_at(index.row()).id)

    @contextmanager
    def _selection_kept(self) -> Iterator[None]:
        """The selected family stays selected (and in sight) when the rows are replaced."""
        current = self.view.currentIndex()
        chosen = self.model.family_at(current.row()).id if current.isValid() else None
        yield
        row = self.model.row_of(chosen) if chosen is not None else None
        if row is not None:
            index = self.model.index(row, max(0, current.column()))
            self.view.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.view.scrollTo(index)

    def _search_changed(self, text: str) -> None:
        # Typing more only narrows the index's answer, so the last one stays valid as a
        # superset until the new one arrives; any other change drops it.
        refines = bool(self._full_text_query) and text.startswith(self._full_text_query)
        if not refines:
            self._full_text_query = ""
        with self._selection_kept():
            self.model.set_search(text, self.model.full_text_ids if refines else frozenset())
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
                with self._selection_kept():
                    self.model.set_full_text_ids(frozenset(ids))
                self._update_count()

        def failed(exc: BaseException) -> None:
            log.info("full-text search failed: %s", type(exc).__name__)

        self.context.operations.run(lambda: workspace.search_family_ids(text), found, failed)

    def _status_changed(self) -> None:
        data = self.status_filter.currentData()
        with self._selection_kept():
            self.model.set_status(str(data) if data else None)
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total_count()
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
