"""The demo data: realistic shape, dated relative to today, deterministic for a seed and day."""

from __future__ import annotations

import os
import re
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from coach_app.demo import DEMO_MUNICIPALITIES, PROGRAMME_MONTHS, months_before, populate_demo
from coach_app.domain import CoachingService
from coach_app.domain.today import today_overview
from coach_app.storage import close_database, migrate, open_database, sql_uow_factory
from coach_app.storage.today import sql_today_queries

_VOLATILE = re.compile(r"^(id|.*_id|created_at|updated_at|recorded_at|exported_at)$")


def _content(value: Any) -> Any:
    """An export without ids and record timestamps (which differ between runs)."""
    if isinstance(value, dict):
        return {
            k: len(v) if k == "people_present" else _content(v)
            for k, v in value.items()
            if not _VOLATILE.match(k)
        }
    if isinstance(value, list):
        return [_content(v) for v in value]
    return value


TODAY = date(2026, 11, 30)


def _demo(path: Path, families: int, seed: int, today: date = TODAY) -> list[Any]:
    engine = open_database(path, os.urandom(32))
    try:
        migrate(engine)
        service = CoachingService(sql_uow_factory(engine))
        populate_demo(service, families=families, seed=seed, today=today)
        return [_content(service.export_family(f.id)) for f in service.list_families()]
    finally:
        close_database(engine)


def test_demo_is_deterministic_for_a_seed_and_a_day(tmp_path: Path) -> None:
    first = _demo(tmp_path / "a.db", 4, 7)
    assert first == _demo(tmp_path / "b.db", 4, 7)
    assert first != _demo(tmp_path / "c.db", 4, 8)
    assert first != _demo(tmp_path / "d.db", 4, 7, TODAY + timedelta(days=1))


def test_months_before_keeps_the_day_or_takes_the_months_last() -> None:
    assert months_before(date(2026, 11, 30), 18) == date(2025, 5, 30)
    assert months_before(date(2026, 8, 31), 18) == date(2025, 2, 28)
    assert months_before(date(2026, 1, 15), 1) == date(2025, 12, 15)


def test_demo_today_has_planned_visits_due_and_a_few_overdue_actions(tmp_path: Path) -> None:
    engine = open_database(tmp_path / "today.db", os.urandom(32))
    try:
        migrate(engine)
        service = CoachingService(sql_uow_factory(engine))
        populate_demo(service, today=TODAY)
        families = service.list_families()
        starts = [service.get_family(f.id).start_date for f in families]
        assert min(s for s in starts if s) >= months_before(TODAY, PROGRAMME_MONTHS)
        assert max(s for s in starts if s) < TODAY
        now = datetime.combine(TODAY, time(8, 0)).astimezone()
        overview = today_overview(sql_today_queries(engine)(), TODAY, now)
    finally:
        close_database(engine)
    next_week = [
        v for v in overview.visits if 1 <= (v.started_at.astimezone().date() - TODAY).days <= 8
    ]
    assert len(next_week) >= 8
    overdue = [f for f in overview.follow_ups if f.is_overdue(TODAY)]
    coming = [f for f in overview.follow_ups if not f.is_overdue(TODAY)]
    assert 1 <= len(overdue) <= 15  # a few, not an alarm board
    assert len(coming) >= 5
    assert len(overdue) < len(overview.follow_ups)
    late_goals = [g for g in overview.goals if g.is_overdue(TODAY)]
    assert len(late_goals) <= 10


def test_demo_has_the_programmes_shape(service: CoachingService) -> None:
    populate_demo(service, families=12, today=TODAY)
    summaries = service.list_families()
    assert len(summaries) == 12
    assert {s.municipality_name for s in summaries} <= {m.name for m in DEMO_MUNICIPALITIES}
    assert 18 <= sum(s.people_count for s in summaries) <= 40
    assert all(s.visit_count >= 3 for s in summaries)
    family = summaries[0].id
    assert service.current_consent(family).coaching
    assert service.list_goals(family)
    assert service.list_assessments(family)
