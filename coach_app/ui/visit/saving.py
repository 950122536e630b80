"""Storing a visit from its draft: the visit itself, then its goal updates (Qt-free).

Runs inside ``DraftStore.finish_draft``'s transaction, so the visit, the goal updates and the
draft's removal are stored together or not at all.
"""

from __future__ import annotations

import dataclasses
from uuid import UUID

from coach_app.domain import CoachingService, FollowUpAction, Visit, VisitMode
from coach_app.domain.drafts import VisitDraft


def store_visit(
    service: CoachingService,
    draft: VisitDraft,
    visit: Visit | None,
    goal_versions: dict[UUID, int],
) -> Visit:
    """Record (or update) the visit from the draft, then apply its goal updates.

    ``visit`` is the stored visit being edited (None for a new one); ``goal_versions`` maps
    each goal id to the version the coach saw, so a goal changed elsewhere meanwhile raises
    ``ConcurrentModificationError``. Follow-up actions without text are left out.
    """
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
