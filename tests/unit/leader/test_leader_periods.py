"""Fixed reporting periods and typed months."""

from __future__ import annotations

from datetime import date

import pytest

from coach_app.leader.periods import (
    MonthNotUnderstood,
    Period,
    current_period,
    parse_month,
    periods,
)

DUTCH = (
    (
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ),
    ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"),
)
ENGLISH = (
    (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
)
TURKISH = (
    (
        "Ocak",
        "Şubat",
        "Mart",
        "Nisan",
        "Mayıs",
        "Haziran",
        "Temmuz",
        "Ağustos",
        "Eylül",
        "Ekim",
        "Kasım",
        "Aralık",
    ),
)


@pytest.mark.parametrize(
    ("today", "kind", "first", "last"),
    [
        (date(2026, 11, 30), "quarter", date(2026, 10, 1), date(2026, 12, 1)),
        (date(2026, 1, 1), "quarter", date(2026, 1, 1), date(2026, 3, 1)),
        (date(2026, 3, 31), "quarter", date(2026, 1, 1), date(2026, 3, 1)),
        (date(2026, 4, 1), "quarter", date(2026, 4, 1), date(2026, 6, 1)),
        (date(2026, 11, 30), "month", date(2026, 11, 1), date(2026, 11, 1)),
        (date(2026, 11, 30), "year", date(2026, 1, 1), date(2026, 12, 1)),
    ],
)
def test_the_current_period(today: date, kind: str, first: date, last: date) -> None:
    period = current_period(kind, today)  # type: ignore[arg-type]
    assert (period.first, period.last) == (first, last)


def test_periods_run_from_the_current_one_back_and_never_ahead() -> None:
    quarters = periods("quarter", date(2019, 5, 14), earliest_year=2018)
    assert [(p.from_month, p.to_month) for p in quarters] == [
        ("2019-04", "2019-06"),
        ("2019-01", "2019-03"),
        ("2018-10", "2018-12"),
        ("2018-07", "2018-09"),
        ("2018-04", "2018-06"),
        ("2018-01", "2018-03"),
    ]
    months = periods("month", date(2019, 2, 1), earliest_year=2019)
    assert [p.from_month for p in months] == ["2019-02", "2019-01"]
    assert [p.from_month for p in periods("year", date(2019, 12, 31), 2017)] == [
        "2019-01",
        "2018-01",
        "2017-01",
    ]


def test_a_period_knows_its_months() -> None:
    assert Period(date(2019, 10, 1), "quarter").months() == ["2019-10", "2019-11", "2019-12"]
    assert len(Period(date(2019, 1, 1), "year").months()) == 12
    assert Period(date(2020, 1, 1), "month").previous() == Period(date(2019, 12, 1), "month")
    assert Period(date(2019, 1, 1), "year").contains(date(2019, 12, 31))
    assert not Period(date(2019, 1, 1), "year").contains(date(2020, 1, 1))


@pytest.mark.parametrize(
    ("first", "kind"),
    [(date(2019, 2, 1), "quarter"), (date(2019, 2, 1), "year"), (date(2019, 1, 2), "month")],
)
def test_periods_start_where_the_calendar_does(first: date, kind: str) -> None:
    with pytest.raises(ValueError, match="start"):
        Period(first, kind)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2019-03", date(2019, 3, 1)),
        ("2019/3", date(2019, 3, 1)),
        ("03-2019", date(2019, 3, 1)),
        ("3/2019", date(2019, 3, 1)),
        ("3.2019", date(2019, 3, 1)),
        (" 12 - 2019 ", date(2019, 12, 1)),
        ("032019", date(2019, 3, 1)),
        ("maart 2019", date(2019, 3, 1)),
        ("Maart\u00a02019", date(2019, 3, 1)),
        ("mrt 2019", date(2019, 3, 1)),
        ("mrt. 2019", date(2019, 3, 1)),
        ("2019 maart", date(2019, 3, 1)),
        ("March 2019", date(2019, 3, 1)),
        ("sept 2019", date(2019, 9, 1)),
        ("mei 2019", date(2019, 5, 1)),
        ("şubat 2019", date(2019, 2, 1)),
        ("subat 2019", date(2019, 2, 1)),
        ("Aralık 2019", date(2019, 12, 1)),
        ("dec 2019", date(2019, 12, 1)),
    ],
)
def test_typed_months_are_understood(text: str, expected: date) -> None:
    assert parse_month(text, DUTCH + ENGLISH + TURKISH) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "2019",
        "13-2019",
        "0-2019",
        "2019-00",
        "ma 2019",
        "juni",
        "next month",
        "1-2-2019",
    ],
)
def test_what_is_not_a_month_is_said(text: str) -> None:
    with pytest.raises(MonthNotUnderstood):
        parse_month(text, DUTCH + ENGLISH)


def test_an_ambiguous_abbreviation_is_not_guessed() -> None:
    # "ju" could be juni or juli; three letters are needed and must name one month.
    with pytest.raises(MonthNotUnderstood):
        parse_month("ju 2019", DUTCH)
    assert parse_month("jun 2019", DUTCH) == date(2019, 6, 1)


def test_each_period_has_the_servers_name() -> None:
    assert Period(date(2019, 3, 1), "month").key == "2019-03"
    assert Period(date(2019, 4, 1), "quarter").key == "2019-Q2"
    assert Period(date(2019, 1, 1), "year").key == "2019"
    programme = current_period("programme", date(2020, 2, 10), programme_start=date(2018, 9, 14))
    assert programme.key == "programme"
    assert (programme.from_month, programme.to_month) == ("2018-09", "2020-02")
    assert len(programme.months()) == 18
    assert periods("programme", date(2020, 2, 10), earliest_year=2018) == [
        Period(date(2018, 1, 1), "programme", until=date(2020, 2, 1))
    ]
    with pytest.raises(ValueError, match="no previous"):
        programme.previous()
