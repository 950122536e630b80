"""The live records as dated histories: what the indicators are computed from.

:func:`load_programme` reads the latest state of every live record (tombstoned pids, and records
whose family or subject is not live, are left out) and turns protocol version 1 and 2 records
into one shape: families and goals with dated status histories, people, language levels,
assessments and visits per (family, ISO week).

Version 1 records carry only the latest status: a family's status is taken as held from its
enrolled month (a closed status: active from enrolment, then the status from its month); a
goal's from its opened month (planned, then the status from its month), with the person's age
band as sent. Version 2 records carry every dated status change with the age band on that day.

Within a month, events are ordered by the server's receive order (``seq``).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session, aliased

from coach_server.calendar import iso_week_month
from coach_server.models import (
    AssessmentRow,
    Device,
    FamilyRow,
    GoalRow,
    LanguageLevelRow,
    LatestRecord,
    PersonRow,
    ReceivedRecord,
    StatusChangeRow,
    VisitRow,
)
from coach_server.periods import month_index, month_label

__all__ = [
    "Assessment",
    "DataState",
    "Family",
    "Goal",
    "LanguageLevel",
    "Person",
    "ProgrammeData",
    "data_state",
    "last_received_at",
    "load_programme",
]

#: (month index, receive order, status, age band or None)
StatusEvent = tuple[int, int, str, str | None]


@dataclass(frozen=True)
class Family:
    key: str
    coach: str
    municipality: str
    enrolled: int
    history: tuple[StatusEvent, ...]


@dataclass(frozen=True)
class Person:
    key: str
    family: str
    gender: str


@dataclass(frozen=True)
class Goal:
    key: str
    family: str
    person: str | None
    domain: str
    opened: int
    history: tuple[StatusEvent, ...]


@dataclass(frozen=True)
class LanguageLevel:
    person: str
    month: int
    order: int
    level: str
    age_band: str | None


@dataclass(frozen=True)
class Assessment:
    subject: str
    domain: str
    month: int
    order: int
    score: int


@dataclass(frozen=True)
class ProgrammeData:
    """Everything live, keyed ``device:pid`` (pids are scoped to the laptop that sent them)."""

    coaches: tuple[str, ...]
    families: tuple[Family, ...]
    people: tuple[Person, ...]
    goals: tuple[Goal, ...]
    levels: tuple[LanguageLevel, ...]
    assessments: tuple[Assessment, ...]
    #: (family key, coach, ISO week ``YYYY-Www``, number of visits)
    visits: tuple[tuple[str, str, str, int], ...]

    def first_month(self) -> int | None:
        months = [f.enrolled for f in self.families]
        months += [e[0] for f in self.families for e in f.history]
        months += [g.opened for g in self.goals]
        months += [lv.month for lv in self.levels] + [a.month for a in self.assessments]
        months += [month_index(iso_week_month(w)) for _, _, w, _ in self.visits]
        return min(months) if months else None


@dataclass(frozen=True)
class DataState:
    """What the summaries depend on: it changes with every accepted record and enrolment."""

    last_seq: int
    devices: int


def data_state(session: Session) -> DataState:
    last_seq = session.scalar(select(func.max(ReceivedRecord.seq))) or 0
    devices = session.scalar(select(func.count()).select_from(Device)) or 0
    return DataState(last_seq=int(last_seq), devices=int(devices))


def last_received_at(session: Session) -> datetime | None:
    """When the record with the highest receive sequence number was received (UTC); None
    when no record was ever received."""
    newest = select(func.max(ReceivedRecord.seq)).scalar_subquery()
    return session.scalar(select(ReceivedRecord.received_at).where(ReceivedRecord.seq == newest))


def load_programme(session: Session) -> ProgrammeData:
    """Reads every live record once (one query per typed table) and builds the histories."""
    coach_of: dict[str, str] = dict(session.execute(select(Device.id, Device.coach_name)).all())
    rows = _live_rows(session)
    superseded = _superseded(session)
    if superseded:
        for kind, entries in rows.items():
            rows[kind] = [row for row in entries if (row[0], row[2]["pid"]) not in superseded]
    return _build(coach_of, rows)


def _live_rows(session: Session) -> dict[str, list[tuple[str, int, dict[str, Any]]]]:
    """The typed rows of every live record as ``(device, seq, fields)`` per kind, by receive
    order, with the fields named as on the wire (months as ``YYYY-MM``). A version 1 family's
    or goal's status entry (stored as a status change with the record's own pid) comes back as
    the record's ``programme_status``/``status``, ``status_month``."""
    v1_status: dict[tuple[str, str], tuple[str, str]] = {}
    by_kind: dict[str, list[tuple[str, int, dict[str, Any]]]] = defaultdict(list)
    for row in session.execute(select(StatusChangeRow).order_by(StatusChangeRow.seq)).scalars():
        if row.protocol_version == 1:
            v1_status[(row.device_id, row.pid)] = (row.status, month_label(row.month))
            continue
        fields: dict[str, Any] = {
            "pid": row.pid,
            "subject_pid": row.subject_pid,
            "status": row.status,
            "month": month_label(row.month),
            "age_band": row.age_band,
        }
        by_kind["status_change"].append((row.device_id, row.seq, fields))
    for f in session.execute(select(FamilyRow).order_by(FamilyRow.seq)).scalars():
        fields = {
            "pid": f.pid,
            "municipality_code": f.municipality_code,
            "enrolled_month": month_label(f.enrolled_month),
        }
        if f.protocol_version == 1:
            status, month = v1_status[(f.device_id, f.pid)]
            fields |= {"programme_status": status, "status_month": month}
        by_kind["family"].append((f.device_id, f.seq, fields))
    for p in session.execute(select(PersonRow).order_by(PersonRow.seq)).scalars():
        fields = {"pid": p.pid, "family_pid": p.family_pid, "gender": p.gender}
        if p.age_band is not None:
            fields["age_band"] = p.age_band
        by_kind["person"].append((p.device_id, p.seq, fields))
    for g in session.execute(select(GoalRow).order_by(GoalRow.seq)).scalars():
        fields = {
            "pid": g.pid,
            "family_pid": g.family_pid,
            "person_pid": g.person_pid,
            "domain": g.domain,
            "opened_month": month_label(g.opened_month),
        }
        if g.protocol_version == 1:
            status, month = v1_status[(g.device_id, g.pid)]
            fields |= {"status": status, "status_month": month}
        by_kind["goal"].append((g.device_id, g.seq, fields))
    for lv in session.execute(select(LanguageLevelRow).order_by(LanguageLevelRow.seq)).scalars():
        fields = {
            "pid": lv.pid,
            "person_pid": lv.person_pid,
            "level": lv.level,
            "month": month_label(lv.month),
            "age_band": lv.age_band,
        }
        by_kind["language_level"].append((lv.device_id, lv.seq, fields))
    for a in session.execute(select(AssessmentRow).order_by(AssessmentRow.seq)).scalars():
        fields = {
            "pid": a.pid,
            "subject_pid": a.subject_pid,
            "domain": a.domain,
            "month": month_label(a.month),
            "score": a.score,
        }
        by_kind["assessment"].append((a.device_id, a.seq, fields))
    for device_id, seq, pid, family_pid, iso_week in session.execute(
        select(
            VisitRow.device_id, VisitRow.seq, VisitRow.pid, VisitRow.family_pid, VisitRow.iso_week
        ).order_by(VisitRow.seq)
    ):
        visit = {"pid": pid, "family_pid": family_pid, "iso_week": iso_week}
        by_kind["visit"].append((device_id, seq, visit))
    return by_kind


def _superseded(session: Session) -> set[tuple[str, str]]:
    """(device, pid) of records of a device that was replaced by another (re-enrolled under a
    new id) once the replacement holds the same pid, live or tombstoned: they count there, not
    twice."""
    successor = aliased(LatestRecord)
    held_by_successor = exists(
        select(successor.pid).where(
            successor.device_id == Device.replaced_by, successor.pid == LatestRecord.pid
        )
    )
    rows = session.execute(
        select(LatestRecord.device_id, LatestRecord.pid)
        .join(Device, Device.id == LatestRecord.device_id)
        .where(Device.replaced_by.is_not(None), held_by_successor)
    )
    return {(device_id, pid) for device_id, pid in rows}


def _build(
    coach_of: dict[str, str], by_kind: dict[str, list[tuple[str, int, dict[str, Any]]]]
) -> ProgrammeData:
    def key(device: str, pid: str) -> str:
        return f"{device}:{pid}"

    family_rows = {key(d, r["pid"]): (d, seq, r) for d, seq, r in by_kind["family"]}
    people_rows = {
        key(d, r["pid"]): (d, seq, r)
        for d, seq, r in by_kind["person"]
        if key(d, r["family_pid"]) in family_rows
    }
    goal_rows = {
        key(d, r["pid"]): (d, seq, r)
        for d, seq, r in by_kind["goal"]
        if key(d, r["family_pid"]) in family_rows
    }
    events: dict[str, list[StatusEvent]] = defaultdict(list)
    for d, seq, r in by_kind["status_change"]:
        subject = key(d, r["subject_pid"])
        events[subject].append((month_index(r["month"]), seq, r["status"], r.get("age_band")))

    families = []
    for k, (d, seq, r) in family_rows.items():
        enrolled = month_index(r["enrolled_month"])
        history = events.get(k, [])
        if "programme_status" in r:  # protocol version 1: the latest status only
            status, month = r["programme_status"], month_index(r["status_month"])
            if status in ("completed", "withdrawn"):
                history = [
                    (enrolled, seq, "active", None),
                    (max(month, enrolled), seq, status, None),
                ]
            else:
                history = [(enrolled, seq, status, None)]
        families.append(
            Family(
                key=k,
                coach=coach_of.get(d, ""),
                municipality=r["municipality_code"],
                enrolled=enrolled,
                history=tuple(sorted(history)),
            )
        )
    people = [
        Person(key=k, family=key(d, r["family_pid"]), gender=r["gender"])
        for k, (d, _, r) in people_rows.items()
    ]
    v1_band = {k: r.get("age_band") for k, (_, _, r) in people_rows.items()}
    goals = []
    for k, (d, seq, r) in goal_rows.items():
        person = key(d, r["person_pid"]) if r.get("person_pid") else None
        if person is not None and person not in people_rows:
            person = None
        opened = month_index(r["opened_month"])
        history = events.get(k, [])
        if "status" in r:  # protocol version 1
            band = v1_band.get(person) if person else None
            history = [(opened, seq, "planned", band)]
            if r["status"] != "planned":
                month = max(month_index(r["status_month"]), opened)
                history.append((month, seq, r["status"], band))
        goals.append(
            Goal(
                key=k,
                family=key(d, r["family_pid"]),
                person=person,
                domain=r["domain"],
                opened=opened,
                history=tuple(sorted(history, key=lambda e: (e[0], e[1]))),
            )
        )
    levels = [
        LanguageLevel(
            person=key(d, r["person_pid"]),
            month=month_index(r["month"]),
            order=seq,
            level=r["level"],
            age_band=r.get("age_band"),
        )
        for d, seq, r in by_kind["language_level"]
        if key(d, r["person_pid"]) in people_rows
    ]
    assessments = [
        Assessment(
            subject=key(d, r["subject_pid"]),
            domain=r["domain"],
            month=month_index(r["month"]),
            order=seq,
            score=int(r["score"]),
        )
        for d, seq, r in by_kind["assessment"]
        if key(d, r["subject_pid"]) in people_rows or key(d, r["subject_pid"]) in family_rows
    ]
    visit_counts: dict[tuple[str, str, str], int] = defaultdict(int)
    for d, _, r in by_kind["visit"]:
        family = key(d, r["family_pid"])
        if family in family_rows:
            visit_counts[(family, coach_of.get(d, ""), r["iso_week"])] += 1
    return ProgrammeData(
        coaches=tuple(sorted(set(coach_of.values()))),
        families=tuple(families),
        people=tuple(people),
        goals=tuple(goals),
        levels=tuple(levels),
        assessments=tuple(assessments),
        visits=tuple((f, c, w, n) for (f, c, w), n in sorted(visit_counts.items())),
    )
