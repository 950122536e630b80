"""The family's goals: a list, and for the selected goal its status, progress and milestones."""

from __future__ import annotations

from datetime import date
from uuid import UUID

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from coach_app.domain.entities import Goal
from coach_app.domain.enums import GoalStatus
from coach_app.domain.family_view import FamilyDossier
from coach_app.domain.services import GOAL_TRANSITIONS
from coach_app.ui import labels
from coach_app.ui.date_refusal import untyped
from coach_app.ui.family.event_date import EventDate
from coach_app.ui.family.goal_dialog import open_goal_dialog
from coach_app.ui.family.models import GoalsModel, MilestonesModel, ProgressModel, RowsModel
from coach_app.ui.family.tab import FamilyTab, FamilyTabHost, button, selected_row, set_text, table
from coach_app.ui.widgets import named
from coach_app.workspace import WorkspaceLocked


class GoalsTab(FamilyTab):
    def __init__(self, host: FamilyTabHost, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        self._selected_goal: UUID | None = None
        self.goals = GoalsModel(self)
        self.goals_view = table("goal.list", self.goals, GoalsModel.TITLE)
        self.progress = ProgressModel(self)
        self.progress_view = table("goal.progress", self.progress, ProgressModel.NOTE)
        self.milestones = MilestonesModel(self)
        self.milestones_view = table("goal.milestone_list", self.milestones, MilestonesModel.TITLE)
        self.goal_new = button("goal.new")
        self.goal_edit = button("goal.edit")
        self.goal_status = named(QComboBox(), "goal.status", "")
        # As wide as its longest status in the language shown: it was sized once, while empty
        # ("Achievec").
        self.goal_status.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        # The day the status changed: default today. It keeps what is typed; a day in the
        # future or before the goal's latest change is said under it and refused on saving.
        self.goal_status_on = EventDate("goal.status_on", date.today())
        self.goal_status_note = named(QLineEdit(), "goal.status_note", "")
        self.goal_status_save = button("goal.status_save")
        self.status_box = QGroupBox()
        status_column = QVBoxLayout(self.status_box)
        status_row = QHBoxLayout()
        status_row.addWidget(self.goal_status)
        status_row.addWidget(self.goal_status_on)
        status_row.addWidget(self.goal_status_note, 1)
        status_row.addWidget(self.goal_status_save)
        status_column.addLayout(status_row)
        status_column.addWidget(self.goal_status_on.note_label())
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
        bar = QHBoxLayout()
        bar.addWidget(self.goal_new)
        bar.addWidget(self.goal_edit)
        bar.addStretch(1)
        column = QVBoxLayout(self)
        column.addLayout(bar)
        column.addWidget(split, 1)
        self.goals_view.selectionModel().selectionChanged.connect(self._goal_selected)
        self.goals_view.activated.connect(lambda index: self._edit_goal(index.row()))
        self.goal_new.clicked.connect(lambda: self._edit_goal(None))
        self.goal_edit.clicked.connect(self._edit_selected_goal)
        self.goal_status_save.clicked.connect(self._change_goal_status)
        self.goal_status_note.returnPressed.connect(self._change_goal_status)

    def retranslate(self) -> None:
        set_text(self.goal_new, self.tr("&New goal"))
        set_text(self.goal_edit, self.tr("Edit goal"))
        set_text(self.goal_status_save, self.tr("Change status"))
        set_text(self.status_box, self.tr("Status of the selected goal"))
        self.goal_status.setAccessibleName(self.tr("New status"))
        self.goal_status_on.setAccessibleName(self.tr("Date of the status change"))
        self.goal_status_on.setToolTip(
            self.tr(
                "The day the status changed, which may be long ago; never in the future and "
                "never before the goal's latest change."
            )
        )
        self.goal_status_note.setAccessibleName(self.tr("Note about the status change"))
        self.goal_status_note.setPlaceholderText(self.tr("Note (optional)"))
        self.progress_title.setText(self.tr("Progress"))
        self.milestones_title.setText(self.tr("Milestones"))
        for view, name in (
            (self.goals_view, self.tr("Goals")),
            (self.progress_view, self.tr("Progress of the selected goal")),
            (self.milestones_view, self.tr("Milestones of the selected goal")),
        ):
            view.setAccessibleName(name)

    def show_dossier(self, dossier: FamilyDossier) -> None:
        self.goals.set_goals(dossier.goals, dossier.person_names())
        self._select_goal(self._selected_goal)

    def models(self) -> list[RowsModel]:
        return [self.goals, self.progress, self.milestones]

    def clear(self) -> None:
        self._selected_goal = None
        super().clear()
        self.goal_status_note.clear()
        self.goal_status.clear()

    # -- selection -------------------------------------------------------------------------
    def _current_goal(self) -> Goal | None:
        row = selected_row(self.goals_view)
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
        today = self._today()
        if goal is not None and today is not None:
            history = goal.status_history
            self.goal_status_on.set_value(today)
            self.goal_status_on.set_rules(
                today,
                not_before=history[-1].on if history else goal.opened_on,
                before="before_previous" if len(history) > 1 else "before_opened",
            )
        self.goal_edit.setEnabled(goal is not None)

    def _today(self) -> date | None:
        """The programme's today (None once locked)."""
        try:
            return self.host.context.workspace.service.today()
        except WorkspaceLocked:  # locked meanwhile: nothing is shown then
            return None

    # -- editing ---------------------------------------------------------------------------
    def _edit_goal(self, row: int | None) -> None:
        host = self.host
        if host.family_id is None or host.dossier is None:
            return
        goal = self.goals.row_at(row) if row is not None else None

        def saved(result: Goal) -> None:
            self._selected_goal = result.id
            host.reload()

        host.keep_dialog(
            open_goal_dialog(host.context, host.family_id, goal, host.dossier.people, saved, self)
        )

    def _edit_selected_goal(self) -> None:
        row = selected_row(self.goals_view)
        if row is not None:
            self._edit_goal(row)

    def _change_goal_status(self) -> None:
        goal = self._current_goal()
        status = self.goal_status.currentData()
        if goal is None or not status:
            return
        service, note = self.host.context.workspace.service, self.goal_status_note.text()
        refusal = untyped(self.goal_status_on, "status_on")
        if refusal is not None:  # kept as typed, said in words
            self.host.show_message(refusal.words)
            return
        on = self.goal_status_on.value()
        self.host.run_save(
            lambda: service.change_goal_status(
                goal.id, GoalStatus(str(status)), note=note, on=on, expected_version=goal.version
            ),
            lambda _goal: self.goal_status_note.clear(),
        )
