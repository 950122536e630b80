"""The Today overview over a real encrypted database: which rows show, in which order, and
that it reads in a bounded number of queries."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, event

from coach_app.domain import CoachingService, FollowUpAction, GoalStatus, LifeDomain, Municipality
from coach_app.domain.today import today_overview
from coach_app.storage import close_database, migrate, open_database, sql_uow_factory
from coach_app.storage.today import sql_today_queries

TODAY = date(2024, 3, 15)


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    engine = open_database(tmp_path / "coach.db", os.urandom(32))
    migrate(engine)
    yield engine
    close_database(engine)


def local(day: date, hour: int) -> datetime:
    return datetime.combine(day, time(hour)).astimezone().astimezone(UTC)


def test_overview_lists_what_is_coming_up(engine: Engine) -> None:
    service = CoachingService(sql_uow_factory(engine))
    ayse = service.create_family(display_name="Ayse", municipality=Municipality("GM0153", "X"))
    bora = service.create_family(display_name="Bora", municipality=Municipality("GM0153", "X"))
    day = timedelta(days=1)
    service.record_visit(ayse.id, started_at=local(TODAY - day, 10), duration_minutes=60)
    earlier_today = service.record_visit(ayse.id, started_at=local(TODAY, 0), duration_minutes=30)
    tomorrow = service.record_visit(bora.id, started_at=local(TODAY + day, 9), duration_minutes=45)
    last_day = service.record_visit(
        ayse.id, started_at=local(TODAY + 14 * day, 23), duration_minutes=5
    )
    service.record_visit(ayse.id, started_at=local(TODAY + 15 * day, 0), duration_minutes=5)
    service.record_visit(
        bora.id,
        started_at=local(TODAY - 30 * day, 10),
        duration_minutes=60,
        follow_ups=[
            FollowUpAction(text="overdue", due_date=TODAY - 3 * day),
            FollowUpAction(text="done", due_date=TODAY - 3 * day, done=True),
            FollowUpAction(text="in a week", due_date=TODAY + 7 * day),
            FollowUpAction(text="too far", due_date=TODAY + 8 * day),
            FollowUpAction(text="no date"),
        ],
    )
    late = service.create_goal(
        ayse.id, domain=LifeDomain.WORK, title="late", target_date=TODAY - 5 * day
    )
    soon = service.create_goal(
        bora.id, domain=LifeDomain.LANGUAGE, title="soon", target_date=TODAY + 30 * day
    )
    service.change_goal_status(soon.id, GoalStatus.STARTED)
    service.create_goal(
        bora.id, domain=LifeDomain.LANGUAGE, title="far", target_date=TODAY + 31 * day
    )
    achieved = service.create_goal(
        bora.id, domain=LifeDomain.HEALTH, title="achieved", target_date=TODAY
    )
    service.change_goal_status(achieved.id, GoalStatus.ACHIEVED)
    service.create_goal(bora.id, domain=LifeDomain.HEALTH, title="no date")

    statements: list[str] = []

    def count(*args: Any) -> None:
        statements.append(str(args[2]))

    event.listen(engine, "before_cursor_execute", count)
    overview = today_overview(sql_today_queries(engine)(), TODAY)
    event.remove(engine, "before_cursor_execute", count)

    assert [v.visit_id for v in overview.visits] == [earlier_today.id, tomorrow.id, last_day.id]
    assert overview.visits[1].family_name == "Bora"
    assert [f.text for f in overview.follow_ups] == ["overdue", "in a week"]
    assert [f.is_overdue(TODAY) for f in overview.follow_ups] == [True, False]
    assert [g.goal_id for g in overview.goals] == [late.id, soon.id]
    assert overview.goals[0].is_overdue(TODAY)
    assert overview.goals[1].status is GoalStatus.STARTED
    assert {g.family_id for g in overview.goals} == {ayse.id, bora.id}
    selects = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert len(selects) == 3  # one per list, whatever the number of families


def test_a_visit_recorded_earlier_today_is_held_not_planned(engine: Engine) -> None:
    service = CoachingService(sql_uow_factory(engine))
    family = service.create_family(display_name="Cem", municipality=Municipality("GM0153", "X"))
    this_morning = service.record_visit(family.id, started_at=local(TODAY, 9), duration_minutes=60)
    at_two = service.record_visit(family.id, started_at=local(TODAY, 14), duration_minutes=60)
    tonight = service.record_visit(family.id, started_at=local(TODAY, 19), duration_minutes=30)

    overview = today_overview(sql_today_queries(engine)(), TODAY, now=local(TODAY, 14))
    assert [v.visit_id for v in overview.held_today] == [this_morning.id]
    assert [v.visit_id for v in overview.visits] == [at_two.id, tonight.id]  # 14:00 on the dot

    later = today_overview(
        sql_today_queries(engine)(), TODAY, now=local(TODAY, 14) + timedelta(minutes=1)
    )
    assert [v.visit_id for v in later.held_today] == [this_morning.id, at_two.id]
    assert [v.visit_id for v in later.visits] == [tonight.id]

    no_moment = today_overview(sql_today_queries(engine)(), TODAY)
    assert no_moment.held_today == ()
    assert len(no_moment.visits) == 3


def test_follow_ups_are_ticked_off_or_moved_and_leave_the_overview(engine: Engine) -> None:
    service = CoachingService(sql_uow_factory(engine))
    family = service.create_family(display_name="Dilan", municipality=Municipality("GM0153", "X"))
    visit = service.record_visit(
        family.id,
        started_at=local(TODAY - timedelta(days=10), 10),
        duration_minutes=60,
        follow_ups=[
            FollowUpAction(text="call the school", due_date=TODAY - timedelta(days=2)),
            FollowUpAction(text="bring the form", due_date=TODAY + timedelta(days=1)),
        ],
    )
    overview = today_overview(sql_today_queries(engine)(), TODAY)
    assert [overview.due_in_days(f) for f in overview.follow_ups] == [-2, 1]
    late, soon = overview.follow_ups

    moved = service.move_follow_up(visit.id, late.follow_up_id, TODAY + timedelta(days=30))
    assert moved.version == visit.version + 1
    service.set_follow_up_done(visit.id, soon.follow_up_id)
    assert today_overview(sql_today_queries(engine)(), TODAY).follow_ups == ()
    stored = service.get_visit(visit.id)
    assert [(f.due_date, f.done) for f in stored.follow_ups] == [
        (TODAY + timedelta(days=30), False),
        (TODAY + timedelta(days=1), True),
    ]
