"""Creating and editing a goal with its milestones. The status changes on the family's page."""

from __future__ import annotations

import dataclasses
import json
import logging
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any
from uuid import UUID

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coach_app.domain.entities import (
    MAX_LONG_TEXT,
    MAX_NAME,
    MAX_SHORT_TEXT,
    Goal,
    Milestone,
    Person,
)
from coach_app.domain.enums import LifeDomain
from coach_app.domain.errors import ValidationError
from coach_app.ui import labels
from coach_app.ui.context import UiContext
from coach_app.ui.family.editor_dialog import EditorDialog
from coach_app.ui.family.event_date import EventDate
from coach_app.ui.family.models import MilestonesModel
from coach_app.ui.family.optional_date import OptionalDate
from coach_app.ui.widgets import named

log = logging.getLogger(__name__)


class GoalDialog(EditorDialog):
    """New goal of ``family_id`` (``goal=None``) or edit one. ``on_saved`` gets the goal."""

    def __init__(
        self,
        context: UiContext,
        family_id: UUID,
        goal: Goal | None,
        people: Sequence[Person],
        on_saved: Callable[[Goal], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, "goal", parent)
        self.family_id = family_id
        self.goal = goal
        self._people = tuple(people)
        self._on_saved = on_saved
        self.domain = named(QComboBox(), "goal.domain", "")
        self.person = named(QComboBox(), "goal.person", "")
        self.title = named(QLineEdit(), "goal.title", "")
        self.description = named(QPlainTextEdit(), "goal.description", "")
        self.description.setTabChangesFocus(True)
        self.description.setMinimumHeight(70)
        self.target_date = OptionalDate("goal.target_date")
        today = context.workspace.service.today()
        # The day the goal was opened: never in the future, never after its first status
        # change. The field keeps what is typed; the rule broken is said under it at once and
        # the use case refuses it in words on saving.
        self.opened_on = EventDate("goal.opened_on", today)
        self._today = today
        self._first_change: date | None = None
        if goal is not None:
            later = [change.on for change in goal.status_history[1:]]
            self._first_change = min(later) if later else None
            self.opened_on.set_value(goal.opened_on)
        self._set_opened_rules()

        self.milestones = MilestonesModel(self)
        self.milestone_view = named(QTableView(), "goal.milestones", "")
        self.milestone_view.setModel(self.milestones)
        self.milestone_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.milestone_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.milestone_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.milestone_view.verticalHeader().setVisible(False)
        self.milestone_view.horizontalHeader().setSectionResizeMode(
            MilestonesModel.TITLE, QHeaderView.ResizeMode.Stretch
        )
        self.milestone_view.setMinimumHeight(100)
        self.milestone_title = named(QLineEdit(), "goal.milestone_title", "")
        self.milestone_date = OptionalDate("goal.milestone_date")
        self.milestone_add = named(QPushButton(), "goal.milestone_add", "")
        self.milestone_remove = named(QPushButton(), "goal.milestone_remove", "")
        self.milestone_reached = named(QPushButton(), "goal.milestone_reached", "")
        adder = QHBoxLayout()
        adder.addWidget(self.milestone_title, 2)
        adder.addWidget(self.milestone_date, 1)
        adder.addWidget(self.milestone_add)
        actions = QHBoxLayout()
        actions.addWidget(self.milestone_reached)
        actions.addWidget(self.milestone_remove)
        actions.addStretch(1)
        milestone_box = QWidget()
        column = QVBoxLayout(milestone_box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.milestone_view)
        column.addLayout(actions)
        column.addLayout(adder)

        self.add_row("domain", self.domain, None)
        self.add_row("person", self.person, "person_id")
        self.add_row("title", self.title, "title")
        self.add_row("description", self.description, "description")
        self.add_row("opened_on", self.opened_on, "opened_on")
        self.show_note_of(self.opened_on, "opened_on")
        self.add_row("target_date", self.target_date, None)
        self.add_row("milestones", milestone_box, "milestone.title")
        self.milestone_add.clicked.connect(self._add_milestone)
        self.enter_adds(self.milestone_title, self._add_milestone)
        self.milestone_remove.clicked.connect(self._remove_milestone)
        self.milestone_reached.clicked.connect(self._toggle_reached)
        self.retranslate()
        if goal is not None:
            self.domain.setCurrentIndex(max(0, self.domain.findData(goal.domain.value)))
            self.person.setCurrentIndex(
                max(0, self.person.findData(str(goal.person_id) if goal.person_id else ""))
            )
            self.title.setText(goal.title)
            self.description.setPlainText(goal.description)
            self.target_date.set_value(goal.target_date)
            self.milestones.set_rows(goal.milestones)
        self._set_opened_rules()
        self.person.currentIndexChanged.connect(self._set_opened_rules)
        self.set_limit(self.title, "title", MAX_NAME)
        self.set_limit(self.description, "description", MAX_LONG_TEXT)
        self.set_limit(self.milestone_title, "milestone.title", MAX_SHORT_TEXT)
        self.keep_in_drafts(
            "goal.milestones",
            self._drafted_milestones,
            self._restore_milestones,
            self.milestones.modelReset,
        )
        self.keep_drafts("goal", family_id, None if goal is None else goal.id)
        self.resize(620, self.sizeHint().height())

    def retranslate(self) -> None:
        self.setWindowTitle(
            QCoreApplication.translate("GoalEditor", "New goal")
            if self.goal is None
            else QCoreApplication.translate("GoalEditor", "Edit goal")
        )
        self.set_label("domain", QCoreApplication.translate("GoalEditor", "Life &domain"))
        self.set_label("person", QCoreApplication.translate("GoalEditor", "&For"))
        self.set_label("title", QCoreApplication.translate("GoalEditor", "&Title"))
        self.set_label("description", QCoreApplication.translate("GoalEditor", "D&escription"))
        self.set_label("opened_on", QCoreApplication.translate("GoalEditor", "&Opened on"))
        self.set_label("target_date", QCoreApplication.translate("GoalEditor", "Target d&ate"))
        self.opened_on.setAccessibleName(
            QCoreApplication.translate("GoalEditor", "Date the goal was opened")
        )
        self.opened_on.setToolTip(
            QCoreApplication.translate(
                "GoalEditor",
                "The day the goal was set, which may be long ago; never in the future and "
                "never after its first status change.",
            )
        )
        self.set_label("milestones", QCoreApplication.translate("GoalEditor", "&Milestones"))
        self.domain.setAccessibleName(QCoreApplication.translate("GoalEditor", "Life domain"))
        self.person.setAccessibleName(QCoreApplication.translate("GoalEditor", "For whom"))
        self.title.setAccessibleName(QCoreApplication.translate("GoalEditor", "Title"))
        self.description.setAccessibleName(QCoreApplication.translate("GoalEditor", "Description"))
        self.target_date.retranslate(QCoreApplication.translate("GoalEditor", "Target date"))
        self.milestone_view.setAccessibleName(
            QCoreApplication.translate("GoalEditor", "Milestones")
        )
        self.milestone_title.setAccessibleName(
            QCoreApplication.translate("GoalEditor", "New milestone")
        )
        self.milestone_title.setPlaceholderText(
            QCoreApplication.translate("GoalEditor", "New milestone")
        )
        self.milestone_date.retranslate(
            QCoreApplication.translate("GoalEditor", "Milestone target date")
        )
        for button, text in (
            (self.milestone_add, QCoreApplication.translate("GoalEditor", "Add milestone")),
            (self.milestone_remove, QCoreApplication.translate("GoalEditor", "Remove milestone")),
            (
                self.milestone_reached,
                QCoreApplication.translate("GoalEditor", "Reached today / not reached"),
            ),
        ):
            button.setText(text)
            button.setAccessibleName(text)
        current = self.domain.currentData()
        self.domain.clear()
        for domain in LifeDomain:
            self.domain.addItem(labels.life_domain(domain), domain.value)
        if current is not None:
            self.domain.setCurrentIndex(max(0, self.domain.findData(current)))
        current = self.person.currentData()
        self.person.clear()
        self.person.addItem(QCoreApplication.translate("GoalEditor", "Whole family"), "")
        for person in self._people:
            self.person.addItem(person.display_name, str(person.id))
        if current is not None:
            self.person.setCurrentIndex(max(0, self.person.findData(current)))
        self.milestones.retranslate()
        self.retranslate_buttons()

    def _set_opened_rules(self, *_args: object) -> None:
        """The opened date's rules as the use case checks them: not in the future, not after
        the first status change, not before the birth date of the person chosen."""
        chosen = str(self.person.currentData() or "")
        born = next((p.birth_date for p in self._people if str(p.id) == chosen), None)
        self.opened_on.set_rules(
            self._today, not_before=born, before="before_birth", not_after=self._first_change
        )

    # -- milestones (kept in the dialog until Save, and in its draft) -------------------------
    def _drafted_milestones(self) -> tuple[str, ...]:
        """The milestones as listed, one JSON text each (a draft's field value)."""
        return tuple(milestone_to_text(m) for m in self.milestones.rows())

    def _restore_milestones(self, value: object) -> None:
        if value is None:
            self.milestones.set_rows(())
            return
        texts = value if isinstance(value, tuple) else ()
        restored = [m for m in (milestone_from_text(str(t)) for t in texts) if m is not None]
        self.milestones.set_rows(restored)

    def _selected_row(self) -> int | None:
        rows = self.milestone_view.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _add_milestone(self) -> None:
        title = self.milestone_title.text().strip()
        if not title:
            self.show_error(ValidationError("milestone.title", "must not be empty"))
            return
        try:
            milestone = Milestone(title=title, target_date=self.milestone_date.checked_value())
        except ValidationError as exc:  # too long: said under the field, nothing is lost
            self.show_error(exc)
            return
        self.milestones.set_rows((*self.milestones.rows(), milestone))
        self.milestone_title.clear()
        self.milestone_date.set_value(None)
        self.milestone_title.setFocus()

    def _remove_milestone(self) -> None:
        row = self._selected_row()
        if row is not None:
            rows = list(self.milestones.rows())
            del rows[row]
            self.milestones.set_rows(rows)

    def _toggle_reached(self) -> None:
        row = self._selected_row()
        if row is None:
            return
        rows = list(self.milestones.rows())
        milestone: Milestone = rows[row]
        reached = None if milestone.reached_on else date.today()
        rows[row] = dataclasses.replace(milestone, reached_on=reached)
        self.milestones.set_rows(rows)
        self.milestone_view.selectRow(row)

    # -- save --------------------------------------------------------------------------------
    def collect(self) -> Callable[[], Any]:
        person = str(self.person.currentData() or "")
        values: dict[str, Any] = {
            "domain": LifeDomain(str(self.domain.currentData())),
            "person_id": UUID(person) if person else None,
            "title": self.title.text().strip(),
            "description": self.description.toPlainText(),
            "target_date": self.target_date.checked_value(),
            "milestones": tuple(self.milestones.rows()),
        }
        self.opened_on.refuse_untyped()
        opened_on = self.opened_on.value()
        service = self.context.workspace.service
        family_id = self.family_id
        if self.goal is None:
            return lambda: service.create_goal(family_id, **values, opened_on=opened_on)
        values["opened_on"] = opened_on
        edited = dataclasses.replace(self.goal, **values)
        return lambda: service.update_goal(edited)

    def saved(self, result: Any) -> None:
        self._on_saved(result)


def milestone_to_text(milestone: Milestone) -> str:
    """One milestone as JSON text: id, title, target date and day reached (ISO dates)."""
    return json.dumps(
        {
            "id": str(milestone.id),
            "title": milestone.title,
            "target_date": None if milestone.target_date is None else str(milestone.target_date),
            "reached_on": None if milestone.reached_on is None else str(milestone.reached_on),
        },
        ensure_ascii=False,
    )


def milestone_from_text(text: str) -> Milestone | None:
    """The milestone ``milestone_to_text`` wrote, or None for text that is not one."""
    try:
        data = json.loads(text)
        return Milestone(
            id=UUID(data["id"]),
            title=data["title"],
            target_date=_day(data.get("target_date")),
            reached_on=_day(data.get("reached_on")),
        )
    except (ValueError, KeyError, TypeError, ValidationError):
        log.warning("a drafted milestone could not be read back")
        return None


def _day(value: object) -> date | None:
    return None if value is None else date.fromisoformat(str(value))


def open_goal_dialog(
    context: UiContext,
    family_id: UUID,
    goal: Goal | None,
    people: Sequence[Person],
    on_saved: Callable[[Goal], None],
    parent: QWidget,
) -> GoalDialog:
    dialog = GoalDialog(context, family_id, goal, people, on_saved, parent)
    dialog.open()
    return dialog
