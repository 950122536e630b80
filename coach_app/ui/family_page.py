"""A family's page: header, and tabs for people, visits, goals, assessments, consent and the
family's data (export, erase).

Everything is read in the background as one immutable `FamilyDossier` and shown from it; saves
run in the background too and reload the page when done. `clear()` (on lock) drops every
personal value from every widget, model and open dialog.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any
from uuid import UUID

from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coach_app.domain.entities import Goal, Person
from coach_app.domain.enums import ConsentKind, GoalStatus, LifeDomain
from coach_app.domain.family_view import FamilyDossier, load_dossier
from coach_app.domain.services import GOAL_TRANSITIONS
from coach_app.reporting.family_pdf import pdf_language, write_family_pdf
from coach_app.ui import labels
from coach_app.ui.assessments_chart import AssessmentsChart
from coach_app.ui.context import UiContext
from coach_app.ui.family_editor import alive, for_domain_error, open_edit_family_dialog
from coach_app.ui.family_models import (
    AssessmentsModel,
    ConsentHistoryModel,
    ConsentStateModel,
    GoalsModel,
    MilestonesModel,
    PeopleModel,
    ProgressModel,
    RowsModel,
    VisitsModel,
    consent_label,
)
from coach_app.ui.goal_editor import open_goal_dialog
from coach_app.ui.person_editor import open_person_dialog
from coach_app.ui.widgets import named


def _table(name: str, model: RowsModel, stretch: int) -> QTableView:
    view = named(QTableView(), name, "")
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setTabKeyNavigation(False)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    view.setWordWrap(False)
    return view


def _button(name: str) -> QPushButton:
    return named(QPushButton(), name, "")


def _text(widget: QPushButton | QLabel | QGroupBox, text: str) -> None:
    if isinstance(widget, QGroupBox):
        widget.setTitle(text)
    else:
        widget.setText(text)
    widget.setAccessibleName(text.replace("&", ""))


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


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
        self._selected_goal: UUID | None = None

        # header
        self.title = QLabel()
        self.title.setObjectName("family.title")
        self.title.setStyleSheet("font-size: 18px; font-weight: 600;")
        self.subtitle = QLabel()
        self.subtitle.setObjectName("family.subtitle")
        self.back = _button("family.back")
        self.edit = _button("family.edit")
        self.message = QLabel()
        self.message.setObjectName("family.message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a40000;")
        header = QHBoxLayout()
        header.addWidget(self.back)
        names = QVBoxLayout()
        names.addWidget(self.title)
        names.addWidget(self.subtitle)
        header.addLayout(names, 1)
        header.addWidget(self.edit)

        self.tabs = named(QTabWidget(), "family.tabs", "")
        self.tabs.addTab(self._people_tab(), "")
        self.tabs.addTab(self._visits_tab(), "")
        self.tabs.addTab(self._goals_tab(), "")
        self.tabs.addTab(self._assessments_tab(), "")
        self.tabs.addTab(self._consent_tab(), "")
        self.tabs.addTab(self._data_tab(), "")

        box = QVBoxLayout(self)
        box.addLayout(header)
        box.addWidget(self.message)
        box.addWidget(self.tabs, 1)

        self.back.clicked.connect(lambda: self.context.events.navigate.emit("families"))
        self.edit.clicked.connect(self._edit_family)
        self.retranslate()
        self._set_enabled(False)

    # -- building the tabs -----------------------------------------------------------------
    def _people_tab(self) -> QWidget:
        self.people = PeopleModel(self)
        self.people_view = _table("person.list", self.people, PeopleModel.NAME)
        self.person_new = _button("person.new")
        self.person_edit = _button("person.edit")
        self.people_view.activated.connect(lambda index: self._edit_person(index.row()))
        self.person_new.clicked.connect(lambda: self._edit_person(None))
        self.person_edit.clicked.connect(self._edit_selected_person)
        return self._list_tab(self.people_view, self.person_new, self.person_edit)

    def _visits_tab(self) -> QWidget:
        self.visits = VisitsModel(self)
        self.visits_view = _table("visit.list", self.visits, VisitsModel.NOTES)
        self.visit_new = _button("visit.new")
        self.visits_view.activated.connect(self._open_visit)
        self.visit_new.clicked.connect(self._new_visit)
        return self._list_tab(self.visits_view, self.visit_new)

    def _list_tab(self, view: QTableView, *buttons: QPushButton) -> QWidget:
        tab = QWidget()
        bar = QHBoxLayout()
        for button in buttons:
            bar.addWidget(button)
        bar.addStretch(1)
        column = QVBoxLayout(tab)
        column.addLayout(bar)
        column.addWidget(view, 1)
        return tab

    def _goals_tab(self) -> QWidget:
        self.goals = GoalsModel(self)
        self.goals_view = _table("goal.list", self.goals, GoalsModel.TITLE)
        self.progress = ProgressModel(self)
        self.progress_view = _table("goal.progress", self.progress, ProgressModel.NOTE)
        self.milestones = MilestonesModel(self)
        self.milestones_view = _table("goal.milestone_list", self.milestones, MilestonesModel.TITLE)
        self.goal_new = _button("goal.new")
        self.goal_edit = _button("goal.edit")
        self.goal_status = named(QComboBox(), "goal.status", "")
        self.goal_status_note = named(QLineEdit(), "goal.status_note", "")
        self.goal_status_save = _button("goal.status_save")
        self.status_box = QGroupBox()
        status_row = QHBoxLayout(self.status_box)
        status_row.addWidget(self.goal_status)
        status_row.addWidget(self.goal_status_note, 1)
        status_row.addWidget(self.goal_status_save)
        self.progress_title = QLabel()
        self.milestones_title = QLabel()
        details = QWidget()
        detail_box = QVBoxLayout(details)
        detail_box.setContentsMargins(0, 0, 0, 0)
        detail_box.addWidget(self.status_box)
        detail_box.addWidget(self.progress_title)
        detail_box.addWidget(self.progress_view, 2)
        detail_box.addWidget(self.milestones_title)
        detail_box.addWidget(self.milestones_view, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.goals_view)
        split.addWidget(details)
        split.setChildrenCollapsible(False)
        tab = QWidget()
        bar = QHBoxLayout()
        bar.addWidget(self.goal_new)
        bar.addWidget(self.goal_edit)
        bar.addStretch(1)
        column = QVBoxLayout(tab)
        column.addLayout(bar)
        column.addWidget(split, 1)
        self.goals_view.selectionModel().selectionChanged.connect(self._goal_selected)
        self.goals_view.activated.connect(lambda index: self._edit_goal(index.row()))
        self.goal_new.clicked.connect(lambda: self._edit_goal(None))
        self.goal_edit.clicked.connect(self._edit_selected_goal)
        self.goal_status_save.clicked.connect(self._change_goal_status)
        self.goal_status_note.returnPressed.connect(self._change_goal_status)
        return tab

    def _assessments_tab(self) -> QWidget:
        self.assessments = AssessmentsModel(self)
        self.assessments_view = _table("assessment.list", self.assessments, AssessmentsModel.DOMAIN)
        self.assessment_domain = named(QComboBox(), "assessment.domain", "")
        self.assessment_person = named(QComboBox(), "assessment.person", "")
        self.assessment_score = named(QSpinBox(), "assessment.score", "")
        self.assessment_score.setRange(1, 5)
        self.assessment_score.setValue(3)
        self.assessment_date = named(QDateEdit(), "assessment.date", "")
        self.assessment_date.setCalendarPopup(True)
        self.assessment_date.setDate(QDate.currentDate())
        self.assessment_save = _button("assessment.save")
        self.chart = AssessmentsChart()
        self.assessment_form = QGroupBox()
        form = QHBoxLayout(self.assessment_form)
        for widget in (
            self.assessment_person,
            self.assessment_domain,
            self.assessment_score,
            self.assessment_date,
            self.assessment_save,
        ):
            form.addWidget(widget)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.assessments_view)
        split.addWidget(self.chart)
        split.setStretchFactor(1, 2)
        split.setSizes([460, 700])
        split.setChildrenCollapsible(False)
        tab = QWidget()
        column = QVBoxLayout(tab)
        column.addWidget(self.assessment_form)
        column.addWidget(split, 1)
        self.assessment_save.clicked.connect(self._record_assessment)
        self.assessment_person.currentIndexChanged.connect(self._show_chart)
        return tab

    def _consent_tab(self) -> QWidget:
        self.consent_state = ConsentStateModel(self)
        self.consent_state_view = _table(
            "consent.state", self.consent_state, ConsentStateModel.KIND
        )
        self.consent_state_view.setMaximumHeight(130)
        self.consent_history = ConsentHistoryModel(self)
        self.consent_history_view = _table(
            "consent.history", self.consent_history, ConsentHistoryModel.REMARK
        )
        self.consent_kind = named(QComboBox(), "consent.kind", "")
        self.consent_date = named(QDateEdit(), "consent.date", "")
        self.consent_date.setCalendarPopup(True)
        self.consent_date.setDate(QDate.currentDate())
        self.consent_recorded_by = named(QLineEdit(), "consent.recorded_by", "")
        self.consent_remark = named(QLineEdit(), "consent.remark", "")
        self.consent_record = _button("consent.record")
        self.consent_withdraw = _button("consent.withdraw")
        self.consent_form = QGroupBox()
        form = QFormLayout(self.consent_form)
        self._consent_labels = [QLabel() for _ in range(4)]
        for label, widget in zip(
            self._consent_labels,
            (self.consent_kind, self.consent_date, self.consent_recorded_by, self.consent_remark),
            strict=True,
        ):
            label.setBuddy(widget)
            form.addRow(label, widget)
        buttons = QHBoxLayout()
        buttons.addWidget(self.consent_record)
        buttons.addWidget(self.consent_withdraw)
        buttons.addStretch(1)
        form.addRow(buttons)
        self.consent_history_title = QLabel()
        tab = QWidget()
        column = QVBoxLayout(tab)
        column.addWidget(self.consent_state_view)
        column.addWidget(self.consent_form)
        column.addWidget(self.consent_history_title)
        column.addWidget(self.consent_history_view, 1)
        self.consent_record.clicked.connect(lambda: self._consent(given=True))
        self.consent_withdraw.clicked.connect(lambda: self._consent(given=False))
        return tab

    def _data_tab(self) -> QWidget:
        self.export_box = QGroupBox()
        self.export_text = QLabel()
        self.export_text.setWordWrap(True)
        self.export = _button("family.export")
        self.export_status = QLabel()
        self.export_status.setObjectName("family.export_status")
        self.export_status.setWordWrap(True)
        export_column = QVBoxLayout(self.export_box)
        export_column.addWidget(self.export_text)
        export_column.addWidget(self.export, alignment=Qt.AlignmentFlag.AlignLeft)
        export_column.addWidget(self.export_status)
        self.erase_box = QGroupBox()
        self.erase_text = QLabel()
        self.erase_text.setWordWrap(True)
        self.erase_name = named(QLineEdit(), "family.erase_name", "")
        self.erase = _button("family.erase")
        self.erase.setEnabled(False)
        erase_column = QVBoxLayout(self.erase_box)
        erase_column.addWidget(self.erase_text)
        erase_column.addWidget(self.erase_name)
        erase_column.addWidget(self.erase, alignment=Qt.AlignmentFlag.AlignLeft)
        tab = QWidget()
        column = QVBoxLayout(tab)
        column.addWidget(self.export_box)
        column.addWidget(self.erase_box)
        column.addStretch(1)
        self.export.clicked.connect(self._export)
        self.erase_name.textChanged.connect(self._erase_name_changed)
        self.erase.clicked.connect(self._erase)
        return tab

    # -- Page protocol -----------------------------------------------------------------------
    def retranslate(self) -> None:
        tabs = [
            self.tr("&People"),
            self.tr("&Visits"),
            self.tr("&Goals"),
            self.tr("&Assessments"),
            self.tr("&Consent"),
            self.tr("Family's &data"),
        ]
        for index, text in enumerate(tabs):
            self.tabs.setTabText(index, text)
        self.tabs.setAccessibleName(self.tr("Family sections"))
        _text(self.back, self.tr("← Families"))
        _text(self.edit, self.tr("&Edit family"))
        _text(self.person_new, self.tr("&New person"))
        _text(self.person_edit, self.tr("Edit person"))
        _text(self.visit_new, self.tr("&New visit"))
        _text(self.goal_new, self.tr("&New goal"))
        _text(self.goal_edit, self.tr("Edit goal"))
        _text(self.goal_status_save, self.tr("Change status"))
        _text(self.status_box, self.tr("Status of the selected goal"))
        self.goal_status.setAccessibleName(self.tr("New status"))
        self.goal_status_note.setAccessibleName(self.tr("Note about the status change"))
        self.goal_status_note.setPlaceholderText(self.tr("Note (optional)"))
        self.progress_title.setText(self.tr("Progress"))
        self.milestones_title.setText(self.tr("Milestones"))
        _text(self.assessment_form, self.tr("Record a score (1 = not self-reliant, 5 = fully)"))
        self.assessment_domain.setAccessibleName(self.tr("Life domain"))
        self.assessment_person.setAccessibleName(self.tr("For whom"))
        self.assessment_score.setAccessibleName(self.tr("Score from 1 to 5"))
        self.assessment_date.setAccessibleName(self.tr("Date of the score"))
        _text(self.assessment_save, self.tr("Save score"))
        _text(self.consent_form, self.tr("Record or withdraw consent"))
        for label, text in zip(
            self._consent_labels,
            (self.tr("&Kind"), self.tr("D&ate"), self.tr("Recorded &by"), self.tr("&Remark")),
            strict=True,
        ):
            label.setText(text)
        self.consent_kind.setAccessibleName(self.tr("Kind of consent"))
        self.consent_date.setAccessibleName(self.tr("Date of consent"))
        self.consent_recorded_by.setAccessibleName(self.tr("Recorded by"))
        self.consent_remark.setAccessibleName(self.tr("Remark"))
        _text(self.consent_record, self.tr("Consent given"))
        _text(self.consent_withdraw, self.tr("Withdraw consent"))
        self.consent_history_title.setText(self.tr("History (never deleted)"))
        _text(self.export_box, self.tr("Export"))
        self.export_text.setText(
            self.tr(
                "Save everything held about this family as a PDF in the family's language and "
                "as a JSON file, for example when the family asks to see its data."
            )
        )
        _text(self.export, self.tr("E&xport…"))
        _text(self.erase_box, self.tr("Erase"))
        self.erase_text.setText(
            self.tr(
                "Erase this family and everything about it from this laptop. This cannot be "
                "undone. Type the family's name exactly to confirm."
            )
        )
        self.erase_name.setAccessibleName(self.tr("Type the family's name to confirm erasing"))
        _text(self.erase, self.tr("Erase family"))
        for view, name in (
            (self.people_view, self.tr("People")),
            (self.visits_view, self.tr("Visits, newest first")),
            (self.goals_view, self.tr("Goals")),
            (self.progress_view, self.tr("Progress of the selected goal")),
            (self.milestones_view, self.tr("Milestones of the selected goal")),
            (self.assessments_view, self.tr("Scores")),
            (self.consent_state_view, self.tr("Current consent")),
            (self.consent_history_view, self.tr("Consent history")),
        ):
            view.setAccessibleName(name)
        self._fill_fixed_combos()
        self.chart.retranslate()
        for model in self._models():
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
        self._selected_goal = None
        self._loading = self._reload_pending = self._busy = False
        for dialog in self._dialogs:
            if alive(dialog):
                dialog.reject()
        self._dialogs.clear()
        for model in self._models():
            model.clear()
        self.chart.clear()
        for label in (self.title, self.subtitle, self.message, self.export_status):
            label.clear()
        for field in (
            self.goal_status_note,
            self.consent_recorded_by,
            self.consent_remark,
            self.erase_name,
        ):
            field.clear()
        self.goal_status.clear()
        self._fill_people_combo(())
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
    def _models(self) -> list[RowsModel]:
        return [
            self.people,
            self.visits,
            self.goals,
            self.progress,
            self.milestones,
            self.assessments,
            self.consent_state,
            self.consent_history,
        ]

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
        family = dossier.family
        names = dossier.person_names()
        self.title.setText(family.display_name)
        self.subtitle.setText(
            f"{family.municipality.name} · {labels.programme_status(family.status)}"
        )
        self.message.clear()
        self.people.set_rows(dossier.people)
        self.visits.set_rows(dossier.visits)
        self.goals.set_goals(dossier.goals, names)
        self.assessments.set_assessments(dossier.assessments, names)
        self.consent_state.set_history(dossier.consent_events)
        self.consent_history.set_rows(dossier.consent_events)
        self._fill_people_combo(dossier.people)
        if not self.consent_recorded_by.text():
            self.consent_recorded_by.setText(family.assigned_coach)
        self._select_goal(self._selected_goal)
        self._show_chart()
        self._erase_name_changed(self.erase_name.text())
        self._set_enabled(True)

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (self.edit, self.tabs):
            widget.setEnabled(enabled)

    def _fill_fixed_combos(self) -> None:
        for combo, items in (
            (self.assessment_domain, [(labels.life_domain(d), d.value) for d in LifeDomain]),
            (self.consent_kind, [(consent_label(k), k.value) for k in ConsentKind]),
        ):
            current = combo.currentData()
            combo.clear()
            for text, value in items:
                combo.addItem(text, value)
            if current is not None:
                combo.setCurrentIndex(max(0, combo.findData(current)))
        if self.dossier is None:
            self._fill_people_combo(())

    def _fill_people_combo(self, people: tuple[Person, ...]) -> None:
        combo = self.assessment_person
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("Whole family"), "")
        for person in people:
            combo.addItem(person.display_name, str(person.id))
        combo.setCurrentIndex(max(0, combo.findData(current)) if current is not None else 0)
        combo.blockSignals(False)

    @staticmethod
    def _selected(view: QTableView) -> int | None:
        rows = view.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    # -- running saves ---------------------------------------------------------------------
    def _save(self, work: Callable[[], Any], done: Callable[[Any], None] | None = None) -> None:
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
            self._saved()

        def failed(exc: BaseException) -> None:
            if generation != self._generation:
                return
            self._busy = False
            self.message.setText(for_domain_error(exc))

        self.context.operations.run(work, ok, failed)

    def _saved(self, _result: object = None) -> None:
        self._load()
        self.context.events.data_changed.emit()

    def _keep(self, dialog: QDialog) -> None:
        self._dialogs = [d for d in self._dialogs if alive(d)]
        self._dialogs.append(dialog)

    # -- header ----------------------------------------------------------------------------
    def _edit_family(self) -> None:
        if self.dossier is not None:
            self._keep(open_edit_family_dialog(self.context, self.dossier.family, self))

    # -- people ----------------------------------------------------------------------------
    def _edit_person(self, row: int | None) -> None:
        if self.family_id is None:
            return
        person = self.people.row_at(row) if row is not None else None
        self._keep(open_person_dialog(self.context, self.family_id, person, self._saved, self))

    def _edit_selected_person(self) -> None:
        row = self._selected(self.people_view)
        if row is not None:
            self._edit_person(row)

    # -- visits ----------------------------------------------------------------------------
    def _new_visit(self) -> None:
        if self.family_id is not None:
            self.context.events.visit_requested.emit(self.family_id, None)

    def _open_visit(self, index: QModelIndex) -> None:
        if self.family_id is not None and index.isValid():
            self.context.events.visit_requested.emit(
                self.family_id, self.visits.row_at(index.row()).id
            )

    # -- goals -----------------------------------------------------------------------------
    def _current_goal(self) -> Goal | None:
        row = self._selected(self.goals_view)
        return self.goals.row_at(row) if row is not None else None

    def _select_goal(self, goal_id: UUID | None) -> None:
        rows = self.goals.rows()
        for row, goal in enumerate(rows):
            if goal.id == goal_id:
                self.goals_view.selectRow(row)
                return
        if rows:  # the first goal, so its status can be changed right away
            self.goals_view.selectRow(0)
            return
        self._goal_selected()

    def _goal_selected(self, *_args: object) -> None:
        goal = self._current_goal()
        self._selected_goal = goal.id if goal is not None else None
        self.progress.set_rows(goal.progress if goal else ())
        self.milestones.set_rows(goal.milestones if goal else ())
        self.goal_status.clear()
        allowed = [s for s in GoalStatus if goal is not None and s in GOAL_TRANSITIONS[goal.status]]
        for status in allowed:
            self.goal_status.addItem(labels.goal_status(status), status.value)
        self.status_box.setEnabled(bool(allowed))
        self.goal_edit.setEnabled(goal is not None)

    def _edit_goal(self, row: int | None) -> None:
        if self.family_id is None or self.dossier is None:
            return
        goal = self.goals.row_at(row) if row is not None else None

        def saved(result: Goal) -> None:
            self._selected_goal = result.id
            self._saved()

        self._keep(
            open_goal_dialog(self.context, self.family_id, goal, self.dossier.people, saved, self)
        )

    def _edit_selected_goal(self) -> None:
        row = self._selected(self.goals_view)
        if row is not None:
            self._edit_goal(row)

    def _change_goal_status(self) -> None:
        goal = self._current_goal()
        status = self.goal_status.currentData()
        if goal is None or not status:
            return
        service, note = self.context.workspace.service, self.goal_status_note.text()
        self._save(
            lambda: service.change_goal_status(
                goal.id, GoalStatus(str(status)), note=note, expected_version=goal.version
            ),
            lambda _goal: self.goal_status_note.clear(),
        )

    # -- assessments -----------------------------------------------------------------------
    def _subject(self) -> UUID | None:
        value = self.assessment_person.currentData()
        return UUID(str(value)) if value else None

    def _show_chart(self) -> None:
        rows = self.dossier.assessments if self.dossier is not None else ()
        self.chart.show_assessments(rows, self._subject())

    def _record_assessment(self) -> None:
        if self.family_id is None:
            return
        family_id, service = self.family_id, self.context.workspace.service
        domain = LifeDomain(str(self.assessment_domain.currentData()))
        score, person = self.assessment_score.value(), self._subject()
        on = _pydate(self.assessment_date.date())
        self._save(
            lambda: service.record_assessment(
                family_id, domain=domain, score=score, assessed_on=on, person_id=person
            )
        )

    # -- consent ---------------------------------------------------------------------------
    def _consent(self, *, given: bool) -> None:
        if self.family_id is None:
            return
        kind = ConsentKind(str(self.consent_kind.currentData()))
        if not given:
            answer = QMessageBox.question(
                self,
                self.tr("Withdraw consent"),
                self.tr(
                    "Record that the family withdraws its consent for: %1? The history is kept."
                ).replace("%1", consent_label(kind)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        family_id, service = self.family_id, self.context.workspace.service
        by, remark = self.consent_recorded_by.text(), self.consent_remark.text()
        on = _pydate(self.consent_date.date())
        action = service.record_consent if given else service.withdraw_consent
        self._save(
            lambda: action(family_id, kind, recorded_by=by, on=on, remark=remark),
            lambda _event: self.consent_remark.clear(),
        )

    # -- the family's data -----------------------------------------------------------------
    def _export(self) -> None:
        if self.family_id is None:
            return
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the family's data"),
            f"family-{date.today().isoformat()}.pdf",
            self.tr("PDF documents (*.pdf)"),
        )
        if not chosen:
            return
        pdf = Path(chosen).with_suffix(".pdf")
        json_path = pdf.with_suffix(".json")
        family_id, service = self.family_id, self.context.workspace.service
        fallback = self.context.language

        def work() -> tuple[str, str]:
            dossier = load_dossier(service, family_id)
            language = pdf_language(dossier.family.preferred_languages, fallback)
            write_family_pdf(dossier, pdf, language, today=date.today())
            data = service.export_family(family_id)
            json_path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
            return pdf.name, json_path.name

        self.export_status.setText(self.tr("Exporting…"))

        def done(names: Any) -> None:
            self.export_status.setText(
                self.tr("Saved %1 and %2.").replace("%1", names[0]).replace("%2", names[1])
            )

        def failed(exc: BaseException) -> None:
            self.export_status.setText(for_domain_error(exc))

        generation = self._generation
        self.context.operations.run(
            work,
            lambda r: done(r) if generation == self._generation else None,
            lambda e: failed(e) if generation == self._generation else None,
        )

    def _erase_name_changed(self, text: str) -> None:
        exact = self.dossier is not None and text == self.dossier.family.display_name
        self.erase.setEnabled(exact)

    def _erase(self) -> None:
        dossier = self.dossier
        if dossier is None or self.erase_name.text() != dossier.family.display_name:
            return
        family_id, service = dossier.family.id, self.context.workspace.service
        generation = self._generation

        def erased(_result: object) -> None:
            if generation != self._generation:
                return
            self.clear()
            self.context.events.navigate.emit("families")
            self.context.events.data_changed.emit()

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self.message.setText(for_domain_error(exc))

        self.erase.setEnabled(False)
        self.context.operations.run(lambda: service.erase_family(family_id), erased, failed)
