"""Revision 0007 (dated history) from revision 0006 with data in it: today's single statuses
become the first history entries, dated as well as the stored data allows; the outbox learns
which pids the server acknowledged."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from uuid import UUID, uuid4

from sqlalchemy import Engine, text

from coach_app.domain import CoachingService, GoalStatus, ProgrammeStatus
from coach_app.storage import close_database, migrate, open_database, sql_uow_factory
from coach_app.sync import store

PREVIOUS = "0006_contentless_search"


def _insert(engine: Engine, statement: str, **values: object) -> None:
    with engine.begin() as connection:
        connection.execute(text(statement), values)


def _family(engine: Engine, status: str, start: date | None, created: datetime) -> str:
    family_id = str(uuid4())
    _insert(
        engine,
        "INSERT INTO family (id, display_name, municipality_code, municipality_name, address,"
        " phone, preferred_languages, status, start_date, assigned_coach, created_at,"
        " updated_at, version) VALUES (:id, 'F', 'GM0153', 'Enschede', '', '', '[]', :status,"
        " :start, '', :created, :updated, 2)",
        id=family_id,
        status=status,
        start=start.isoformat() if start else None,
        created=created,
        updated=datetime(2020, 6, 30, 22, 30),  # 1 July in Amsterdam
    )
    return family_id


def _goal(engine: Engine, family_id: str, status: str, created: datetime) -> str:
    goal_id = str(uuid4())
    _insert(
        engine,
        "INSERT INTO goal (id, family_id, domain, title, description, status, created_at,"
        " updated_at, version) VALUES (:id, :family, 'language', 'NT2', '', :status, :created,"
        " :updated, 3)",
        id=goal_id,
        family=family_id,
        status=status,
        created=created,
        updated=datetime(2020, 2, 1, 12),
    )
    return goal_id


def _progress(
    engine: Engine,
    goal_id: str,
    position: int,
    day: date,
    change: tuple[str, str] | None,
    note: str = "",
) -> str:
    entry_id = str(uuid4())
    _insert(
        engine,
        "INSERT INTO progress_entry (id, goal_id, position, entry_date, recorded_at,"
        " from_status, to_status, note) VALUES (:id, :goal, :position, :day, :recorded, :f, :t,"
        " :note)",
        id=entry_id,
        goal=goal_id,
        position=position,
        day=day.isoformat(),
        recorded=datetime(2020, 2, 1, 12),
        f=change[0] if change else None,
        t=change[1] if change else None,
        note=note,
    )
    return entry_id


def _outbox(engine: Engine, pid: str, version: int, state: str) -> None:
    _insert(
        engine,
        "INSERT INTO sync_outbox (pid, kind, version, payload, state, attempts)"
        " VALUES (:pid, 'visit', :version, '{}', :state, 0)",
        pid=pid,
        version=version,
        state=state,
    )


def test_upgrade_from_0006_with_data(db_path: Path, dek: bytearray) -> None:
    engine = open_database(db_path, dek)
    try:
        migrate(engine, PREVIOUS)
        # Typed 23:30 UTC on 31 March 2019: 1 April in Amsterdam.
        late_evening = datetime(2019, 3, 31, 22, 30)
        active = _family(engine, "active", date(2018, 9, 3), datetime(2019, 1, 5, 9))
        intake_no_start = _family(engine, "intake", None, late_evening)
        completed = _family(engine, "completed", date(2018, 9, 3), datetime(2019, 1, 5, 9))

        back_dated = _goal(engine, active, "achieved", datetime(2019, 6, 1, 9))
        started_id = _progress(engine, back_dated, 0, date(2019, 2, 4), ("planned", "started"))
        _progress(engine, back_dated, 1, date(2019, 3, 1), None, note="going well")
        achieved_id = _progress(engine, back_dated, 2, date(2019, 9, 2), ("started", "achieved"))
        plain = _goal(engine, active, "planned", late_evening)
        odd = _goal(engine, completed, "stopped", datetime(2019, 1, 5, 9))  # no entries

        _insert(
            engine,
            "INSERT INTO sync_state (id, revoked, high_water_mark, refreshed_month)"
            " VALUES (1, 0, 7, '2020-01')",
        )
        _insert(
            engine,
            "INSERT INTO sync_pid (pid, entity_kind, entity_id, family_id, status, status_month)"
            " VALUES (:pid, 'family', :family, :family, 'active', '2018-09')",
            pid=str(uuid4()),
            family=active,
        )
        pids = {name: str(uuid4()) for name in ("sent", "pending1", "pending3", "rejected2")}
        _outbox(engine, pids["sent"], 2, "sent")
        _outbox(engine, pids["pending1"], 1, "pending")
        _outbox(engine, pids["pending3"], 3, "pending")
        _outbox(engine, pids["rejected2"], 2, "rejected")

        migrate(engine)

        service = CoachingService(sql_uow_factory(engine))
        goal = service.get_goal(UUID(back_dated))
        assert goal.opened_on == date(2019, 2, 4), "the earliest dated entry, before typing"
        assert [(c.status, c.on) for c in goal.status_history] == [
            (GoalStatus.PLANNED, date(2019, 2, 4)),
            (GoalStatus.STARTED, date(2019, 2, 4)),
            (GoalStatus.ACHIEVED, date(2019, 9, 2)),
        ]
        assert [c.id for c in goal.status_history[1:]] == [UUID(started_id), UUID(achieved_id)]
        assert len(goal.progress) == 3, "the journal is untouched"
        planned = service.get_goal(UUID(plain))
        assert [(c.status, c.on) for c in planned.status_history] == [
            (GoalStatus.PLANNED, date(2019, 4, 1))  # the day it was typed, in Amsterdam
        ]
        stopped = service.get_goal(UUID(odd))
        assert [(c.status, c.on) for c in stopped.status_history] == [
            (GoalStatus.STOPPED, date(2019, 1, 5))
        ]

        def history(family_id: str) -> list[tuple[ProgrammeStatus, date]]:
            return [(e.status, e.on) for e in service.family_status_history(UUID(family_id))]

        assert history(active) == [(ProgrammeStatus.ACTIVE, date(2018, 9, 3))]
        assert history(intake_no_start) == [(ProgrammeStatus.INTAKE, date(2019, 4, 1))]
        assert history(completed) == [(ProgrammeStatus.COMPLETED, date(2020, 7, 1))]

        # Editing after the upgrade works on the migrated history.
        goal = service.edit_goal_status_change(goal.id, UUID(achieved_id), on=date(2019, 9, 9))
        assert goal.progress[2].entry_date == date(2019, 9, 9)

        with engine.connect() as connection:
            query = text("SELECT pid, acknowledged_version FROM sync_outbox")
            acknowledged = {row[0]: row[1] for row in connection.execute(query)}
            state = connection.execute(
                text("SELECT outbox_format, time_zone, high_water_mark FROM sync_state")
            ).one()
            pid_columns = {
                row[1] for row in connection.execute(text("PRAGMA table_info(sync_pid)"))
            }
        assert acknowledged == {
            pids["sent"]: 2,
            pids["pending1"]: None,  # never acknowledged: nothing will be sent for it
            pids["pending3"]: 2,  # an earlier version may have been: counted as received
            pids["rejected2"]: 1,
        }
        assert tuple(state) == (1, None, 7), "protocol 1 records, to be rebuilt"
        assert "status" not in pid_columns

        # The trigger keeps acknowledged_version as the engine marks rows sent.
        with engine.begin() as connection:
            from sqlalchemy.orm import Session

            with Session(bind=connection) as session:
                store.mark_sent(session, [(pids["pending1"], 1)])
        with engine.connect() as connection:
            value = connection.execute(
                text("SELECT acknowledged_version FROM sync_outbox WHERE pid = :p"),
                {"p": pids["pending1"]},
            ).scalar_one()
        assert value == 1
    finally:
        close_database(engine)


def test_an_outbox_never_built_is_marked_for_building(db_path: Path, dek: bytearray) -> None:
    engine = open_database(db_path, dek)
    try:
        migrate(engine, PREVIOUS)
        _family(engine, "active", None, datetime(2019, 1, 5, 9))
        migrate(engine)
        with engine.connect() as connection:
            rows = connection.execute(text("SELECT id, outbox_format FROM sync_state")).all()
        assert [tuple(r) for r in rows] == [(1, 0)]
    finally:
        close_database(engine)
