"""The fields of one visit: when, how long, where, who was there, topics, notes, follow-up
actions and goal updates. The form knows nothing about storage; the editor fills it and reads
it back as a ``VisitDraft``."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any
from uuid import UUID

from PySide6.QtCore import QDate, QDateTime, QTime, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coach_app.domain import LifeDomain, Person, VisitMode
from coach_app.domain.drafts import FollowUpDraft, GoalUpdateDraft, VisitDraft
from coach_app.domain.entities import MAX_VISIT_MINUTES
from coach_app.ui import labels
from coach_app.ui.visit.due_date_delegate import DueDateDelegate
from coach_app.ui.visit.models import (
    CheckListModel,
    FollowUpsModel,
    GoalChoice,
    GoalUpdatesModel,
)
from coach_app.ui.visit.status_delegate import StatusChoiceDelegate
from coach_app.ui.visit.text_delegate import TextCellDelegate
from coach_app.ui.widgets import calendar_popup, named


def _local(moment: datetime) -> QDateTime:
    local = moment.astimezone()
    return QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))


class VisitForm(QWidget):
    """The visit's fields; ``changed`` fires on every edit the coach makes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.started_at = named(QDateTimeEdit(), "visit.started_at", "")
        calendar_popup(self.started_at)
        self.duration = named(QSpinBox(), "visit.duration", "")
        self.duration.setRange(1, MAX_VISIT_MINUTES)
        self.duration.setSingleStep(15)
        self.mode = named(QComboBox(), "visit.mode", "")
        self.people_model = CheckListModel(self)
        self.people = named(QListView(), "visit.people", "")
        self.people.setModel(self.people_model)
        self.topics_model = CheckListModel(self)
        self.topics = named(QListView(), "visit.topics", "")
        self.topics.setModel(self.topics_model)
        for view in (self.people, self.topics):
            view.setMaximumHeight(150)
        self.notes = named(QPlainTextEdit(), "visit.notes", "")
        self.notes.setTabChangesFocus(True)
        self.followups_model = FollowUpsModel(self)
        self.followups = named(QTableView(), "visit.followups", "")
        self.followups.setModel(self.followups_model)
        self.followups.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.followups.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.followups.horizontalHeader().setSectionResizeMode(
            FollowUpsModel.TEXT, QHeaderView.ResizeMode.Stretch
        )
        self.followups.verticalHeader().setVisible(False)
        self._due_delegate = DueDateDelegate(self.followups)
        self.followups.setItemDelegateForColumn(FollowUpsModel.DUE, self._due_delegate)
        self._followup_text_delegate = TextCellDelegate(
            "visit.followup_text", lambda: self.tr("Follow-up action"), self.followups
        )
        self.followups.setItemDelegateForColumn(FollowUpsModel.TEXT, self._followup_text_delegate)
        self.followup_add = named(QPushButton(), "visit.followup_add", "")
        self.followup_remove = named(QPushButton(), "visit.followup_remove", "")
        self.goals_model = GoalUpdatesModel(self)
        self.goal_updates = named(QTableView(), "visit.goal_updates", "")
        self.goal_updates.setModel(self.goals_model)
        self._status_delegate = StatusChoiceDelegate(self.goal_updates)
        self.goal_updates.setItemDelegateForColumn(
            GoalUpdatesModel.NEW_STATUS, self._status_delegate
        )
        self._goal_note_delegate = TextCellDelegate(
            "visit.goal_note", lambda: self.tr("Progress note on the goal"), self.goal_updates
        )
        self.goal_updates.setItemDelegateForColumn(GoalUpdatesModel.NOTE, self._goal_note_delegate)
        self.goal_updates.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.goal_updates.horizontalHeader().setSectionResizeMode(
            GoalUpdatesModel.NOTE, QHeaderView.ResizeMode.Stretch
        )
        self.goal_updates.verticalHeader().setVisible(False)

        self._labels: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, widget in (
            ("started_at", self.started_at),
            ("duration", self.duration),
            ("mode", self.mode),
        ):
            self._labels[key] = QLabel()
            self._labels[key].setBuddy(widget)
            form.addRow(self._labels[key], widget)
        lists = QHBoxLayout()
        for key, view in (("people", self.people), ("topics", self.topics)):
            column = QVBoxLayout()
            self._labels[key] = QLabel()
            self._labels[key].setBuddy(view)
            column.addWidget(self._labels[key])
            column.addWidget(view)
            lists.addLayout(column)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(form)
        box.addLayout(lists)
        self._labels["notes"] = QLabel()
        self._labels["notes"].setBuddy(self.notes)
        box.addWidget(self._labels["notes"])
        box.addWidget(self.notes, 2)
        self._labels["followups"] = QLabel()
        self._labels["followups"].setBuddy(self.followups)
        followup_bar = QHBoxLayout()
        followup_bar.addWidget(self._labels["followups"], 1)
        followup_bar.addWidget(self.followup_add)
        followup_bar.addWidget(self.followup_remove)
        box.addLayout(followup_bar)
        box.addWidget(self.followups, 1)
        self._labels["goal_updates"] = QLabel()
        self._labels["goal_updates"].setBuddy(self.goal_updates)
        box.addWidget(self._labels["goal_updates"])
        box.addWidget(self.goal_updates, 1)

        self.followup_add.clicked.connect(self._add_followup)
        self.followup_remove.clicked.connect(self._remove_followup)
        self.started_at.dateTimeChanged.connect(self._emit_changed)
        self.duration.valueChanged.connect(self._emit_changed)
        self.mode.currentIndexChanged.connect(self._emit_changed)
        self.notes.textChanged.connect(self._emit_changed)
        for model in (self.people_model, self.topics_model, self.followups_model, self.goals_model):
            model.dataChanged.connect(self._emit_changed)
            model.rowsInserted.connect(self._emit_changed)
            model.rowsRemoved.connect(self._emit_changed)
        self.retranslate()

    def _emit_changed(self, *_: object) -> None:
        self.changed.emit()

    # -- texts -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        texts = {
            "started_at": (self.tr("&Date and time:"), self.tr("Date and time of the visit")),
            "duration": (self.tr("D&uration:"), self.tr("Duration in minutes")),
            "mode": (self.tr("&Where:"), self.tr("Kind of visit")),
            "people": (self.tr("&People present"), self.tr("People present")),
            "topics": (self.tr("&Topics"), self.tr("Topics discussed")),
            "notes": (self.tr("&Notes"), self.tr("Visit notes")),
            "followups": (self.tr("&Follow-up actions"), self.tr("Follow-up actions")),
            "goal_updates": (self.tr("&Goals"), self.tr("Goal updates")),
        }
        widgets: dict[str, QWidget] = {
            "started_at": self.started_at,
            "duration": self.duration,
            "mode": self.mode,
            "people": self.people,
            "topics": self.topics,
            "notes": self.notes,
            "followups": self.followups,
            "goal_updates": self.goal_updates,
        }
        for key, (label, accessible) in texts.items():
            self._labels[key].setText(label)
            widgets[key].setAccessibleName(accessible)
        self.duration.setSuffix(self.tr(" min"))
        self.notes.setPlaceholderText(self.tr("What did you talk about? What was agreed?"))
        self.followup_add.setText(self.tr("Add action"))
        self.followup_add.setAccessibleName(self.tr("Add a follow-up action"))
        self.followup_remove.setText(self.tr("Remove action"))
        self.followup_remove.setAccessibleName(self.tr("Remove the selected follow-up action"))
        current = self.mode.currentData()
        self.mode.blockSignals(True)
        self.mode.clear()
        for mode in VisitMode:
            self.mode.addItem(labels.visit_mode(mode), mode.value)
        self.mode.setCurrentIndex(max(0, self.mode.findData(current)))
        self.mode.blockSignals(False)
        self.topics_model.relabel({domain: labels.life_domain(domain) for domain in LifeDomain})

    # -- filling -----------------------------------------------------------------------------
    def set_choices(self, people: Sequence[Person], goals: Sequence[GoalChoice]) -> None:
        """The family's people, every life domain as a topic, and the family's open goals."""
        self.people_model.set_items([(p.id, p.display_name) for p in people])
        self.topics_model.set_items([(d, labels.life_domain(d)) for d in LifeDomain])
        self.goals_model.set_goals(goals)

    def apply(
        self,
        started_at: datetime,
        duration: int,
        mode: VisitMode,
        people: Sequence[UUID],
        topics: Sequence[LifeDomain],
        notes: str,
        goal_updates: Sequence[Any],
    ) -> None:
        self.started_at.setDateTime(_local(started_at))
        self.duration.setValue(duration)
        self.mode.setCurrentIndex(max(0, self.mode.findData(mode.value)))
        self.people_model.set_checked(list(people))
        self.topics_model.set_checked(list(topics))
        self.notes.setPlainText(notes)
        self.goals_model.set_updates(goal_updates)

    def set_follow_ups(self, rows: Sequence[FollowUpDraft]) -> None:
        self.followups_model.set_rows(rows)

    def goal_versions(self) -> dict[UUID, int]:
        """Each listed goal's version as loaded (for the concurrent-change check)."""
        return {g.goal_id: g.version for g in self.goals_model.goals()}

    # -- reading -----------------------------------------------------------------------------
    def draft(
        self,
        *,
        draft_id: UUID,
        family_id: UUID,
        visit_id: UUID | None,
        base_version: int | None,
        revision: int,
    ) -> VisitDraft:
        """What is on screen, as a draft."""
        started = self.started_at.dateTime().toPython()
        assert isinstance(started, datetime)
        mode = self.mode.currentData()
        goal_updates: tuple[GoalUpdateDraft, ...] = self.goals_model.updates()
        return VisitDraft(
            id=draft_id,
            family_id=family_id,
            visit_id=visit_id,
            base_version=base_version,
            started_at=started.astimezone(UTC),
            duration_minutes=self.duration.value(),
            mode=VisitMode(mode) if mode else None,
            people_present=tuple(UUID(str(k)) for k in self.people_model.checked_keys()),
            topics=tuple(LifeDomain(str(k)) for k in self.topics_model.checked_keys()),
            notes=self.notes.toPlainText(),
            follow_ups=self.followups_model.rows(),
            goal_updates=goal_updates,
            revision=revision,
        )

    def commit_open_editors(self) -> None:
        """Finish any cell still being edited (a due date, a new status), so its value is part
        of the next draft. Text cells commit as they are typed (``TextCellDelegate``)."""
        for view in (self.followups, self.goal_updates):
            editor: QWidget | None = view.focusWidget()
            while editor is not None and editor.parentWidget() is not view.viewport():
                editor = editor.parentWidget()
            if editor is not None and editor.isVisible():  # closed editors linger, hidden
                view.commitData(editor)

    def set_enabled(self, enabled: bool) -> None:
        for widget in (
            self.started_at,
            self.duration,
            self.mode,
            self.people,
            self.topics,
            self.notes,
            self.followups,
            self.followup_add,
            self.followup_remove,
            self.goal_updates,
        ):
            widget.setEnabled(enabled)

    def wipe(self) -> None:
        """Drop every piece of typed or shown personal text."""
        self.notes.clear()  # also clears the undo history
        self.people_model.clear()
        self.topics_model.clear()
        self.followups_model.clear()
        self.goals_model.clear()

    # -- follow-up actions -----------------------------------------------------------------
    def _add_followup(self) -> None:
        row = self.followups_model.add_row()
        index = self.followups_model.index(row, FollowUpsModel.TEXT)
        self.followups.setCurrentIndex(index)
        self.followups.setFocus()
        self.followups.edit(index)

    def _remove_followup(self) -> None:
        index = self.followups.currentIndex()
        if index.isValid():
            self.followups_model.remove_row(index.row())
