"""SQL read model of the Today overview (``coach_app.domain.today.TodayQueries``).

One SELECT per list, each joined to the family for its display name (no N+1). Only the
columns the overview shows are read; no ORM objects leave this module.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from types import TracebackType
from typing import Self
from uuid import UUID

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, sessionmaker

from coach_app.domain.enums import GoalStatus, VisitMode
from coach_app.domain.today import DueFollowUp, GoalNearTarget, PlannedVisit
from coach_app.storage.models import FamilyRow, FollowUpRow, GoalRow, VisitRow
from coach_app.storage.uow import make_session_factory

__all__ = ["SqlTodayQueries", "sql_today_queries"]

_OPEN_GOAL_STATUSES = [s.value for s in GoalStatus if s.is_open]


class SqlTodayQueries:
    """``with queries:`` opens a session in one read transaction, closed (rolled back) after."""

    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._session_factory = session_factory
        self._session: Session | None = None

    @property
    def session(self) -> Session:
        if self._session is None:
            raise RuntimeError("the queries are not open; use them in a with statement")
        return self._session

    def __enter__(self) -> Self:
        if self._session is not None:
            raise RuntimeError("the queries are already open")
        self._session = self._session_factory()
        self._session.begin()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        session, self._session = self.session, None
        try:
            session.rollback()
        finally:
            session.close()

    def planned_visits(self, start: datetime, end: datetime) -> list[PlannedVisit]:
        statement = (
            select(
                VisitRow.family_id,
                FamilyRow.display_name,
                VisitRow.id,
                VisitRow.started_at,
                VisitRow.duration_minutes,
                VisitRow.mode,
            )
            .join(FamilyRow, FamilyRow.id == VisitRow.family_id)
            .where(VisitRow.started_at >= start, VisitRow.started_at < end)
            .order_by(VisitRow.started_at)
        )
        return [
            PlannedVisit(
                family_id=UUID(family_id),
                family_name=name,
                visit_id=UUID(visit_id),
                started_at=started_at,
                duration_minutes=duration,
                mode=VisitMode(mode),
            )
            for family_id, name, visit_id, started_at, duration, mode in self.session.execute(
                statement
            )
        ]

    def open_follow_ups_due_by(self, last_day: date) -> list[DueFollowUp]:
        statement = (
            select(
                VisitRow.family_id,
                FamilyRow.display_name,
                VisitRow.id,
                FollowUpRow.id,
                FollowUpRow.text,
                FollowUpRow.due_date,
            )
            .join(VisitRow, VisitRow.id == FollowUpRow.visit_id)
            .join(FamilyRow, FamilyRow.id == VisitRow.family_id)
            .where(
                FollowUpRow.done.is_(False),
                FollowUpRow.due_date.is_not(None),
                FollowUpRow.due_date <= last_day,
            )
            .order_by(FollowUpRow.due_date)
        )
        return [
            DueFollowUp(
                family_id=UUID(family_id),
                family_name=name,
                visit_id=UUID(visit_id),
                follow_up_id=UUID(follow_up_id),
                text=text,
                due_date=due_date,
            )
            for family_id, name, visit_id, follow_up_id, text, due_date in self.session.execute(
                statement
            )
            if due_date is not None  # excluded by the query; this tells the type checker
        ]

    def open_goals_due_by(self, last_day: date) -> list[GoalNearTarget]:
        statement = (
            select(
                GoalRow.family_id,
                FamilyRow.display_name,
                GoalRow.id,
                GoalRow.title,
                GoalRow.target_date,
                GoalRow.status,
            )
            .join(FamilyRow, FamilyRow.id == GoalRow.family_id)
            .where(
                GoalRow.status.in_(_OPEN_GOAL_STATUSES),
                GoalRow.target_date.is_not(None),
                GoalRow.target_date <= last_day,
            )
            .order_by(GoalRow.target_date)
        )
        return [
            GoalNearTarget(
                family_id=UUID(family_id),
                family_name=name,
                goal_id=UUID(goal_id),
                title=title,
                target_date=target_date,
                status=GoalStatus(status),
            )
            for family_id, name, goal_id, title, target_date, status in self.session.execute(
                statement
            )
            if target_date is not None  # excluded by the query; this tells the type checker
        ]


def sql_today_queries(engine: Engine) -> Callable[[], SqlTodayQueries]:
    """A factory of fresh read models on ``engine``."""
    session_factory = make_session_factory(engine)
    return lambda: SqlTodayQueries(session_factory)
