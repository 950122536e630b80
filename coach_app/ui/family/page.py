"""A family's page: header, and tabs for people, visits, goals, the family's history as a
timeline, assessments (with Dutch levels), consent and the family's data (export, erase).

Everything is read in the background as one immutable `FamilyDossier` and shown from it; saves
run in the background too and reload the page when done. `clear()` (on lock) drops every
personal value from every widget, model and open dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from uuid import UUID

from PySide6.QtWidgets import QDialog, QLabel, QTabWidget, QVBoxLayout, QWidget

from coach_app.domain.family_view import FamilyDossier, load_dossier
from coach_app.ui.context import UiContext
from coach_app.ui.family.assessments_tab import AssessmentsTab
from coach_app.ui.family.consent_tab import ConsentTab
from coach_app.ui.family.data_tab import DataTab
from coach_app.ui.family.editor_dialog import alive
from coach_app.ui.family.errors import for_domain_error
from coach_app.ui.family.family_dialog import open_edit_family_dialog
from coach_app.ui.family.goals_tab import GoalsTab
from coach_app.ui.family.header import FamilyHeader
from coach_app.ui.family.models import RowsModel
from coach_app.ui.family.people_tab import PeopleTab
from coach_app.ui.family.tab import FamilyTab
from coach_app.ui.family.timeline_tab import TimelineTab
from coach_app.ui.family.visits_tab import VisitsTab
from coach_app.ui.widgets import named, set_role


class FamilyPage(QWidget):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.family_id: UUID | None = None
        self.dossier: FamilyDossier | None = None
        self._generation = 0  # bumped by clear(): late results of earlier loads are dropped
        self._loading = False
        self._reload_pending = False
        self._busy = False
        self._dialogs: list[QDialog] = []

        self.header = FamilyHeader()
        self.title = self.header.title
        self.subtitle = self.header.subtitle
        self.edit = self.header.edit
        self.message = QLabel()
        self.message.setObjectName("family.message")
        self.message.setWordWrap(True)
        set_role(self.message, "error")

        self.people_tab = PeopleTab(self)
        self.visits_tab = VisitsTab(self)
        self.goals_tab = GoalsTab(self)
        self.timeline_tab = TimelineTab(self)
        self.assessments_tab = AssessmentsTab(self)
        self.consent_tab = ConsentTab(self)
        self.data_tab = DataTab(self)
        self.tabs = named(QTabWidget(), "family.tabs", "")
        self.tabs.tabBar().setObjectName("family.tab_bar")
        for tab in self._tabs():
            self.tabs.addTab(tab, "")

        box = QVBoxLayout(self)
        box.addWidget(self.header)
        box.addWidget(self.message)
        box.addWidget(self.tabs, 1)

        self.header.back_requested.connect(lambda: self.context.events.navigate.emit("families"))
        self.header.edit_requested.connect(self._edit_family)
        self.retranslate()
        self._set_enabled(False)

    def _tabs(self) -> list[FamilyTab]:
        return [
            self.people_tab,
            self.visits_tab,
            self.goals_tab,
            self.timeline_tab,
            self.assessments_tab,
            self.consent_tab,
            self.data_tab,
        ]

    # -- what the tabs are given (FamilyTabHost) ---------------------------------------------
    @property
    def generation(self) -> int:
        return self._generation

    def run_save(self, work: Callable[[], Any], done: Callable[[Any], None] | None = None) -> None:
        """Run a save in the background; on success reload the page and tell the others."""
        if self._busy:
            return
        self._busy = True
        self.message.clear()
        generation = self._generation

        def ok(result: Any) -> None:
            if generation != self._generation:
                return
            self._busy = False
            if done is not None:
                done(result)
            self.reload()

        def failed(exc: BaseException) -> None:
            if generation != self._generation:
                return
            self._busy = False
            self.message.setText(for_domain_error(exc))

        self.context.operations.run(work, ok, failed)

    def reload(self, _result: object = None) -> None:
        """Something was saved: load the page again and tell the other screens."""
        self._load()
        self.context.events.data_changed.emit()

    def keep_dialog(self, dialog: QDialog) -> None:
        """Remember an open dialog so it is closed (and its text dropped) at lock."""
        self._dialogs = [d for d in self._dialogs if alive(d)]
        self._dialogs.append(dialog)

    def show_message(self, text: str) -> None:
        self.message.setText(text)

    # -- Page protocol -----------------------------------------------------------------------
    def retranslate(self) -> None:
        tabs = [
            self.tr("&People"),
            self.tr("&Visits"),
            self.tr("&Goals"),
            self.tr("Histor&y"),
            self.tr("&Assessments"),
            self.tr("&Consent"),
            self.tr("Family's &data"),
        ]
        for index, text in enumerate(tabs):
            self.tabs.setTabText(index, text)
        self.tabs.setAccessibleName(self.tr("Family sections"))
        self.tabs.tabBar().setAccessibleName(self.tr("Family sections"))
        self.header.retranslate()
        for tab in self._tabs():
            tab.retranslate()
        for model in self.models():
            model.retranslate()
        if self.dossier is not None:
            self._show(self.dossier)

    def refresh(self) -> None:
        if self.family_id is not None:
            self._load()

    def clear(self) -> None:
        """Drop every personal value (the page is cleared on lock)."""
        self._generation += 1
        self.family_id = None
        self.dossier = None
        self._loading = self._reload_pending = self._busy = False
        for dialog in self._dialogs:
            if alive(dialog):
                dialog.reject()
        self._dialogs.clear()
        for tab in self._tabs():
            tab.clear()
        self.header.clear()
        self.message.clear()
        self.setWindowTitle("")
        self._set_enabled(False)

    def show_family(self, family_id: object) -> None:
        """Load and show one family (by UUID)."""
        if not isinstance(family_id, UUID):
            family_id = UUID(str(family_id))
        if family_id != self.family_id:
            self.clear()
            self.family_id = family_id
            self.tabs.setCurrentIndex(0)
        self._load()

    # -- loading -----------------------------------------------------------------------------
    def models(self) -> list[RowsModel]:
        """Every item model of every tab."""
        return [model for tab in self._tabs() for model in tab.models()]

    def _load(self) -> None:
        if self.family_id is None or not self.context.workspace.is_unlocked:
            return
        if self._loading:
            self._reload_pending = True
            return
        self._loading = True
        generation, family_id = self._generation, self.family_id
        service = self.context.workspace.service

        def loaded(dossier: Any) -> None:
            if generation != self._generation:
                return
            self._loading = False
            self._show(dossier)
            if self._reload_pending:
                self._reload_pending = False
                self._load()

        def failed(exc: BaseException) -> None:
            if generation != self._generation:
                return
            self._loading = False
            self._reload_pending = False
            self.message.setText(for_domain_error(exc))

        self.context.operations.run(lambda: load_dossier(service, family_id), loaded, failed)

    def _show(self, dossier: FamilyDossier) -> None:
        self.dossier = dossier
        self.header.show_dossier(dossier)
        self.message.clear()
        for tab in self._tabs():
            tab.show_dossier(dossier)
        self._set_enabled(True)

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (self.edit, self.tabs):
            widget.setEnabled(enabled)

    # -- header ----------------------------------------------------------------------------
    def _edit_family(self) -> None:
        if self.dossier is not None:
            self.keep_dialog(open_edit_family_dialog(self.context, self.dossier.family, self))
