"""What every tab of a family's page shares: the page it lives on, and small widget helpers.

A tab shows one part of the immutable ``FamilyDossier`` the page loaded. It never loads or
stores data by itself: saves go through ``FamilyTabHost.run_save`` (one at a time, off the GUI
thread, the page reloads after), and dialogs it opens are handed to ``keep_dialog`` so the page
closes them at lock.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any, Protocol
from uuid import UUID

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QWidget,
)

from coach_app.domain.family_view import FamilyDossier
from coach_app.ui.context import UiContext
from coach_app.ui.family.models import RowsModel
from coach_app.ui.widgets import named


class FamilyTabHost(Protocol):
    """The family's page as its tabs see it."""

    context: UiContext
    family_id: UUID | None
    dossier: FamilyDossier | None

    def run_save(
        self, work: Callable[[], Any], done: Callable[[Any], None] | None = None
    ) -> None: ...

    def reload(self, _result: object = None) -> None: ...

    def keep_dialog(self, dialog: QDialog) -> None: ...

    def show_message(self, text: str) -> None: ...

    def clear(self) -> None: ...

    @property
    def generation(self) -> int:
        """Bumped whenever the page is cleared: results of older work are dropped."""
        ...


class FamilyTab(QWidget):
    """One tab of the family's page. ``clear`` must drop every personal value it shows."""

    def __init__(self, host: FamilyTabHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host

    def retranslate(self) -> None:
        raise NotImplementedError

    def show_dossier(self, dossier: FamilyDossier) -> None:
        raise NotImplementedError

    def clear(self) -> None:
        for model in self.models():
            model.clear()

    def models(self) -> list[RowsModel]:
        return []


def table(name: str, model: RowsModel, stretch: int) -> QTableView:
    """A read-only table of ``model``, whole rows selected. Every column is as wide as its
    content (nothing cut short), except ``stretch``, which takes the room that is left."""
    view = named(QTableView(), name, "")
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setTabKeyNavigation(False)
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    view.setWordWrap(False)
    return view


def button(name: str) -> QPushButton:
    return named(QPushButton(), name, "")


def set_text(widget: QPushButton | QLabel | QGroupBox, text: str) -> None:
    """Set the visible text and the same words (without the mnemonic) as accessible name."""
    if isinstance(widget, QGroupBox):
        widget.setTitle(text)
    else:
        widget.setText(text)
    widget.setAccessibleName(text.replace("&", ""))


def selected_row(view: QTableView) -> int | None:
    rows = view.selectionModel().selectedRows()
    return rows[0].row() if rows else None


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())
