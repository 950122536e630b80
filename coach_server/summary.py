"""Summaries for project leaders, computed from the latest state of every live record.

Everything served passes through :mod:`coach_server.suppression`. The definitions match
docs/indicators.md; change both together. The amounts of data are small (one programme, a few
hundred records), so the aggregation is done in Python over one query, identically on SQLite
and PostgreSQL.
"""

from __future__ import annotations

import csv
import io
import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, get_args

from sqlalchemy import select
from sqlalchemy.orm import Session

from coach_protocol.leader import (
    SUPPRESSED,
    Caseload,
    Count,
    Indicators,
    Period,
    SelfRelianceChange,
    Series,
    Summary,
    Table,
)
from coach_protocol.records import GoalStatus, LifeDomain, ProgrammeStatus
from coach_server.models import Device, LatestRecord
from coach_server.suppression import suppress_count, suppress_series, suppress_table

__all__ = ["Clock", "build_summary", "iso_week_month", "summary_csv"]

Clock = Callable[[], datetime]

PROGRAMME_STATUSES: tuple[str, ...] = get_args(ProgrammeStatus)
GOAL_STATUSES: tuple[str, ...] = get_args(GoalStatus)
DOMAINS: tuple[str, ...] = get_args(LifeDomain)
ADULT_AGE_BANDS = frozenset({"18-29", "30-49", "50-64", "65+"})
OPEN_STATUSES = frozenset({"intake", "active", "paused"})
CLOSED_GOAL_STATUSES = frozenset({"achieved", "stopped"})
RECENT_WEEKS = 6


def _thursday(iso_week: str) -> date:
    """The Thursday of ``YYYY-Www`` (a week 53 that a year lacks rolls into the next year)."""
    year, week = int(iso_week[:4]), int(iso_week[6:])
    jan4 = date(year, 1, 4)
    return jan4 - timedelta(days=jan4.weekday()) + timedelta(weeks=week - 1, days=3)


def iso_week_month(iso_week: str) -> str:
    """The month an ISO week belongs to: the month of its Thursday, as ``YYYY-MM``."""
    return _thursday(iso_week).strftime("%Y-%m")


def _months(from_month: str, to_month: str) -> list[str]:
    year, month = int(from_month[:4]), int(from_month[5:])
    out = []
    while f"{year:04d}-{month:02d}" <= to_month:
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


@dataclass(frozen=True)
class _Live:
    """The live (not tombstoned) records, keyed by (device id, pid)."""

    coach_of: dict[str, str]
    families: dict[tuple[str, str], dict[str, Any]]
    people: dict[tuple[str, str], dict[str, Any]]
    goals: list[tuple[str, dict[str, Any]]]
    visits: list[tuple[str, dict[str, Any]]]
    assessments: list[tuple[str, int, dict[str, Any]]]


def _load(session: Session) -> _Live:
    coach_of: dict[str, str] = dict(session.execute(select(Device.id, Device.coach_name)).all())
    live = _Live(coach_of, {}, {}, [], [], [])
    rows = session.execute(
        select(
            LatestRecord.device_id,
            LatestRecord.pid,
            LatestRecord.kind,
            LatestRecord.seq,
            LatestRecord.payload,
        )
        .where(LatestRecord.kind != "tombstone")
        .order_by(LatestRecord.seq)
    )
    for device_id, pid, kind, seq, payload in rows:
        data = json.loads(payload)
        if kind == "family":
            live.families[(device_id, pid)] = data
        elif kind == "person":
            live.people[(device_id, pid)] = data
        elif kind == "goal":
            live.goals.append((device_id, data))
        elif kind == "visit":
            live.visits.append((device_id, data))
        elif kind == "assessment":
            live.assessments.append((device_id, seq, data))
    return live


def _count(value: int | None) -> Count:
    return SUPPRESSED if value is None else value


def _series(labels: Sequence[str], counts: Sequence[int], threshold: int) -> Series:
    cells, total = suppress_series(counts, threshold)
    return Series(
        cells={label: _count(v) for label, v in zip(labels, cells, strict=True)},
        total=_count(total),
    )


def build_summary(
    session: Session, *, from_month: str, to_month: str, threshold: int, now: datetime
) -> Summary:
    """The summary for the months ``from_month`` to ``to_month`` (inclusive)."""
    live = _load(session)

    def in_period(month: str) -> bool:
        return from_month <= month <= to_month

    # Families in the programme during the period (by their latest state).
    families = {
        key: f
        for key, f in live.families.items()
        if f["enrolled_month"] <= to_month
        and not (
            f["programme_status"] in {"completed", "withdrawn"} and f["status_month"] < from_month
        )
    }
    family_status = [
        sum(f["programme_status"] == s for f in families.values()) for s in PROGRAMME_STATUSES
    ]
    people = {key: p for key, p in live.people.items() if (key[0], p["family_pid"]) in families}
    people_status = [
        sum(families[(d, p["family_pid"])]["programme_status"] == s for (d, _), p in people.items())
        for s in PROGRAMME_STATUSES
    ]

    # Visits held in the period, by the month of their ISO week's Thursday.
    months = _months(from_month, to_month)
    visits = [
        (d, v, iso_week_month(v["iso_week"]))
        for d, v in live.visits
        if (d, v["family_pid"]) in live.families
    ]
    held = [(d, v, m) for d, v, m in visits if in_period(m)]
    visits_per_month = [sum(m == month for _, _, m in held) for month in months]

    # Goals open during the period, by domain and status.
    goals = [
        (d, g)
        for d, g in live.goals
        if (d, g["family_pid"]) in families
        and g["opened_month"] <= to_month
        and not (g["status"] in CLOSED_GOAL_STATUSES and g["status_month"] < from_month)
    ]
    goal_table = suppress_table(
        [
            [
                sum(g["domain"] == dom and g["status"] == st for _, g in goals)
                for st in GOAL_STATUSES
            ]
            for dom in DOMAINS
        ],
        threshold,
    )

    caseload = _caseload(live, families, visits, held, now, threshold)
    status_series = _series(PROGRAMME_STATUSES, family_status, threshold)
    indicators = Indicators(
        adults_language_or_education_goal=_people_with_goal(
            live,
            {"language", "education"},
            {"started", "achieved"},
            in_period,
            threshold,
            adults_only=True,
        ),
        people_work_or_entrepreneurship_achieved=_people_with_goal(
            live, {"work", "entrepreneurship"}, {"achieved"}, in_period, threshold
        ),
        people_sport_participation_goal=_people_with_goal(
            live, {"sport_participation"}, {"started", "achieved"}, in_period, threshold
        ),
        families_active=status_series.cells["active"],
        families_completed=status_series.cells["completed"],
        families_withdrawn=status_series.cells["withdrawn"],
        visits_held=_count(suppress_count(len(held), threshold)),
        self_reliance_change=_self_reliance(live, in_period, threshold),
    )
    return Summary(
        period=Period(from_month=from_month, to_month=to_month),
        threshold=threshold,
        generated_at=now,
        families_by_status=status_series,
        people_by_status=_series(PROGRAMME_STATUSES, people_status, threshold),
        visits_per_month=_series(months, visits_per_month, threshold),
        goals_by_domain_and_status=Table(
            rows={
                dom: {st: _count(v) for st, v in zip(GOAL_STATUSES, row, strict=True)}
                for dom, row in zip(DOMAINS, goal_table.cells, strict=True)
            },
            row_totals={
                dom: _count(v) for dom, v in zip(DOMAINS, goal_table.row_totals, strict=True)
            },
            column_totals={
                st: _count(v) for st, v in zip(GOAL_STATUSES, goal_table.column_totals, strict=True)
            },
            total=_count(goal_table.total),
        ),
        caseload=caseload,
        indicators=indicators,
    )


def _caseload(
    live: _Live,
    families: dict[tuple[str, str], dict[str, Any]],
    visits: Iterable[tuple[str, dict[str, Any], str]],
    held: Iterable[tuple[str, dict[str, Any], str]],
    now: datetime,
    threshold: int,
) -> Caseload:
    today = now.date()
    recent_from = today - timedelta(days=today.weekday()) - timedelta(weeks=RECENT_WEEKS - 1)
    recently_visited = {
        (d, v["family_pid"]) for d, v, _ in visits if _thursday(v["iso_week"]) >= recent_from
    }
    coaches = sorted(set(live.coach_of.values()))
    per_coach: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for d, _ in families:
        per_coach[live.coach_of[d]][0] += 1
    for d, _, _ in held:
        per_coach[live.coach_of[d]][1] += 1
    for (d, pid), f in live.families.items():
        if f["programme_status"] in OPEN_STATUSES and (d, pid) not in recently_visited:
            per_coach[live.coach_of[d]][2] += 1
    return Caseload(
        families=_series(coaches, [per_coach[c][0] for c in coaches], threshold),
        visits=_series(coaches, [per_coach[c][1] for c in coaches], threshold),
        families_without_recent_visit=_series(
            coaches, [per_coach[c][2] for c in coaches], threshold
        ),
    )


def _people_with_goal(
    live: _Live,
    domains: set[str],
    statuses: set[str],
    in_period: Callable[[str], bool],
    threshold: int,
    *,
    adults_only: bool = False,
) -> Count:
    people = set()
    for d, g in live.goals:
        person_pid = g.get("person_pid")
        if person_pid is None or (d, g["family_pid"]) not in live.families:
            continue
        person = live.people.get((d, person_pid))
        if person is None or (adults_only and person["age_band"] not in ADULT_AGE_BANDS):
            continue
        if g["domain"] in domains and g["status"] in statuses and in_period(g["status_month"]):
            people.add((d, person_pid))
    return _count(suppress_count(len(people), threshold))


def _self_reliance(
    live: _Live, in_period: Callable[[str], bool], threshold: int
) -> dict[str, SelfRelianceChange]:
    scores: dict[tuple[str, str, str], list[tuple[str, int, int]]] = defaultdict(list)
    for d, seq, a in live.assessments:
        subject = (d, a["subject_pid"])
        if not in_period(a["month"]) or (
            subject not in live.people and subject not in live.families
        ):
            continue
        scores[(a["domain"], d, a["subject_pid"])].append((a["month"], seq, a["score"]))
    changes: dict[str, list[int]] = defaultdict(list)
    for (domain, _, _), series in scores.items():
        if len(series) >= 2:
            series.sort()
            changes[domain].append(series[-1][2] - series[0][2])
    out = {}
    for domain in DOMAINS:
        values = changes.get(domain, [])
        n = len(values)
        shown = n == 0 or n >= threshold
        out[domain] = SelfRelianceChange(
            subjects=_count(suppress_count(n, threshold)),
            mean_change=round(sum(values) / n, 2)
            if shown and n
            else (0.0 if n == 0 else SUPPRESSED),
        )
    return out


def summary_csv(summary: Summary) -> str:
    """The summary as long-format CSV: ``table,row,column,value``; withheld values read
    ``suppressed``."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["table", "row", "column", "value"])
    writer.writerow(["period", "from", "", summary.period.from_month])
    writer.writerow(["period", "to", "", summary.period.to_month])
    writer.writerow(["threshold", "", "", summary.threshold])

    def cell(value: object) -> object:
        return "suppressed" if value == SUPPRESSED else value

    def series(name: str, s: Series) -> None:
        for label, value in s.cells.items():
            writer.writerow([name, label, "", cell(value)])
        writer.writerow([name, "total", "", cell(s.total)])

    series("families_by_status", summary.families_by_status)
    series("people_by_status", summary.people_by_status)
    series("visits_per_month", summary.visits_per_month)
    table = summary.goals_by_domain_and_status
    for row, cells in table.rows.items():
        for column, value in cells.items():
            writer.writerow(["goals_by_domain_and_status", row, column, cell(value)])
        writer.writerow(["goals_by_domain_and_status", row, "total", cell(table.row_totals[row])])
    for column, value in table.column_totals.items():
        writer.writerow(["goals_by_domain_and_status", "total", column, cell(value)])
    writer.writerow(["goals_by_domain_and_status", "total", "total", cell(table.total)])
    series("caseload_families", summary.caseload.families)
    series("caseload_visits", summary.caseload.visits)
    series("caseload_families_without_recent_visit", summary.caseload.families_without_recent_visit)
    indicators = summary.indicators
    for name in Indicators.model_fields:
        if name != "self_reliance_change":
            writer.writerow(["indicators", name, "", cell(getattr(indicators, name))])
    for domain, change in indicators.self_reliance_change.items():
        writer.writerow(["self_reliance_change", domain, "subjects", cell(change.subjects)])
        writer.writerow(["self_reliance_change", domain, "mean_change", cell(change.mean_change)])
    return out.getvalue()
