"""Synthetic demo data: families in Twente with visits, goals, assessments and consent.

Names come from Faker's Dutch and Turkish locales; nothing describes real people. Dates are
relative to ``today``: the programme started 18 months ago, families joined since, most visits
lie in the past, some are planned for the coming week (and one later today), recent follow-up
actions are open (a few overdue, most still to come), older ones are done. The content is
deterministic for a seed and a day (ids and record timestamps are not: they come from the
service).
"""

from __future__ import annotations

import calendar
import random
from datetime import date, datetime, time, timedelta

from faker import Faker

from coach_app.domain import (
    CefrLevel,
    CoachingService,
    ConsentKind,
    FollowUpAction,
    Gender,
    GoalStatus,
    LifeDomain,
    ProgrammeStatus,
    Role,
    VisitMode,
)
from coach_app.domain.municipalities import TWENTE_MUNICIPALITIES

__all__ = ["DEMO_MUNICIPALITIES", "populate_demo"]

#: The demo's families live in the first eight (the larger towns weigh more).
DEMO_MUNICIPALITIES = TWENTE_MUNICIPALITIES[:8]
_MUNICIPALITY_WEIGHTS = (30, 20, 20, 4, 8, 6, 6, 6)
_COACHES = ("Coach Aydın", "Coach Veldhuis", "Coach Kılıç", "Coach de Vries")
PROGRAMME_MONTHS = 18  # the programme started this many months before today
_GOAL_TITLES: dict[LifeDomain, tuple[str, ...]] = {
    LifeDomain.LANGUAGE: ("Start taalcursus NT2", "Taalniveau A2 halen", "Taalcafé bezoeken"),
    LifeDomain.EDUCATION: ("Inschrijven MBO Entree", "Diploma laten waarderen", "Start MBO 2"),
    LifeDomain.WORK: ("Werk vinden", "Sollicitatietraining volgen", "Vrijwilligerswerk"),
    LifeDomain.ENTREPRENEURSHIP: ("Ondernemingsplan schrijven", "Inschrijven KvK"),
    LifeDomain.SPORT_PARTICIPATION: ("Lid worden van sportclub", "Kinderen naar voetbal"),
    LifeDomain.CIVIC_INTEGRATION: ("Inburgeringsexamen halen", "KNM-cursus afronden"),
    LifeDomain.HEALTH: ("Huisarts kiezen", "Bewegen op recept"),
    LifeDomain.FINANCES: ("Schulden in kaart brengen", "Toeslagen aanvragen"),
    LifeDomain.HOUSING: ("Woning zoeken", "Huurcontract regelen"),
    LifeDomain.SOCIAL_NETWORK: ("Buurthuis bezoeken", "Contact met buren"),
    LifeDomain.PARENTING: ("Oudergesprek op school", "Opvoedcursus volgen"),
}
_STATUS_NOTES = {
    GoalStatus.STARTED: "Eerste stap gezet.",
    GoalStatus.ACHIEVED: "Doel bereikt, gefeliciteerd!",
    GoalStatus.STOPPED: "Gestopt; later opnieuw bekijken.",
    GoalStatus.PLANNED: "Opnieuw gepland.",
}
_FOLLOW_UPS = (
    "Formulier gemeente samen invullen",
    "Afspraak maken bij het ROC",
    "Bellen met de sportclub",
    "Documenten meenemen naar het volgende bezoek",
    "Contact opnemen met de school",
    "Informatie over taalcursus opzoeken",
)


def _day_between(rng: random.Random, start: date, end: date) -> date:
    return start + timedelta(days=rng.randint(0, max(0, (end - start).days)))


def months_before(day: date, months: int) -> date:
    """The same day of the month ``months`` earlier (that month's last day when shorter)."""
    index = day.year * 12 + (day.month - 1) - months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def _local(day: date, hour: int, minute: int) -> datetime:
    """A wall-clock time on ``day`` in this computer's time zone, as an aware datetime."""
    return datetime.combine(day, time(hour, minute)).astimezone()


def populate_demo(
    service: CoachingService,
    *,
    families: int = 60,
    seed: int = 2018,
    today: date | None = None,
) -> None:
    """Create ``families`` synthetic families (about 2.2 people each) with their history,
    dated relative to ``today`` (default: the computer's date)."""
    rng = random.Random(seed)  # noqa: S311 - reproducible synthetic data, not security
    fake = Faker(["nl_NL", "tr_TR"])
    fake.seed_instance(seed)
    day = today or date.today()
    for index in range(families):
        _populate_family(service, rng, fake, index, day)


def _populate_family(
    service: CoachingService, rng: random.Random, fake: Faker, index: int, today: date
) -> None:
    programme_start = months_before(today, PROGRAMME_MONTHS)
    turkish = rng.random() < 0.6
    names = fake["tr_TR"] if turkish else fake["nl_NL"]
    surname = names.last_name()
    municipality = rng.choices(DEMO_MUNICIPALITIES, weights=_MUNICIPALITY_WEIGHTS)[0]
    start = _day_between(rng, programme_start, today - timedelta(days=45))
    languages = ["tr", "nl"] if turkish else ["nl"]
    if turkish and rng.random() < 0.2:
        languages.append("ku")
    status = rng.choices(list(ProgrammeStatus), weights=(8, 60, 10, 15, 7))[0]
    if status is ProgrammeStatus.INTAKE:
        start = _day_between(rng, today - timedelta(days=40), today - timedelta(days=3))
    # Families that left the programme were last visited some time ago.
    left = status in (ProgrammeStatus.COMPLETED, ProgrammeStatus.WITHDRAWN)
    last_day = today - timedelta(days=1)
    if left:
        earliest = min(start + timedelta(days=120), today - timedelta(days=30))
        last_day = _day_between(rng, earliest, today - timedelta(days=21))
    family = service.create_family(
        display_name=f"Familie {surname}",
        municipality=municipality,
        address=f"{fake['nl_NL'].street_address()}, {fake['nl_NL'].postcode()} {municipality.name}",
        phone=f"06-{rng.randint(10_000_000, 99_999_999)}",
        preferred_languages=languages,
        status=status,
        start_date=start,
        assigned_coach=_COACHES[index % len(_COACHES)],
    )
    coach = family.assigned_coach

    # People: one or two adults and some children; about 130 people for 60 families.
    size = rng.choices((1, 2, 3, 4), weights=(32, 34, 20, 14))[0]
    people = []
    for position in range(size):
        adult = position < (2 if size >= 3 else size)
        gender = rng.choice((Gender.F, Gender.M)) if rng.random() > 0.03 else Gender.X
        given = names.first_name_female() if gender == Gender.F else names.first_name_male()
        if adult:
            birth = _day_between(
                rng, today - timedelta(days=65 * 365), today - timedelta(days=20 * 365)
            )
        else:
            birth = _day_between(rng, today - timedelta(days=17 * 365), today - timedelta(days=200))
        people.append(
            service.add_person(
                family.id,
                given_name=given,
                family_name=surname,
                birth_date=birth,
                gender=gender,
                role=Role.ADULT if adult else Role.CHILD,
                languages=languages if adult else list(dict.fromkeys(["nl", *languages]))[:2],
            )
        )
    adults = [p for p in people if p.role == Role.ADULT]

    # Consent at the start; most also agree to anonymised reporting, fewer to research.
    service.record_consent(family.id, ConsentKind.COACHING, recorded_by=coach, on=start)
    if rng.random() < 0.85:
        service.record_consent(
            family.id, ConsentKind.ANONYMISED_REPORTING, recorded_by=coach, on=start
        )
    if rng.random() < 0.6:
        service.record_consent(family.id, ConsentKind.RESEARCH, recorded_by=coach, on=start)
        if rng.random() < 0.15:
            service.withdraw_consent(
                family.id,
                ConsentKind.RESEARCH,
                recorded_by=coach,
                on=_day_between(rng, start, last_day),
                remark="Wil niet meer meedoen aan het onderzoek.",
            )

    # Visits held so far: several per family, with notes and follow-up actions. Actions due
    # more than two weeks ago are nearly all done; recent ones are open (a few overdue).
    domains = list(LifeDomain)
    for _ in range(rng.randint(3, 8)):
        day = _day_between(rng, start, last_day)
        follow_ups = []
        for _ in range(rng.randint(0, 2)):
            due = day + timedelta(days=rng.randint(7, 28))
            if due < today - timedelta(days=14):
                done = rng.random() < 0.99
            elif due < today:
                done = rng.random() < 0.85
            else:
                done = False
            follow_ups.append(FollowUpAction(text=rng.choice(_FOLLOW_UPS), due_date=due, done=done))
        service.record_visit(
            family.id,
            started_at=_local(day, rng.randint(9, 18), rng.choice((0, 15, 30, 45))),
            duration_minutes=rng.choice((30, 45, 60, 75, 90, 120)),
            mode=rng.choices(list(VisitMode), weights=(70, 15, 10, 5))[0],
            people_present=[p.id for p in people if rng.random() < 0.7],
            topics=rng.sample(domains, rng.randint(1, 3)),
            notes=_visit_notes(rng, fake),
            follow_ups=follow_ups,
        )

    # Visits planned: the coach sees many of the families still in the programme next week.
    if not left and status is not ProgrammeStatus.PAUSED and rng.random() < 0.35:
        day = today + timedelta(days=rng.randint(1, 8))
        service.record_visit(
            family.id,
            started_at=_local(day, rng.randint(9, 17), rng.choice((0, 30))),
            duration_minutes=60,
            mode=VisitMode.HOME,
            people_present=[p.id for p in adults],
            topics=rng.sample(domains, 1),
            notes="Afspraak gemaakt.",
        )
    if index == 0 and not left:  # one visit later today, so Today shows today's schedule
        service.record_visit(
            family.id,
            started_at=_local(today, 20, 0),
            duration_minutes=45,
            mode=VisitMode.PHONE,
            topics=[LifeDomain.LANGUAGE],
            notes="Telefonisch afspreken wanneer de taalcursus begint.",
        )

    # Goals across domains, with progress up to today.
    for domain in rng.sample(domains, rng.randint(1, 3)):
        opened = _day_between(rng, start, max(start, last_day - timedelta(days=14)))
        goal = service.create_goal(
            family.id,
            domain=domain,
            title=rng.choice(_GOAL_TITLES[domain]),
            description=f"Afgesproken met de coach op {opened:%d-%m-%Y}.",
            person_id=rng.choice(adults).id if adults and rng.random() < 0.7 else None,
            target_date=opened + timedelta(days=rng.randint(60, 300)),
            opened_on=opened,
        )
        if rng.random() < 0.5:
            goal = service.add_milestone(
                goal.id, "Eerste stap gezet", target_date=opened + timedelta(days=30)
            )
        path = _goal_path(rng)
        target = goal.target_date or last_day
        if target < today and rng.random() < 0.85:
            path = path or [GoalStatus.STARTED]  # most goals past their date have moved on
            if path[-1] is GoalStatus.STARTED:
                path = [*path, GoalStatus.ACHIEVED]
        # Each step on its own day between opening and the target date (or the last visit).
        end = max(opened + timedelta(days=len(path) + 1), min(target, last_day))
        days = sorted(_day_between(rng, opened + timedelta(days=1), end) for _ in path)
        for step, (new_status, day) in enumerate(zip(path, days, strict=True)):
            on = max(day, opened + timedelta(days=step + 1))
            if on > last_day:
                break
            service.change_goal_status(goal.id, new_status, note=_STATUS_NOTES[new_status], on=on)

    # Self-reliance assessments over time: usually some distance travelled.
    for person in adults:
        for domain in rng.sample(domains, 3):
            score = rng.randint(1, 3)
            day = start
            for _ in range(rng.randint(1, 3)):
                if day > last_day:
                    break
                service.record_assessment(
                    family.id, domain=domain, score=score, assessed_on=day, person_id=person.id
                )
                score = min(5, score + rng.choice((0, 1, 1, 2)))
                day = day + timedelta(days=rng.randint(90, 200))
    service.record_assessment(
        family.id, domain=LifeDomain.HOUSING, score=rng.randint(2, 5), assessed_on=start
    )

    # The adults' Dutch (CEFR), assessed now and then and mostly rising. Its own random
    # numbers (seeded by the family), so the rest of the demo stays as it was.
    levels = list(CefrLevel)
    level_rng = random.Random(f"dutch {family.display_name}")  # noqa: S311 - synthetic data
    for person in adults:
        rank, day = level_rng.randint(0, 2), start
        while day <= last_day:
            service.record_language_level(
                family.id, person_id=person.id, level=levels[rank], on=day
            )
            rank = min(len(levels) - 1, rank + level_rng.choice((0, 1, 1)))
            day += timedelta(days=level_rng.randint(120, 240))


_NOTE_SENTENCES = (
    "We hebben de brief van de gemeente samen doorgenomen.",
    "Moeder wil graag een taalcursus volgen in de avond.",
    "Vader heeft een gesprek gehad bij het uitzendbureau.",
    "De kinderen trainen sinds kort bij de voetbalclub.",
    "Er zijn zorgen over de huur; we maken een overzicht van de kosten.",
    "Het inburgeringsexamen staat gepland; oefenen gaat goed.",
    "Oudste zoon twijfelt tussen MBO Entree en werk.",
    "We hebben de website van het ROC bekeken.",
    "Afgesproken om volgende keer de buurvrouw uit te nodigen.",
    "Ailede herkes iyi; çocuklar okulda başarılı.",
    "Annem Hollandaca kursuna başlamak istiyor.",
    "Babam iş arıyor, özgeçmişini birlikte hazırladık.",
)


def _visit_notes(rng: random.Random, fake: Faker) -> str:
    sentences = rng.sample(_NOTE_SENTENCES, rng.randint(2, 4))
    sentences.append(f"Volgende afspraak met {fake['nl_NL'].first_name()} van de gemeente.")
    return " ".join(sentences)


def _goal_path(rng: random.Random) -> list[GoalStatus]:
    roll = rng.random()
    if roll < 0.2:
        return []
    if roll < 0.5:
        return [GoalStatus.STARTED]
    if roll < 0.85:
        return [GoalStatus.STARTED, GoalStatus.ACHIEVED]
    return [GoalStatus.STARTED, GoalStatus.STOPPED]
