"""Small-cell suppression: examples and properties (no suppressed value can be computed)."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coach_server.suppression import (
    MIN_THRESHOLD,
    effective_threshold,
    suppress_count,
    suppress_series,
    suppress_table,
)


def test_counts_from_one_to_threshold_minus_one_are_suppressed() -> None:
    assert [suppress_count(n, 5) for n in range(7)] == [0, None, None, None, None, 5, 6]


def test_the_threshold_is_never_below_five() -> None:
    assert effective_threshold(1, 5) == 5
    assert effective_threshold(None, 10) == 10
    assert effective_threshold(3, 10) == 10
    assert effective_threshold(12, 5) == 12
    with pytest.raises(ValueError, match="below 5"):
        suppress_table([[1]], 4)


def test_a_single_small_cell_gets_a_partner_so_the_total_does_not_reveal_it() -> None:
    cells, total = suppress_series([10, 3, 0, 7], 5)
    assert cells == (10, None, 0, None)
    assert total == 20


def test_a_small_total_is_suppressed_with_its_cells() -> None:
    cells, total = suppress_series([2, 1], 5)
    assert cells == (None, None)
    assert total is None


def test_nothing_is_hidden_when_nothing_is_small() -> None:
    table = suppress_table([[10, 6], [8, 9]], 5)
    assert table.cells == ((10, 6), (8, 9))
    assert table.total == 33


def test_ragged_or_negative_tables_are_refused() -> None:
    with pytest.raises(ValueError, match="same number"):
        suppress_table([[1, 2], [3]], 5)
    with pytest.raises(ValueError, match="negative"):
        suppress_table([[-1]], 5)


def _augmented(counts: list[list[int]]) -> list[list[int]]:
    rows = [[*row, sum(row)] for row in counts]
    columns = [sum(row[j] for row in counts) for j in range(len(counts[0]))]
    return [*rows, [*columns, sum(columns)]]


def _determined(counts: list[list[int]], hidden: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """Hidden entries whose value follows from the visible ones by the table's linear
    constraints (every row and column of the augmented table adds up), by exact elimination."""
    values = _augmented(counts)
    n_rows, n_cols = len(values), len(values[0])
    unknowns = sorted(hidden)
    index = {entry: k for k, entry in enumerate(unknowns)}
    equations: list[list[Fraction]] = []
    lines = [[(i, j) for j in range(n_cols - 1)] + [(i, n_cols - 1)] for i in range(n_rows - 1)]
    lines += [[(i, j) for i in range(n_rows - 1)] + [(n_rows - 1, j)] for j in range(n_cols - 1)]
    lines.append([(n_rows - 1, j) for j in range(n_cols - 1)] + [(n_rows - 1, n_cols - 1)])
    lines.append([(i, n_cols - 1) for i in range(n_rows - 1)] + [(n_rows - 1, n_cols - 1)])
    for line in lines:
        *parts, total = line
        row = [Fraction(0)] * len(unknowns)
        for entry, sign in [(e, 1) for e in parts] + [(total, -1)]:
            if entry in index:
                row[index[entry]] += sign
        if any(row):
            equations.append(row)
    # Row-reduce; an unknown is determined iff its unit vector lies in the row space.
    pivots: list[tuple[int, list[Fraction]]] = []
    for row in equations:
        for col, pivot_row in pivots:
            if row[col]:
                factor = row[col] / pivot_row[col]
                row = [a - factor * b for a, b in zip(row, pivot_row, strict=True)]
        lead = next((c for c, v in enumerate(row) if v), None)
        if lead is not None:
            for k, (col, pivot_row) in enumerate(pivots):
                if pivot_row[lead]:
                    factor = pivot_row[lead] / row[lead]
                    pivots[k] = (col, [a - factor * b for a, b in zip(pivot_row, row, strict=True)])
            pivots.append((lead, row))
    determined = set()
    for col, row in pivots:
        if sum(1 for v in row if v) == 1:
            determined.add(unknowns[col])
    return determined


tables = st.integers(1, 5).flatmap(
    lambda rows: st.integers(1, 5).flatmap(
        lambda cols: st.lists(
            st.lists(
                st.one_of(st.integers(0, 12), st.integers(0, 3)), min_size=cols, max_size=cols
            ),
            min_size=rows,
            max_size=rows,
        )
    )
)


@settings(max_examples=300, deadline=None)
@given(counts=tables, threshold=st.integers(MIN_THRESHOLD, 11))
def test_no_suppressed_value_can_be_computed_from_what_is_shown(
    counts: list[list[int]], threshold: int
) -> None:
    table = suppress_table(counts, threshold)
    n_rows, n_cols = len(counts), len(counts[0])
    shown = [[*table.cells[i], table.row_totals[i]] for i in range(n_rows)]
    shown.append([*table.column_totals, table.total])
    values = _augmented(counts)
    hidden = {(i, j) for i in range(n_rows + 1) for j in range(n_cols + 1) if shown[i][j] is None}

    # Shown values are true, and none of them is a small count.
    for i in range(n_rows + 1):
        for j in range(n_cols + 1):
            if shown[i][j] is not None:
                assert shown[i][j] == values[i][j]
                assert not 0 < values[i][j] < threshold
    # No line (row with its total, column with its total) has exactly one hidden entry.
    for i in range(n_rows + 1):
        assert sum((i, j) in hidden for j in range(n_cols + 1)) != 1
    for j in range(n_cols + 1):
        assert sum((i, j) in hidden for i in range(n_rows + 1)) != 1
    # Stronger: no hidden entry is fixed by any combination of the constraints.
    assert _determined(counts, hidden) == set()


@settings(max_examples=200, deadline=None)
@given(counts=st.lists(st.integers(0, 15), min_size=1, max_size=12), threshold=st.integers(5, 10))
def test_a_series_never_reveals_a_small_count(counts: list[int], threshold: int) -> None:
    cells, total = suppress_series(counts, threshold)
    hidden = [c for c, shown in zip(counts, cells, strict=True) if shown is None]
    assert len(hidden) != 1 or total is None
    if total is not None and hidden:
        assert len(hidden) >= 2
    for value, shown in zip(counts, cells, strict=True):
        assert shown is None or not 0 < value < threshold


def test_the_checker_itself_finds_computable_cells() -> None:
    # One hidden cell in a row with a shown total is computable; a 2x2 block is not.
    assert _determined([[3, 10], [8, 9]], {(0, 0)}) == {(0, 0)}
    assert _determined([[3, 10], [8, 9]], {(0, 0), (0, 1), (1, 0), (1, 1)}) == set()
    # Two cycles joined by a bridge: the bridge is computable although no line has one hidden.
    bridge = {(0, 0), (0, 1), (1, 0), (1, 1), (1, 2), (2, 2), (2, 3), (3, 2), (3, 3)}
    assert (1, 2) in _determined([[6] * 4] * 4, bridge)
