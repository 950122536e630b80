"""Helpers of the storage tests: canary seeding and file scanning (page decryption and
encodings come from tests/sqlcipher_pages.py and tests/canaries.py)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime
from pathlib import Path

from coach_app.domain import (
    CoachingService,
    ConsentKind,
    FollowUpAction,
    Gender,
    GoalStatus,
    LifeDomain,
    Municipality,
    Role,
    VisitMode,
)
from tests import sqlcipher_pages
from tests.canaries import SQLITE_HEADER, encodings

PERSONAL_FIELDS = (
    "Family",
    "Address",
    "Coach",
    "Given",
    "Surname",
    "Child",
    "Notes",
    "FollowUp",
    "GoalTitle",
    "GoalText",
    "Milestone",
    "Progress",
    "Consent",
    "Withdrawal",
)


def canary(label: str) -> str:
    return f"Kanarie{label}Xq9v"


def seed_family(service: CoachingService, tag: str) -> tuple[str, list[str]]:
    """One family with a distinctive canary in every personal field: (family id, canaries)."""
    c = {key: canary(f"{tag}{key}") for key in PERSONAL_FIELDS}
    phone = f"+31 6 {abs(hash(tag)) % 10**8:08d}"
    family = service.create_family(
        display_name=c["Family"],
        municipality=Municipality("GM0153", "Enschede"),
        address=c["Address"],
        phone=phone,
        preferred_languages=("nl", "tr"),
        start_date=date(2019, 3, 1),
        assigned_coach=c["Coach"],
    )
    adult = service.add_person(
        family.id,
        given_name=c["Given"],
        family_name=c["Surname"],
        birth_date=date(1984, 5, 6),
        gender=Gender.F,
        role=Role.ADULT,
        languages=("tr",),
    )
    service.add_person(family.id, given_name=c["Child"], role=Role.CHILD)
    service.record_visit(
        family.id,
        started_at=datetime(2019, 4, 2, 10, 0, tzinfo=UTC),
        duration_minutes=60,
        mode=VisitMode.HOME,
        people_present=[adult.id],
        topics=[LifeDomain.LANGUAGE, LifeDomain.WORK],
        notes=c["Notes"] + " " + "x" * 500,
        follow_ups=[FollowUpAction(text=c["FollowUp"], due_date=date(2019, 4, 20))],
    )
    goal = service.create_goal(
        family.id,
        domain=LifeDomain.LANGUAGE,
        title=c["GoalTitle"],
        description=c["GoalText"],
        person_id=adult.id,
        target_date=date(2019, 9, 1),
        opened_on=date(2019, 4, 2),
    )
    service.add_milestone(goal.id, c["Milestone"], target_date=date(2019, 6, 1))
    service.change_goal_status(goal.id, GoalStatus.STARTED, note=c["Progress"], on=date(2019, 5, 1))
    service.record_assessment(
        family.id, domain=LifeDomain.LANGUAGE, score=2, assessed_on=date(2019, 4, 2)
    )
    service.record_consent(
        family.id, ConsentKind.COACHING, recorded_by=c["Coach"], remark=c["Consent"]
    )
    service.record_consent(family.id, ConsentKind.RESEARCH, recorded_by=c["Coach"])
    service.withdraw_consent(
        family.id, ConsentKind.RESEARCH, recorded_by=c["Coach"], remark=c["Withdrawal"]
    )
    return str(family.id), [*c.values(), phone]


def hits_in(data: bytes, needles: Iterable[str]) -> list[str]:
    return [n for n in needles if any(e in data for e in encodings(n))]


def scan_files(paths: Iterable[Path], needles: Iterable[str]) -> list[tuple[str, str]]:
    """(file name, needle) for every needle found in any existing file; the SQLite header too."""
    needles = list(needles)
    found: list[tuple[str, str]] = []
    for path in paths:
        if not path.exists():
            continue
        data = path.read_bytes()
        found += [(path.name, n) for n in hits_in(data, needles)]
        if SQLITE_HEADER in data:
            found.append((path.name, SQLITE_HEADER.decode()))
    return found


def decrypted_pages(database: Path, key: bytes) -> bytes:
    """Every page of the main file and its WAL, free pages included, decrypted and joined."""
    return b"".join(sqlcipher_pages.decrypted_pages(database, key))
