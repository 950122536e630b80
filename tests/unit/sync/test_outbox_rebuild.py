"""The outbox rebuild works in short transactions (issue 10, item 6), and months and weeks
follow the programme's time zone (issue 11, item 7)."""

from __future__ import annotations

import threading
import time
from datetime import UTC, date, datetime
from pathlib import Path
from uuid import UUID, uuid4
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import Engine, func, select, update
from sqlalchemy.orm import Session, sessionmaker

from coach_app.domain import (
    CoachingService,
    ConsentEvent,
    ConsentKind,
    Family,
    Goal,
    GoalStatus,
    GoalStatusChange,
    LifeDomain,
    Municipality,
    Person,
    ProgrammeStatusChange,
    Visit,
)
from coach_app.paths import DataFolder
from coach_app.security import KdfParams
from coach_app.storage import make_session_factory, sql_uow_factory
from coach_app.storage.models import FamilyRow, VisitRow
from coach_app.storage.models_sync import OutboxRow, PidRow, SyncStateRow
from coach_app.sync import OutboxWriter, SyncEngine, outbox, store
from coach_app.sync.outbox import OUTBOX_FORMAT, RebuildStep
from coach_app.workspace import Workspace

FAMILIES = 1_000
PASSPHRASE = "a quiet kitchen table"
WHEN = datetime(2019, 4, 2, 9, tzinfo=UTC)


def _seed_without_outbox(engine: Engine, families: int) -> None:
    """``families`` families with consent, a person, a visit and a goal, written in one
    transaction without the outbox writer, then the outbox marked as never built: the state of
    a laptop upgraded from before the outbox (or from an older record format)."""
    with sql_uow_factory(engine)() as uow:
        for n in range(families):
            family = Family(
                id=uuid4(),
                created_at=WHEN,
                updated_at=WHEN,
                display_name=f"Family {n}",
                municipality=Municipality("GM0153", "Enschede"),
                start_date=date(2019, 3, 1),
            )
            uow.families.add(family)
            uow.family_statuses.add(
                ProgrammeStatusChange(
                    id=uuid4(),
                    family_id=family.id,
                    status=family.status,
                    on=date(2019, 3, 1),
                    recorded_at=WHEN,
                )
            )
            uow.session.flush()
            uow.consents.add(
                ConsentEvent(
                    id=uuid4(),
                    created_at=WHEN,
                    updated_at=WHEN,
                    family_id=family.id,
                    kind=ConsentKind.ANONYMISED_REPORTING,
                    given=True,
                    event_date=date(2019, 3, 1),
                    recorded_by="c",
                )
            )
            uow.people.add(
                Person(
                    id=uuid4(),
                    created_at=WHEN,
                    updated_at=WHEN,
                    family_id=family.id,
                    given_name="P",
                    birth_date=date(1985, 5, 5),
                )
            )
            uow.visits.add(
                Visit(
                    id=uuid4(),
                    created_at=WHEN,
                    updated_at=WHEN,
                    family_id=family.id,
                    started_at=WHEN,
                    duration_minutes=60,
                )
            )
            uow.goals.add(
                Goal(
                    id=uuid4(),
                    created_at=WHEN,
                    updated_at=WHEN,
                    family_id=family.id,
                    domain=LifeDomain.LANGUAGE,
                    title="NT2",
                    opened_on=date(2019, 3, 4),
                    status_history=(
                        GoalStatusChange(
                            status=GoalStatus.PLANNED, on=date(2019, 3, 4), recorded_at=WHEN
                        ),
                    ),
                )
            )
        uow.session.execute(update(SyncStateRow).values(outbox_format=0))
        uow.commit()


def test_a_save_during_a_rebuild_of_1000_families_completes_within_a_second(
    tmp_path: Path,
) -> None:
    folder = DataFolder(tmp_path / "laptop")
    ws = Workspace(folder, kdf=KdfParams())
    ws.create(PASSPHRASE)
    try:
        _seed_without_outbox(ws.engine, FAMILIES)
        assert ws.outbox_needs_rebuild()
        family_id = ws.service.list_families()[0].id
        # One save first, so the ones measured below pay no first-call costs (statements
        # compiled, modules loaded): what is measured is the wait for the rebuild.
        ws.service.record_visit(
            family_id, started_at=datetime(2019, 5, 1, 9, tzinfo=UTC), duration_minutes=45
        )
        steps: list[RebuildStep] = []
        first_step = threading.Event()
        failure: list[BaseException] = []

        def on_step(step: RebuildStep) -> None:
            steps.append(step)
            first_step.set()

        def rebuild() -> None:
            try:
                ws.rebuild_outbox(on_step)
            except BaseException as exc:  # noqa: BLE001 - reported to the test below
                failure.append(exc)
                first_step.set()

        worker = threading.Thread(target=rebuild, name="outbox-rebuild")
        worker.start()
        try:
            assert first_step.wait(timeout=120), "the rebuild reported no step"
            assert not failure, failure
            durations = []
            for n in range(5):
                started = time.perf_counter()
                ws.service.record_visit(
                    family_id,
                    started_at=datetime(2019, 5, 6 + n, 9, tzinfo=UTC),
                    duration_minutes=45,
                )
                durations.append(time.perf_counter() - started)
            done_during_saves = steps[-1].done
        finally:
            worker.join()
        assert not failure, failure
        assert max(durations) < 1.0, durations
        assert done_during_saves < FAMILIES, "the saves ran while the rebuild was running"
        done = [s.done for s in steps]
        assert done == sorted(set(done)), "steps only go forward"
        assert len(done) > 10, "short transactions, not one long one"
        assert (done[-1], {s.total for s in steps}) == (FAMILIES, {FAMILIES})
        assert not ws.outbox_needs_rebuild()
        with make_session_factory(ws.engine)() as session:
            query = select(OutboxRow.kind, func.count()).group_by(OutboxRow.kind)
            kinds = {row[0]: row[1] for row in session.execute(query)}
        assert kinds == {
            "family": FAMILIES,
            "person": FAMILIES,
            "goal": FAMILIES,
            "status_change": 2 * FAMILIES,  # the family's programme status, the goal's status
            "visit": FAMILIES + 6,
        }
    finally:
        ws.lock()


def test_a_save_between_a_rebuilds_reads_and_its_writes_is_kept(
    service: CoachingService,
    engine: Engine,
    sessions: sessionmaker[Session],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A rebuild's transaction reads first and writes at its end; a save committed in between
    (another connection) is not overwritten with what was read before it: one pid per entity,
    one record per pid."""
    _seed_without_outbox(engine, 3)
    with sessions() as session:
        last = UUID(max(session.scalars(select(FamilyRow.id))))
    read = outbox._Pass.prefetch_families
    saved: list[object] = []

    def read_then_save(self: outbox._Pass, family_ids: list[str]) -> None:
        read(self, family_ids)
        if not saved:
            saved.append(
                service.record_visit(
                    last, started_at=datetime(2019, 5, 6, 9, tzinfo=UTC), duration_minutes=45
                )
            )

    monkeypatch.setattr(outbox._Pass, "prefetch_families", read_then_save)
    assert OutboxWriter().rebuild(engine) == 3
    assert saved
    with sessions() as session:
        entities = session.execute(
            select(PidRow.entity_id, func.count()).group_by(PidRow.entity_id)
        ).all()
        assert {count for _, count in entities} == {1}
        visits = set(session.scalars(select(VisitRow.id)))
        assert visits <= {entity for entity, _ in entities}
        assert len(visits) == 4
        visit_records = select(func.count()).where(OutboxRow.kind == "visit")
        assert session.scalar(visit_records) == 4
        assert session.scalar(select(func.count()).select_from(PidRow)) == session.scalar(
            select(func.count()).select_from(OutboxRow)
        )


def test_the_sync_engine_rebuilds_a_stale_outbox_before_it_sends(
    engine: Engine, sessions: sessionmaker[Session]
) -> None:
    _seed_without_outbox(engine, 3)
    outcome = SyncEngine(sessions).sync()
    assert outcome.outcome == "not_enrolled"
    assert outcome.pending == 18  # per family: family, person, goal, visit, 2 status changes
    with sessions() as session:
        assert not OutboxWriter.needs_rebuild(session)
        assert session.get(SyncStateRow, 1).outbox_format == OUTBOX_FORMAT  # type: ignore[union-attr]
    # Once is enough: a second sync changes nothing.
    with sessions() as session:
        before = {(e.pid, e.version) for e in store.pending_records(session)}
    SyncEngine(sessions).sync()
    with sessions() as session:
        assert {(e.pid, e.version) for e in store.pending_records(session)} == before


def test_a_rebuild_changes_nothing_that_is_already_right(
    service: CoachingService, engine: Engine, sessions: sessionmaker[Session]
) -> None:
    family = service.create_family(
        display_name="F", municipality=Municipality("GM0153", "E"), start_date=date(2019, 3, 1)
    )
    service.record_consent(family.id, ConsentKind.ANONYMISED_REPORTING, recorded_by="c")
    service.add_person(family.id, given_name="P", birth_date=date(1980, 1, 1))
    with sessions() as session:
        before = {(r.pid, r.version, r.payload) for r in session.scalars(select(OutboxRow))}
    assert OutboxWriter().rebuild(engine) == 1
    with sessions() as session:
        after = {(r.pid, r.version, r.payload) for r in session.scalars(select(OutboxRow))}
    assert after == before


@pytest.mark.parametrize(
    ("zone", "week"),
    [("Europe/Amsterdam", "2019-W15"), ("UTC", "2019-W14")],
)
def test_a_visit_on_monday_0130_in_amsterdam_is_in_that_mondays_week(
    engine: Engine, sessions: sessionmaker[Session], zone: str, week: str
) -> None:
    service = CoachingService(sql_uow_factory(engine, before_commit=OutboxWriter(time_zone=zone)))
    family = service.create_family(
        display_name="F", municipality=Municipality("GM0153", "E"), start_date=date(2019, 3, 1)
    )
    service.record_consent(family.id, ConsentKind.ANONYMISED_REPORTING, recorded_by="c")
    # Monday 8 April 2019, 01:30 in Amsterdam (summer time) is Sunday 23:30 UTC.
    monday_night = datetime(2019, 4, 7, 23, 30, tzinfo=UTC)
    service.record_visit(family.id, started_at=monday_night, duration_minutes=30)
    with sessions() as session:
        (visit,) = [e.record for e in store.pending_records(session) if e.kind == "visit"]
    assert visit["iso_week"] == week


def test_the_workspace_keeps_the_programmes_time_zone_for_the_engine(tmp_path: Path) -> None:
    folder = DataFolder(tmp_path / "laptop")
    ws = Workspace(folder, kdf=KdfParams(), time_zone="Europe/Istanbul")
    ws.create(PASSPHRASE)
    try:
        with make_session_factory(ws.engine)() as session:
            assert OutboxWriter().zone(session).key == "Europe/Istanbul"
        assert ws.service.today() == datetime.now(ws.time_zone).date()
    finally:
        ws.lock()


def test_a_new_laptop_s_first_sync_rebuilds_nothing(tmp_path: Path) -> None:
    """A new database's outbox holds records of the current format only: the first sync
    (bench_sync's 10,000 queued records: 8% of its time) has nothing to rebuild; a database
    unlocked again keeps that, and one marked stale still rebuilds."""
    folder = DataFolder(tmp_path / "laptop")
    ws = Workspace(folder, kdf=KdfParams(iterations=1))
    ws.create(PASSPHRASE)
    try:
        sessions = make_session_factory(ws.engine)
        with sessions() as session:
            assert not OutboxWriter.needs_rebuild(session)
        ws.lock()
        ws.unlock(PASSPHRASE)
        sessions = make_session_factory(ws.engine)
        with sessions() as session, session.begin():
            assert not OutboxWriter.needs_rebuild(session)
            session.execute(update(SyncStateRow).values(outbox_format=OUTBOX_FORMAT - 1))
        with sessions() as session:
            assert OutboxWriter.needs_rebuild(session)
    finally:
        ws.lock()


@pytest.mark.parametrize(
    ("zone", "month"),
    [("Europe/Amsterdam", "2026-12"), ("UTC", "2026-11")],
)
def test_a_status_change_at_0030_on_1_december_in_amsterdam_is_sent_in_december(
    engine: Engine, sessions: sessionmaker[Session], zone: str, month: str
) -> None:
    """Issue 11, case 9: 00:30 on 1 December in Amsterdam is 23:30 UTC on 30 November."""
    service = CoachingService(
        sql_uow_factory(engine, before_commit=OutboxWriter(time_zone=zone)),
        clock=lambda: datetime(2026, 11, 30, 23, 30, tzinfo=UTC),
        time_zone=ZoneInfo(zone),
    )
    family = service.create_family(
        display_name="F", municipality=Municipality("GM0153", "E"), start_date=date(2026, 1, 5)
    )
    service.record_consent(family.id, ConsentKind.ANONYMISED_REPORTING, recorded_by="c")
    goal = service.create_goal(
        family.id, domain=LifeDomain.WORK, title="Work", opened_on=date(2026, 1, 5)
    )
    service.change_goal_status(goal.id, GoalStatus.STARTED)  # now: no date typed
    with sessions() as session:
        records = [e.record for e in store.pending_records(session)]
    # Protocol version 1 carries the goal's status month, version 2 a status_change record.
    months = [r["status_month"] for r in records if r["kind"] == "goal" and "status_month" in r]
    months += [
        r["month"]
        for r in records
        if r["kind"] == "status_change" and r["subject_kind"] == "goal" and r["status"] == "started"
    ]
    assert months == [month]
