"""Every figure of every fixed period, as sums of microdata cells (docs/indicators.md).

:func:`build_figures` walks the live units once (families, people, goals, visits, assessed
subjects) and gives each the keys of all figures it counts in, for every fixed period of the
programme: the linked set that :func:`coach_server.disclosure.protect` protects as a whole.
The definitions are docs/indicators.md's; change both together.

Figure keys are tuples of strings, the period label second:

- ``("families_by_status", P, status | "total")``, ``("families_by_municipality", P, code |
  "other" | "total")``, ``("families_entered", P, "total")``, ``("families_left", P, "total")``;
- ``("people_by_status", P, status | "total")``;
- ``("visits_per_month", P, YYYY-MM | "total")``;
- ``("goals", P, domain | "total", status | "total")``;
- ``("caseload_families" | "caseload_visits" | "caseload_without_recent_visit", P, coach |
  "total")``;
- ``("indicator", P, name, "total", "total")`` and, for quarters, years and the programme,
  ``("indicator", P, name, "gender" | "age_group" | "municipality", category)``;
- ``("self_reliance_subjects", P, domain)``.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Final, get_args

from coach_protocol.records import Gender, GoalStatus, LifeDomain, ProgrammeStatus
from coach_server.age_groups import ADULT_BANDS, UNKNOWN_GROUP, band_to_group
from coach_server.calendar import iso_week_month, recent_weeks
from coach_server.disclosure import FigureKey, LinkedSet, LinkedSetBuilder
from coach_server.periods import Programme, ReportingPeriod, month_index
from coach_server.programme_data import Family, ProgrammeData, StatusEvent

__all__ = [
    "CEFR_LEVELS",
    "INDICATORS",
    "MUNICIPALITY_MIN_FAMILIES",
    "Figures",
    "build_figures",
]

PROGRAMME_STATUSES: Final[tuple[str, ...]] = get_args(ProgrammeStatus)
GOAL_STATUSES: Final[tuple[str, ...]] = get_args(GoalStatus)
DOMAINS: Final[tuple[str, ...]] = get_args(LifeDomain)
GENDERS: Final[tuple[str, ...]] = get_args(Gender)
OPEN_STATUSES: Final = frozenset({"intake", "active", "paused"})
CLOSED_STATUSES: Final = frozenset({"completed", "withdrawn"})
CLOSED_GOAL_STATUSES: Final = frozenset({"achieved", "stopped"})
#: CEFR levels of Dutch, lowest first (Council of Europe, Common European Framework of Reference).
CEFR_LEVELS: Final = ("below_a1", "a1", "a2", "b1", "b2", "c1", "c2")
#: A municipality is named in breakdowns when the programme to date has at least this many
#: families there; the others are counted together as "other", so that the list of named
#: municipalities itself does not reveal that one or two families live somewhere.
MUNICIPALITY_MIN_FAMILIES: Final = 10
OTHER: Final = "other"
TOTAL: Final = "total"

#: The people indicators, in the order of docs/indicators.md.
INDICATORS: Final = (
    "adults_started_language_or_education",
    "adults_started_language_or_education_ever",
    "people_started_entrepreneurship",
    "people_achieved_entrepreneurship",
    "people_started_sport",
    "adults_dutch_level_rose",
)
_LAST: Final = 2**63  # sorts after every receive order
_LANGUAGE_OR_EDUCATION: Final = frozenset({"language", "education"})


@dataclass(frozen=True)
class Figures:
    """The linked set of one data state, with what the answers need besides counts."""

    programme: Programme
    periods: tuple[ReportingPeriod, ...]
    linked: LinkedSet
    coaches: tuple[str, ...]
    municipalities: tuple[str, ...]
    age_groups: tuple[str, ...]
    #: (period label, domain) -> mean of (last score - first score) over the counted subjects
    mean_change: Mapping[tuple[str, str], float]


def _status_at(history: Sequence[tuple[int, int, str] | StatusEvent], month: int) -> str | None:
    """The status of the latest event in or before ``month`` (history sorted by month)."""
    i = bisect_right(history, (month, _LAST))
    return history[i - 1][2] if i else None


def _family_status(family: Family, month: int) -> str | None:
    """A family's programme status at the end of ``month``: its latest status event, or
    ``intake`` when it is enrolled and has none yet; None before it is enrolled."""
    found = _status_at(family.history, month)
    if found is None and family.enrolled <= month:
        return "intake"
    return found


def build_figures(
    data: ProgrammeData,
    current_month: int,
    age_groups: Mapping[str, Sequence[str]],
    *,
    recent_visit_weeks: int = 6,
) -> Figures:
    """The linked set for ``data`` with the programme running to ``current_month``."""
    first = data.first_month()
    programme = Programme(
        first=min(first, current_month) if first is not None else current_month,
        current=current_month,
    )
    periods = programme.periods()
    group_of = band_to_group(age_groups)
    group_names = (*age_groups, UNKNOWN_GROUP)
    builder = LinkedSetBuilder()

    per_muni: dict[str, int] = defaultdict(int)
    for family in data.families:
        per_muni[family.municipality] += 1
    named = sorted(m for m, n in per_muni.items() if n >= MUNICIPALITY_MIN_FAMILIES)
    municipalities = (*named, OTHER)

    def municipality(code: str) -> str:
        return code if code in per_muni and per_muni[code] >= MUNICIPALITY_MIN_FAMILIES else OTHER

    _declare(builder, periods, data.coaches, municipalities, group_names)

    # Families ---------------------------------------------------------------------------
    visit_weeks: dict[str, set[str]] = defaultdict(set)
    for family_key, _, week, _ in data.visits:
        visit_weeks[family_key].add(week)
    #: family key -> (municipality, {period label: status at its end}) for counted periods
    family_status: dict[str, tuple[str, dict[str, str]]] = {}
    for family in data.families:
        months = [e[0] for e in family.history]
        first_in = min([family.enrolled, *months])

        muni = municipality(family.municipality)
        counted: dict[str, str] = {}
        keys: list[FigureKey] = []
        weeks = visit_weeks.get(family.key, set())
        for p in periods:
            before = _family_status(family, p.first - 1)
            end = _family_status(family, p.last)
            changed = any(p.holds(m) for m in months) or p.holds(family.enrolled)
            if end is not None and (before in OPEN_STATUSES or changed):
                counted[p.label] = end
                keys += [
                    ("families_by_status", p.label, end),
                    ("families_by_status", p.label, TOTAL),
                    ("families_by_municipality", p.label, muni),
                    ("families_by_municipality", p.label, TOTAL),
                    ("caseload_families", p.label, family.coach),
                    ("caseload_families", p.label, TOTAL),
                ]
            if p.holds(first_in):
                keys.append(("families_entered", p.label, TOTAL))
            if end in CLOSED_STATUSES and before not in CLOSED_STATUSES:
                keys.append(("families_left", p.label, TOTAL))
            if end in OPEN_STATUSES and not (weeks & recent_weeks(p.last, recent_visit_weeks)):
                keys += [
                    ("caseload_without_recent_visit", p.label, family.coach),
                    ("caseload_without_recent_visit", p.label, TOTAL),
                ]
        builder.add(keys)
        family_status[family.key] = (muni, counted)

    # People -----------------------------------------------------------------------------
    goals_of: dict[str, list[tuple[str, StatusEvent]]] = defaultdict(list)
    for goal in data.goals:
        if goal.person is not None:
            for event in goal.history:
                goals_of[goal.person].append((goal.domain, event))
    levels_of: dict[str, list[tuple[int, int, str, str | None]]] = defaultdict(list)
    for level in data.levels:
        levels_of[level.person].append((level.month, level.order, level.level, level.age_band))
    for person in data.people:
        muni, counted = family_status.get(person.family, (OTHER, {}))
        events = sorted(goals_of.get(person.key, []), key=lambda de: (de[1][0], de[1][1]))
        starts_le = [e for d, e in events if d in _LANGUAGE_OR_EDUCATION and e[2] == "started"]
        adult_starts = [e for e in starts_le if e[3] in ADULT_BANDS]
        ent_started = [e for d, e in events if d == "entrepreneurship" and e[2] == "started"]
        ent_achieved = [e for d, e in events if d == "entrepreneurship" and e[2] == "achieved"]
        sport_started = [e for d, e in events if d == "sport_participation" and e[2] == "started"]
        levels = sorted(levels_of.get(person.key, []))
        keys = []
        for p in periods:
            if p.label in counted:
                keys += [
                    ("people_by_status", p.label, counted[p.label]),
                    ("people_by_status", p.label, TOTAL),
                ]

            hit: list[tuple[str, str | None]] = []
            for name, found in (
                ("adults_started_language_or_education", adult_starts),
                ("people_started_entrepreneurship", ent_started),
                ("people_achieved_entrepreneurship", ent_achieved),
                ("people_started_sport", sport_started),
            ):
                in_period = [e for e in found if p.holds(e[0])]
                if in_period:
                    hit.append((name, in_period[0][3]))
            ever = [e for e in adult_starts if e[0] <= p.last]
            if ever:
                hit.append(("adults_started_language_or_education_ever", ever[0][3]))
            rose = _dutch_rose(levels, p)
            if rose is not None:
                hit.append(("adults_dutch_level_rose", rose))
            for name, band in hit:
                keys.append(("indicator", p.label, name, TOTAL, TOTAL))
                if p.kind != "month":  # breakdowns: quarters, years, the programme
                    keys += [
                        ("indicator", p.label, name, "gender", person.gender),
                        (
                            "indicator",
                            p.label,
                            name,
                            "age_group",
                            group_of.get(band, UNKNOWN_GROUP),
                        ),
                        ("indicator", p.label, name, "municipality", muni),
                    ]
        builder.add(keys)

    # Goals ------------------------------------------------------------------------------
    goal_profiles: dict[tuple[str, int, tuple[tuple[int, int, str], ...]], int] = defaultdict(int)
    for goal in data.goals:
        history = tuple((e[0], e[1], e[2]) for e in goal.history)
        goal_profiles[(goal.domain, goal.opened, history)] += 1
    for (domain, opened, history), count in goal_profiles.items():
        keys = []
        for p in periods:
            if opened > p.last:
                continue
            before = _status_at(history, p.first - 1) or ("planned" if opened < p.first else None)
            if before in CLOSED_GOAL_STATUSES:
                continue
            end = _status_at(history, p.last) or "planned"
            keys += [
                ("goals", p.label, domain, end),
                ("goals", p.label, domain, TOTAL),
                ("goals", p.label, TOTAL, end),
                ("goals", p.label, TOTAL, TOTAL),
            ]
        builder.add(keys, count)

    # Visits -----------------------------------------------------------------------------
    visit_cells: dict[tuple[int, str], int] = defaultdict(int)
    for _, coach, week, count in data.visits:
        visit_cells[(month_index(iso_week_month(week)), coach)] += count
    for (month, coach), count in visit_cells.items():
        label = f"{month // 12:04d}-{month % 12 + 1:02d}"
        keys = []
        for p in periods:
            if p.holds(month):
                keys += [
                    ("visits_per_month", p.label, label),
                    ("visits_per_month", p.label, TOTAL),
                    ("caseload_visits", p.label, coach),
                    ("caseload_visits", p.label, TOTAL),
                ]
        builder.add(keys, count)

    # Self-reliance ----------------------------------------------------------------------
    scores: dict[tuple[str, str], list[tuple[int, int, int]]] = defaultdict(list)
    for a in data.assessments:
        scores[(a.subject, a.domain)].append((a.month, a.order, a.score))
    changes: dict[tuple[str, str], list[int]] = defaultdict(list)
    for (_, domain), series in scores.items():
        series.sort()
        keys = []
        for p in periods:
            inside = [s for s in series if p.holds(s[0])]
            if len(inside) >= 2:
                keys.append(("self_reliance_subjects", p.label, domain))
                changes[(p.label, domain)].append(inside[-1][2] - inside[0][2])
        builder.add(keys)

    return Figures(
        programme=programme,
        periods=periods,
        linked=builder.build(),
        coaches=data.coaches,
        municipalities=municipalities,
        age_groups=group_names,
        mean_change={k: round(sum(v) / len(v), 2) for k, v in changes.items() if v},
    )


def _dutch_rose(
    levels: Sequence[tuple[int, int, str, str | None]], p: ReportingPeriod
) -> str | None:
    """The age band of an adult whose Dutch rose at least one CEFR level in ``p``, else None.

    The level at the end of the period (the latest record in it) is compared with the level at
    its start (the latest record before it; without one, the first record in the period). The
    person must be an adult (18+) on the day of that latest record.
    """
    before = [lv for lv in levels if lv[0] < p.first]
    inside = [lv for lv in levels if p.holds(lv[0])]
    if not inside:
        return None
    start = before[-1] if before else inside[0]
    end = inside[-1]
    if end[3] not in ADULT_BANDS:
        return None
    if CEFR_LEVELS.index(end[2]) > CEFR_LEVELS.index(start[2]):
        return end[3]
    return None


def _declare(
    builder: LinkedSetBuilder,
    periods: Iterable[ReportingPeriod],
    coaches: Sequence[str],
    municipalities: Sequence[str],
    age_groups: Sequence[str],
) -> None:
    """Every figure served, also where it counts nobody (0)."""
    for p in periods:
        label = p.label

        def line(prefix: FigureKey, categories: Iterable[str]) -> None:
            builder.line((*prefix, TOTAL), [(*prefix, c) for c in categories])

        keys: list[FigureKey] = []
        line(("families_by_status", label), PROGRAMME_STATUSES)
        line(("people_by_status", label), PROGRAMME_STATUSES)
        line(("families_by_municipality", label), municipalities)
        keys += [("families_entered", label, TOTAL), ("families_left", label, TOTAL)]
        months = [f"{m // 12:04d}-{m % 12 + 1:02d}" for m in range(p.first, p.last + 1)]
        line(("visits_per_month", label), months)
        for domain in DOMAINS:
            line(("goals", label, domain), GOAL_STATUSES)
        for status in (*GOAL_STATUSES, TOTAL):
            builder.line(
                ("goals", label, TOTAL, status), [("goals", label, d, status) for d in DOMAINS]
            )
        for table in ("caseload_families", "caseload_visits", "caseload_without_recent_visit"):
            line((table, label), coaches)
        for name in INDICATORS:
            keys.append(("indicator", label, name, TOTAL, TOTAL))
            if p.kind == "month":
                continue
            for dimension, categories in (
                ("gender", GENDERS),
                ("age_group", age_groups),
                ("municipality", municipalities),
            ):
                builder.line(
                    ("indicator", label, name, TOTAL, TOTAL),
                    [("indicator", label, name, dimension, c) for c in categories],
                )
        keys += [("self_reliance_subjects", label, domain) for domain in DOMAINS]
        builder.declare(keys)
