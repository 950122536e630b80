"""The family's history as a timeline: every dated event, newest first. Programme statuses,
each goal's status changes and the adults' Dutch levels (CEFR), each on the day it happened
(which may be long before it was typed).

A wrong entry is corrected or deleted here: "Change date…" (for a Dutch level also the level;
Enter, F2 or a double click) opens `HistoryEntryDialog`; "Delete…" (the Delete key) asks first,
naming the entry, with Cancel as the default. Both are in the list's context menu too. An entry
the use cases would refuse to delete (the family's only status, the status a goal was opened
with, a status whose removal leaves the goal's statuses out of order) has Delete disabled, and
the reason is said under the list and in the buttons' tooltips."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import Any
from uuid import UUID

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QMessageBox, QVBoxLayout, QWidget

from coach_app.domain.enums import CefrLevel, GoalStatus, ProgrammeStatus
from coach_app.domain.family_view import FamilyDossier
from coach_app.ui import labels
from coach_app.ui.dialogs import ask_later
from coach_app.ui.family.editor_dialog import alive
from coach_app.ui.family.history_dialog import (
    delete_question,
    delete_work,
    kept_reason,
    open_history_dialog,
)
from coach_app.ui.family.history_entries import TimelineEvent, timeline
from coach_app.ui.family.models import RowsModel, format_date
from coach_app.ui.family.tab import FamilyTab, FamilyTabHost, button, selected_row, set_text, table
from coach_app.ui.widgets import set_role

__all__ = ["TimelineEvent", "TimelineModel", "TimelineTab", "timeline"]


class TimelineModel(RowsModel):
    DATE, WHAT, WHO, STATUS = range(4)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._names: Mapping[UUID, str] = MappingProxyType({})

    def headers(self) -> list[str]:
        return [self.tr("Date"), self.tr("What"), self.tr("Who"), self.tr("Status or level")]

    def set_events(self, events: Sequence[TimelineEvent], names: Mapping[UUID, str]) -> None:
        self._names = MappingProxyType(dict(names))
        self.set_rows(events)

    def clear(self) -> None:
        self._names = MappingProxyType({})
        super().clear()

    def cell(self, row: TimelineEvent, column: int) -> Any:
        if column == self.DATE:
            return format_date(row.on)
        if column == self.WHAT:
            if row.kind == "programme":
                return self.tr("Programme status")
            if row.kind == "goal":
                return self.tr("Goal: %1").replace("%1", row.title)
            return self.tr("Dutch level (CEFR)")
        if column == self.WHO:
            if row.person is None:
                return self.tr("Whole family")
            return self._names.get(row.person, "—")
        if column == self.STATUS:
            if row.kind == "programme":
                return labels.programme_status(ProgrammeStatus(row.value))
            if row.kind == "goal":
                return labels.goal_status(GoalStatus(row.value))
            return labels.cefr_level(CefrLevel(row.value))
        return None

    def sort_key(self, row: TimelineEvent, column: int) -> Any:
        if column == self.DATE:
            return (row.on.isoformat(), row.recorded_at.isoformat())
        return super().sort_key(row, column)


class TimelineTab(FamilyTab):
    def __init__(self, host: FamilyTabHost, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        self._selected: UUID | None = None  # the entry to select again after a reload
        self._question: QMessageBox | None = None
        self.events = TimelineModel(self)
        self.events_view = table("family.timeline", self.events, TimelineModel.WHAT)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.change_button = button("history.change")
        self.delete_button = button("history.delete")
        self.kept_note = QLabel()
        self.kept_note.setObjectName("history.kept_note")
        self.kept_note.setWordWrap(True)
        set_role(self.kept_note, "hint")
        self.kept_note.setVisible(False)
        self.change_action = QAction(self)
        self.change_action.setObjectName("history.change_action")
        self.change_action.setShortcuts(
            [QKeySequence(key) for key in (Qt.Key.Key_F2, Qt.Key.Key_Return, Qt.Key.Key_Enter)]
        )
        self.delete_action = QAction(self)
        self.delete_action.setObjectName("history.delete_action")
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        for action in (self.change_action, self.delete_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.events_view.addAction(action)
        self.events_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

        buttons = QVBoxLayout()
        buttons.addWidget(self.change_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.events_view, 1)
        row.addLayout(buttons)
        column = QVBoxLayout(self)
        column.addWidget(self.explanation)
        column.addLayout(row, 1)
        column.addWidget(self.kept_note)

        self.change_button.clicked.connect(self.change_action.trigger)
        self.delete_button.clicked.connect(self.delete_action.trigger)
        self.change_action.triggered.connect(self._change)
        self.delete_action.triggered.connect(self._delete)
        self.events_view.doubleClicked.connect(lambda _index: self._change())
        self.events_view.customContextMenuRequested.connect(self._context_menu)
        self.events_view.selectionModel().selectionChanged.connect(self._selection_changed)
        self._selection_changed()

    def retranslate(self) -> None:
        self.explanation.setText(
            self.tr(
                "What happened and when, newest first: the programme status, every status of "
                "every goal and the Dutch levels, each on the day it happened."
            )
        )
        self.events_view.setAccessibleName(self.tr("History, newest first"))
        self.delete_action.setText(self.tr("Delete…"))
        set_text(self.delete_button, self.tr("Delete…"))
        self._selection_changed()

    def show_dossier(self, dossier: FamilyDossier) -> None:
        self.events.set_events(timeline(dossier), dossier.person_names())
        rows = self.events.rows()
        for index, event in enumerate(rows):
            if event.entry_id == self._selected:
                self.events_view.selectRow(index)
                break
        else:
            self.events_view.clearSelection()
        self._selection_changed()

    def models(self) -> list[RowsModel]:
        return [self.events]

    def clear(self) -> None:
        self._selected = None
        question, self._question = self._question, None
        if question is not None and alive(question):
            question.done(QMessageBox.StandardButton.Cancel.value)
        super().clear()
        self._selection_changed()

    # -- the selected entry ------------------------------------------------------------------
    def current_event(self) -> TimelineEvent | None:
        row = selected_row(self.events_view)
        return self.events.row_at(row) if row is not None else None

    def _selection_changed(self, *_args: object) -> None:
        event = self.current_event()
        if event is not None:
            self._selected = event.entry_id
        dutch = event is not None and event.kind == "dutch"
        change = self.tr("Change date or level…") if dutch else self.tr("Change date…")
        self.change_action.setText(change)
        set_text(self.change_button, change)
        reason = kept_reason(event) if event is not None else ""
        can_delete = event is not None and not reason
        self.change_action.setEnabled(event is not None)
        self.change_button.setEnabled(event is not None)
        self.delete_action.setEnabled(can_delete)
        self.delete_button.setEnabled(can_delete)
        if event is None:
            tip = self.tr("Select an entry of the history first.")
            self.change_button.setToolTip(tip)
            self.delete_button.setToolTip(tip)
        else:
            self.change_button.setToolTip(
                self.tr("Correct the date of the selected entry (Enter or F2).")
                if not dutch
                else self.tr("Correct the date or the level of the selected entry (Enter or F2).")
            )
            self.delete_button.setToolTip(
                reason or self.tr("Delete the selected entry, after a question (Delete key).")
            )
        self.delete_action.setToolTip(self.delete_button.toolTip())
        self.kept_note.setText(reason)
        self.kept_note.setVisible(bool(reason))

    def _context_menu(self, pos: QPoint) -> None:
        index = self.events_view.indexAt(pos)
        if index.isValid():
            self.events_view.selectRow(index.row())
        if self.current_event() is None:
            return
        menu = QMenu(self)
        menu.setObjectName("history.menu")
        menu.setToolTipsVisible(True)
        menu.addAction(self.change_action)
        menu.addAction(self.delete_action)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.events_view.viewport().mapToGlobal(pos))

    # -- correcting and deleting -------------------------------------------------------------
    def _change(self) -> None:
        host, event = self.host, self.current_event()
        if host.family_id is None or host.dossier is None or event is None:
            return
        self.host.keep_dialog(
            open_history_dialog(
                host.context,
                host.family_id,
                event,
                host.dossier.person_names(),
                host.reload,
                self,
            )
        )

    def _delete(self) -> None:
        host, event = self.host, self.current_event()
        if host.family_id is None or host.dossier is None or event is None or event.kept:
            return
        if self._question is not None and alive(self._question):
            return
        family_id, generation = host.family_id, host.generation
        work = delete_work(host.context, family_id, event)

        def answered(delete: bool) -> None:
            self._question = None
            if delete and generation == host.generation and family_id == host.family_id:
                host.run_save(work)

        self._question = ask_later(
            self,
            name="history.delete_question",
            title=self.tr("Delete a history entry"),
            text=delete_question(event, host.dossier.person_names()),
            confirm=self.tr("Delete"),
            keep=self.tr("Cancel"),
            answered=answered,
            destructive=True,
        )
        host.keep_dialog(self._question)
