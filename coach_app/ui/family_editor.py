"""Creating and editing a family, and the pieces the family's other editors share: an optional
date field, language check boxes, plain words for domain errors and a dialog that saves in the
background and keeps every typed word when saving fails.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coach_app.domain.entities import Family, Municipality
from coach_app.domain.enums import ProgrammeStatus
from coach_app.domain.errors import (
    ConcurrentModificationError,
    ConsentNotGivenError,
    DomainError,
    InvalidGoalTransitionError,
    NotFoundError,
    PersonNotInFamilyError,
    ValidationError,
)
from coach_app.domain.municipalities import TWENTE_MUNICIPALITIES
from coach_app.ui import labels, messages
from coach_app.ui.context import UiContext
from coach_app.ui.family_models import language_label
from coach_app.ui.widgets import named

#: Municipalities offered in the list; the coach may type any other name and CBS code.
MUNICIPALITIES = TWENTE_MUNICIPALITIES
LANGUAGE_CODES = ("nl", "tr", "en", "ar", "other")


# -- plain words for domain errors -----------------------------------------------------------
def for_field(field: str) -> str:
    """What the coach should do about an invalid field, in plain words."""
    words = {
        "display_name": QCoreApplication.translate("FamilyErrors", "Enter the family's name."),
        "municipality.code": QCoreApplication.translate(
            "FamilyErrors", "Enter the municipality's CBS code: GM and four digits, e.g. GM0153."
        ),
        "municipality.name": QCoreApplication.translate(
            "FamilyErrors", "Enter the municipality's name."
        ),
        "phone": QCoreApplication.translate(
            "FamilyErrors", "A phone number may hold digits, spaces and + ( ) - . / only."
        ),
        "address": QCoreApplication.translate("FamilyErrors", "The address is too long."),
        "assigned_coach": QCoreApplication.translate(
            "FamilyErrors", "The coach's name is too long."
        ),
        "preferred_languages": QCoreApplication.translate(
            "FamilyErrors", "Choose each language once."
        ),
        "languages": QCoreApplication.translate("FamilyErrors", "Choose each language once."),
        "given_name": QCoreApplication.translate("FamilyErrors", "Enter the person's given name."),
        "family_name": QCoreApplication.translate("FamilyErrors", "The family name is too long."),
        "birth_date": QCoreApplication.translate(
            "FamilyErrors", "The birth date cannot be in the future."
        ),
        "title": QCoreApplication.translate("FamilyErrors", "Enter a short title for the goal."),
        "description": QCoreApplication.translate("FamilyErrors", "The description is too long."),
        "milestone.title": QCoreApplication.translate(
            "FamilyErrors", "Every milestone needs a title."
        ),
        "score": QCoreApplication.translate("FamilyErrors", "Choose a score from 1 to 5."),
        "recorded_by": QCoreApplication.translate(
            "FamilyErrors", "Enter who recorded this consent."
        ),
        "progress.note": QCoreApplication.translate(
            "FamilyErrors", "Write a note or choose a new status."
        ),
    }
    return words.get(field, QCoreApplication.translate("FamilyErrors", "This value is not valid."))


def for_domain_error(exc: BaseException) -> str:
    """Plain, translated words for an error from the coaching domain (or any other)."""
    if isinstance(exc, ValidationError):
        return for_field(exc.field)
    if isinstance(exc, ConcurrentModificationError):
        return QCoreApplication.translate(
            "FamilyErrors",
            "This was changed elsewhere since you opened it. Close, reopen and try again.",
        )
    if isinstance(exc, NotFoundError):
        return QCoreApplication.translate(
            "FamilyErrors", "This is no longer there (it may have been erased)."
        )
    if isinstance(exc, InvalidGoalTransitionError):
        return QCoreApplication.translate("FamilyErrors", "The goal cannot change to that status.")
    if isinstance(exc, PersonNotInFamilyError):
        return QCoreApplication.translate(
            "FamilyErrors", "That person is not a member of this family."
        )
    if isinstance(exc, ConsentNotGivenError):
        return QCoreApplication.translate(
            "FamilyErrors", "This consent is not given, so it cannot be withdrawn."
        )
    if isinstance(exc, DomainError):
        return QCoreApplication.translate(
            "FamilyErrors", "This could not be saved. Please check what you entered."
        )
    return messages.for_error(exc)


def alive(obj: object) -> bool:
    """False once Qt deleted the widget (e.g. a dialog closed on lock before its save finished)."""
    return shiboken6.isValid(obj)


# -- shared fields -------------------------------------------------------------------------
class OptionalDate(QWidget):
    """A date that may be unknown: a check box ("known") and a date field."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.known = named(QCheckBox(), f"{object_name}_known", "")
        self.edit = named(QDateEdit(), object_name, "")
        self.edit.setCalendarPopup(True)
        self.edit.setDate(QDate.currentDate())
        self.edit.setEnabled(False)
        self.known.toggled.connect(self.edit.setEnabled)
        box = QHBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.known)
        box.addWidget(self.edit, 1)
        self.setFocusProxy(self.known)

    def retranslate(self, accessible_name: str) -> None:
        self.known.setText(QCoreApplication.translate("FamilyEditor", "Known"))
        self.known.setAccessibleName(
            QCoreApplication.translate("FamilyEditor", "%1 is known").replace("%1", accessible_name)
        )
        self.edit.setAccessibleName(accessible_name)

    def value(self) -> date | None:
        if not self.known.isChecked():
            return None
        day = self.edit.date()
        return date(day.year(), day.month(), day.day())

    def set_value(self, day: date | None) -> None:
        self.known.setChecked(day is not None)
        if day is not None:
            self.edit.setDate(QDate(day.year, day.month, day.day))


class LanguageChecks(QWidget):
    """Check boxes for languages; the order of choosing is kept (the first is the preferred)."""

    def __init__(self, area: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._order: list[str] = []
        self.boxes: dict[str, QCheckBox] = {}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for code in LANGUAGE_CODES:
            box = named(QCheckBox(), f"{area}.language_{code}", "")
            box.toggled.connect(lambda on, c=code: self._toggled(c, on))
            self.boxes[code] = box
            row.addWidget(box)
        row.addStretch(1)

    def retranslate(self) -> None:
        for code, box in self.boxes.items():
            box.setText(language_label(code))
            box.setAccessibleName(language_label(code))

    def _toggled(self, code: str, on: bool) -> None:
        if on and code not in self._order:
            self._order.append(code)
        elif not on and code in self._order:
            self._order.remove(code)

    def value(self) -> tuple[str, ...]:
        return tuple(self._order) + self._kept

    def set_value(self, codes: Sequence[str]) -> None:
        self._order = []
        for box in self.boxes.values():
            box.blockSignals(True)
            box.setChecked(False)
            box.blockSignals(False)
        for code in codes:
            if code in self.boxes:
                self.boxes[code].setChecked(True)
        # Codes we offer no box for (e.g. "ku" from an import) are kept as they are.
        self._kept = tuple(c for c in codes if c not in self.boxes)

    _kept: tuple[str, ...] = ()


# -- a dialog that saves in the background --------------------------------------------------
class EditorDialog(QDialog):
    """Base of the family's editors: a form, error labels next to fields, save in the background.

    Subclasses build the form with `add_row(label_key, widget, field)`, implement `collect()`
    (run on the GUI thread; raises ValidationError for a field) returning the work to run, and
    `saved(result)`.
    """

    def __init__(self, context: UiContext, area: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.area = area
        self.setObjectName(f"{area}.dialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._labels: dict[str, QLabel] = {}
        self._errors: dict[str, QLabel] = {}
        self.error = QLabel()
        self.error.setObjectName(f"{area}.error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #a40000;")
        self.save_button = named(QPushButton(), f"{area}.save", "")
        self.save_button.setDefault(True)
        self.cancel_button = named(QPushButton(), f"{area}.cancel", "")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        self.body = QVBoxLayout(self)
        self.body.addLayout(self.form)
        self.body.addWidget(self.error)
        self.body.addLayout(buttons)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        self._saving = False

    def add_row(self, key: str, widget: QWidget, field: str | None = None) -> None:
        label = QLabel()
        label.setBuddy(widget)
        self._labels[key] = label
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        if field is not None:
            error = QLabel()
            error.setObjectName(f"{self.area}.{field}_error")
            error.setWordWrap(True)
            error.setStyleSheet("color: #a40000;")
            error.setVisible(False)
            column.addWidget(error)
            self._errors[field] = error
        self.form.addRow(label, holder)

    def set_label(self, key: str, text: str) -> None:
        self._labels[key].setText(text)

    def retranslate_buttons(self) -> None:
        self.save_button.setText(QCoreApplication.translate("FamilyEditor", "Save"))
        self.save_button.setAccessibleName(QCoreApplication.translate("FamilyEditor", "Save"))
        self.cancel_button.setText(QCoreApplication.translate("FamilyEditor", "Cancel"))
        self.cancel_button.setAccessibleName(QCoreApplication.translate("FamilyEditor", "Cancel"))

    def field_error(self, field: str) -> str:
        label = self._errors.get(field)
        return label.text() if label is not None and label.isVisible() else ""

    def show_error(self, exc: BaseException) -> None:
        text = for_domain_error(exc)
        if isinstance(exc, ValidationError) and exc.field in self._errors:
            label = self._errors[exc.field]
            label.setText(text)
            label.setVisible(True)
            self.error.clear()
        else:
            self.error.setText(text)

    def _clear_errors(self) -> None:
        for label in self._errors.values():
            label.clear()
            label.setVisible(False)
        self.error.clear()

    def collect(self) -> Callable[[], Any]:
        raise NotImplementedError

    def saved(self, result: Any) -> None:
        raise NotImplementedError

    def save(self) -> None:
        if self._saving:
            return
        self._clear_errors()
        try:
            work = self.collect()
        except ValidationError as exc:
            self.show_error(exc)
            return
        self._saving = True
        self.save_button.setEnabled(False)
        self.context.operations.run(work, self._succeeded, self._failed)

    def _succeeded(self, result: Any) -> None:
        if not alive(self):
            return
        self._saving = False
        self.save_button.setEnabled(True)
        self.saved(result)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        if not alive(self):
            return
        self._saving = False
        self.save_button.setEnabled(True)
        self.show_error(exc)


# -- the family dialog ---------------------------------------------------------------------
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
        self.add_row("start_date", self.start_date, None)
        self.add_row("assigned_coach", self.assigned_coach, "assigned_coach")
        self.municipality.currentIndexChanged.connect(self._municipality_chosen)
        self.retranslate()
        self._load(family)
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
            self.start_date.set_value(date.today())
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
            "start_date": self.start_date.value(),
            "assigned_coach": self.assigned_coach.text().strip(),
        }
        workspace = self.context.workspace
        family = self.family
        if family is None:
            return lambda: workspace.service.create_family(**values)
        edited = dataclasses.replace(family, **values)  # validates on the GUI thread
        return lambda: workspace.service.update_family(edited)

    def saved(self, result: Any) -> None:
        events = self.context.events
        events.data_changed.emit()
        events.family_opened.emit(result.id)


def _close_on_lock(dialog: QDialog, parent: QWidget) -> None:
    """Close the dialog (and drop what it shows) when the window locks."""
    locked = getattr(parent.window(), "locked", None)
    if locked is not None:
        locked.connect(dialog.reject)


def open_new_family_dialog(context: UiContext, parent: QWidget) -> FamilyDialog:
    """Ask for a new family's details, save it, and open its page."""
    dialog = FamilyDialog(context, None, parent)
    _close_on_lock(dialog, parent)
    dialog.open()
    return dialog


def open_edit_family_dialog(context: UiContext, family: Family, parent: QWidget) -> FamilyDialog:
    dialog = FamilyDialog(context, family, parent)
    _close_on_lock(dialog, parent)
    dialog.open()
    return dialog
