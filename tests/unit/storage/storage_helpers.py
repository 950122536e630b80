"""Helpers of the storage tests: canary seeding, file scanning, SQLCipher page decryption."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

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


def encodings(text: str) -> list[bytes]:
    return [text.encode("utf-8"), text.encode("utf-16-le"), text.encode("utf-16-be")]


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


# SQLCipher 4 with a raw key: 4096-byte pages, AES-256-CBC, a reserve of 80 bytes per page
# (16-byte IV then a 64-byte HMAC); page 1 starts with the 16-byte salt.
PAGE_SIZE = 4096
RESERVE = 80
SALT = 16
WAL_HEADER = 32
WAL_FRAME_HEADER = 24


def _decrypt_page(key: bytes, page: bytes, first: bool) -> bytes:
    body = page[SALT if first else 0 : PAGE_SIZE - RESERVE]
    iv = page[PAGE_SIZE - RESERVE : PAGE_SIZE - RESERVE + 16]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(body) + decryptor.finalize()


def decrypted_pages(database: Path, key: bytes) -> bytes:
    """Every page of the main file and its WAL, free pages included, decrypted and joined."""
    pages = []
    data = database.read_bytes()
    for offset in range(0, len(data) - PAGE_SIZE + 1, PAGE_SIZE):
        pages.append(_decrypt_page(key, data[offset : offset + PAGE_SIZE], offset == 0))
    wal = Path(f"{database}-wal")
    if wal.exists():
        raw = wal.read_bytes()
        frame = WAL_FRAME_HEADER + PAGE_SIZE
        for offset in range(WAL_HEADER, len(raw) - frame + 1, frame):
            page_number = int.from_bytes(raw[offset : offset + 4], "big")
            page = raw[offset + WAL_FRAME_HEADER : offset + frame]
            pages.append(_decrypt_page(key, page, page_number == 1))
    return b"".join(pages)
