"""The linked-set disclosure engine, audited by linear programming (tests/disclosure_audit.py)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coach_server.disclosure import FigureKey, LinkedSet, LinkedSetBuilder, protect
from tests.disclosure_audit import feasible_ranges, narrow

MONTHS = [f"2019-{m:02d}" for m in range(1, 13)]
QUARTERS = {f"2019-Q{q}": MONTHS[3 * (q - 1) : 3 * q] for q in range(1, 5)}


def _served(linked: LinkedSet, withheld: frozenset[FigureKey]) -> dict[FigureKey, int | None]:
    return {
        key: None if key in withheld else value
        for key, value in zip(linked.keys, linked.values, strict=True)
    }


def _audit(linked: LinkedSet, withheld: frozenset[FigureKey], threshold: int) -> None:
    served = _served(linked, withheld)
    cells = [([linked.keys[i] for i in members], count) for members, count in linked.cells]
    assert all(v == 0 or v >= threshold for v in served.values() if v is not None)
    assert narrow(feasible_ranges(cells, served), threshold) == {}


def _visit_periods(month: str) -> list[FigureKey]:
    """The figures a visit in ``month`` counts in: every fixed period holding it."""
    quarter = next(q for q, months in QUARTERS.items() if month in months)
    return [("visits", period) for period in (month, quarter, "2019", "programme")]


def test_cross_period_example_february_cannot_be_had_from_january_and_the_quarter() -> None:
    """Issue 9 (b): 10 visits in January, 3 in February. Asking January-February (13) and then
    January (10) gave February = 3. Periods are fixed now, and the quarter, year and programme
    totals are in the linked set: February's range must stay at least 5 wide."""
    builder = LinkedSetBuilder()
    builder.declare(("visits", p) for p in [*MONTHS, *QUARTERS, "2019", "programme"])
    builder.add(_visit_periods("2019-01"), 10)
    builder.add(_visit_periods("2019-02"), 3)
    linked = builder.build()
    withheld = protect(linked, 5)
    assert ("visits", "2019-02") in withheld
    assert ("visits", "2019-03") not in withheld  # zero: shown
    _audit(linked, withheld, 5)
    # The quarter equals January + February, so one of them must go too.
    assert {("visits", "2019-01"), ("visits", "2019-Q1")} & withheld


def test_cross_table_example_withdrawn_cannot_be_had_from_two_totals() -> None:
    """Issue 9 (a): families by status (intake 0, paused 0, completed 41, total 58; active 14 and
    withdrawn 3 withheld) and a shown 'without a recent visit' total of 14 (the open families)
    gave withdrawn = 58 - 41 - 14 = 3."""
    builder = LinkedSetBuilder()
    statuses = ["intake", "active", "paused", "completed", "withdrawn"]
    builder.declare(("families", s) for s in [*statuses, "total"])
    builder.declare([("without_recent_visit", "total")])
    builder.add([("families", "completed"), ("families", "total")], 41)
    builder.add(
        [("families", "active"), ("families", "total"), ("without_recent_visit", "total")], 14
    )
    builder.add([("families", "withdrawn"), ("families", "total")], 3)
    linked = builder.build()
    withheld = protect(linked, 5)
    assert ("families", "withdrawn") in withheld
    assert ("families", "intake") not in withheld
    _audit(linked, withheld, 5)
    # The two served figures that are the same number are withheld together.
    assert (("families", "active") in withheld) == (("without_recent_visit", "total") in withheld)


def test_a_figure_served_twice_is_withheld_in_both_places() -> None:
    builder = LinkedSetBuilder()
    builder.add([("a", "x"), ("b", "x"), ("total",)], 2)
    builder.add([("a", "y"), ("total",)], 9)
    linked = builder.build()
    withheld = protect(linked, 5)
    assert {("a", "x"), ("b", "x")} <= withheld
    _audit(linked, withheld, 5)


def test_the_pattern_of_a_lower_threshold_is_kept_at_a_higher_one() -> None:
    builder = LinkedSetBuilder()
    for month, count in zip(MONTHS, [3, 6, 12, 0, 7, 8, 1, 20, 9, 11, 5, 6], strict=True):
        builder.add(_visit_periods(month), count)
    linked = builder.build()
    at_five = protect(linked, 5)
    at_ten = protect(linked, 10, withheld=at_five)
    assert at_five <= at_ten
    _audit(linked, at_five, 5)
    _audit(linked, at_ten, 10)


def test_nothing_small_means_nothing_withheld() -> None:
    builder = LinkedSetBuilder()
    builder.add([("a",), ("t",)], 7)
    builder.add([("b",), ("t",)], 0)
    builder.add([("c",), ("t",)], 5)
    builder.declare([("b",)])
    linked = builder.build()
    assert protect(linked, 5) == frozenset()
    assert linked.value(("b",)) == 0


def _two_tables(*, lines: bool) -> LinkedSet:
    """Table t (a 3, b 6, c 9, d 30) and table u (p = a + d, q = b + c), with their totals."""
    builder = LinkedSetBuilder()
    builder.add([("t", "a"), ("t", "total"), ("u", "p"), ("u", "total")], 3)
    builder.add([("t", "b"), ("t", "total"), ("u", "q"), ("u", "total")], 6)
    builder.add([("t", "c"), ("t", "total"), ("u", "q"), ("u", "total")], 9)
    builder.add([("t", "d"), ("t", "total"), ("u", "p"), ("u", "total")], 30)
    if lines:
        builder.line(("t", "total"), [("t", x) for x in "abcd"])
        builder.line(("u", "total"), [("u", x) for x in "pq"])
    return builder.build()


def test_a_withheld_figure_gets_its_partner_from_its_own_line_first() -> None:
    """The cheap first pass: a line (a row with its total) with one withheld figure gives it
    away, so the smallest other non-zero figure of the line is withheld with it before any LP
    is solved; the LP checks then decide the rest (here: the LP alone would hide d, through
    table u, instead of b)."""
    with_lines = _two_tables(lines=True)
    withheld = protect(with_lines, 5)
    assert {("t", "a"), ("t", "b")} <= withheld
    _audit(with_lines, withheld, 5)
    without = _two_tables(lines=False)
    assert protect(without, 5) == {("t", "a"), ("t", "d")}
    assert with_lines.lines
    assert not without.lines


def test_the_threshold_must_be_positive() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        protect(LinkedSetBuilder().build(), 0)


# -- random sparse cohorts ------------------------------------------------------------------

#: A unit of a random cohort: (month index 0-11, category 0-3, group 0-2). Figures: per fixed
#: period, the count by category with its total, and by group (a second table of the same
#: population), like families by status and families per coach.
Unit = tuple[int, int, int]


def _cohort_linked_set(units: list[Unit]) -> LinkedSet:
    builder = LinkedSetBuilder()
    periods = [*MONTHS, *QUARTERS, "2019", "programme"]
    builder.declare(
        key
        for p in periods
        for key in [
            *[("by_category", p, str(c)) for c in range(4)],
            *[("by_group", p, str(g)) for g in range(3)],
            ("total", p),
        ]
    )
    for month, category, group in units:
        m = MONTHS[month]
        holding = [m, next(q for q, ms in QUARTERS.items() if m in ms), "2019", "programme"]
        builder.add(
            [
                key
                for p in holding
                for key in (
                    ("by_category", p, str(category)),
                    ("by_group", p, str(group)),
                    ("total", p),
                )
            ]
        )
    return builder.build()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.tuples(st.integers(0, 11), st.integers(0, 3), st.integers(0, 2)),
        min_size=0,
        max_size=40,
    ),
    st.sampled_from([5, 10]),
)
def test_random_sparse_cohorts_leave_every_withheld_figure_a_wide_range(
    units: list[Unit], threshold: int
) -> None:
    linked = _cohort_linked_set(units)
    withheld = protect(linked, threshold)
    _audit(linked, withheld, threshold)
    # Deterministic: the same data gives the same pattern.
    assert protect(_cohort_linked_set(list(reversed(units))), threshold) == withheld


def test_the_audit_finds_the_leaks_of_table_by_table_suppression() -> None:
    """The audit can fail: withholding only the small figures (and partners within each
    period's own table) leaves February's visits computable, as in issue 9."""
    builder = LinkedSetBuilder()
    builder.add(_visit_periods("2019-01"), 10)
    builder.add(_visit_periods("2019-02"), 3)
    linked = builder.build()
    per_table = frozenset({("visits", "2019-02")})
    cells = [([linked.keys[i] for i in members], count) for members, count in linked.cells]
    leaks = narrow(feasible_ranges(cells, _served(linked, per_table)), 5)
    assert set(leaks) == {("visits", "2019-02")}
    assert leaks[("visits", "2019-02")].width == 0


def test_the_solver_prints_no_banner_on_standard_output() -> None:
    """HiGHS printed its copyright banner to standard output at the first instance (issue 14:
    in the middle of bench_summary's numbers); the server's output is its own."""
    import subprocess
    import sys

    program = (
        "from coach_server.disclosure import LinkedSetBuilder, protect\n"
        "builder = LinkedSetBuilder()\n"
        "builder.declare([('visits', 'a'), ('visits', 'b'), ('visits', 'all')])\n"
        "builder.add([('visits', 'a'), ('visits', 'all')], 10)\n"
        "builder.add([('visits', 'b'), ('visits', 'all')], 3)\n"
        "print(sorted(protect(builder.build(), 5)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, timeout=60, check=True
    )
    assert "HiGHS" not in result.stdout + result.stderr
    assert result.stdout.startswith("[("), result.stdout


def _cohort() -> LinkedSet:
    """Visits of a year by month, quarter, year and programme, several months small."""
    builder = LinkedSetBuilder()
    builder.declare(("visits", p) for p in [*MONTHS, *QUARTERS, "2019", "programme"])
    for month, count in zip(MONTHS, (10, 3, 0, 7, 2, 12, 1, 0, 9, 4, 6, 2), strict=True):
        builder.add(_visit_periods(month), count)
    return builder.build()


@pytest.mark.parametrize(
    ("failures", "said"),
    [(1, "solving again without the basis"), (2, "building the model anew")],
)
def test_a_solver_failure_is_solved_again_from_scratch(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, failures: int, said: str
) -> None:
    """The range problems are always feasible, yet HiGHS's warm-started simplex once answered
    "Infeasible" (the ingest benchmark's 10,500 records): no summary could be computed. A
    failure is solved again without the basis, then on a new model; the pattern is the same."""
    import highspy

    import coach_server.disclosure as disclosure

    linked = _cohort()
    expected = protect(linked, 5)
    left = {"failures": failures}

    class Flaky(highspy.Highs):  # type: ignore[misc]
        def getModelStatus(self) -> highspy.HighsModelStatus:
            if left["failures"]:
                left["failures"] -= 1
                return highspy.HighsModelStatus.kInfeasible
            return super().getModelStatus()

    monkeypatch.setattr(disclosure.highspy, "Highs", Flaky)
    with caplog.at_level("WARNING", logger="coach_server.disclosure"):
        assert protect(linked, 5) == expected
    assert left["failures"] == 0
    assert said in caplog.text
    _audit(linked, expected, 5)


def test_a_solver_that_keeps_failing_raises_protection_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import highspy

    import coach_server.disclosure as disclosure

    class Broken(highspy.Highs):  # type: ignore[misc]
        def getModelStatus(self) -> highspy.HighsModelStatus:
            return highspy.HighsModelStatus.kInfeasible

    monkeypatch.setattr(disclosure.highspy, "Highs", Broken)
    with pytest.raises(disclosure.ProtectionError, match="Infeasible"):
        protect(_cohort(), 5)
