"""Creating and editing a family."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QWidget

from coach_app.domain.entities import (
    MAX_NAME,
    MAX_SHORT_TEXT,
    Family,
    Municipality,
    ProgrammeStatusChange,
)
from coach_app.domain.enums import ProgrammeStatus
from coach_app.domain.municipalities import TWENTE_MUNICIPALITIES
from coach_app.ui import labels
from coach_app.ui.context import UiContext
from coach_app.ui.family.editor_dialog import EditorDialog, close_on_lock
from coach_app.ui.family.event_date import EventDate
from coach_app.ui.family.language_checks import LanguageChecks
from coach_app.ui.family.optional_date import OptionalDate
from coach_app.ui.widgets import named

#: Municipalities offered in the list; the coach may type any other name and CBS code.
MUNICIPALITIES = TWENTE_MUNICIPALITIES
MAX_PHONE = 50  # as Family validates it


class FamilyDialog(EditorDialog):
    """New family (``family=None``) or edit one."""

    def __init__(
        self, context: UiContext, family: Family | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, "family", parent)
        self.family = family
        self.display_name = named(QLineEdit(), "family.display_name", "")
        self.municipality = named(QComboBox(), "family.municipality", "")
        self.municipality.setEditable(True)
        self.municipality.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for item in MUNICIPALITIES:
            self.municipality.addItem(item.name, item.code)
        self.municipality_code = named(QLineEdit(), "family.municipality_code", "")
        self.municipality_code.setMaxLength(6)
        self.municipality_code.setPlaceholderText("GM0153")
        self.address = named(QLineEdit(), "family.address", "")
        self.phone = named(QLineEdit(), "family.phone", "")
        self.languages = LanguageChecks("family")
        self.status = named(QComboBox(), "family.status", "")
        self._today = context.workspace.service.today()
        # The day the programme status shown began: a new family's first status, an edited
        # family's current status (a correction) or its new one. Never after today; a date
        # that breaks a rule is kept as typed, said under the field and refused on saving.
        self.status_on = EventDate("family.status_on", self._today)
        self._status_on_edited = False
        self._following_start = False
        self._history: tuple[ProgrammeStatusChange, ...] = ()
        self.start_date = OptionalDate("family.start_date")
        self.assigned_coach = named(QLineEdit(), "family.assigned_coach", "")

        place = QWidget()
        place_row = QHBoxLayout(place)
        place_row.setContentsMargins(0, 0, 0, 0)
        place_row.addWidget(self.municipality, 3)
        place_row.addWidget(self.municipality_code, 1)
        self.add_row("display_name", self.display_name, "display_name")
        self.add_row("municipality", place, "municipality.name")
        self._errors["municipality.code"] = self._errors["municipality.name"]
        self.add_row("address", self.address, "address")
        self.add_row("phone", self.phone, "phone")
        self.add_row("languages", self.languages, "preferred_languages")
        self.add_row("status", self.status, None)
        self.add_row("status_on", self.status_on, "status_on")
        self.show_note_of(self.status_on, "status_on")
        self.add_row("start_date", self.start_date, None)
        self.add_row("assigned_coach", self.assigned_coach, "assigned_coach")
        self.municipality.currentIndexChanged.connect(self._municipality_chosen)
        self.retranslate()
        self._load(family)
        self.status.currentIndexChanged.connect(self._status_chosen)
        self.status_on.dateChanged.connect(self._status_on_changed)
        self.start_date.known.toggled.connect(self._start_changed)
        self.start_date.edit.dateChanged.connect(self._start_changed)
        self._status_chosen()
        self.set_limit(self.display_name, "display_name", MAX_NAME)
        self.set_limit(self.address, "address", MAX_SHORT_TEXT)
        self.set_limit(self.phone, "phone", MAX_PHONE)
        self.set_limit(self.assigned_coach, "assigned_coach", MAX_NAME)
        known = None if family is None else family.id
        self.keep_drafts("family", known, known)
        self.resize(560, self.sizeHint().height())

    def retranslate(self) -> None:
        self.setWindowTitle(
            QCoreApplication.translate("FamilyEditor", "New family")
            if self.family is None
            else QCoreApplication.translate("FamilyEditor", "Edit family")
        )
        texts = {
            "display_name": QCoreApplication.translate("FamilyEditor", "Family &name"),
            "municipality": QCoreApplication.translate("FamilyEditor", "&Municipality"),
            "address": QCoreApplication.translate("FamilyEditor", "&Address"),
            "phone": QCoreApplication.translate("FamilyEditor", "&Phone"),
            "languages": QCoreApplication.translate("FamilyEditor", "Preferred languages"),
            "status": QCoreApplication.translate("FamilyEditor", "Programme &status"),
            "status_on": QCoreApplication.translate("FamilyEditor", "Status s&ince"),
            "start_date": QCoreApplication.translate("FamilyEditor", "Start &date"),
            "assigned_coach": QCoreApplication.translate("FamilyEditor", "Assigned &coach"),
        }
        for key, text in texts.items():
            self.set_label(key, text)
        self.display_name.setAccessibleName(
            QCoreApplication.translate("FamilyEditor", "Family name")
        )
        self.municipality.setAccessibleName(
            QCoreApplication.translate("FamilyEditor", "Municipality")
        )
        self.municipality_code.setAccessibleName(
            QCoreApplication.translate("FamilyEditor", "Municipality CBS code")
        )
        self.address.setAccessibleName(QCoreApplication.translate("FamilyEditor", "Address"))
        self.phone.setAccessibleName(QCoreApplication.translate("FamilyEditor", "Phone"))
        self.status.setAccessibleName(
            QCoreApplication.translate("FamilyEditor", "Programme status")
        )
        self.assigned_coach.setAccessibleName(
            QCoreApplication.translate("FamilyEditor", "Assigned coach")
        )
        self.status_on.setAccessibleName(
            QCoreApplication.translate("FamilyEditor", "Date the programme status began")
        )
        self.status_on.setToolTip(
            QCoreApplication.translate(
                "FamilyEditor",
                "The day the family's programme status began; it may be long ago, never in "
                "the future. The family's page shows every status over time.",
            )
        )
        self.start_date.retranslate(QCoreApplication.translate("FamilyEditor", "Start date"))
        self.languages.retranslate()
        self.languages.setToolTip(
            QCoreApplication.translate(
                "FamilyEditor", "The first language you tick is used for printed documents."
            )
        )
        current = self.status.currentData()
        self.status.clear()
        for status in ProgrammeStatus:
            self.status.addItem(labels.programme_status(status), status.value)
        if current is not None:
            self.status.setCurrentIndex(max(0, self.status.findData(current)))
        self.retranslate_buttons()

    def _load(self, family: Family | None) -> None:
        if family is None:
            self.municipality.setCurrentIndex(0)
            self.municipality_code.setText(MUNICIPALITIES[0].code)
            self.status.setCurrentIndex(self.status.findData(ProgrammeStatus.INTAKE.value))
            self.start_date.set_value(self._today)
            return
        self.display_name.setText(family.display_name)
        index = self.municipality.findData(family.municipality.code)
        if index >= 0:
            self.municipality.setCurrentIndex(index)
        self.municipality.setEditText(family.municipality.name)
        self.municipality_code.setText(family.municipality.code)
        self.address.setText(family.address)
        self.phone.setText(family.phone)
        self.languages.set_value(family.preferred_languages)
        self.status.setCurrentIndex(max(0, self.status.findData(family.status.value)))
        self.start_date.set_value(family.start_date)
        self.assigned_coach.setText(family.assigned_coach)
        self._history = tuple(self.context.workspace.service.family_status_history(family.id))

    def _status_chosen(self, *_args: object) -> None:
        """Editing a family: with its status unchanged the date is the day the current status
        began (a correction of that day); with a new status, the day it changed (default
        today, not before the current one began)."""
        if self.family is None or not self._history:
            return
        latest = self._history[-1]
        if self.status.currentData() == self.family.status.value:
            previous = self._history[-2].on if len(self._history) > 1 else None
            self.status_on.set_value(latest.on)
            self.status_on.set_rules(self._today, not_before=previous)
        else:
            self.status_on.set_value(self._today)
            self.status_on.set_rules(self._today, not_before=latest.on)

    def _status_on_changed(self, *_args: object) -> None:
        if not self._following_start:
            self._status_on_edited = True

    def _start_changed(self, *_args: object) -> None:
        """A new family's first status follows its start date (if not in the future) until
        the coach sets the status date."""
        if self.family is not None or self._status_on_edited:
            return
        start = self.start_date.value()
        self._following_start = True
        try:
            self.status_on.set_value(
                start if start is not None and start <= self._today else self._today
            )
        finally:
            self._following_start = False

    def _municipality_chosen(self, index: int) -> None:
        code = self.municipality.itemData(index)
        if code:
            self.municipality_code.setText(str(code))

    def collect(self) -> Callable[[], Any]:
        municipality = Municipality(
            self.municipality_code.text().strip().upper(), self.municipality.currentText().strip()
        )
        values: dict[str, Any] = {
            "display_name": self.display_name.text().strip(),
            "municipality": municipality,
            "address": self.address.text().strip(),
            "phone": self.phone.text().strip(),
            "preferred_languages": self.languages.value(),
            "status": ProgrammeStatus(str(self.status.currentData())),
            "start_date": self.start_date.checked_value(),
            "assigned_coach": self.assigned_coach.text().strip(),
        }
        workspace = self.context.workspace
        family = self.family
        self.status_on.refuse_untyped()
        status_on: date | None = self.status_on.value()
        unchanged = family is not None and values["status"] == family.status
        if unchanged and self._history and status_on == self._history[-1].on:
            status_on = None  # the current status and its date as they were: nothing to correct
        if family is None:
            return lambda: workspace.service.create_family(**values, status_on=status_on)
        edited = dataclasses.replace(family, **values)  # validates on the GUI thread
        return lambda: workspace.service.update_family(edited, status_on=status_on)

    def saved(self, result: Any) -> None:
        events = self.context.events
        events.data_changed.emit()
        events.family_opened.emit(result.id)


def open_new_family_dialog(context: UiContext, parent: QWidget) -> FamilyDialog:
    """Ask for a new family's details, save it, and open its page."""
    dialog = FamilyDialog(context, None, parent)
    close_on_lock(dialog, parent)
    dialog.open()
    return dialog


def open_edit_family_dialog(context: UiContext, family: Family, parent: QWidget) -> FamilyDialog:
    dialog = FamilyDialog(context, family, parent)
    close_on_lock(dialog, parent)
    dialog.open()
    return dialog
