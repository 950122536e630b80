"""The visit editor: what a coach types at a family's kitchen table, never lost.

Opened by ``UiEvents.visit_requested(family_id, visit_id or None)``. While the coach types,
the editor autosaves a draft into the encrypted database (debounced, off the GUI thread);
on lock or auto-lock it saves the draft synchronously *before* the data is locked, then wipes
its widgets. After unlocking (also after a crash), the most recent draft is opened again.
Saving the visit (with its goal updates) discards the draft in the same transaction.
"""

from __future__ import annotations

import dataclasses
import logging
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any
from uuid import UUID, uuid4

from PySide6.QtCore import QDate, QDateTime, QLocale, QObject, QTime, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coach_app.domain import (
    CoachingService,
    ConcurrentModificationError,
    FollowUpAction,
    Goal,
    InvalidGoalTransitionError,
    LifeDomain,
    NotFoundError,
    Person,
    ValidationError,
    Visit,
    VisitMode,
)
from coach_app.domain.drafts import FollowUpDraft, VisitDraft
from coach_app.domain.entities import MAX_VISIT_MINUTES
from coach_app.ui import labels, messages
from coach_app.ui.context import UiContext
from coach_app.ui.visit_models import (
    CheckListModel,
    FollowUpsModel,
    GoalChoice,
    GoalUpdatesModel,
    StatusChoiceDelegate,
)
from coach_app.ui.widgets import named
from coach_app.workspace import Workspace

if TYPE_CHECKING:
    from coach_app.ui.main_window import MainWindow

log = logging.getLogger(__name__)

AUTOSAVE_DELAY_MS = 800
AUTOSAVE_MAX_WAIT_S = 5.0  # while typing without pauses
DISCARD, KEEP_DRAFT, KEEP_EDITING = "discard", "keep", "continue"

__all__ = ["VisitEditor", "VisitEditors", "install_visit_editor", "pending_drafts"]


def pending_drafts(workspace: Workspace) -> list[VisitDraft]:
    """Unsaved visit drafts, newest first (blocking: call it from a background operation)."""
    return workspace.drafts.list_drafts()


@dataclass(frozen=True, slots=True)
class _Loaded:
    family_name: str = dataclasses.field(repr=False)
    people: tuple[Person, ...]
    goals: tuple[Goal, ...]
    visit: Visit | None
    draft: VisitDraft | None


def _local(moment: datetime) -> QDateTime:
    local = moment.astimezone()
    return QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))


def _default_start() -> datetime:
    now = datetime.now(UTC).replace(second=0, microsecond=0)
    return now - timedelta(minutes=now.minute % 15)


class VisitEditor(QDialog):
    """One visit being written: a new one (``visit_id`` None) or an edit of a stored one."""

    draft_saved = Signal(object)  # the VisitDraft as stored
    visit_saved = Signal(object)  # the stored Visit
    closed = Signal()  # the editor is gone (saved, cancelled or wiped at lock)

    def __init__(
        self,
        context: UiContext,
        family_id: UUID,
        visit_id: UUID | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("visit.editor")
        self.context = context
        self.family_id = family_id
        self.visit_id = visit_id
        self._visit: Visit | None = None
        self._family_name = ""
        self._draft_id = uuid4()
        self._revision = 0
        self._baseline: VisitDraft | None = None
        self._last_written: VisitDraft | None = None
        self._loaded = False
        self._inflight = False
        self._pending = False
        self._saving = False
        self._saved = threading.Event()
        self._closed = False
        self._restored_at: datetime | None = None
        self._typing_since = 0.0

        self.started_at = named(QDateTimeEdit(), "visit.started_at", "")
        self.started_at.setCalendarPopup(True)
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
            FollowUpsModel.TEXT, QHeaderView.ResizeMode.Stretch
        )
        self.followups.verticalHeader().setVisible(False)
        self.followup_add = named(QPushButton(), "visit.followup_add", "")
        self.followup_remove = named(QPushButton(), "visit.followup_remove", "")
        self.goals_model = GoalUpdatesModel(self)
        self.goal_updates = named(QTableView(), "visit.goal_updates", "")
        self.goal_updates.setModel(self.goals_model)
        self._status_delegate = StatusChoiceDelegate(self.goal_updates)
        self.goal_updates.setItemDelegateForColumn(
            GoalUpdatesModel.NEW_STATUS, self._status_delegate
        )
        self.goal_updates.horizontalHeader().setSectionResizeMode(
            GoalUpdatesModel.NOTE, QHeaderView.ResizeMode.Stretch
        )
        self.goal_updates.verticalHeader().setVisible(False)
        self.draft_notice = QLabel()
        self.draft_notice.setObjectName("visit.draft_notice")
        self.draft_notice.setWordWrap(True)
        self.draft_notice.hide()
        self.status = QLabel()
        self.status.setObjectName("visit.status")
        self.error = QLabel()
        self.error.setObjectName("visit.error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.save_button = named(QPushButton(), "visit.save", "")
        self.save_button.setDefault(False)
        self.save_button.setAutoDefault(False)
        self.cancel_button = named(QPushButton(), "visit.cancel", "")
        self.cancel_button.setAutoDefault(False)

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
        box.addWidget(self.draft_notice)
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
        box.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        box.addLayout(buttons)

        self._autosave_timer = QTimer(self)
        self._autosave_timer.setSingleShot(True)
        self._autosave_timer.setInterval(AUTOSAVE_DELAY_MS)
        self._autosave_timer.timeout.connect(self.save_draft_soon)

        self.followup_add.clicked.connect(self._add_followup)
        self.followup_remove.clicked.connect(self._remove_followup)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        self.started_at.dateTimeChanged.connect(self._changed)
        self.duration.valueChanged.connect(self._changed)
        self.mode.currentIndexChanged.connect(self._changed)
        self.notes.textChanged.connect(self._changed)
        for model in (self.people_model, self.topics_model, self.followups_model, self.goals_model):
            model.dataChanged.connect(self._changed)
            model.rowsInserted.connect(self._changed)
            model.rowsRemoved.connect(self._changed)

        self._set_form_enabled(False)
        self.resize(820, 760)
        self.retranslate()
        self._load()

    # -- texts -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        title = self.tr("New visit") if self.visit_id is None else self.tr("Edit visit")
        self.setWindowTitle(title)
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
        self.save_button.setText(self.tr("Save"))
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)  # after setText (mnemonic)
        self.save_button.setAccessibleName(self.tr("Save the visit"))
        self.save_button.setToolTip(self.tr("Save the visit (Ctrl+S)"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.draft_notice.setAccessibleName(self.tr("Restored draft"))
        current = self.mode.currentData()
        self.mode.blockSignals(True)
        self.mode.clear()
        for mode in VisitMode:
            self.mode.addItem(labels.visit_mode(mode), mode.value)
        self.mode.setCurrentIndex(max(0, self.mode.findData(current)))
        self.mode.blockSignals(False)
        self.topics_model.relabel({domain: labels.life_domain(domain) for domain in LifeDomain})
        self._show_restored_notice()

    def _show_restored_notice(self) -> None:
        if self._restored_at is None:
            return
        local = self._restored_at.astimezone()
        when = QLocale().toString(
            QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute)),
            QLocale.FormatType.ShortFormat,
        )
        self.draft_notice.setText(
            self.tr(
                "What you typed earlier (last kept %1) was not saved yet and has been restored. "
                "Check it and save the visit."
            ).replace("%1", when)
        )
        self.draft_notice.show()

    # -- loading ---------------------------------------------------------------------------
    def _load(self) -> None:
        workspace, family_id, visit_id = self.context.workspace, self.family_id, self.visit_id

        def work() -> _Loaded:
            service = workspace.service
            family = service.get_family(family_id)
            visit = None if visit_id is None else service.get_visit(visit_id)
            return _Loaded(
                family_name=family.display_name,
                people=tuple(service.list_people(family_id)),
                goals=tuple(g for g in service.list_goals(family_id) if g.is_open),
                visit=visit,
                draft=workspace.drafts.get_draft_for(family_id, visit_id),
            )

        self.status.setText(self.tr("Loading…"))
        self.context.operations.run(work, self._loaded_ok, self._load_failed)

    def _loaded_ok(self, loaded: Any) -> None:
        if self._closed:
            return
        assert isinstance(loaded, _Loaded)
        self._visit = loaded.visit
        self._family_name = loaded.family_name
        self.setWindowTitle(f"{self.windowTitle()} — {loaded.family_name}")
        self.people_model.set_items([(p.id, p.display_name) for p in loaded.people])
        self.topics_model.set_items([(d, labels.life_domain(d)) for d in LifeDomain])
        self.goals_model.set_goals(
            [GoalChoice(g.id, g.title, g.status, g.version) for g in loaded.goals]
        )
        visit = loaded.visit
        if visit is None:
            self._apply_fields(_default_start(), 60, VisitMode.HOME, (), (), "", ())
        else:
            self._apply_fields(
                visit.started_at,
                visit.duration_minutes,
                visit.mode,
                visit.people_present,
                visit.topics,
                visit.notes,
                (),
            )
            self.followups_model.set_rows(
                [
                    FollowUpDraft(text=f.text, due_date=f.due_date, done=f.done, id=f.id)
                    for f in visit.follow_ups
                ]
            )
        self._baseline = self._snapshot(revision=1)
        self._last_written = self._baseline
        draft = loaded.draft
        if draft is not None:
            self._draft_id = draft.id
            self._revision = draft.revision
            self._last_written = draft
            self._apply_draft(draft)
            self._restored_at = draft.updated_at
            self._show_restored_notice()
        self._loaded = True
        self.status.clear()
        self._set_form_enabled(True)
        self.notes.setFocus()

    def _load_failed(self, exc: BaseException) -> None:
        if self._closed:
            return
        self.status.clear()
        self.error.setText(messages.for_error(exc))
        log.info("visit editor could not load: %s", type(exc).__name__)

    def _apply_fields(
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

    def _apply_draft(self, draft: VisitDraft) -> None:
        baseline = self._baseline
        assert baseline is not None
        self._apply_fields(
            draft.started_at or baseline.started_at or _default_start(),
            draft.duration_minutes or baseline.duration_minutes or 60,
            draft.mode or baseline.mode or VisitMode.HOME,
            draft.people_present,
            draft.topics,
            draft.notes,
            draft.goal_updates,
        )
        self.followups_model.set_rows(draft.follow_ups)

    # -- the typed content -----------------------------------------------------------------
    def _snapshot(self, *, revision: int) -> VisitDraft:
        started = self.started_at.dateTime().toPython()
        assert isinstance(started, datetime)
        mode = self.mode.currentData()
        return VisitDraft(
            id=self._draft_id,
            family_id=self.family_id,
            visit_id=self.visit_id,
            base_version=None if self._visit is None else self._visit.version,
            started_at=started.astimezone(UTC),
            duration_minutes=self.duration.value(),
            mode=VisitMode(mode) if mode else None,
            people_present=tuple(UUID(str(k)) for k in self.people_model.checked_keys()),
            topics=tuple(LifeDomain(str(k)) for k in self.topics_model.checked_keys()),
            notes=self.notes.toPlainText(),
            follow_ups=self.followups_model.rows(),
            goal_updates=self.goals_model.updates(),
            revision=revision,
        )

    def is_dirty(self) -> bool:
        """True if what is on screen differs from the stored visit (or an empty new one)."""
        if not self._loaded or self._baseline is None:
            return False
        return not self._snapshot(revision=1).same_content(self._baseline)

    def _next_snapshot(self) -> VisitDraft:
        self._revision += 1
        return self._snapshot(revision=self._revision)

    def _changed(self, *_: object) -> None:
        if self._loaded and not self._saving and not self._closed:
            self.error.clear()
            now = time.monotonic()
            if not self._autosave_timer.isActive():
                self._typing_since = now
            elif now - self._typing_since >= AUTOSAVE_MAX_WAIT_S:
                self._typing_since = now  # typing without a pause: keep a draft anyway
                self.save_draft_soon()
            self._autosave_timer.start()

    # -- drafts ----------------------------------------------------------------------------
    def save_draft_soon(self) -> None:
        """Autosave in the background (after the typing pause)."""
        if not self._loaded or self._saving or self._closed:
            return
        if self._inflight:
            self._pending = True
            return
        current = self._snapshot(revision=self._revision + 1)
        if self._last_written is not None and current.same_content(self._last_written):
            return
        draft = self._next_snapshot()
        try:
            drafts = self.context.workspace.drafts
        except Exception as exc:  # noqa: BLE001 - locked meanwhile: the lock path saved it
            log.info("draft not saved in the background: %s", type(exc).__name__)
            return
        self._inflight = True
        self._last_written = draft
        self.context.operations.run(
            lambda: drafts.save_draft(draft), self._draft_done, self._draft_failed
        )

    def _draft_done(self, stored: Any) -> None:
        self._inflight = False
        if self._closed:
            return
        self.status.setText(self.tr("Draft kept"))
        self.draft_saved.emit(stored)
        if self._pending:
            self._pending = False
            self.save_draft_soon()

    def _draft_failed(self, exc: BaseException) -> None:
        self._inflight = False
        if self._closed:
            return
        log.warning("draft could not be saved: %s", type(exc).__name__)
        self._last_written = None
        self.status.setText(self.tr("The draft could not be kept; it is retried as you type."))
        if self._pending:
            self._pending = False
            self.save_draft_soon()

    def save_draft_now(self) -> None:
        """Save the draft synchronously (lock, auto-lock, closing): must not be lost."""
        if not self._loaded or self._closed:
            return
        if self._saving or self._inflight:
            self.context.operations.wait(5_000)
        if self._saved.is_set():
            return  # the visit itself was stored; its draft is gone
        if not self.is_dirty() and self._last_written is self._baseline:
            return
        self._autosave_timer.stop()
        draft = self._next_snapshot()
        try:
            stored = self.context.workspace.drafts.save_draft(draft)
        except Exception as exc:  # noqa: BLE001 - logged; the coach is told on the next open
            log.error("draft could not be saved before locking: %s", type(exc).__name__)
            return
        self._last_written = draft
        self.draft_saved.emit(stored)

    def lock_now(self) -> None:
        """The data is about to lock: keep the draft, then close and wipe every field."""
        self.save_draft_now()
        self.wipe()

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

    # -- saving ----------------------------------------------------------------------------
    def save(self) -> None:
        """Store the visit and its goal updates in the background; the draft goes with it."""
        if not self._loaded or self._saving or self._closed:
            return
        self._autosave_timer.stop()
        self.followups.setCurrentIndex(self.followups.currentIndex())  # commit open editors
        self.goal_updates.setCurrentIndex(self.goal_updates.currentIndex())
        draft = self._next_snapshot()
        visit = self._visit
        goal_versions = {g.goal_id: g.version for g in self.goals_model.goals()}
        drafts = self.context.workspace.drafts
        saved_flag = self._saved

        def store(service: CoachingService) -> Visit:
            return _store_visit(service, draft, visit, goal_versions)

        def work() -> Visit:
            result = drafts.finish_draft(draft.id, store)
            saved_flag.set()
            return result

        self._saving = True
        self._pending = False
        self.error.clear()
        self.status.setText(self.tr("Saving…"))
        self._set_form_enabled(False)
        self.context.operations.run(work, self._saved_ok, self._save_failed)

    def _saved_ok(self, visit: Any) -> None:
        self._saving = False
        if self._closed:
            return
        self.visit_saved.emit(visit)
        self.context.events.data_changed.emit()
        self.wipe()

    def _save_failed(self, exc: BaseException) -> None:
        self._saving = False
        if self._closed:
            return
        log.info("visit not saved: %s", type(exc).__name__)
        self.status.clear()
        self.error.setText(self._save_error(exc))
        self._set_form_enabled(True)
        self._last_written = None
        self.save_draft_soon()

    def _save_error(self, exc: BaseException) -> str:
        if isinstance(exc, ConcurrentModificationError):
            return self.tr(
                "This visit or one of its goals was changed elsewhere after you opened it, so "
                "nothing was saved. What you typed is kept as a draft. Cancel, choose "
                "'Keep as draft', and open the visit again to see the latest version."
            )
        if isinstance(exc, InvalidGoalTransitionError):
            return self.tr("A goal cannot change to the status you chose. Choose another status.")
        if isinstance(exc, NotFoundError):
            return self.tr("This family or visit no longer exists, so the visit was not saved.")
        if isinstance(exc, ValidationError):
            return self.tr("Please check the visit: %1").replace("%1", exc.field)
        return messages.for_error(exc)

    def _set_form_enabled(self, enabled: bool) -> None:
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
            self.save_button,
        ):
            widget.setEnabled(enabled)

    # -- cancelling and closing ------------------------------------------------------------
    def ask_discard(self) -> str:
        """Ask what to do with typed text: DISCARD, KEEP_DRAFT or KEEP_EDITING."""
        box = QMessageBox(self)
        box.setObjectName("visit.discard_question")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Close the visit"))
        box.setText(self.tr("This visit is not saved. What should happen to what you typed?"))
        discard = box.addButton(self.tr("Throw it away"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep as draft"), QMessageBox.ButtonRole.AcceptRole)
        back = box.addButton(self.tr("Keep editing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(back)
        box.exec()
        clicked = box.clickedButton()
        if clicked is discard:
            return DISCARD
        if clicked is keep:
            return KEEP_DRAFT
        return KEEP_EDITING

    def reject(self) -> None:
        self.cancel()

    def cancel(self) -> None:
        """Close; asks first if anything was typed."""
        if self._closed or self._saving:
            return
        choice = self.ask_discard() if self.is_dirty() else DISCARD
        if choice == KEEP_EDITING:
            return
        if choice == KEEP_DRAFT:
            self.save_draft_now()
            self.wipe()
            return
        self._autosave_timer.stop()
        self._closed = True  # no autosave may bring the draft back
        try:
            drafts = self.context.workspace.drafts
        except Exception as exc:  # noqa: BLE001 - locked meanwhile; nothing to discard now
            log.info("draft not discarded: %s", type(exc).__name__)
        else:
            draft_id = self._draft_id
            self.context.operations.run(
                lambda: drafts.discard_draft(draft_id),
                lambda _: None,
                lambda exc: log.warning("draft not discarded: %s", type(exc).__name__),
            )
        self._closed = False
        self.wipe()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._closed:
            event.accept()
            return
        event.ignore()
        self.cancel()

    def wipe(self) -> None:
        """Drop every piece of typed or shown personal text, then go away."""
        if self._closed:
            return
        self._closed = True
        self._autosave_timer.stop()
        self.notes.clear()  # also clears the undo history
        self.people_model.clear()
        self.topics_model.clear()
        self.followups_model.clear()
        self.goals_model.clear()
        self.draft_notice.clear()
        self.draft_notice.hide()
        self.error.clear()
        self.status.clear()
        self.setWindowTitle("")
        self._family_name = ""
        self._visit = None
        self._baseline = self._last_written = None
        self.hide()
        self.closed.emit()
        self.deleteLater()


def _store_visit(
    service: CoachingService,
    draft: VisitDraft,
    visit: Visit | None,
    goal_versions: dict[UUID, int],
) -> Visit:
    """Record (or update) the visit from the draft, then apply its goal updates."""
    assert draft.started_at is not None
    assert draft.duration_minutes is not None
    follow_ups = tuple(
        FollowUpAction(text=f.text.strip(), due_date=f.due_date, done=f.done, id=f.id)
        for f in draft.follow_ups
        if f.text.strip()
    )
    mode = draft.mode or VisitMode.HOME
    if visit is None:
        saved = service.record_visit(
            draft.family_id,
            started_at=draft.started_at,
            duration_minutes=draft.duration_minutes,
            mode=mode,
            people_present=draft.people_present,
            topics=draft.topics,
            notes=draft.notes,
            follow_ups=follow_ups,
        )
    else:
        saved = service.update_visit(
            dataclasses.replace(
                visit,
                started_at=draft.started_at,
                duration_minutes=draft.duration_minutes,
                mode=mode,
                people_present=draft.people_present,
                topics=draft.topics,
                notes=draft.notes,
                follow_ups=follow_ups,
                version=draft.base_version or visit.version,
            )
        )
    on = draft.started_at.astimezone().date()
    for update in draft.goal_updates:
        expected = goal_versions.get(update.goal_id)
        if update.new_status is not None:
            service.change_goal_status(
                update.goal_id,
                update.new_status,
                note=update.note,
                on=on,
                expected_version=expected,
            )
        elif update.note.strip():
            service.add_progress_note(update.goal_id, update.note, on=on, expected_version=expected)
    return saved


class VisitEditors(QObject):
    """Opens visit editors on request, keeps drafts safe at lock, reopens drafts on unlock."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("visit.editors")
        self.window = window
        self.context = window.context
        self._open: dict[tuple[UUID, UUID | None], VisitEditor] = {}
        events = self.context.events
        events.visit_requested.connect(self.open_editor)
        events.about_to_lock.connect(self.lock_all)
        window.unlocked.connect(self.reopen_latest_draft)

    def editors(self) -> list[VisitEditor]:
        return list(self._open.values())

    def open_editor(self, family_id: object, visit_id: object = None) -> VisitEditor | None:
        if not self.context.workspace.is_unlocked or not isinstance(family_id, UUID):
            return None
        key = (family_id, visit_id if isinstance(visit_id, UUID) else None)
        existing = self._open.get(key)
        if existing is not None:
            existing.raise_()
            existing.activateWindow()
            return existing
        editor = VisitEditor(self.context, key[0], key[1], self.window)
        self._open[key] = editor
        editor.closed.connect(lambda: self._open.pop(key, None))
        editor.show()
        return editor

    def lock_all(self) -> None:
        for editor in list(self._open.values()):
            editor.lock_now()
        self._open.clear()

    def reopen_latest_draft(self) -> None:
        workspace = self.context.workspace
        if not workspace.is_unlocked:
            return
        self.context.operations.run(
            lambda: pending_drafts(workspace),
            self._drafts_found,
            lambda exc: log.warning("drafts not listed: %s", type(exc).__name__),
        )

    def _drafts_found(self, drafts: Any) -> None:
        if drafts and not self._open and self.context.workspace.is_unlocked:
            latest = drafts[0]
            assert isinstance(latest, VisitDraft)
            self.context.events.visit_requested.emit(latest.family_id, latest.visit_id)


def install_visit_editor(window: MainWindow) -> VisitEditors:
    """Connect the visit editor to the window's events (called once by the window)."""
    return VisitEditors(window)
