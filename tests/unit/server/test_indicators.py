"""Indicators on dated events (issue 9 item 4), computed by coach_server.indicators."""

from __future__ import annotations

from collections import defaultdict

from coach_server.age_groups import DEFAULT_AGE_GROUPS
from coach_server.indicators import build_figures
from coach_server.periods import month_index
from coach_server.programme_data import Family, Goal, LanguageLevel, Person, ProgrammeData

M = month_index


def _data(
    families: list[Family],
    people: list[Person] = (),  # type: ignore[assignment]
    goals: list[Goal] = (),  # type: ignore[assignment]
    levels: list[LanguageLevel] = (),  # type: ignore[assignment]
    visits: list[tuple[str, str, str, int]] = (),  # type: ignore[assignment]
) -> ProgrammeData:
    return ProgrammeData(
        coaches=("Coach A",),
        families=tuple(families),
        people=tuple(people),
        goals=tuple(goals),
        levels=tuple(levels),
        assessments=(),
        visits=tuple(visits),
    )


def _family(key: str, *history: tuple[str, str], enrolled: str = "2019-01") -> Family:
    return Family(
        key=key,
        coach="Coach A",
        municipality="GM0153",
        enrolled=M(enrolled),
        history=tuple((M(month), i, status, None) for i, (month, status) in enumerate(history)),
    )


def _values(data: ProgrammeData, current: str = "2020-03") -> dict[tuple[str, ...], int]:
    figures = build_figures(data, M(current), DEFAULT_AGE_GROUPS)
    return dict(zip(figures.linked.keys, figures.linked.values, strict=True))


def _started_language(person: str, started: str, band: str, *later: tuple[str, str]) -> Goal:
    events = [(M(started), 0, "started", band)]
    events += [(M(month), i + 1, status, band) for i, (month, status) in enumerate(later)]
    return Goal(
        key=f"goal-{person}-{started}",
        family="f1",
        person=person,
        domain="language",
        opened=M(started),
        history=tuple(events),
    )


def test_started_then_stopped_adults_count_as_started_and_a_later_adult_does_not() -> None:
    data = _data(
        [_family("f1", ("2019-01", "active"))],
        [Person("p1", "f1", "f"), Person("p2", "f1", "m"), Person("p3", "f1", "f")],
        [
            _started_language("p1", "2019-03", "30-49", ("2019-06", "stopped")),
            # 16 when she started MBO Entree; 18 by the time the goal was achieved.
            _started_language("p2", "2019-09", "12-17", ("2020-02", "achieved")),
            _started_language("p3", "2018-05", "18-29"),
        ],
    )
    values = _values(data)
    name = "adults_started_language_or_education"
    assert values[("indicator", "2019", name, "total", "total")] == 1  # p1, although stopped
    assert values[("indicator", "2019-Q1", name, "total", "total")] == 1
    assert values[("indicator", "2019-Q2", name, "total", "total")] == 0
    assert values[("indicator", "2019-Q3", name, "total", "total")] == 0  # p2 was 16
    assert values[("indicator", "2020", name, "total", "total")] == 0
    ever = "adults_started_language_or_education_ever"
    assert values[("indicator", "2018", ever, "total", "total")] == 1  # p3
    assert values[("indicator", "2019-02", ever, "total", "total")] == 1
    assert values[("indicator", "2019-03", ever, "total", "total")] == 2
    assert values[("indicator", "programme", ever, "total", "total")] == 2
    assert values[("indicator", "2019", name, "gender", "f")] == 1
    assert values[("indicator", "2019", name, "age_group", "18-59")] == 1


def test_families_by_status_at_the_end_of_the_period_and_entered_and_left() -> None:
    data = _data(
        [
            _family("f1", ("2019-01", "intake"), ("2019-02", "active"), ("2019-05", "withdrawn")),
            _family("f2", ("2019-03", "active"), enrolled="2019-03"),
            _family("f3", ("2018-02", "active"), ("2018-12", "completed"), enrolled="2018-02"),
        ]
    )
    values = _values(data)
    assert values[("families_by_status", "2019-01", "intake")] == 1
    assert values[("families_by_status", "2019-Q1", "active")] == 2
    assert values[("families_by_status", "2019-Q2", "withdrawn")] == 1
    assert values[("families_by_status", "2019-Q3", "total")] == 1  # f1 left before it
    assert values[("families_by_status", "2019", "total")] == 2  # f3 left in 2018
    assert values[("families_by_status", "2018", "completed")] == 1
    assert values[("families_entered", "2019", "total")] == 2
    assert values[("families_entered", "2019-03", "total")] == 1
    assert values[("families_left", "2019-05", "total")] == 1
    assert values[("families_left", "2019-Q2", "total")] == 1
    assert values[("families_left", "2019-06", "total")] == 0
    assert values[("families_left", "programme", "total")] == 2


def test_without_a_recent_visit_is_as_at_the_end_of_the_period() -> None:
    data = _data(
        [_family("f1", ("2019-01", "active"))],
        visits=[("f1", "Coach A", "2019-W15", 1)],  # 8-14 April 2019
    )
    values = _values(data)
    table = "caseload_without_recent_visit"
    assert values[(table, "2019-03", "total")] == 1  # the visit came later
    assert values[(table, "2019-04", "total")] == 0
    assert values[(table, "2019-Q2", "total")] == 1  # 30 June: weeks 21-26
    assert values[(table, "2019-05", "total")] == 1  # 31 May: weeks 17-22
    assert values[(table, "2019", "total")] == 1
    assert values[("visits_per_month", "2019-Q2", "2019-04")] == 1


def test_dutch_level_rose_within_the_period() -> None:
    levels = [
        LanguageLevel("p1", M("2019-01"), 1, "a1", "30-49"),
        LanguageLevel("p1", M("2019-11"), 2, "a2", "30-49"),
        LanguageLevel("p2", M("2019-02"), 3, "a2", "12-17"),
        LanguageLevel("p2", M("2019-10"), 4, "b1", "12-17"),  # not an adult
        LanguageLevel("p3", M("2019-03"), 5, "b1", "18-29"),
        LanguageLevel("p3", M("2019-04"), 6, "b1", "18-29"),  # no rise
    ]
    data = _data(
        [_family("f1", ("2019-01", "active"))],
        [Person("p1", "f1", "f"), Person("p2", "f1", "m"), Person("p3", "f1", "x")],
        levels=levels,
    )
    values = _values(data)
    name = "adults_dutch_level_rose"
    assert values[("indicator", "2019", name, "total", "total")] == 1
    assert values[("indicator", "2019-Q4", name, "total", "total")] == 1  # from A1 before Q4
    assert values[("indicator", "2019-11", name, "total", "total")] == 1
    assert values[("indicator", "2019-Q1", name, "total", "total")] == 0
    assert values[("indicator", "2019", name, "age_group", "18-59")] == 1


def _v2_cohort() -> list[tuple[str, dict[str, object]]]:
    """Protocol version 2 payloads: a family with a dated status history, an adult who started
    a language course in 2019 and stopped, a 16-year-old who started MBO Entree in 2019 (18 by
    2020) and a Dutch level that rose."""
    f, adult, young = "f" * 8 + "-0000-4000-8000-" + "0" * 12, "a" * 8, "b" * 8
    g1, g2 = "c" * 8, "d" * 8
    return [
        ("family", {"pid": f, "municipality_code": "GM0153", "enrolled_month": "2018-11"}),
        (
            "status_change",
            {
                "pid": "s1",
                "subject_kind": "family",
                "subject_pid": f,
                "status": "intake",
                "month": "2018-11",
                "age_band": None,
            },
        ),
        (
            "status_change",
            {
                "pid": "s2",
                "subject_kind": "family",
                "subject_pid": f,
                "status": "active",
                "month": "2019-01",
                "age_band": None,
            },
        ),
        ("person", {"pid": adult, "family_pid": f, "gender": "f", "role": "adult"}),
        ("person", {"pid": young, "family_pid": f, "gender": "m", "role": "child"}),
        (
            "goal",
            {
                "pid": g1,
                "family_pid": f,
                "person_pid": adult,
                "domain": "language",
                "opened_month": "2019-02",
                "age_band": "30-49",
            },
        ),
        (
            "status_change",
            {
                "pid": "s3",
                "subject_kind": "goal",
                "subject_pid": g1,
                "status": "started",
                "month": "2019-03",
                "age_band": "30-49",
            },
        ),
        (
            "status_change",
            {
                "pid": "s4",
                "subject_kind": "goal",
                "subject_pid": g1,
                "status": "stopped",
                "month": "2019-07",
                "age_band": "30-49",
            },
        ),
        (
            "goal",
            {
                "pid": g2,
                "family_pid": f,
                "person_pid": young,
                "domain": "education",
                "opened_month": "2019-09",
                "age_band": "12-17",
            },
        ),
        (
            "status_change",
            {
                "pid": "s5",
                "subject_kind": "goal",
                "subject_pid": g2,
                "status": "started",
                "month": "2019-09",
                "age_band": "12-17",
            },
        ),
        (
            "language_level",
            {
                "pid": "l1",
                "person_pid": adult,
                "level": "a1",
                "month": "2019-02",
                "age_band": "30-49",
            },
        ),
        (
            "language_level",
            {
                "pid": "l2",
                "person_pid": adult,
                "level": "a2",
                "month": "2019-12",
                "age_band": "30-49",
            },
        ),
    ]


def test_version_2_histories_give_the_same_figures_whenever_they_were_received() -> None:
    """Back-dated entry: the figures depend on the months the events carry, not on when (or in
    which order across months) the server received them."""
    from coach_server.programme_data import _build

    def figures(order: list[int]) -> dict[tuple[str, ...], int]:
        records = _v2_cohort()
        by_kind: dict[str, list[tuple[str, int, dict[str, object]]]] = {}
        for seq, i in enumerate(order, start=1):
            kind, payload = records[i]
            by_kind.setdefault(kind, []).append(("dev", seq, {**payload, "version": 1}))
        data = _build({"dev": "Coach A"}, defaultdict(list, by_kind))
        built = build_figures(data, M("2020-06"), DEFAULT_AGE_GROUPS)
        return dict(zip(built.linked.keys, built.linked.values, strict=True))

    n = len(_v2_cohort())
    as_it_happened = figures(list(range(n)))
    typed_later = figures(list(reversed(range(n))))
    assert as_it_happened == typed_later
    name = "adults_started_language_or_education"
    assert as_it_happened[("indicator", "2019", name, "total", "total")] == 1  # not the 16-year-old
    assert as_it_happened[("indicator", "2019", name, "age_group", "18-59")] == 1
    assert as_it_happened[("indicator", "2020", name + "_ever", "total", "total")] == 1
    assert as_it_happened[("indicator", "2019", "adults_dutch_level_rose", "total", "total")] == 1
    assert as_it_happened[("families_by_status", "2018", "intake")] == 1
    assert as_it_happened[("families_by_status", "2019", "active")] == 1
    assert as_it_happened[("families_entered", "2018-11", "total")] == 1
    assert as_it_happened[("goals", "2019", "language", "stopped")] == 1
