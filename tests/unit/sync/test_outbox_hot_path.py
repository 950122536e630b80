"""The outbox writer's shortcuts on the save path keep its results: the latest reporting
consent is picked by date, then recording time (not by the order rows come back), and a pid
made in a transaction is queued once however often that transaction touches it."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from uuid import uuid4

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, sessionmaker

from coach_app.domain import (
    CoachingService,
    ConsentEvent,
    ConsentKind,
    Family,
    Municipality,
    Person,
)
from coach_app.storage import sql_uow_factory
from coach_app.storage.models_sync import OutboxRow, PidRow
from coach_app.sync import OutboxWriter, store

REPORTING = ConsentKind.ANONYMISED_REPORTING


def _outbox(sessions: sessionmaker[Session]) -> dict[str, tuple[str, int]]:
    with sessions() as session:
        return {r.pid: (r.kind, r.version) for r in session.scalars(select(OutboxRow))}


def _family(service: CoachingService) -> Family:
    family = service.create_family(
        display_name="F", municipality=Municipality("GM0153", "E"), start_date=date(2019, 3, 1)
    )
    service.add_person(family.id, given_name="P", birth_date=date(1980, 1, 1))
    return family


@pytest.mark.parametrize(
    ("given_on", "withdrawn_on", "reporting"),
    [
        (date(2020, 1, 1), date(2020, 2, 1), False),  # withdrawn later: nothing live
        (date(2020, 2, 1), date(2020, 1, 1), True),  # withdrawal dated before: still given
        (date(2020, 1, 1), date(2020, 1, 1), False),  # same day: the later recording counts
    ],
)
def test_the_latest_reporting_consent_by_date_decides(
    service: CoachingService,
    sessions: sessionmaker[Session],
    given_on: date,
    withdrawn_on: date,
    reporting: bool,
) -> None:
    family = _family(service)
    service.record_consent(family.id, REPORTING, recorded_by="c", on=given_on)
    # The family, its person and its programme status (a dated entry: a record of its own).
    assert {kind for kind, _ in _outbox(sessions).values()} == {"family", "person", "status_change"}
    with sessions() as session, session.begin():  # synced: a withdrawal leaves tombstones
        store.mark_sent(session, [(e.pid, e.version) for e in store.pending_records(session)])
    service.withdraw_consent(family.id, REPORTING, recorded_by="c", on=withdrawn_on)
    assert service.current_consent(family.id).anonymised_reporting is reporting

    visit = service.record_visit(
        family.id, started_at=datetime(2020, 3, 2, 9, tzinfo=UTC), duration_minutes=60
    )

    kinds = sorted(kind for kind, _ in _outbox(sessions).values())
    if reporting:
        assert kinds == ["family", "person", "status_change", "visit"]
    else:
        assert kinds == ["tombstone", "tombstone", "tombstone"]
        with sessions() as session:
            assert session.scalar(select(PidRow).where(PidRow.entity_id == str(visit.id))) is None


def test_a_new_family_touched_several_times_in_one_transaction_is_queued_once(
    engine: Engine, writer: OutboxWriter, sessions: sessionmaker[Session]
) -> None:
    CoachingService(sql_uow_factory(engine, before_commit=writer)).create_family(
        display_name="Other", municipality=Municipality("GM0153", "E")
    )  # the sync state exists: the next transaction takes the per-change path
    now = datetime(2020, 3, 1, tzinfo=UTC)
    family = Family(
        id=uuid4(),
        created_at=now,
        updated_at=now,
        display_name="F",
        municipality=Municipality("GM0153", "E"),
    )
    person = Person(
        id=uuid4(),
        created_at=now,
        updated_at=now,
        family_id=family.id,
        given_name="P",
        birth_date=date(1980, 1, 1),
    )
    consent = ConsentEvent(
        id=uuid4(),
        created_at=now,
        updated_at=now,
        family_id=family.id,
        kind=REPORTING,
        given=True,
        event_date=date(2020, 3, 1),
        recorded_by="c",
    )
    with sql_uow_factory(engine, before_commit=writer)() as uow:
        uow.families.add(family)
        uow.session.flush()  # the rows have no ORM relationship to order their inserts
        uow.consents.add(consent)
        uow.people.add(person)
        # The family's record is built by each of these changes, its new pid made by the first.
        uow.note_change("family", family.id)
        uow.note_change("consent", family.id)
        uow.note_change("person", person.id)
        uow.commit()

    with sessions() as session:
        pids = {
            r.entity_id: r.pid
            for r in session.scalars(select(PidRow).where(PidRow.family_id == str(family.id)))
        }
    assert set(pids) == {str(family.id), str(person.id)}
    queued = _outbox(sessions)
    assert queued[pids[str(family.id)]] == ("family", 1)
    assert queued[pids[str(person.id)]] == ("person", 1)

    # A later change of the family's record is an update of the same row, at the next version.
    service = CoachingService(sql_uow_factory(engine, before_commit=writer))
    service.add_person(family.id, given_name="Q")
    assert _outbox(sessions)[pids[str(family.id)]] == ("family", 2)


def test_saving_visits_without_reporting_consent_queues_nothing(
    service: CoachingService, sessions: sessionmaker[Session]
) -> None:
    family = _family(service)
    start = datetime(2020, 3, 2, 9, tzinfo=UTC)
    for n in range(3):
        service.record_visit(family.id, started_at=start + timedelta(days=n), duration_minutes=60)
    assert _outbox(sessions) == {}
    with sessions() as session:
        assert session.scalars(select(PidRow)).all() == []
