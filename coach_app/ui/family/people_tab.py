"""The family's people: a list, and buttons to add or edit a person."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from coach_app.domain.family_view import FamilyDossier
from coach_app.ui.family.models import PeopleModel, RowsModel
from coach_app.ui.family.person_dialog import open_person_dialog
from coach_app.ui.family.tab import FamilyTab, FamilyTabHost, button, selected_row, set_text, table


class PeopleTab(FamilyTab):
    def __init__(self, host: FamilyTabHost, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        self.people = PeopleModel(self)
        self.people_view = table("person.list", self.people, PeopleModel.LANGUAGES)
        self.person_new = button("person.new")
        self.person_edit = button("person.edit")
        self.people_view.activated.connect(lambda index: self._edit_person(index.row()))
        self.person_new.clicked.connect(lambda: self._edit_person(None))
        self.person_edit.clicked.connect(self._edit_selected_person)
        bar = QHBoxLayout()
        bar.addWidget(self.person_new)
        bar.addWidget(self.person_edit)
        bar.addStretch(1)
        column = QVBoxLayout(self)
        column.addLayout(bar)
        column.addWidget(self.people_view, 1)

    def retranslate(self) -> None:
        set_text(self.person_new, self.tr("&New person"))
        set_text(self.person_edit, self.tr("Edit person"))
        self.people_view.setAccessibleName(self.tr("People"))

    def show_dossier(self, dossier: FamilyDossier) -> None:
        self.people.set_rows(dossier.people)

    def models(self) -> list[RowsModel]:
        return [self.people]

    def _edit_person(self, row: int | None) -> None:
        host = self.host
        if host.family_id is None:
            return
        person = self.people.row_at(row) if row is not None else None
        host.keep_dialog(
            open_person_dialog(host.context, host.family_id, person, host.reload, self)
        )

    def _edit_selected_person(self) -> None:
        row = selected_row(self.people_view)
        if row is not None:
            self._edit_person(row)
