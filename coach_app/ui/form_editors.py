"""After an unlock (or a start after a crash), the family, person, goal and history-entry
editors that were open with unsaved text come back, with that text restored from their drafts.

The editors save their drafts and close themselves when the data is about to lock
(``EditorDialog.lock_now``); this object lists the drafts once the data is open again, loads
what each editor needs, and opens the editors on the window. An editor whose family, person or
goal was erased meanwhile has its draft discarded.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from uuid import UUID

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from coach_app.ui.context import UiContext
from coach_app.workspace import Workspace

if TYPE_CHECKING:  # loaded after unlock, when a draft is reopened (start-up time)
    from coach_app.domain.drafts import FormDraft
    from coach_app.domain.entities import Family, Goal, Person
    from coach_app.ui.family.editor_dialog import EditorDialog
    from coach_app.ui.family.history_entries import TimelineEvent

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class _Reopen:
    kind: str
    family_id: UUID | None
    subject: Family | Person | Goal | TimelineEvent | None
    people: tuple[Person, ...] = ()


def _load(workspace: Workspace) -> list[_Reopen]:
    """What each pending form draft's editor needs (blocking: run it in the background)."""
    from coach_app.domain.errors import NotFoundError

    service, drafts = workspace.service, workspace.drafts
    found: list[_Reopen] = []
    for draft in drafts.list_form_drafts():
        try:
            found.append(_one(draft, service))
        except NotFoundError:
            drafts.discard_draft(draft.id)  # its family, person or goal was erased
    return found


def _one(draft: FormDraft, service: Any) -> _Reopen:
    subject_id, family_id = draft.subject_id, draft.family_id
    if draft.kind == "family":
        family = None if subject_id is None else service.get_family(subject_id)
        return _Reopen("family", family_id, family)
    assert family_id is not None
    if draft.kind == "history":
        return _history_entry(family_id, subject_id, service)
    service.get_family(family_id)
    if draft.kind == "person":
        person = None if subject_id is None else service.get_person(subject_id)
        return _Reopen("person", family_id, person)
    goal = None if subject_id is None else service.get_goal(subject_id)
    return _Reopen("goal", family_id, goal, tuple(service.list_people(family_id)))


def _history_entry(family_id: UUID, entry_id: UUID | None, service: Any) -> _Reopen:
    """The history entry a draft corrects (`NotFoundError` when it was deleted meanwhile)."""
    from coach_app.domain.errors import NotFoundError
    from coach_app.domain.family_view import load_dossier
    from coach_app.ui.family.history_entries import find_event

    assert entry_id is not None
    dossier = load_dossier(service, family_id)
    event = find_event(dossier, entry_id)
    if event is None:
        raise NotFoundError("history entry", entry_id)
    return _Reopen("history", family_id, event, dossier.people)


class FormEditors(QObject):
    """Reopens family, person, goal and history-entry editors with their drafts after each
    unlock."""

    def __init__(self, context: UiContext, window: QWidget, unlocked: Any) -> None:
        super().__init__(window)
        self.setObjectName("form.editors")
        self.context = context
        self.window = window
        unlocked.connect(self.reopen)

    def reopen(self) -> None:
        workspace = self.context.workspace
        if not workspace.is_unlocked:
            return
        self.context.operations.run(
            lambda: _load(workspace),
            self._open_all,
            lambda exc: log.warning("form drafts not listed: %s", type(exc).__name__),
        )

    def open_editors(self) -> Sequence[EditorDialog]:
        from coach_app.ui.family.editor_dialog import EditorDialog

        return [d for d in self.window.findChildren(EditorDialog) if d.isVisible()]

    def _open_all(self, found: Any) -> None:
        if not self.context.workspace.is_unlocked:
            return
        for item in found:
            assert isinstance(item, _Reopen)
            self._open(item)

    def _open(self, item: _Reopen) -> None:
        from coach_app.domain.entities import Family, Goal, Person
        from coach_app.ui.family.family_dialog import FamilyDialog
        from coach_app.ui.family.goal_dialog import GoalDialog
        from coach_app.ui.family.history_dialog import HistoryEntryDialog
        from coach_app.ui.family.history_entries import TimelineEvent
        from coach_app.ui.family.person_dialog import PersonDialog

        events = self.context.events

        def changed(_result: object) -> None:
            events.data_changed.emit()

        dialog: EditorDialog
        if item.kind == "family":
            assert item.subject is None or isinstance(item.subject, Family)
            dialog = FamilyDialog(self.context, item.subject, self.window)
        elif item.kind == "person":
            assert item.family_id is not None
            assert item.subject is None or isinstance(item.subject, Person)
            dialog = PersonDialog(self.context, item.family_id, item.subject, changed, self.window)
        elif item.kind == "history":
            assert item.family_id is not None
            assert isinstance(item.subject, TimelineEvent)
            names = {person.id: person.display_name for person in item.people}
            dialog = HistoryEntryDialog(
                self.context, item.family_id, item.subject, names, changed, self.window
            )
        else:
            assert item.family_id is not None
            assert item.subject is None or isinstance(item.subject, Goal)
            dialog = GoalDialog(
                self.context, item.family_id, item.subject, item.people, changed, self.window
            )
        dialog.open()
