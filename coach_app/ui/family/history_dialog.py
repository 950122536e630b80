"""Correcting an entry of the family's history: the date of a programme status or of a goal's
status change, or the date and level of an adult's Dutch level.

The dialog is an `EditorDialog`: saved in the background, a refused date said in words under
the field with what was typed kept, a draft kept at a lock (and the dialog back after the
unlock, see `coach_app.ui.form_editors`). The use cases check every rule
(`CoachingService.edit_family_status_change`, `edit_goal_status_change`,
`update_language_level`); the outbox resends the changed records as they do.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from typing import Any
from uuid import UUID

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from coach_app.domain.enums import CefrLevel, GoalStatus, ProgrammeStatus
from coach_app.domain.errors import InvalidGoalTransitionError
from coach_app.ui import labels
from coach_app.ui.context import UiContext
from coach_app.ui.family.editor_dialog import EditorDialog, close_on_lock
from coach_app.ui.family.event_date import EventDate
from coach_app.ui.family.history_entries import TimelineEvent
from coach_app.ui.widgets import named

#: The draft kind of this dialog (``FormDraft.kind``); the subject is the history entry.
DRAFT_KIND = "history"
#: The fields a refused date may be reported on, all shown under the one date field.
DATE_FIELDS = ("status_on", "opened_on", "assessed_on")


def long_date(day: Any) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


def describe(event: TimelineEvent, names: Mapping[UUID, str]) -> str:
    """The entry in words: "Programme status “Active”", "Goal “Dutch course”: “Started”",
    "Dutch level of Amina: “A2”"."""
    if event.kind == "programme":
        status = labels.programme_status(ProgrammeStatus(event.value))
        return QCoreApplication.translate("HistoryEditor", "Programme status “%1”").replace(
            "%1", status
        )
    if event.kind == "goal":
        status = labels.goal_status(GoalStatus(event.value))
        return (
            QCoreApplication.translate("HistoryEditor", "Goal “%1”: “%2”")
            .replace("%2", status)
            .replace("%1", event.title)
        )
    who = names.get(event.person, "—") if event.person is not None else "—"
    level = labels.cefr_level(CefrLevel(event.value))
    return (
        QCoreApplication.translate("HistoryEditor", "Dutch level of %1: “%2”")
        .replace("%2", level)
        .replace("%1", who)
    )


def delete_question(event: TimelineEvent, names: Mapping[UUID, str]) -> str:
    """The question asked before deleting ``event``, naming it and its date."""
    day = long_date(event.on)
    if event.kind == "programme":
        status = labels.programme_status(ProgrammeStatus(event.value))
        text = QCoreApplication.translate(
            "HistoryEditor", "Delete the programme status “%1” of %2?"
        )
        return text.replace("%1", status).replace("%2", day)
    if event.kind == "goal":
        status = labels.goal_status(GoalStatus(event.value))
        text = QCoreApplication.translate(
            "HistoryEditor", "Delete the status “%1” of %2 from the goal “%3”?"
        )
        return text.replace("%1", status).replace("%2", day).replace("%3", event.title)
    who = names.get(event.person, "—") if event.person is not None else "—"
    level = labels.cefr_level(CefrLevel(event.value))
    text = QCoreApplication.translate("HistoryEditor", "Delete the Dutch level “%1” of %2 for %3?")
    return text.replace("%1", level).replace("%2", day).replace("%3", who)


def kept_reason(event: TimelineEvent) -> str:
    """Why ``event`` cannot be deleted, in words ("" when it can)."""
    if event.kept == "only_status":
        return QCoreApplication.translate(
            "HistoryEditor",
            "A family always has a programme status, so its only status cannot be deleted. "
            "Change its date, or give the family a new status in “Edit family”.",
        )
    if event.kept == "opening_status":
        return QCoreApplication.translate(
            "HistoryEditor",
            "This is the status the goal was opened with, so it cannot be deleted. Change its "
            "date (that moves the goal's opened date), or delete the goal's later statuses.",
        )
    if event.kept == "order":
        before, after = (labels.goal_status(GoalStatus(value)) for value in event.gap)
        return (
            QCoreApplication.translate(
                "HistoryEditor",
                "Without this status, “%1” would be followed by “%2”, which a goal cannot do. "
                "Delete the later statuses first.",
            )
            .replace("%1", before)
            .replace("%2", after)
        )
    return ""


def delete_work(context: UiContext, family_id: UUID, event: TimelineEvent) -> Callable[[], Any]:
    """The use case that deletes ``event`` (run off the GUI thread)."""
    service = context.workspace.service
    entry_id, owner_id, version = event.entry_id, event.owner_id, event.owner_version
    assert entry_id is not None
    assert owner_id is not None
    if event.kind == "programme":
        return lambda: service.delete_family_status_change(
            family_id, entry_id, expected_version=version
        )
    if event.kind == "goal":
        return lambda: service.delete_goal_status_change(
            owner_id, entry_id, expected_version=version
        )
    return lambda: service.delete_language_level(entry_id)


class HistoryEntryDialog(EditorDialog):
    """Change the date (and a Dutch level's level) of one history entry. ``on_saved`` gets the
    use case's result (the family, the goal or the level)."""

    def __init__(
        self,
        context: UiContext,
        family_id: UUID,
        event: TimelineEvent,
        names: Mapping[UUID, str],
        on_saved: Callable[[Any], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, "history", parent)
        self.family_id = family_id
        self.history_event = event
        self._names = dict(names)
        self._on_saved = on_saved
        self.entry = QLabel()
        self.entry.setObjectName("history.entry")
        self.entry.setWordWrap(True)
        self.event_on = EventDate("history.event_on", context.workspace.service.today())
        self.event_on.set_value(event.on)
        self.add_row("entry", self.entry, None)
        self.add_row("event_on", self.event_on, "event_on")
        for field in DATE_FIELDS:
            self._errors[field] = self._errors["event_on"]
        self.show_note_of(self.event_on, "event_on")  # a future date is said while typing
        self.level: QComboBox | None = None
        if event.kind == "dutch":
            self.level = named(QComboBox(), "history.level", "")
            self.add_row("level", self.level, "level")
        self._first_field = self.event_on
        self.retranslate()
        if self.level is not None:
            self.level.setCurrentIndex(max(0, self.level.findData(event.value)))
        self.keep_drafts(DRAFT_KIND, family_id, event.entry_id)
        self.resize(460, self.sizeHint().height())

    def retranslate(self) -> None:
        dutch = self.history_event.kind == "dutch"
        self.setWindowTitle(
            QCoreApplication.translate("HistoryEditor", "Change the date or level")
            if dutch
            else QCoreApplication.translate("HistoryEditor", "Change the date")
        )
        self.entry.setText(describe(self.history_event, self._names))
        self.set_label("entry", QCoreApplication.translate("HistoryEditor", "Entry"))
        self.set_label("event_on", QCoreApplication.translate("HistoryEditor", "&Date"))
        self.event_on.setAccessibleName(
            QCoreApplication.translate("HistoryEditor", "Date of the level")
            if dutch
            else QCoreApplication.translate("HistoryEditor", "Date of the status")
        )
        self.event_on.setToolTip(
            QCoreApplication.translate(
                "HistoryEditor", "The day it happened, which may be long ago; never in the future."
            )
        )
        if self.level is not None:
            self.set_label("level", QCoreApplication.translate("HistoryEditor", "&Level"))
            self.level.setAccessibleName(
                QCoreApplication.translate("HistoryEditor", "Level of Dutch (CEFR)")
            )
            current = self.level.currentData()
            self.level.clear()
            for level in CefrLevel:
                self.level.addItem(labels.cefr_level(level), level.value)
            if current is not None:
                self.level.setCurrentIndex(max(0, self.level.findData(current)))
        self.retranslate_buttons()

    def show_error(self, exc: BaseException) -> None:
        if isinstance(exc, InvalidGoalTransitionError):
            label = self._errors["event_on"]
            label.setText(
                QCoreApplication.translate(
                    "HistoryEditor",
                    "On that date the goal's statuses would be out of order: “%1” cannot be "
                    "followed by “%2”. Choose a date between the statuses before and after it.",
                )
                .replace("%1", labels.goal_status(GoalStatus(exc.from_status)))
                .replace("%2", labels.goal_status(GoalStatus(exc.to_status)))
            )
            label.setVisible(True)
            self.error.clear()
            return
        super().show_error(exc)

    def collect(self) -> Callable[[], Any]:
        service = self.context.workspace.service
        event, family_id = self.history_event, self.family_id
        self.event_on.refuse_untyped()
        on = self.event_on.value()
        entry_id, owner_id, version = event.entry_id, event.owner_id, event.owner_version
        assert entry_id is not None
        assert owner_id is not None
        if event.kind == "programme":
            return lambda: service.edit_family_status_change(
                family_id, entry_id, on=on, expected_version=version
            )
        if event.kind == "goal":
            return lambda: service.edit_goal_status_change(
                owner_id, entry_id, on=on, expected_version=version
            )
        assert event.level is not None
        assert self.level is not None
        edited = dataclasses.replace(
            event.level, level=CefrLevel(str(self.level.currentData())), assessed_on=on
        )  # validated on the GUI thread
        return lambda: service.update_language_level(edited)

    def saved(self, result: Any) -> None:
        self._on_saved(result)


def open_history_dialog(
    context: UiContext,
    family_id: UUID,
    event: TimelineEvent,
    names: Mapping[UUID, str],
    on_saved: Callable[[Any], None],
    parent: QWidget,
) -> HistoryEntryDialog:
    dialog = HistoryEntryDialog(context, family_id, event, names, on_saved, parent)
    close_on_lock(dialog, parent)
    dialog.open()
    return dialog
