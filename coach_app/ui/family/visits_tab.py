"""The family's visits, newest first; a new visit or an old one opens in the visit editor."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from coach_app.domain.family_view import FamilyDossier
from coach_app.ui.family.models import RowsModel, VisitsModel
from coach_app.ui.family.tab import FamilyTab, FamilyTabHost, button, set_text, table


class VisitsTab(FamilyTab):
    def __init__(self, host: FamilyTabHost, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        self.visits = VisitsModel(self)
        self.visits_view = table("visit.list", self.visits, VisitsModel.NOTES)
        self.visit_new = button("visit.new")
        self.visits_view.activated.connect(self._open_visit)
        self.visit_new.clicked.connect(self.new_visit)
        bar = QHBoxLayout()
        bar.addWidget(self.visit_new)
        bar.addStretch(1)
        column = QVBoxLayout(self)
        column.addLayout(bar)
        column.addWidget(self.visits_view, 1)

    def retranslate(self) -> None:
        set_text(self.visit_new, self.tr("&New visit"))
        self.visits_view.setAccessibleName(self.tr("Visits, newest first"))

    def show_dossier(self, dossier: FamilyDossier) -> None:
        self.visits.set_rows(dossier.visits)

    def models(self) -> list[RowsModel]:
        return [self.visits]

    def new_visit(self) -> None:
        family_id = self.host.family_id
        if family_id is not None:
            self.host.context.events.visit_requested.emit(family_id, None)

    def _open_visit(self, index: QModelIndex) -> None:
        family_id = self.host.family_id
        if family_id is not None and index.isValid():
            self.host.context.events.visit_requested.emit(
                family_id, self.visits.row_at(index.row()).id
            )
