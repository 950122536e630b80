"""The entries of a family's history (the timeline), each with what correcting or deleting it
needs: which entry of which history, the version it was read at, and whether the use cases
allow deleting it. Built from the immutable `FamilyDossier`; no Qt here."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal
from uuid import UUID

from coach_app.domain.entities import GoalStatusChange, LanguageLevel
from coach_app.domain.family_view import FamilyDossier
from coach_app.domain.services import GOAL_TRANSITIONS

EventKind = Literal["programme", "goal", "dutch"]

#: Why an entry cannot be deleted ("": it can): the family's only programme status; the status
#: a goal was opened with; a goal status whose removal leaves two statuses that cannot follow
#: each other (``TimelineEvent.gap`` names them).
KeptBecause = Literal["", "only_status", "opening_status", "order"]


@dataclass(frozen=True, slots=True)
class TimelineEvent:
    """One dated event. ``value``: the status or level code; ``title``: the goal's title;
    ``person``: whose goal or level (None: the whole family). ``entry_id``: the history entry
    (programme or goal status change, or the language level); ``owner_id`` and
    ``owner_version``: the family, goal or level it belongs to, as read; ``level``: the
    language level itself (for a correction)."""

    on: date
    recorded_at: datetime
    kind: EventKind
    value: str
    title: str = ""
    person: UUID | None = None
    entry_id: UUID | None = None
    owner_id: UUID | None = None
    owner_version: int = 0
    kept: KeptBecause = ""
    gap: tuple[str, str] = ("", "")
    level: LanguageLevel | None = None


def timeline(dossier: FamilyDossier) -> list[TimelineEvent]:
    """Every dated event of the dossier, newest first (same day: the one typed last first)."""
    family = dossier.family
    only = len(dossier.status_history) == 1
    events = [
        TimelineEvent(
            entry.on,
            entry.recorded_at,
            "programme",
            entry.status.value,
            entry_id=entry.id,
            owner_id=family.id,
            owner_version=family.version,
            kept="only_status" if only else "",
        )
        for entry in dossier.status_history
    ]
    for goal in dossier.goals:
        for index, change in enumerate(goal.status_history):
            kept, gap = goal_entry_kept(goal.status_history, index)
            events.append(
                TimelineEvent(
                    change.on,
                    change.recorded_at,
                    "goal",
                    change.status.value,
                    goal.title,
                    goal.person_id,
                    entry_id=change.id,
                    owner_id=goal.id,
                    owner_version=goal.version,
                    kept=kept,
                    gap=gap,
                )
            )
    events += [
        TimelineEvent(
            level.assessed_on,
            level.created_at,
            "dutch",
            level.level.value,
            "",
            level.person_id,
            entry_id=level.id,
            owner_id=level.id,
            owner_version=level.version,
            level=level,
        )
        for level in dossier.language_levels
    ]
    return sorted(events, key=lambda e: (e.on, e.recorded_at), reverse=True)


def goal_entry_kept(
    history: Sequence[GoalStatusChange], index: int
) -> tuple[KeptBecause, tuple[str, str]]:
    """Whether `CoachingService.delete_goal_status_change` would refuse entry ``index``: the
    first (the status the goal was opened with), or one whose removal leaves, in date order,
    two statuses that `GOAL_TRANSITIONS` does not allow to follow each other."""
    if index == 0:
        return "opening_status", ("", "")
    rest = sorted((e for i, e in enumerate(history) if i != index), key=lambda e: e.on)
    for before, after in itertools.pairwise(rest):
        if after.status not in GOAL_TRANSITIONS[before.status]:
            return "order", (before.status.value, after.status.value)
    return "", ("", "")


def find_event(dossier: FamilyDossier, entry_id: UUID) -> TimelineEvent | None:
    """The dossier's event of history entry ``entry_id`` (None: it is no longer there)."""
    return next((e for e in timeline(dossier) if e.entry_id == entry_id), None)
