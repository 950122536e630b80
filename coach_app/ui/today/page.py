"""The Today screen: visits planned (and held earlier today), follow-up actions to do and goals
near their target date, each in a card with its state in words on a badge.

The overview is read off the GUI thread (``workspace.today``) and arrives as one frozen
``TodayOverview``; three table models cache its rows. Activating a row opens the family. A
follow-up action can be ticked off or moved to another day right here (saved in the
background; the screen reloads after). ``clear`` empties the models and drops a refresh that
is still running.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import QDate, QLocale, QModelIndex
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coach_app.domain.today import FOLLOW_UP_DAYS, GOAL_DAYS, VISIT_DAYS, TodayOverview
from coach_app.ui import messages
from coach_app.ui.badges import BadgeDelegate
from coach_app.ui.context import UiContext
from coach_app.ui.date_refusal import untyped
from coach_app.ui.resources import icon
from coach_app.ui.today.models import (
    OVERDUE_ROLE,
    FollowUpsModel,
    GoalsModel,
    TodayModel,
    VisitsModel,
)
from coach_app.ui.widgets import calendar_popup, named, set_role

MOVE_DAYS = 7  # a follow-up is offered to move this many days on

__all__ = ["OVERDUE_ROLE", "TodayPage"]


class _Section:
    """A card: a heading with a count, a hint when empty, the table."""

    def __init__(self, model: TodayModel, name: str) -> None:
        self.model = model
        self.card = QFrame()
        self.card.setObjectName(f"{name}_card")
        set_role(self.card, "card")
        self.heading = QLabel()
        self.heading.setObjectName(f"{name}_count")
        set_role(self.heading, "section")
        self.empty = QLabel()
        self.empty.setObjectName(f"{name}_empty")
        self.empty.setWordWrap(True)
        set_role(self.empty, "hint")
        self.view = named(QTableView(), name, "")
        self.view.setModel(model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)
        self.view.verticalHeader().setVisible(False)
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(True)
        self.view.setItemDelegateForColumn(model.STATE_COLUMN, BadgeDelegate(self.view))
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The third column (the action, visit place or goal) takes the room that is left.
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.box = QVBoxLayout(self.card)
        self.box.addWidget(self.heading)
        self.box.addWidget(self.empty)
        self.box.addWidget(self.view, 1)
        self.heading.setBuddy(self.view)

    def update(self, heading: str, empty: str, accessible: str) -> bool:
        has_rows = self.model.rowCount() > 0
        self.heading.setText(heading)
        self.empty.setText(empty)
        self.empty.setVisible(not has_rows)
        self.view.setVisible(has_rows)
        self.view.setAccessibleName(accessible)
        return has_rows


class TodayPage(QWidget):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._generation = 0
        self._busy = False
        self.title = QLabel()
        self.title.setObjectName("today.title")
        set_role(self.title, "page-title")
        self.day = QLabel()
        self.day.setObjectName("today.date")
        set_role(self.day, "hint")
        self.status = QLabel()
        self.status.setObjectName("today.status")
        self.status.setWordWrap(True)
        set_role(self.status, "error")
        self.visits_model = VisitsModel(self)
        self.followups_model = FollowUpsModel(self)
        self.goals_model = GoalsModel(self)
        self.visits = _Section(self.visits_model, "today.visits")
        self.followups = _Section(self.followups_model, "today.followups")
        self.goals = _Section(self.goals_model, "today.goals")

        self.done_button = named(QPushButton(icon("done"), ""), "today.followup_done", "")
        self.move_date = named(QDateEdit(), "today.followup_new_date", "")
        calendar_popup(self.move_date)
        self.move_date.setMinimumDate(QDate.currentDate())  # a follow-up moves forward
        self.move_button = named(QPushButton(), "today.followup_move", "")
        self._move_label = QLabel()
        self._move_label.setBuddy(self.move_date)
        self.followup_bar = QWidget()
        bar = QHBoxLayout(self.followup_bar)
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.done_button)
        bar.addSpacing(16)
        bar.addWidget(self._move_label)
        bar.addWidget(self.move_date)
        bar.addWidget(self.move_button)
        bar.addStretch(1)
        self.followups.box.addWidget(self.followup_bar)

        heading = QHBoxLayout()
        heading.addWidget(self.title)
        heading.addWidget(self.day, 1)
        self.column = QVBoxLayout(self)
        self.column.addLayout(heading)
        self.column.addWidget(self.status)
        for section in (self.visits, self.followups, self.goals):
            self.column.addWidget(section.card, 1)
            section.view.activated.connect(lambda index, s=section: self._open(s.model, index))
        self.column.addStretch(0)
        self.status.setVisible(False)

        self.followups.view.selectionModel().selectionChanged.connect(self._followup_chosen)
        self.followups_model.modelReset.connect(self._followup_chosen)
        self.done_button.clicked.connect(self._mark_done)
        self.move_button.clicked.connect(self._move)
        self.retranslate()
        self._followup_chosen()

    # -- Page protocol -------------------------------------------------------------------
    def retranslate(self) -> None:
        self.title.setText(self.tr("Today"))
        for model in (self.visits_model, self.followups_model, self.goals_model):
            model.retranslate()
        self.done_button.setText(self.tr("Mark as done"))
        self.done_button.setAccessibleName(self.tr("Mark the selected follow-up action as done"))
        self._move_label.setText(self.tr("&Move to:"))
        self.move_date.setAccessibleName(self.tr("New due date for the selected action"))
        self.move_button.setText(self.tr("Move"))
        self.move_button.setAccessibleName(
            self.tr("Move the selected follow-up action to the new due date")
        )
        self._show_day()
        self._update_sections()

    def refresh(self) -> None:
        workspace = self.context.workspace
        if not workspace.is_unlocked:
            return
        self._generation += 1
        generation = self._generation
        day = date.today()
        now = datetime.now().astimezone()
        self.context.operations.run(
            lambda: workspace.today(day, now),
            lambda result: self._loaded(generation, result),
            lambda exc: self._failed(generation, exc),
        )

    def clear(self) -> None:
        self._generation += 1  # a refresh still running is dropped when it reports
        self._busy = False
        for model in (self.visits_model, self.followups_model, self.goals_model):
            model.clear()
        self.status.clear()
        self.status.setVisible(False)
        self._update_sections()

    # -- results -------------------------------------------------------------------------
    def show_overview(self, overview: TodayOverview) -> None:
        self.visits_model.set_visits(overview.held_today, overview.visits, overview.today)
        self.followups_model.set_rows(overview.follow_ups, overview.today)
        self.goals_model.set_rows(overview.goals, overview.today)
        self.status.setVisible(False)
        self._show_day(overview.today)
        self._update_sections()

    def _loaded(self, generation: int, result: Any) -> None:
        if generation != self._generation or not self.context.workspace.is_unlocked:
            return
        if isinstance(result, TodayOverview):
            self.show_overview(result)

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self.status.setText(messages.for_error(exc))
        self.status.setVisible(True)

    def _open(self, model: TodayModel, index: QModelIndex) -> None:
        if index.isValid():
            self.context.events.family_opened.emit(model.family_at(index.row()))

    def _show_day(self, day: date | None = None) -> None:
        shown = day or date.today()
        self.day.setText(
            QLocale().toString(
                QDate(shown.year, shown.month, shown.day), QLocale.FormatType.LongFormat
            )
        )

    # -- follow-up actions ---------------------------------------------------------------
    def _selected_followup(self) -> Any:
        rows = self.followups.view.selectionModel().selectedRows()
        return self.followups_model.row_at(rows[0].row()) if rows else None

    def _followup_chosen(self, *_: object) -> None:
        chosen = self._selected_followup()
        for widget in (self.done_button, self.move_date, self.move_button):
            widget.setEnabled(chosen is not None and not self._busy)
        # A week after the action's due date (or after today): never Qt's 1 January 2000,
        # which the disabled field showed before any action was chosen.
        later = max(chosen.due_date if chosen is not None else date.today(), date.today())
        later += timedelta(days=MOVE_DAYS)
        self.move_date.setDate(QDate(later.year, later.month, later.day))

    def _mark_done(self) -> None:
        chosen = self._selected_followup()
        if chosen is None or self._busy:
            return
        service = self.context.workspace.service
        self._save(lambda: service.set_follow_up_done(chosen.visit_id, chosen.follow_up_id))

    def _move(self) -> None:
        chosen = self._selected_followup()
        if chosen is None or self._busy:
            return
        refusal = untyped(self.move_date, "due_on")
        if refusal is not None:  # kept as typed, said in words
            self.status.setText(refusal.words)
            self.status.setVisible(True)
            return
        picked = self.move_date.date()
        day = date(picked.year(), picked.month(), picked.day())
        service = self.context.workspace.service
        self._save(lambda: service.move_follow_up(chosen.visit_id, chosen.follow_up_id, day))

    def _save(self, work: Any) -> None:
        self._busy = True
        self._followup_chosen()
        generation = self._generation

        def saved(_result: object) -> None:
            self._busy = False
            if generation == self._generation:
                self.context.events.data_changed.emit()
                self.refresh()

        def failed(exc: BaseException) -> None:
            self._busy = False
            if generation == self._generation:
                self._failed(generation, exc)
                self._followup_chosen()

        self.context.operations.run(work, saved, failed)

    def _update_sections(self) -> None:
        planned, held = self.visits_model.planned_count(), self.visits_model.held_count()
        heading = self.tr("Visits planned (%n)", "", planned)
        if held:
            heading += " · " + self.tr("held today: %n", "", held)
        shown = [
            self.visits.update(
                heading,
                self.tr(
                    "No visits planned in the next %1 days. To plan one, open a family and "
                    "choose New visit (Ctrl+N)."
                ).replace("%1", str(VISIT_DAYS)),
                self.tr("Visits planned"),
            ),
            self.followups.update(
                self.tr("Follow-up actions to do (%n)", "", self.followups_model.rowCount()),
                self.tr(
                    "No follow-up actions due in the next %1 days, none overdue. Actions you "
                    "agree during a visit appear here when they are due."
                ).replace("%1", str(FOLLOW_UP_DAYS)),
                self.tr("Follow-up actions to do"),
            ),
            self.goals.update(
                self.tr("Goals near their target date (%n)", "", self.goals_model.rowCount()),
                self.tr(
                    "No open goals with a target date in the next %1 days. Give a goal a "
                    "target date on the family's Goals tab to see it here."
                ).replace("%1", str(GOAL_DAYS)),
                self.tr("Goals near their target date"),
            ),
        ]
        self.followup_bar.setVisible(shown[1])
        for section, has_rows in zip((self.visits, self.followups, self.goals), shown, strict=True):
            self.column.setStretchFactor(section.card, 1 if has_rows else 0)
        self.column.setStretch(self.column.count() - 1, 0 if any(shown) else 1)
        self._followup_chosen()
