"""The Today overview: what a coach has coming up, across all families (a read model).

``today_overview(queries, today)`` reads three short lists in one read transaction:

- visits planned: visits starting from ``now`` until the end of today + ``VISIT_DAYS`` days
  (local time); visits that started earlier today are held, not planned (``held_today``);
- follow-up actions due: not done, due on or before today + ``FOLLOW_UP_DAYS`` (overdue ones,
  due before today, first);
- goals near their target date: open goals (planned or started) whose target date is on or
  before today + ``GOAL_DAYS`` (so past target dates are included).

Each row carries the family's id and display name, so the screen can open the family. The
queries are implemented by storage (``coach_app.storage.today``) with one query per list.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from types import TracebackType
from typing import Protocol, Self
from uuid import UUID

from coach_app.domain.enums import GoalStatus, VisitMode

__all__ = [
    "FOLLOW_UP_DAYS",
    "GOAL_DAYS",
    "VISIT_DAYS",
    "DueFollowUp",
    "GoalNearTarget",
    "PlannedVisit",
    "TodayOverview",
    "TodayQueries",
    "today_overview",
]

VISIT_DAYS = 14
FOLLOW_UP_DAYS = 7
GOAL_DAYS = 30


@dataclass(frozen=True, slots=True)
class PlannedVisit:
    family_id: UUID
    family_name: str = field(repr=False)
    visit_id: UUID
    started_at: datetime
    duration_minutes: int
    mode: VisitMode


@dataclass(frozen=True, slots=True)
class DueFollowUp:
    family_id: UUID
    family_name: str = field(repr=False)
    visit_id: UUID
    follow_up_id: UUID
    text: str = field(repr=False)
    due_date: date

    def is_overdue(self, today: date) -> bool:
        return self.due_date < today


@dataclass(frozen=True, slots=True)
class GoalNearTarget:
    family_id: UUID
    family_name: str = field(repr=False)
    goal_id: UUID
    title: str = field(repr=False)
    target_date: date
    status: GoalStatus

    def is_overdue(self, today: date) -> bool:
        return self.target_date < today


@dataclass(frozen=True, slots=True)
class TodayOverview:
    """``visits`` are planned (start at or after the moment the overview was read);
    ``held_today`` started earlier today (recorded afterwards, or under way)."""

    today: date
    visits: tuple[PlannedVisit, ...] = ()
    follow_ups: tuple[DueFollowUp, ...] = ()
    goals: tuple[GoalNearTarget, ...] = ()
    held_today: tuple[PlannedVisit, ...] = ()

    def due_in_days(self, follow_up: DueFollowUp) -> int:
        """Days until the action is due: negative when overdue, 0 when due today."""
        return (follow_up.due_date - self.today).days


class TodayQueries(Protocol):
    """The read side for the overview. ``with queries:`` opens one read transaction."""

    def __enter__(self) -> Self: ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...

    def planned_visits(self, start: datetime, end: datetime) -> list[PlannedVisit]:
        """Visits with ``start <= started_at < end``, earliest first."""
        ...

    def open_follow_ups_due_by(self, last_day: date) -> list[DueFollowUp]:
        """Follow-up actions not done with a due date on or before ``last_day``, earliest
        first."""
        ...

    def open_goals_due_by(self, last_day: date) -> list[GoalNearTarget]:
        """Planned or started goals with a target date on or before ``last_day``, earliest
        first."""
        ...


def _local_midnight(day: date) -> datetime:
    return datetime.combine(day, time.min).astimezone()


def today_overview(
    queries: TodayQueries, today: date, now: datetime | None = None
) -> TodayOverview:
    """The overview for ``today`` (the coach's local date), read in one transaction.

    ``now`` (aware) splits today's visits: those starting before it were held, the rest are
    planned; without it every visit of today counts as planned.
    """
    start = _local_midnight(today)
    split = start if now is None else max(start, now)
    with queries as q:
        visits = q.planned_visits(start, _local_midnight(today + timedelta(days=VISIT_DAYS + 1)))
        follow_ups = q.open_follow_ups_due_by(today + timedelta(days=FOLLOW_UP_DAYS))
        goals = q.open_goals_due_by(today + timedelta(days=GOAL_DAYS))
    ordered = sorted(visits, key=lambda v: (v.started_at, v.family_name))
    return TodayOverview(
        today=today,
        visits=tuple(v for v in ordered if v.started_at >= split),
        held_today=tuple(v for v in ordered if v.started_at < split),
        follow_ups=tuple(sorted(follow_ups, key=lambda f: (f.due_date, f.family_name))),
        goals=tuple(
            sorted(
                (g for g in goals if g.status.is_open),
                key=lambda g: (g.target_date, g.family_name),
            )
        ),
    )
