"""The visit editor dialog: loading, draft autosave, saving and closing.

While the coach types, the editor autosaves a draft into the encrypted database (debounced, off
the GUI thread); on lock or auto-lock it saves the draft synchronously *before* the data is
locked, then wipes its widgets. Saving the visit (with its goal updates) discards the draft in
the same transaction.
"""

from __future__ import annotations

import dataclasses
import logging
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from uuid import UUID, uuid4

from PySide6.QtCore import QDate, QDateTime, QLocale, QSize, QTime, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from coach_app.domain import (
    CoachingService,
    ConcurrentModificationError,
    Goal,
    InvalidGoalTransitionError,
    NotFoundError,
    Person,
    ValidationError,
    Visit,
    VisitMode,
)
from coach_app.domain.drafts import FollowUpDraft, VisitDraft
from coach_app.domain.entities import MAX_LONG_TEXT, MAX_SHORT_TEXT
from coach_app.ui import messages
from coach_app.ui.context import UiContext
from coach_app.ui.date_typing import problem_words, typed_problem
from coach_app.ui.dialogs import settle_buttons
from coach_app.ui.family.editor_dialog import too_long
from coach_app.ui.preferences import VISIT_EDITOR_GEOMETRY
from coach_app.ui.visit.discard import DISCARD, KEEP_DRAFT, KEEP_EDITING, ask_discard
from coach_app.ui.visit.form import VisitForm
from coach_app.ui.visit.models import GoalChoice
from coach_app.ui.visit.saving import store_visit
from coach_app.ui.widgets import named, set_role
from coach_app.ui.window_size import remember_size, restore_size

log = logging.getLogger(__name__)

AUTOSAVE_DELAY_MS = 800
AUTOSAVE_MAX_WAIT_S = 5.0  # while typing without pauses
PREFERRED_SIZE = QSize(820, 760)


@dataclass(frozen=True, slots=True)
class _Loaded:
    family_name: str = dataclasses.field(repr=False)
    people: tuple[Person, ...]
    goals: tuple[Goal, ...]
    visit: Visit | None
    draft: VisitDraft | None


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

        self.form = VisitForm(self)
        self.draft_notice = QLabel()
        self.draft_notice.setObjectName("visit.draft_notice")
        self.draft_notice.setWordWrap(True)
        self.draft_notice.hide()
        self.status = QLabel()
        self.status.setObjectName("visit.status")
        self.notes_limit = QLabel()
        self.notes_limit.setObjectName("visit.notes_limit")
        self.notes_limit.setWordWrap(True)
        self.notes_limit.setStyleSheet("color: #b00020;")
        self.notes_limit.hide()
        self.error = QLabel()
        self.error.setObjectName("visit.error")
        self.error.setWordWrap(True)
        set_role(self.error, "error")
        self.save_button = named(QPushButton(), "visit.save", "")
        self.cancel_button = named(QPushButton(), "visit.cancel", "")

        box = QVBoxLayout(self)
        box.addWidget(self.draft_notice)
        box.addWidget(self.form, 1)
        box.addWidget(self.notes_limit)
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

        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        self.form.changed.connect(self._changed)
        self.form.changed.connect(self._check_limits)

        self._set_form_enabled(False)
        restore_size(self, PREFERRED_SIZE, context.preferences, VISIT_EDITOR_GEOMETRY)
        self.retranslate()
        self._load()

    def showEvent(self, event: QShowEvent) -> None:
        # Enter never saves, cancels or adds a follow-up row: the notes take new lines, a
        # visit is saved with its button or Ctrl+S.
        settle_buttons(self, None)
        super().showEvent(event)

    # -- texts -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        title = self.tr("New visit") if self.visit_id is None else self.tr("Edit visit")
        self.setWindowTitle(title)
        self.form.retranslate()
        self.save_button.setText(self.tr("Save"))
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)  # after setText (mnemonic)
        self.save_button.setAccessibleName(self.tr("Save the visit"))
        self.save_button.setToolTip(self.tr("Save the visit (Ctrl+S)"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.draft_notice.setAccessibleName(self.tr("Restored draft"))
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

    def limit_problems(self) -> list[str]:
        """What is longer than a visit keeps, in words: the notes, each follow-up action's text
        and each goal's progress note (empty when everything fits)."""
        problems: list[str] = []
        excess = len(self.form.notes.toPlainText()) - MAX_LONG_TEXT
        if excess > 0:
            problems.append(self.tr("Notes: %1").replace("%1", too_long(excess, MAX_LONG_TEXT)))
        for number, action in enumerate(self.form.followups_model.rows(), start=1):
            excess = len(action.text.strip()) - MAX_SHORT_TEXT
            if excess > 0:
                problems.append(
                    self.tr("Follow-up action %1: %2")
                    .replace("%1", str(number))
                    .replace("%2", too_long(excess, MAX_SHORT_TEXT))
                )
        titles = {g.goal_id: g.title for g in self.form.goals_model.goals()}
        for update in self.form.goals_model.updates():
            excess = len(update.note) - MAX_LONG_TEXT
            if excess > 0:
                problems.append(
                    self.tr("Note on the goal “%1”: %2")
                    .replace("%1", titles.get(update.goal_id, ""))
                    .replace("%2", too_long(excess, MAX_LONG_TEXT))
                )
        return problems

    def _check_limits(self) -> None:
        """Shown while typing (and cleared once everything fits again)."""
        problems = self.limit_problems()
        if problems:
            self.notes_limit.setText("\n".join(problems))
            self.notes_limit.show()
        elif self.notes_limit.isVisible():
            self.notes_limit.clear()
            self.notes_limit.hide()

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
        self.form.set_choices(
            loaded.people, [GoalChoice(g.id, g.title, g.status, g.version) for g in loaded.goals]
        )
        visit = loaded.visit
        if visit is None:
            self.form.apply(_default_start(), 60, VisitMode.HOME, (), (), "", ())
        else:
            self.form.apply(
                visit.started_at,
                visit.duration_minutes,
                visit.mode,
                visit.people_present,
                visit.topics,
                visit.notes,
                (),
            )
            self.form.set_follow_ups(
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
        self._check_limits()  # a restored draft may hold more than a visit keeps
        self.status.clear()
        self._set_form_enabled(True)
        self.form.notes.setFocus()

    def _load_failed(self, exc: BaseException) -> None:
        if self._closed:
            return
        self.status.clear()
        self.error.setText(messages.for_error(exc))
        log.info("visit editor could not load: %s", type(exc).__name__)

    def _apply_draft(self, draft: VisitDraft) -> None:
        baseline = self._baseline
        assert baseline is not None
        self.form.apply(
            draft.started_at or baseline.started_at or _default_start(),
            draft.duration_minutes or baseline.duration_minutes or 60,
            draft.mode or baseline.mode or VisitMode.HOME,
            draft.people_present,
            draft.topics,
            draft.notes,
            draft.goal_updates,
        )
        self.form.set_follow_ups(draft.follow_ups)

    # -- the typed content -----------------------------------------------------------------
    def _snapshot(self, *, revision: int) -> VisitDraft:
        """What is on screen as a draft; ``ValidationError`` only past ``MAX_DRAFT_TEXT``."""
        return self.form.draft(
            draft_id=self._draft_id,
            family_id=self.family_id,
            visit_id=self.visit_id,
            base_version=None if self._visit is None else self._visit.version,
            revision=revision,
        )

    def is_dirty(self) -> bool:
        """True if what is on screen differs from the stored visit (or an empty new one)."""
        if not self._loaded or self._baseline is None:
            return False
        try:
            return not self._snapshot(revision=1).same_content(self._baseline)
        except ValidationError:
            return True  # more text than a draft keeps: certainly changed

    def _next_snapshot(self) -> VisitDraft:
        self._revision += 1
        return self._snapshot(revision=self._revision)

    def _changed(self) -> None:
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
        try:
            current = self._snapshot(revision=self._revision + 1)
        except ValidationError:
            self.status.setText(self.tr("This is too long to keep as a draft; shorten it."))
            return
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
        self.form.commit_open_editors()  # a due date or a status still being chosen
        if self._saving or self._inflight:
            self.context.operations.wait(5_000)
        if self._saved.is_set():
            return  # the visit itself was stored; its draft is gone
        if not self.is_dirty() and self._last_written is self._baseline:
            return
        self._autosave_timer.stop()
        try:
            draft = self._next_snapshot()
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

    # -- saving ----------------------------------------------------------------------------
    def save(self) -> None:
        """Store the visit and its goal updates in the background; the draft goes with it."""
        if not self._loaded or self._saving or self._closed:
            return
        self._autosave_timer.stop()
        self.form.commit_open_editors()
        problems = self.limit_problems()
        if problems:  # told before anything runs; the draft keeps every character
            self.error.setText("\n".join(problems))
            self.save_draft_soon()
            return
        typed = typed_problem(self.form.started_at)
        if typed is not None:  # what was typed is not a date and time: said, and kept as typed
            self.error.setText(problem_words(typed, self.form.started_at))
            return
        try:
            draft = self._next_snapshot()
        except ValidationError as exc:
            self.error.setText(self._save_error(exc))
            return
        visit = self._visit
        goal_versions = self.form.goal_versions()
        drafts = self.context.workspace.drafts
        saved_flag = self._saved

        def store(service: CoachingService) -> Visit:
            return store_visit(service, draft, visit, goal_versions)

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
            limits = {
                "notes": (self.tr("Notes"), MAX_LONG_TEXT),
                "follow_up.text": (self.tr("Follow-up action"), MAX_SHORT_TEXT),
                "progress.note": (self.tr("Progress note on the goal"), MAX_LONG_TEXT),
            }
            if exc.field in limits:
                name, maximum = limits[exc.field]
                return (
                    self.tr(
                        "Something you typed is longer than a visit can hold (%1: at most %2 "
                        "characters). Shorten it and save again; what you typed is kept as a draft."
                    )
                    .replace("%1", name)
                    .replace("%2", QLocale().toString(maximum))
                )
            return self.tr("Please check the visit: %1").replace("%1", exc.field)
        return messages.for_error(exc)

    def _set_form_enabled(self, enabled: bool) -> None:
        self.form.set_enabled(enabled)
        self.save_button.setEnabled(enabled)

    # -- cancelling and closing ------------------------------------------------------------
    def ask_discard(self) -> str:
        """Ask what to do with typed text: DISCARD, KEEP_DRAFT or KEEP_EDITING."""
        return ask_discard(self)

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
        remember_size(self, self.context.preferences, VISIT_EDITOR_GEOMETRY)
        self.form.wipe()
        self.draft_notice.clear()
        self.draft_notice.hide()
        self.notes_limit.clear()
        self.error.clear()
        self.status.clear()
        self.setWindowTitle("")
        self._family_name = ""
        self._visit = None
        self._baseline = self._last_written = None
        self.hide()
        self.closed.emit()
        self.deleteLater()
