"""Distinctive strings seeded into every personal field, and a scanner for files at rest."""

from __future__ import annotations

import hashlib
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

SQLITE_HEADER = b"SQLite format 3"


def canary(label: str) -> str:
    return f"Kanarie{label}Zq7w"


def seed_family(service: CoachingService, tag: str) -> tuple[str, list[str]]:
    """Create one family with a canary in every personal field; returns (family id, canaries)."""
    c = {
        key: canary(f"{tag}{key}")
        for key in (
            "Family",
            "Address",
            "Phone",
            "Coach",
            "Given",
            "Surname",
            "Notes",
            "FollowUp",
            "GoalTitle",
            "GoalText",
            "Milestone",
            "Progress",
            "Consent",
        )
    }
    # Phone numbers may hold digits only: a distinctive 13-digit number per tag.
    digits = int.from_bytes(hashlib.sha256(tag.encode()).digest()[:6], "big") % 10**13
    c["Phone"] = f"+90 {digits:013d}"
    family = service.create_family(
        display_name=c["Family"],
        municipality=Municipality("GM0153", "Enschede"),
        address=c["Address"],
        phone=c["Phone"],
        preferred_languages=("nl", "tr"),
        start_date=date(2019, 3, 1),
        assigned_coach=c["Coach"],
    )
    person = service.add_person(
        family.id,
        given_name=c["Given"],
        family_name=c["Surname"],
        birth_date=date(1984, 5, 6),
        gender=Gender.F,
        role=Role.ADULT,
    )
    service.record_visit(
        family.id,
        started_at=datetime(2019, 4, 2, 10, 0, tzinfo=UTC),
        duration_minutes=60,
        mode=VisitMode.HOME,
        people_present=[person.id],
        topics=[LifeDomain.LANGUAGE],
        notes=c["Notes"],
        follow_ups=[FollowUpAction(text=c["FollowUp"], due_date=date(2019, 4, 20))],
    )
    goal = service.create_goal(
        family.id,
        domain=LifeDomain.LANGUAGE,
        title=c["GoalTitle"],
        description=c["GoalText"],
        person_id=person.id,
        target_date=date(2019, 9, 1),
        opened_on=date(2019, 4, 2),
    )
    service.add_milestone(goal.id, c["Milestone"], target_date=date(2019, 6, 1))
    service.change_goal_status(goal.id, GoalStatus.STARTED, note=c["Progress"], on=date(2019, 5, 1))
    service.record_assessment(
        family.id,
        domain=LifeDomain.LANGUAGE,
        score=2,
        assessed_on=date(2019, 4, 2),
        person_id=person.id,
    )
    service.record_consent(
        family.id,
        ConsentKind.COACHING,
        on=date(2019, 3, 1),
        recorded_by=c["Coach"],
        remark=c["Consent"],
    )
    return str(family.id), list(c.values())


def encodings(text: str) -> list[bytes]:
    return [text.encode("utf-8"), text.encode("utf-16-le"), text.encode("utf-16-be")]


def files_under(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file())


def hits(root: Path, needles: Iterable[str]) -> list[tuple[str, str]]:
    """(file, needle) pairs for every needle found in any file under root, in any encoding."""
    found = []
    patterns = [(needle, enc) for needle in needles for enc in encodings(needle)]
    for path in files_under(root):
        data = path.read_bytes()
        for needle, pattern in patterns:
            if pattern in data:
                found.append((str(path.relative_to(root)), needle))
        if SQLITE_HEADER in data:
            found.append((str(path.relative_to(root)), "SQLite format 3"))
    return found
