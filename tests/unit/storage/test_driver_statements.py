"""`DriverStatement` (the save's hot path) stores, reads, traces and fails exactly as SQLAlchemy's
``Connection.execute`` of the same statement would."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest
from sqlalchemy import Column, Engine, Integer, MetaData, Table, bindparam, event, insert, select
from sqlalchemy.exc import IntegrityError

from coach_app.storage.driver import DriverStatement
from coach_app.storage.errors import NoPermission
from coach_app.storage.models import FamilyRow, FollowUpRow, VisitRow
from coach_app.storage.models_sync import OutboxRow

FAMILY = {
    "id": "f0000000-0000-4000-8000-000000000001",
    "display_name": "Familie Test",
    "municipality_code": "GM0153",
    "municipality_name": "Enschede",
    "address": "",
    "phone": "",
    "preferred_languages": ["nl", "tr"],
    "status": "active",
    "start_date": date(2019, 2, 28),
    "assigned_coach": "Coach",
    "created_at": datetime(2019, 1, 1, 9, 0, tzinfo=UTC),
    "updated_at": datetime(2019, 12, 31, 23, 59, 59, 999999, tzinfo=UTC),
    "version": 1,
}
VISIT = {
    "family_id": FAMILY["id"],
    "started_at": datetime(2019, 3, 4, 13, 5, 6, 7, tzinfo=UTC),
    "duration_minutes": 60,
    "mode": "home",
    "notes": "Ayşe — notities",
    "created_at": datetime(2019, 3, 4, 15, 0, tzinfo=UTC),
    "updated_at": datetime(2019, 3, 4, 15, 0, tzinfo=UTC),
    "version": 1,
}
FOLLOW_UP = {"position": 0, "text": "Bellen", "due_date": date(2019, 4, 1), "done": True}
_VISIT_KEYS = ("id", *VISIT)
_FOLLOW_UP_KEYS = ("id", "visit_id", *FOLLOW_UP)
_WITH_DEFAULT = Table(
    "with_default", MetaData(), Column("id", Integer), Column("n", Integer, default=lambda: 1)
)
_VISIT_COLUMNS = select(
    VisitRow.id, VisitRow.started_at, VisitRow.notes, VisitRow.created_at, VisitRow.version
).where(VisitRow.family_id == bindparam("family_id"))


def _stored(engine: Engine, table: str) -> list[tuple[Any, ...]]:
    """The rows exactly as SQLite holds them (no type processing)."""
    with engine.connect() as connection:
        return list(connection.exec_driver_sql(f"SELECT * FROM {table} ORDER BY 1").all())


def _family(engine: Engine) -> None:
    with engine.begin() as connection:
        connection.execute(insert(FamilyRow), FAMILY)


def test_rows_are_stored_exactly_as_sqlalchemy_stores_them(engine: Engine) -> None:
    _family(engine)
    visit = DriverStatement(insert(VisitRow), column_keys=_VISIT_KEYS)
    follow_up = DriverStatement(insert(FollowUpRow), column_keys=_FOLLOW_UP_KEYS)
    with engine.begin() as connection:
        connection.execute(insert(VisitRow), {**VISIT, "id": "v1"})
        visit.run(connection, {**VISIT, "id": "v2"})
        connection.execute(insert(FollowUpRow), {**FOLLOW_UP, "id": "a1", "visit_id": "v1"})
        follow_up.run(connection, [{**FOLLOW_UP, "id": "a2", "visit_id": "v2"}])
    by_sqlalchemy, by_driver = _stored(engine, "visit")
    assert by_driver[1:] == by_sqlalchemy[1:]
    assert by_driver[0] == "v2"
    assert "2019-03-04 13:05:06.000007" in by_driver  # the datetime as SQLAlchemy writes it
    by_sqlalchemy, by_driver = _stored(engine, "follow_up_action")
    assert by_driver[:2] == ("a2", "v2")
    assert by_driver[2:] == by_sqlalchemy[2:]


def test_rows_are_read_as_sqlalchemy_reads_them(engine: Engine) -> None:
    _family(engine)
    with engine.begin() as connection:
        connection.execute(insert(VisitRow), [{**VISIT, "id": "v1"}, {**VISIT, "id": "v2"}])
    with engine.connect() as connection:
        expected = [tuple(row) for row in connection.execute(_VISIT_COLUMNS, VISIT).all()]
        got = DriverStatement(_VISIT_COLUMNS).run(connection, VISIT)
        none = DriverStatement(_VISIT_COLUMNS).first(connection, {"family_id": "none"})
    assert got == expected
    assert got[0][1] == VISIT["started_at"]  # an aware UTC datetime, not the stored text
    assert none is None


def test_a_statement_s_own_values_are_sent_and_a_missing_one_is_refused(engine: Engine) -> None:
    _family(engine)
    statement = DriverStatement(
        select(FamilyRow.display_name).where(
            FamilyRow.id == bindparam("id"), FamilyRow.status == "active"
        )
    )
    with engine.connect() as connection:
        assert statement.scalar(connection, {"id": FAMILY["id"]}) == "Familie Test"
        with pytest.raises(KeyError, match="'id'"):
            statement.run(connection, {})


def test_it_runs_in_the_connection_s_transaction(engine: Engine) -> None:
    _family(engine)
    visit = DriverStatement(insert(VisitRow), column_keys=_VISIT_KEYS)
    with engine.connect() as connection:
        visit.run(connection, {**VISIT, "id": "rolled-back"})
        assert connection.in_transaction()
        connection.rollback()
        visit.run(connection, {**VISIT, "id": "committed"})  # begins one, as execute() would
        connection.commit()
    assert [row[0] for row in _stored(engine, "visit")] == ["committed"]


def test_the_engine_s_listeners_see_what_the_driver_gets(engine: Engine) -> None:
    _family(engine)
    seen: list[tuple[str, Any, bool]] = []

    def note(conn: Any, cursor: Any, sql: str, parameters: Any, context: Any, many: bool) -> None:
        seen.append((sql, parameters, many))

    statement = DriverStatement(_VISIT_COLUMNS)
    event.listen(engine, "before_cursor_execute", note)
    try:
        with engine.connect() as connection:
            statement.run(connection, {"family_id": FAMILY["id"]})
    finally:
        event.remove(engine, "before_cursor_execute", note)
    assert seen == [(statement.sql, (FAMILY["id"],), False)]


def test_a_driver_error_is_raised_as_connection_execute_raises_it(engine: Engine) -> None:
    _family(engine)
    visit = DriverStatement(insert(VisitRow), column_keys=_VISIT_KEYS)
    with engine.connect() as connection:
        visit.run(connection, {**VISIT, "id": "v1"})
        with pytest.raises(IntegrityError):
            connection.execute(insert(VisitRow), {**VISIT, "id": "v1"})
        with pytest.raises(IntegrityError):
            visit.run(connection, {**VISIT, "id": "v1"})
        connection.rollback()
        connection.exec_driver_sql("PRAGMA query_only = ON")
        with pytest.raises(NoPermission):  # SQLITE_READONLY: the engine's storage error
            connection.execute(insert(VisitRow), {**VISIT, "id": "v2"})
        connection.rollback()
        with pytest.raises(NoPermission):
            visit.run(connection, {**VISIT, "id": "v2"})
        connection.rollback()
        connection.exec_driver_sql("PRAGMA query_only = OFF")


@pytest.mark.parametrize(
    ("statement", "keys"),
    [
        (select(VisitRow.id).where(VisitRow.id.in_(bindparam("ids", expanding=True))), None),
        (insert(OutboxRow).returning(OutboxRow.seq), ("pid",)),
        (insert(_WITH_DEFAULT), ("id",)),
    ],
    ids=["expanding IN", "RETURNING", "column default"],
)
def test_statements_needing_execution_time_work_are_refused(
    statement: Any, keys: tuple[str, ...] | None
) -> None:
    with pytest.raises(ValueError, match="execution"):
        DriverStatement(statement, column_keys=keys)
