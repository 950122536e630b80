"""`SqlUnitOfWork`: one transaction on one connection; Core work needs no ORM session, ORM work
joins the same transaction; commit and rollback cover both; the save's hot path (a visit with
the outbox writer and the handover guard, as the workspace wires them) makes no session."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime
from uuid import uuid4

import pytest
from sqlalchemy import Engine, func, select

from coach_app.domain import CoachingService, ConsentKind, LifeDomain, Municipality
from coach_app.offsite.guard import HandoverGuard
from coach_app.storage import SqlUnitOfWork
from coach_app.storage.models import FamilyRow, VisitRow
from coach_app.storage.models_sync import OutboxRow
from coach_app.storage.uow import Change
from coach_app.sync.outbox import OutboxWriter

MUNICIPALITY = Municipality("GM0153", "Enschede")


def _count(engine: Engine, row: type) -> int:
    with engine.connect() as connection:
        return int(connection.scalar(select(func.count()).select_from(row)) or 0)


class Recording:
    """A unit-of-work factory whose hook notes each commit's session (None: none was made)."""

    def __init__(self, engine: Engine, before_commit: object = None) -> None:
        self.engine = engine
        self.before_commit = before_commit
        self.sessions: list[object] = []

    def __call__(self) -> SqlUnitOfWork:
        return SqlUnitOfWork(self.engine, before_commit=self._hook)

    def _hook(self, uow: SqlUnitOfWork, changes: Sequence[Change]) -> None:
        self.sessions.append(uow.loaded_session)
        if self.before_commit is not None:
            self.before_commit(uow, changes)  # type: ignore[operator]


def test_saving_a_visit_as_the_workspace_wires_it_makes_no_orm_session(engine: Engine) -> None:
    factory = Recording(engine, HandoverGuard(OutboxWriter(time_zone="Europe/Amsterdam")))
    service = CoachingService(factory)
    family = service.create_family(display_name="F", municipality=MUNICIPALITY)
    person = service.add_person(family.id, given_name="A", birth_date=date(1985, 4, 2))
    service.record_consent(
        family.id, ConsentKind.ANONYMISED_REPORTING, recorded_by="c", on=date(2019, 1, 1)
    )
    factory.sessions.clear()
    service.record_visit(
        family.id,
        started_at=datetime(2019, 3, 4, 10, tzinfo=UTC),
        duration_minutes=60,
        people_present=[person.id],
        topics=[LifeDomain.LANGUAGE],
        notes="n",
    )
    assert factory.sessions == [None]  # the hook ran, in a transaction without a session
    assert _count(engine, VisitRow) == 1
    with engine.connect() as connection:
        kinds = connection.scalars(select(OutboxRow.kind)).all()
    assert kinds.count("visit") == 1  # its anonymised record, in the same transaction


def test_core_and_orm_work_share_one_transaction_and_roll_back_together(engine: Engine) -> None:
    service = CoachingService(Recording(engine))
    family = service.create_family(display_name="F", municipality=MUNICIPALITY)
    with SqlUnitOfWork(engine) as uow:
        assert uow.loaded_session is None
        assert uow.families.member_ids(family.id) == set()  # Core, on the connection
        assert uow.loaded_session is None
        stored = uow.families.get(family.id)
        assert stored is not None
        uow.session.add(
            FamilyRow(
                id=str(uuid4()),
                display_name="G",
                municipality_code="GM0153",
                municipality_name="Enschede",
                address="",
                phone="",
                preferred_languages=[],
                status="active",
                start_date=None,
                assigned_coach="",
                created_at=datetime.now(UTC),
                updated_at=datetime.now(UTC),
                version=1,
            )
        )
        assert uow.connection is uow.session.connection()  # one connection, the flush done
        assert uow.connection.scalar(select(func.count()).select_from(FamilyRow)) == 2
    assert _count(engine, FamilyRow) == 1  # left without commit: both rolled back


def test_a_hook_that_refuses_rolls_back_the_core_writes(engine: Engine) -> None:
    class Refused(Exception):
        pass

    def refuse(uow: SqlUnitOfWork, changes: Sequence[Change]) -> None:
        assert _count(engine, VisitRow) == 0  # not committed yet (another connection)
        raise Refused

    family = CoachingService(Recording(engine)).create_family(
        display_name="F", municipality=MUNICIPALITY
    )
    service = CoachingService(Recording(engine, refuse))
    with pytest.raises(Refused):
        service.record_visit(
            family.id, started_at=datetime(2019, 3, 4, 10, tzinfo=UTC), duration_minutes=30
        )
    assert _count(engine, VisitRow) == 0


def test_a_unit_of_work_is_used_inside_its_with_statement_only(engine: Engine) -> None:
    uow = SqlUnitOfWork(engine)
    with pytest.raises(RuntimeError, match="not open"):
        _ = uow.connection
    with uow, pytest.raises(RuntimeError, match="already open"):
        uow.__enter__()
    with pytest.raises(RuntimeError, match="not open"):
        uow.commit()
