"""Adding and editing a person of a family."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any
from uuid import UUID

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from coach_app.domain.entities import MAX_NAME, Person
from coach_app.domain.enums import Gender, Role
from coach_app.ui.context import UiContext
from coach_app.ui.family.editor_dialog import EditorDialog
from coach_app.ui.family.language_checks import LanguageChecks
from coach_app.ui.family.models import gender_label, role_label
from coach_app.ui.family.optional_date import OptionalDate
from coach_app.ui.widgets import named


class PersonDialog(EditorDialog):
    """New person of ``family_id`` (``person=None``) or edit one. ``on_saved`` gets the person."""

    def __init__(
        self,
        context: UiContext,
        family_id: UUID,
        person: Person | None,
        on_saved: Callable[[Person], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, "person", parent)
        self.family_id = family_id
        self.person = person
        self._on_saved = on_saved
        self.given_name = named(QLineEdit(), "person.given_name", "")
        self.family_name = named(QLineEdit(), "person.family_name", "")
        self.birth_date = OptionalDate("person.birth_date")
        self.gender = named(QComboBox(), "person.gender", "")
        self.role = named(QComboBox(), "person.role", "")
        self.languages = LanguageChecks("person")
        self.add_row("given_name", self.given_name, "given_name")
        self.add_row("family_name", self.family_name, "family_name")
        self.add_row("birth_date", self.birth_date, "birth_date")
        self.add_row("gender", self.gender, None)
        self.add_row("role", self.role, None)
        self.add_row("languages", self.languages, "languages")
        self.retranslate()
        if person is not None:
            self.given_name.setText(person.given_name)
            self.family_name.setText(person.family_name)
            self.birth_date.set_value(person.birth_date)
            self.gender.setCurrentIndex(max(0, self.gender.findData(person.gender.value)))
            self.role.setCurrentIndex(max(0, self.role.findData(person.role.value)))
            self.languages.set_value(person.languages)
        else:
            self.gender.setCurrentIndex(self.gender.findData(Gender.UNKNOWN.value))
        self.set_limit(self.given_name, "given_name", MAX_NAME)
        self.set_limit(self.family_name, "family_name", MAX_NAME)
        self.keep_drafts("person", family_id, None if person is None else person.id)
        self.resize(520, self.sizeHint().height())

    def retranslate(self) -> None:
        self.setWindowTitle(
            QCoreApplication.translate("PersonEditor", "New person")
            if self.person is None
            else QCoreApplication.translate("PersonEditor", "Edit person")
        )
        self.set_label("given_name", QCoreApplication.translate("PersonEditor", "&Given name"))
        self.set_label("family_name", QCoreApplication.translate("PersonEditor", "&Family name"))
        self.set_label("birth_date", QCoreApplication.translate("PersonEditor", "&Birth date"))
        self.set_label("gender", QCoreApplication.translate("PersonEditor", "G&ender"))
        self.set_label("role", QCoreApplication.translate("PersonEditor", "&Role"))
        self.set_label("languages", QCoreApplication.translate("PersonEditor", "Languages"))
        self.given_name.setAccessibleName(QCoreApplication.translate("PersonEditor", "Given name"))
        self.family_name.setAccessibleName(
            QCoreApplication.translate("PersonEditor", "Family name")
        )
        self.birth_date.retranslate(QCoreApplication.translate("PersonEditor", "Birth date"))
        self.gender.setAccessibleName(QCoreApplication.translate("PersonEditor", "Gender"))
        self.role.setAccessibleName(QCoreApplication.translate("PersonEditor", "Role"))
        self.languages.retranslate()
        items = (
            (self.gender, [(gender_label(g), g.value) for g in Gender]),
            (self.role, [(role_label(r), r.value) for r in Role]),
        )
        for combo, choices in items:
            current = combo.currentData()
            combo.clear()
            for text, value in choices:
                combo.addItem(text, value)
            if current is not None:
                combo.setCurrentIndex(max(0, combo.findData(current)))
        self.retranslate_buttons()

    def collect(self) -> Callable[[], Any]:
        values: dict[str, Any] = {
            "given_name": self.given_name.text().strip(),
            "family_name": self.family_name.text().strip(),
            "birth_date": self.birth_date.checked_value(),
            "gender": Gender(str(self.gender.currentData())),
            "role": Role(str(self.role.currentData())),
            "languages": self.languages.value(),
        }
        service = self.context.workspace.service
        family_id = self.family_id
        if self.person is None:
            return lambda: service.add_person(family_id, **values)
        edited = dataclasses.replace(self.person, **values)
        return lambda: service.update_person(edited)

    def saved(self, result: Any) -> None:
        self._on_saved(result)


def open_person_dialog(
    context: UiContext,
    family_id: UUID,
    person: Person | None,
    on_saved: Callable[[Person], None],
    parent: QWidget,
) -> PersonDialog:
    dialog = PersonDialog(context, family_id, person, on_saved, parent)
    dialog.open()
    return dialog
