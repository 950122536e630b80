"""Revision 0015: ``ix_goal_family_id_status`` replaces ``ix_goal_family_id``, so the Families
list counts open goals from the index alone (issue 14). From 0014 with data and back."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from uuid import UUID

from alembic import command
from sqlalchemy import Engine, event, inspect

from coach_app.domain import CoachingService, GoalStatus, LifeDomain, Municipality
from coach_app.storage import (
    alembic_config,
    close_database,
    current_revisions,
    head_revisions,
    migrate,
    open_database,
    sql_uow_factory,
)

BEFORE = "0014_search_by_family"
REVISION = "0015_goal_family_status_index"
NOW = datetime(2026, 11, 30, 14, 0, tzinfo=UTC)


def goal_indexes(engine: Engine) -> set[str]:
    return {str(index["name"]) for index in inspect(engine).get_indexes("goal")}


def open_goals(service: CoachingService) -> dict[UUID, int]:
    return {s.id: s.open_goal_count for s in service.list_families()}


def plan_of_the_list(engine: Engine, service: CoachingService) -> str:
    """SQLite's plan for the statement ``list_families`` runs (as it ran it)."""
    seen: list[tuple[str, Any]] = []

    def note(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        seen.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", note)
    try:
        service.list_families()
    finally:
        event.remove(engine, "before_cursor_execute", note)
    [(statement, parameters)] = seen
    with engine.connect() as connection:
        rows = connection.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters)
        return "\n".join(str(row[-1]) for row in rows)


def test_upgrade_from_0014_with_goals_counts_open_goals_from_the_index_and_back(
    db_path: Path, dek: bytearray
) -> None:
    engine = open_database(db_path, dek)
    try:
        migrate(engine, BEFORE)
        service = CoachingService(sql_uow_factory(engine), clock=lambda: NOW)
        place = Municipality("GM0153", "Enschede")
        busy = service.create_family(display_name="Familie Demir", municipality=place).id
        quiet = service.create_family(display_name="Familie Bakker", municipality=place).id
        none = service.create_family(display_name="Familie Kaya", municipality=place).id
        # Open: planned and started; not open: achieved and stopped (both sides).
        for status in (GoalStatus.PLANNED, GoalStatus.STARTED, GoalStatus.STARTED):
            service.create_goal(busy, domain=LifeDomain.WORK, title="Werk", status=status)
        for status in (GoalStatus.ACHIEVED, GoalStatus.STOPPED):
            service.create_goal(busy, domain=LifeDomain.WORK, title="Klaar", status=status)
        service.create_goal(quiet, domain=LifeDomain.LANGUAGE, title="Taal")
        service.create_goal(
            quiet, domain=LifeDomain.HEALTH, title="Gezond", status=GoalStatus.STOPPED
        )
        before = open_goals(service)
        assert before == {busy: 3, quiet: 1, none: 0}
        assert "ix_goal_family_id" in goal_indexes(engine)

        migrate(engine)
        assert current_revisions(engine) == head_revisions()
        indexes = goal_indexes(engine)
        assert "ix_goal_family_id_status" in indexes
        assert "ix_goal_family_id" not in indexes  # the new index's first column serves it
        assert open_goals(service) == before
        plan = plan_of_the_list(engine, service)
        assert "COVERING INDEX ix_goal_family_id_status" in plan
        # The families are walked in id order (the primary key's index), not the table's.
        assert "family USING INDEX sqlite_autoindex_family_1" in plan

        # Goals changed after the upgrade are counted as they are now.
        [planned] = [g for g in service.list_goals(quiet) if g.status is GoalStatus.PLANNED]
        service.change_goal_status(planned.id, GoalStatus.ACHIEVED)
        assert open_goals(service)[quiet] == 0
        service.erase_family(busy)
        assert open_goals(service) == {quiet: 0, none: 0}

        with engine.begin() as connection:
            command.downgrade(alembic_config(connection), BEFORE)
        indexes = goal_indexes(engine)
        assert "ix_goal_family_id" in indexes
        assert "ix_goal_family_id_status" not in indexes
        service.create_goal(none, domain=LifeDomain.WORK, title="Werk")
        assert open_goals(service) == {quiet: 0, none: 1}
        migrate(engine, REVISION)
        assert open_goals(service) == {quiet: 0, none: 1}
    finally:
        close_database(engine)
