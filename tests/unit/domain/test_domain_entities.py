"""Rules the entities enforce on themselves, without any storage."""

from __future__ import annotations

import ast
import dataclasses
import sys
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from uuid import uuid4

import pytest

from coach_app.domain import (
    GOAL_TRANSITIONS,
    Assessment,
    ConsentEvent,
    ConsentKind,
    ConsentStatus,
    DomainError,
    Family,
    FollowUpAction,
    GoalStatus,
    LifeDomain,
    Municipality,
    Person,
    ProgressEntry,
    ValidationError,
    Visit,
)

NOW = datetime(2020, 1, 1, 12, tzinfo=UTC)
META = {"created_at": NOW, "updated_at": NOW}
ENSCHEDE = Municipality("GM0153", "Enschede")


def family(**changes: object) -> Family:
    fields: dict[str, object] = {
        "id": uuid4(),
        **META,
        "display_name": "F",
        "municipality": ENSCHEDE,
    }
    fields.update(changes)
    return Family(**fields)  # type: ignore[arg-type]


def test_life_domain_codes_are_stable() -> None:
    assert [d.value for d in LifeDomain] == [
        "language",
        "education",
        "work",
        "entrepreneurship",
        "sport_participation",
        "civic_integration",
        "health",
        "finances",
        "housing",
        "social_network",
        "parenting",
    ]


@pytest.mark.parametrize("name", ["", "   ", "x" * 201])
def test_display_name_must_be_present_and_short(name: str) -> None:
    with pytest.raises(ValidationError) as raised:
        family(display_name=name)
    assert raised.value.field == "display_name"


@pytest.mark.parametrize("code", ["0153", "GM153", "gm0153", "GM01534"])
def test_municipality_code_is_a_cbs_code(code: str) -> None:
    with pytest.raises(ValidationError):
        Municipality(code, "Enschede")


def test_phone_and_languages_are_checked() -> None:
    assert family(phone="+31 (0)53-123 4567").phone
    with pytest.raises(ValidationError):
        family(phone="call me")
    with pytest.raises(ValidationError):
        family(preferred_languages=("nl", "nl"))
    with pytest.raises(ValidationError):
        family(preferred_languages=("Dutch!",))


def test_replace_revalidates() -> None:
    with pytest.raises(ValidationError):
        dataclasses.replace(family(), display_name="")


def test_datetimes_must_be_utc() -> None:
    with pytest.raises(ValidationError):
        family(created_at=datetime(2020, 1, 1))  # naive
    with pytest.raises(ValidationError):
        family(updated_at=datetime(2020, 1, 1, tzinfo=timezone(timedelta(hours=1))))


@pytest.mark.parametrize("score", [0, 6, -1, True])
def test_score_is_one_to_five(score: int) -> None:
    with pytest.raises(ValidationError):
        Assessment(
            id=uuid4(),
            **META,
            family_id=uuid4(),
            domain=LifeDomain.WORK,
            score=score,
            assessed_on=date(2020, 1, 1),
        )


def test_visit_rules() -> None:
    base = {"id": uuid4(), **META, "family_id": uuid4(), "started_at": NOW}
    with pytest.raises(ValidationError):
        Visit(**base, duration_minutes=0)  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        Visit(**base, duration_minutes=30, topics=(LifeDomain.WORK, LifeDomain.WORK))  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        Visit(**base, duration_minutes=30, follow_ups=(FollowUpAction(text=" "),))  # type: ignore[arg-type]
    person = uuid4()
    with pytest.raises(ValidationError):
        Visit(**base, duration_minutes=30, people_present=(person, person))  # type: ignore[arg-type]


def test_person_needs_a_given_name() -> None:
    with pytest.raises(ValidationError):
        Person(id=uuid4(), **META, family_id=uuid4(), given_name="")


def test_progress_entry_needs_a_note_or_a_status_change() -> None:
    with pytest.raises(ValidationError):
        ProgressEntry(entry_date=date(2020, 1, 1), recorded_at=NOW)
    with pytest.raises(ValidationError):
        ProgressEntry(entry_date=date(2020, 1, 1), recorded_at=NOW, to_status=GoalStatus.STARTED)


def test_goal_transitions() -> None:
    assert GoalStatus.STARTED in GOAL_TRANSITIONS[GoalStatus.PLANNED]
    assert GOAL_TRANSITIONS[GoalStatus.ACHIEVED] == frozenset()
    assert GoalStatus.STARTED in GOAL_TRANSITIONS[GoalStatus.STOPPED]
    for status, targets in GOAL_TRANSITIONS.items():
        assert status not in targets
    assert {s for s in GoalStatus if s.is_open} == {GoalStatus.PLANNED, GoalStatus.STARTED}


def test_consent_event_needs_who_recorded_it() -> None:
    with pytest.raises(ValidationError):
        ConsentEvent(
            id=uuid4(),
            **META,
            family_id=uuid4(),
            kind=ConsentKind.COACHING,
            given=True,
            event_date=date(2020, 1, 1),
            recorded_by=" ",
        )
    status = ConsentStatus(family_id=uuid4(), research=True)
    assert status.is_given(ConsentKind.RESEARCH)
    assert not status.is_given(ConsentKind.COACHING)


def test_errors_share_one_base_and_carry_no_personal_data() -> None:
    with pytest.raises(DomainError) as raised:
        family(display_name="")
    assert "display_name" in str(raised.value)


def test_entities_are_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        family().display_name = "x"  # type: ignore[misc]


def test_domain_imports_only_the_standard_library() -> None:
    import coach_app.domain as domain

    names: set[str] = set()
    for path in Path(domain.__file__).parent.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Import):
                names |= {a.name for a in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module:
                names.add(node.module)
    outside = {
        n
        for n in names
        if n.split(".")[0] not in sys.stdlib_module_names and not n.startswith("coach_app.domain")
    }
    assert outside == set()


def test_repr_leaves_personal_fields_out() -> None:
    shown = repr(family(display_name="Geheime Naam", address="Geheime Straat 1"))
    assert "Geheim" not in shown
    assert "GM0153" in shown
