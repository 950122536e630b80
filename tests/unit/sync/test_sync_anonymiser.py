"""The anonymiser: only allowlisted keys leave the laptop, and no personal content does."""

from __future__ import annotations

import json
import re
from datetime import UTC, date, datetime, timedelta
from uuid import UUID

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from coach_app.domain import (
    CefrLevel,
    CoachingService,
    ConsentKind,
    FollowUpAction,
    Gender,
    GoalStatus,
    LifeDomain,
    Milestone,
    Municipality,
    ProgrammeStatus,
    Role,
    VisitMode,
)
from coach_app.storage.models_sync import OutboxRow, PidRow
from coach_app.sync import RECORD_KEYS, store
from coach_app.sync.anonymise import age_band, duration_band, household_size_band, iso_week
from coach_app.sync.client import batch_body

CANARY = "Qz{}Kanarie"
_PID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")

texts = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
    max_size=30,
)
days = st.dates(min_value=date(1930, 1, 1), max_value=date(2030, 12, 31))


def _canary(tag: str, noise: str) -> str:
    return f"{noise}{CANARY.format(tag)}{noise}"


def upload(sessions: sessionmaker[Session]) -> bytes:
    with sessions() as session:
        payloads = [
            json.dumps(e.record, sort_keys=True, separators=(",", ":")).encode()
            for e in store.pending_records(session, limit=100_000)
        ]
    return batch_body(payloads)


def _check_keys(body: bytes) -> list[dict[str, object]]:
    document = json.loads(body)
    assert set(document) == {"protocol_version", "records"}
    for record in document["records"]:
        assert set(record) == RECORD_KEYS[record["kind"]], record
        for key, value in record.items():
            if key.endswith("pid") and value is not None:
                assert _PID.match(str(value))
    return list(document["records"])


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    noise=texts,
    birth=days,
    visit_day=days,
    minutes=st.integers(1, 600),
    score=st.integers(1, 5),
    status=st.sampled_from(list(ProgrammeStatus)),
    gender=st.sampled_from(list(Gender)),
    mode=st.sampled_from(list(VisitMode)),
    domain=st.sampled_from(list(LifeDomain)),
    withdraw=st.booleans(),
    erase=st.booleans(),
    level=st.sampled_from(list(CefrLevel)),
    next_status=st.sampled_from(list(ProgrammeStatus)),
)
def test_the_upload_carries_no_canary_and_only_allowlisted_keys(
    service: CoachingService,
    sessions: sessionmaker[Session],
    noise: str,
    birth: date,
    visit_day: date,
    minutes: int,
    score: int,
    status: ProgrammeStatus,
    gender: Gender,
    mode: VisitMode,
    domain: LifeDomain,
    withdraw: bool,
    erase: bool,
    level: CefrLevel,
    next_status: ProgrammeStatus,
) -> None:
    c = {
        k: _canary(k, noise)
        for k in (
            "Fam",
            "Addr",
            "Coach",
            "Given",
            "Sur",
            "Notes",
            "Follow",
            "Title",
            "Desc",
            "Mile",
            "Prog",
            "Rem",
        )
    }
    family = service.create_family(
        display_name=c["Fam"],
        municipality=Municipality("GM0153", _canary("Town", noise)),
        address=c["Addr"],
        phone="+31 612345678",
        preferred_languages=("nl", "tr"),
        status=status,
        start_date=visit_day,
        assigned_coach=c["Coach"],
    )
    service.record_consent(
        family.id, ConsentKind.ANONYMISED_REPORTING, recorded_by=c["Coach"], remark=c["Rem"]
    )
    person = service.add_person(
        family.id,
        given_name=c["Given"],
        family_name=c["Sur"],
        # An adult on every event's day (the use cases refuse events before birth and Dutch
        # levels before 18).
        birth_date=min(birth, date(min(visit_day, service.today()).year - 19, 1, 1)),
        gender=gender,
        role=Role.ADULT,
        languages=("ku",),
    )
    service.record_visit(
        family.id,
        started_at=datetime.combine(visit_day, datetime.min.time(), UTC) + timedelta(hours=9),
        duration_minutes=minutes,
        mode=mode,
        people_present=[person.id],
        topics=[domain],
        notes=c["Notes"],
        follow_ups=[FollowUpAction(text=c["Follow"], due_date=visit_day)],
    )
    goal = service.create_goal(
        family.id,
        domain=domain,
        title=c["Title"],
        description=c["Desc"],
        person_id=person.id,
        target_date=visit_day,
        milestones=[Milestone(title=c["Mile"])],
        opened_on=min(visit_day, service.today()),
    )
    service.change_goal_status(
        goal.id, GoalStatus.STARTED, note=c["Prog"], on=min(visit_day, service.today())
    )
    service.record_assessment(
        family.id, domain=domain, score=score, assessed_on=visit_day, person_id=person.id
    )
    event_day = min(visit_day, service.today())
    service.record_language_level(family.id, person_id=person.id, level=level, on=event_day)
    service.change_family_status(family.id, next_status, on=max(event_day, service.today()))
    first = service.get_goal(goal.id).status_history[1]
    service.edit_goal_status_change(goal.id, first.id, on=event_day)
    if withdraw:
        service.withdraw_consent(family.id, ConsentKind.ANONYMISED_REPORTING, recorded_by="x")
    if erase:
        service.erase_family(family.id)

    body = upload(sessions)
    records = _check_keys(body)
    assert records, "a family with consent produces records"
    text = body.decode("utf-8")
    assert "Kanarie" not in text
    assert "Qz" not in text
    assert str(family.id) not in text
    assert str(person.id) not in text
    assert birth.isoformat() not in text
    assert visit_day.isoformat() not in text
    assert event_day.isoformat() not in text


def test_a_family_without_reporting_consent_sends_nothing(
    service: CoachingService, sessions: sessionmaker[Session]
) -> None:
    family = service.create_family(display_name="F", municipality=Municipality("GM0153", "E"))
    service.add_person(family.id, given_name="P", birth_date=date(1980, 1, 1))
    service.record_consent(family.id, ConsentKind.COACHING, recorded_by="c")
    with sessions() as session:
        assert store.pending_records(session) == []
        assert session.scalar(select(func.count()).select_from(PidRow)) == 0


def _family_with_consent(service: CoachingService) -> UUID:
    family = service.create_family(
        display_name="F", municipality=Municipality("GM0153", "E"), start_date=date(2019, 3, 1)
    )
    service.record_consent(family.id, ConsentKind.ANONYMISED_REPORTING, recorded_by="c")
    return family.id


def test_versions_move_only_when_what_is_sent_changes(
    service: CoachingService, sessions: sessionmaker[Session]
) -> None:
    family_id = _family_with_consent(service)
    visit = service.record_visit(
        family_id, started_at=datetime(2019, 4, 2, 9, tzinfo=UTC), duration_minutes=45
    )

    def versions() -> dict[str, int]:
        with sessions() as session:
            return dict(session.execute(select(OutboxRow.kind, OutboxRow.version)).all())

    assert versions() == {"family": 1, "status_change": 1, "visit": 1}
    visit = service.update_visit(visit.__class__(**{**_fields(visit), "notes": "private"}))
    assert versions() == {"family": 1, "status_change": 1, "visit": 1}, (
        "notes are not sent: nothing to re-send"
    )
    service.update_visit(visit.__class__(**{**_fields(visit), "duration_minutes": 95}))
    assert versions()["visit"] == 2
    service.add_person(family_id, given_name="A", birth_date=date(1980, 1, 1))
    assert versions()["family"] == 1, "one person: still the band '1'"
    service.add_person(family_id, given_name="B", birth_date=date(1982, 1, 1))
    assert versions()["family"] == 2, "the household size band changed"


def _fields(entity: object) -> dict[str, object]:
    return {name: getattr(entity, name) for name in entity.__dataclass_fields__}  # type: ignore[attr-defined]


def acknowledge(sessions: sessionmaker[Session]) -> None:
    """As a sync does: the server acknowledged every pending row."""
    with sessions() as session, session.begin():
        store.mark_sent(session, [(e.pid, e.version) for e in store.pending_records(session)])


def test_erasure_queues_tombstones_then_forgets_the_pids(
    service: CoachingService, sessions: sessionmaker[Session]
) -> None:
    family_id = _family_with_consent(service)
    service.add_person(family_id, given_name="A", birth_date=date(1980, 1, 1))
    with sessions() as session:
        pids = set(session.scalars(select(PidRow.pid)))
    assert len(pids) == 3  # the family, its programme status entry, the person
    acknowledge(sessions)
    service.erase_family(family_id)
    with sessions() as session:
        rows = session.execute(select(OutboxRow.pid, OutboxRow.kind, OutboxRow.version)).all()
        assert session.scalar(select(func.count()).select_from(PidRow)) == 0
    assert {pid for pid, _, _ in rows} == pids
    assert {(kind, version) for _, kind, version in rows} == {("tombstone", 2)}
    with sessions() as session:
        reasons = {e.record["reason"] for e in store.pending_records(session)}
    assert reasons == {"erased"}


def test_consent_withdrawn_then_given_again_brings_records_back_above_the_tombstone(
    service: CoachingService, sessions: sessionmaker[Session]
) -> None:
    family_id = _family_with_consent(service)
    acknowledge(sessions)
    service.withdraw_consent(family_id, ConsentKind.ANONYMISED_REPORTING, recorded_by="c")
    with sessions() as session:
        entries = store.pending_records(session)
    assert len(entries) == 2  # the family and its programme status entry
    for entry in entries:
        assert entry.record == {
            "kind": "tombstone",
            "pid": entry.pid,
            "version": 2,
            "reason": "consent_withdrawn",
        }
    service.record_consent(family_id, ConsentKind.ANONYMISED_REPORTING, recorded_by="c")
    with sessions() as session:
        entries = store.pending_records(session)
    assert sorted((e.kind, e.version) for e in entries) == [("family", 3), ("status_change", 3)]


@pytest.mark.parametrize("how", ["withdrawn", "erased"])
def test_nothing_is_ever_sent_for_pids_the_server_never_received(
    service: CoachingService, sessions: sessionmaker[Session], how: str
) -> None:
    """A family whose consent is withdrawn (or which is erased) before its first sync leaves
    no outbox row at all, not even a tombstone; one synced before gets tombstones only for
    what the server acknowledged (issue 11, item 5)."""
    synced = _family_with_consent(service)
    service.add_person(synced, given_name="A", birth_date=date(1980, 1, 1))
    acknowledge(sessions)
    service.add_person(synced, given_name="B", birth_date=date(1981, 1, 1))  # not synced yet
    fresh = _family_with_consent(service)
    service.add_person(fresh, given_name="C", birth_date=date(1982, 1, 1))
    service.record_visit(fresh, started_at=datetime(2019, 4, 2, 9, tzinfo=UTC), duration_minutes=50)
    with sessions() as session:
        fresh_pids = set(session.scalars(select(PidRow.pid).where(PidRow.family_id == str(fresh))))
        acknowledged = set(
            session.scalars(
                select(OutboxRow.pid).where(OutboxRow.acknowledged_version.is_not(None))
            )
        )
    assert len(fresh_pids) == 4  # family, programme status entry, person, visit
    assert len(acknowledged) == 3

    for family_id in (fresh, synced):
        if how == "withdrawn":
            service.withdraw_consent(family_id, ConsentKind.ANONYMISED_REPORTING, recorded_by="c")
        else:
            service.erase_family(family_id)

    with sessions() as session:
        rows = session.execute(select(OutboxRow.pid, OutboxRow.kind)).all()
        remaining_pids = set(session.scalars(select(PidRow.pid)))
    assert {pid for pid, _ in rows} == acknowledged, "tombstones only for what the server had"
    assert {kind for _, kind in rows} == {"tombstone"}
    assert not (fresh_pids & remaining_pids), "the never-sent family's pids are forgotten"
    body = upload(sessions).decode()
    assert not any(pid in body for pid in fresh_pids)


def test_bands() -> None:
    assert [household_size_band(n) for n in (0, 1, 2, 3, 4, 5, 9)] == [
        "1",
        "1",
        "2",
        "3-4",
        "3-4",
        "5+",
        "5+",
    ]
    today = date(2020, 3, 18)
    assert age_band(date(2017, 3, 19), today) == "0-3"
    assert age_band(date(2016, 3, 18), today) == "4-11"
    assert age_band(date(2002, 3, 18), today) == "18-29"
    assert age_band(date(1955, 3, 18), today) == "65+"
    assert age_band(None, today) is None
    assert [duration_band(m) for m in (1, 29, 30, 59, 60, 89, 90)] == [
        "<30",
        "<30",
        "30-59",
        "30-59",
        "60-89",
        "60-89",
        "90+",
    ]
    assert iso_week(date(2021, 1, 1)) == "2020-W53"
