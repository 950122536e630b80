"""Issue 9, must show: a cohort typed in after the fact, with back-dated events, gives the same
2018-2020 figures as the same cohort entered on the days it happened.

Both ways go the whole real path: the laptop's use cases, its outbox, a sync to a real
``coach-server serve`` (SQLite and PostgreSQL), the server's ingest, and what
``/api/v2/summary`` serves for every fixed period of 2018-2020 and the programme to date.
"On the days it happened" is the same laptop code with its clock (the service's clock seam)
set to each event's day, no date given (every event takes today's date), and a sync at the
end of every quarter in which something happened; "after the fact" is one session today, every
date given as a keyword argument (``opened_on=``, ``on=``, ``start_date=``), one sync.

Some people were 16 or 17 when they started (not adults for that start, although they are
adults today), some adults started and stopped later (they count as started), one turned 18
on the day she started (an adult for that start) and one the day after he started (not).
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any
from uuid import UUID
from zoneinfo import ZoneInfo

import httpx
import pytest

from coach_app.domain import (
    CefrLevel,
    CoachingService,
    ConsentKind,
    Gender,
    GoalStatus,
    LifeDomain,
    Municipality,
    ProgrammeStatus,
    Role,
)
from coach_app.paths import DataFolder
from coach_app.security import KdfParams
from coach_app.storage import make_session_factory, sql_uow_factory
from coach_app.sync import OutboxWriter, SyncEngine
from coach_app.workspace import Workspace

if TYPE_CHECKING:
    from conftest import RunningServer

PASSPHRASE = "a quiet kitchen table"  # as in conftest.py
ZONE = ZoneInfo("Europe/Amsterdam")
MUNICIPALITIES = (Municipality("GM0153", "Enschede"), Municipality("GM0363", "Amsterdam"))
LANGUAGE_OR_EDUCATION = (LifeDomain.LANGUAGE, LifeDomain.EDUCATION)
YEARS = (2018, 2019, 2020)


# ------------------------------------------------------------------------------ the cohort


@dataclass
class PersonSpec:
    key: str
    birth: date
    gender: Gender
    role: Role


@dataclass
class GoalSpec:
    person: str | None
    domain: LifeDomain
    history: list[tuple[date, GoalStatus]]  # the first entry: opened, with its status


@dataclass
class FamilySpec:
    key: str
    municipality: Municipality
    history: list[tuple[date, ProgrammeStatus]]  # the first entry: intake day
    people: list[PersonSpec] = field(default_factory=list)
    goals: list[GoalSpec] = field(default_factory=list)
    levels: list[tuple[str, date, CefrLevel]] = field(default_factory=list)
    visits: list[tuple[datetime, int]] = field(default_factory=list)  # local start, minutes
    assessments: list[tuple[str | None, LifeDomain, date, int]] = field(default_factory=list)


def _cohort() -> list[FamilySpec]:
    rng = random.Random(20191)
    families: list[FamilySpec] = []
    for i in range(18):
        intake = date(2018, 1, 8) + timedelta(days=40 * i + rng.randrange(10))
        active = intake + timedelta(days=21)
        history = [(intake, ProgrammeStatus.INTAKE), (active, ProgrammeStatus.ACTIVE)]
        if i % 4 == 0:
            history.append((date(2020, 6, 30), ProgrammeStatus.COMPLETED))
        elif i % 4 == 1 and active < date(2019, 11, 15):
            history.append((date(2019, 11, 15), ProgrammeStatus.WITHDRAWN))
        elif i % 4 == 2 and active < date(2020, 2, 3):
            history += [(date(2020, 2, 3), ProgrammeStatus.PAUSED)]
            history += [(date(2020, 4, 1), ProgrammeStatus.ACTIVE)]
        family = FamilySpec(f"f{i}", MUNICIPALITIES[i % 2], history)
        mother = PersonSpec(f"f{i}-a", date(1975 + i, 1 + i % 12, 3), Gender.F, Role.ADULT)
        father = PersonSpec(f"f{i}-b", date(1970 + i, 12 - i % 12, 28), Gender.M, Role.ADULT)
        family.people += [mother, father] if i % 3 else [mother]
        start = active + timedelta(days=14 + rng.randrange(30))
        # Every mother starts a language course; every third stops it later.
        course = GoalSpec(
            mother.key,
            LifeDomain.LANGUAGE,
            [(active, GoalStatus.PLANNED), (start, GoalStatus.STARTED)],
        )
        if i % 3 == 0:
            course.history.append((start + timedelta(days=90), GoalStatus.STOPPED))
        family.goals.append(course)
        family.levels += [
            (mother.key, active, CefrLevel.BELOW_A1),
            (mother.key, start + timedelta(days=120), CefrLevel.A1 if i % 2 else CefrLevel.A2),
        ]
        if i % 3:
            kind = LifeDomain.ENTREPRENEURSHIP if i % 2 else LifeDomain.EDUCATION
            own = GoalSpec(father.key, kind, [(start, GoalStatus.STARTED)])
            if kind is LifeDomain.ENTREPRENEURSHIP:
                own.history.append((start + timedelta(days=200), GoalStatus.ACHIEVED))
            family.goals.append(own)
        if i % 2 == 0:
            family.goals.append(
                GoalSpec(mother.key, LifeDomain.SPORT_PARTICIPATION, [(start, GoalStatus.STARTED)])
            )
        family.goals.append(GoalSpec(None, LifeDomain.HOUSING, [(intake, GoalStatus.PLANNED)]))
        end = history[-1][0] if history[-1][1] is not ProgrammeStatus.ACTIVE else date(2020, 12, 1)
        day = active
        while day < end and day.year <= 2020:
            family.visits.append((datetime.combine(day, time(9 + rng.randrange(8), 30)), 60))
            day += timedelta(days=rng.choice((7, 14, 30, 60)))
        family.assessments += [
            (mother.key, LifeDomain.LANGUAGE, active, 2),
            (mother.key, LifeDomain.LANGUAGE, start + timedelta(days=120), 3),
            (None, LifeDomain.HOUSING, active + timedelta(days=1), 3),
        ]
        families.append(family)

    # Six who were 16 when they started MBO Entree in September 2019: adults today, not then.
    for n, family in enumerate(families[:6]):
        teen = PersonSpec(f"{family.key}-t", date(2003, 1 + n, 10), Gender.M, Role.CHILD)
        family.people.append(teen)
        family.goals.append(
            GoalSpec(
                teen.key,
                LifeDomain.EDUCATION,
                [(date(2019, 6, 3), GoalStatus.PLANNED), (date(2019, 9, 2), GoalStatus.STARTED)],
            )
        )
    # Turned 18 on the day she started (an adult for that start); turned 18 the day after he
    # started (not an adult for that start). Both goals were opened while they were 17.
    on_day = PersonSpec("f7-on", date(2001, 10, 7), Gender.F, Role.ADULT)
    day_after = PersonSpec("f8-after", date(2001, 10, 8), Gender.M, Role.ADULT)
    for family, person in ((families[7], on_day), (families[8], day_after)):
        family.people.append(person)
        family.goals.append(
            GoalSpec(
                person.key,
                LifeDomain.LANGUAGE,
                [(date(2019, 5, 1), GoalStatus.PLANNED), (date(2019, 10, 7), GoalStatus.STARTED)],
            )
        )
    return families


def _age(birth: date, day: date) -> int:
    """Completed years on ``day`` (worked out here, not by the code under test)."""
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def _adults_started(cohort: list[FamilySpec], first: date, last: date) -> int:
    """The expected count, worked out from the cohort's dates (18 or older on the start day,
    a language or education goal started between ``first`` and ``last``)."""
    births = {p.key: p.birth for f in cohort for p in f.people}
    found = set()
    for family in cohort:
        for goal in family.goals:
            if goal.person is None or goal.domain not in LANGUAGE_OR_EDUCATION:
                continue
            for day, status in goal.history:
                adult = _age(births[goal.person], day) >= 18
                if status is GoalStatus.STARTED and first <= day <= last and adult:
                    found.add(goal.person)
    return len(found)


# ----------------------------------------------------------------------- entering the cohort


@dataclass
class Laptop:
    folder: DataFolder
    workspace: Workspace
    engine: SyncEngine
    now: datetime  # the laptop's clock, moved by the "on the day" entry

    def service(self) -> CoachingService:
        """The app's use cases on the app's own database and outbox writer, with the laptop's
        clock (the service's clock seam) and the programme's time zone."""
        return CoachingService(
            sql_uow_factory(self.workspace.engine, before_commit=OutboxWriter()),
            clock=lambda: self.now,
            time_zone=ZONE,
        )

    def sync(self) -> None:
        outcome = self.engine.sync(force=True)
        assert (outcome.outcome, outcome.reconciled) == ("synced", True), outcome


@pytest.fixture
def laptops(tmp_path: Any) -> Iterator[Callable[[str], Laptop]]:
    opened: list[Laptop] = []

    def open_laptop(name: str) -> Laptop:
        folder = DataFolder(tmp_path / name)
        ws = Workspace(folder, kdf=KdfParams())
        ws.create(PASSPHRASE)
        laptop = Laptop(folder, ws, SyncEngine(make_session_factory(ws.engine)), datetime.now(UTC))
        opened.append(laptop)
        return laptop

    yield open_laptop
    for laptop in opened:
        laptop.engine.close()
        laptop.workspace.lock()


def _enter_after_the_fact(laptop: Laptop, cohort: list[FamilySpec]) -> None:
    """Today, family by family, every date typed in."""
    service = laptop.service()
    for spec in cohort:
        (intake, first), *later = spec.history
        family = service.create_family(
            display_name=spec.key, municipality=spec.municipality, status=first, start_date=intake
        )
        service.record_consent(family.id, ConsentKind.ANONYMISED_REPORTING, recorded_by="c")
        for day, status in later:
            service.change_family_status(family.id, status, on=day)
        people = {
            p.key: service.add_person(
                family.id, given_name=p.key, birth_date=p.birth, gender=p.gender, role=p.role
            ).id
            for p in spec.people
        }
        for goal in spec.goals:
            (opened, status), *changes = goal.history
            created = service.create_goal(
                family.id,
                domain=goal.domain,
                title=goal.domain.value,
                person_id=people[goal.person] if goal.person else None,
                opened_on=opened,
                status=status,
            )
            for day, new_status in changes:
                service.change_goal_status(created.id, new_status, on=day)
        for key, day, level in spec.levels:
            service.record_language_level(family.id, person_id=people[key], level=level, on=day)
        for start, minutes in spec.visits:
            service.record_visit(
                family.id,
                started_at=start.replace(tzinfo=ZONE).astimezone(UTC),
                duration_minutes=minutes,
            )
        for who, domain, day, score in spec.assessments:
            service.record_assessment(
                family.id,
                domain=domain,
                score=score,
                assessed_on=day,
                person_id=people[who] if who else None,
            )
    laptop.sync()


def _enter_on_the_day(laptop: Laptop, cohort: list[FamilySpec]) -> None:
    """Every event on its own day (the laptop's clock set to it, no date given), in the order
    they happened; a sync at the end of every quarter with events."""
    events: list[tuple[datetime, int, Callable[[CoachingService], None]]] = []
    ids: dict[str, UUID] = {}
    order = iter(range(1_000_000))

    def at(day: date | datetime, action: Callable[[CoachingService], None]) -> None:
        moment = day if isinstance(day, datetime) else datetime.combine(day, time(10))
        events.append((moment.replace(tzinfo=ZONE), next(order), action))

    for spec in cohort:
        (intake, first), *later = spec.history

        def create(s: CoachingService, spec: FamilySpec = spec, first: Any = first) -> None:
            family = s.create_family(
                display_name=spec.key, municipality=spec.municipality, status=first
            )
            ids[spec.key] = family.id
            s.record_consent(family.id, ConsentKind.ANONYMISED_REPORTING, recorded_by="c")
            for p in spec.people:
                ids[p.key] = s.add_person(
                    family.id, given_name=p.key, birth_date=p.birth, gender=p.gender, role=p.role
                ).id

        at(intake, create)
        for day, status in later:
            at(day, lambda s, k=spec.key, st=status: s.change_family_status(ids[k], st))
        for n, goal in enumerate(spec.goals):
            key = f"{spec.key}-goal{n}"
            (opened, status), *changes = goal.history

            def open_goal(
                s: CoachingService, spec: FamilySpec = spec, goal: GoalSpec = goal, key: str = key
            ) -> None:
                ids[key] = s.create_goal(
                    ids[spec.key],
                    domain=goal.domain,
                    title=goal.domain.value,
                    person_id=ids[goal.person] if goal.person else None,
                    status=goal.history[0][1],
                ).id

            at(opened, open_goal)
            for day, new_status in changes:
                at(day, lambda s, k=key, st=new_status: s.change_goal_status(ids[k], st))
        for who, day, level in spec.levels:
            at(
                day,
                lambda s, f=spec.key, w=who, lv=level: s.record_language_level(
                    ids[f], person_id=ids[w], level=lv
                ),
            )
        for start, minutes in spec.visits:
            at(
                start,
                lambda s, f=spec.key, m=minutes: s.record_visit(
                    ids[f], started_at=laptop.now, duration_minutes=m
                ),
            )
        for who, domain, day, score in spec.assessments:
            at(
                day,
                lambda s, f=spec.key, w=who, d=domain, sc=score: s.record_assessment(
                    ids[f], domain=d, score=sc, person_id=ids[w] if w else None
                ),
            )

    events.sort(key=lambda e: (e[0], e[1]))
    service = laptop.service()
    quarter_of_last_sync: tuple[int, int] | None = None
    for moment, _, action in events:
        quarter = (moment.year, (moment.month - 1) // 3)
        if quarter_of_last_sync is not None and quarter != quarter_of_last_sync:
            laptop.sync()  # what was entered last quarter is on the server before this one
        quarter_of_last_sync = quarter
        laptop.now = moment.astimezone(UTC)
        action(service)
    laptop.sync()


# ------------------------------------------------------------------------------ the test


def _periods() -> list[str]:
    periods = ["programme"]
    for year in YEARS:
        periods.append(str(year))
        periods += [f"{year}-Q{q}" for q in range(1, 5)]
        periods += [f"{year}-{m:02d}" for m in range(1, 13)]
    return periods


def _served(server: RunningServer, headers: dict[str, str], period: str) -> dict[str, Any]:
    response = httpx.get(
        f"{server.url}/api/v2/summary", params={"period": period}, headers=headers, timeout=60
    )
    assert response.status_code == 200, (period, response.text)
    served = dict(response.json())
    # When the answer was made and when its newest record was received differ between the two
    # servers by construction; every figure and the period must not.
    served.pop("generated_at")
    served.pop("data_as_of")
    return served


def _shown(answer: object) -> int:
    """How many positive counts an answer shows (withheld ones are ``{"suppressed": true}``)."""
    if isinstance(answer, dict):
        return sum(_shown(value) for key, value in answer.items() if key != "threshold")
    if isinstance(answer, list):
        return sum(_shown(value) for value in answer)
    return int(type(answer) is int and answer > 0)


def test_a_cohort_typed_in_after_the_fact_gives_the_figures_of_one_entered_on_the_day(
    server_pair: tuple[RunningServer, RunningServer],
    laptops: Callable[[str], Laptop],
) -> None:
    cohort = _cohort()
    later_server, on_day_server = server_pair

    on_day = laptops("on-the-day")
    assert on_day.engine.enrol(on_day_server.url, on_day_server.code()).ok
    _enter_on_the_day(on_day, cohort)

    later = laptops("after-the-fact")
    assert later.engine.enrol(later_server.url, later_server.code()).ok
    _enter_after_the_fact(later, cohort)

    # What the server counts, before anything is withheld.
    name = "adults_started_language_or_education"
    for server in server_pair:
        for year in YEARS:
            figures = server.figures(str(year))
            expected = _adults_started(cohort, date(year, 1, 1), date(year, 12, 31))
            assert figures[("indicator", name, "total", "total")] == expected, (server, year)
        q3, q4 = server.figures("2019-Q3"), server.figures("2019-Q4")
        # September 2019: the six 16-year-olds' starts are no adults' starts.
        september = _adults_started(cohort, date(2019, 9, 1), date(2019, 9, 30))
        assert server.figures("2019-09")[("indicator", name, "total", "total")] == september
        assert q3[("indicator", name, "age_group", "0-17")] == 0, "bands are not indicators"
        # 7 October 2019: the one who turned 18 that day counts, the one a day short does not.
        october = _adults_started(cohort, date(2019, 10, 1), date(2019, 10, 31))
        assert server.figures("2019-10")[("indicator", name, "total", "total")] == october
        assert q4[("indicator", name, "total", "total")] >= 1
    # Sanity of the cohort itself: the cases above are really in it.
    assert _adults_started(cohort, date(2019, 10, 7), date(2019, 10, 7)) == 1
    assert _adults_started(cohort, date(2019, 9, 2), date(2019, 9, 2)) == 0
    stopped_starts = [
        g
        for f in _cohort()
        for g in f.goals
        if g.history[-1][1] is GoalStatus.STOPPED and g.history[-2][0].year == 2019
    ]
    assert stopped_starts, "some adults who started in 2019 stopped later"

    # What is served, every fixed period of 2018-2020 and the programme to date: the same.
    later_headers, on_day_headers = later_server.leader_headers(), on_day_server.leader_headers()
    shown: dict[str, int] = {}
    for period in _periods():
        served = _served(later_server, later_headers, period)
        assert served == _served(on_day_server, on_day_headers, period), period
        shown[period] = _shown(served)
    # Enough is shown (not withheld) for the comparison to say something.
    assert all(shown[str(year)] >= 10 for year in YEARS), shown
    assert shown["programme"] >= 10, shown
