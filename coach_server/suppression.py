"""Small-cell suppression of count tables (pure functions, no I/O).

Primary suppression hides every count from 1 to ``threshold - 1``, totals included.
Secondary suppression then hides further entries until no hidden entry can be computed from
what is shown. The table with its row totals, column totals and grand total is treated as one
augmented table in which every line (each row with its total, each column with its total, the
row of column totals with the grand total, the column of row totals with the grand total) is an
additive constraint. A hidden entry can be computed exactly when:

1. it is the only hidden entry of a line (subtract the visible ones from the total); or
2. more generally, it is a *bridge* in the graph whose nodes are the augmented table's rows and
   columns and whose edges are the hidden entries: the hidden values that satisfy every line
   differ by cycles of that graph, so an entry on no cycle has a single possible value.

Rule 2 includes rule 1 (a line with one hidden entry makes it a bridge); rule 1 is applied first
because it is cheap and picks the natural partner. Each added entry is the smallest non-zero
visible one that closes a cycle, so as little as possible is hidden. Zero is shown as 0 (an empty
cell says nothing about a person) unless hiding it is the only way to protect a cell.

The threshold is never below :data:`MIN_THRESHOLD`, whatever a caller asks for.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

__all__ = [
    "MIN_THRESHOLD",
    "SuppressedTable",
    "effective_threshold",
    "suppress_count",
    "suppress_series",
    "suppress_table",
]

MIN_THRESHOLD: Final = 5

Entry = tuple[int, int]


@dataclass(frozen=True)
class SuppressedTable:
    """A table after suppression: ``None`` marks a suppressed value."""

    cells: tuple[tuple[int | None, ...], ...]
    row_totals: tuple[int | None, ...]
    column_totals: tuple[int | None, ...]
    total: int | None


def effective_threshold(requested: int | None, floor: int) -> int:
    """The threshold to apply: at least ``floor`` and never below :data:`MIN_THRESHOLD`."""
    return max(MIN_THRESHOLD, floor, requested or 0)


def suppress_count(count: int, threshold: int) -> int | None:
    """A single count on its own: hidden when from 1 to ``threshold - 1``."""
    _check(threshold)
    return None if 0 < count < threshold else count


def suppress_series(
    counts: Sequence[int], threshold: int
) -> tuple[tuple[int | None, ...], int | None]:
    """One row of counts with its total (e.g. families by status): ``(cells, total)``."""
    table = suppress_table([list(counts)], threshold)
    return table.cells[0], table.total


def suppress_table(counts: Sequence[Sequence[int]], threshold: int) -> SuppressedTable:
    """Suppresses a table of non-negative counts together with its margins."""
    _check(threshold)
    n_rows = len(counts)
    n_cols = len(counts[0]) if n_rows else 0
    if any(len(row) != n_cols for row in counts):
        raise ValueError("every row of the table must have the same number of cells")
    if any(value < 0 for row in counts for value in row):
        raise ValueError("counts cannot be negative")

    # The augmented table: cells, row totals in the last column, column totals in the last row.
    values = [[*row, sum(row)] for row in counts]
    column_totals = [sum(row[j] for row in counts) for j in range(n_cols)]
    values.append([*column_totals, sum(column_totals)])
    hidden = {
        (i, j)
        for i, row in enumerate(values)
        for j, value in enumerate(row)
        if 0 < value < threshold
    }
    while _protect_single_lines(values, hidden) or _protect_bridges(values, hidden):
        pass

    def shown(i: int, j: int) -> int | None:
        return None if (i, j) in hidden else values[i][j]

    return SuppressedTable(
        cells=tuple(tuple(shown(i, j) for j in range(n_cols)) for i in range(n_rows)),
        row_totals=tuple(shown(i, n_cols) for i in range(n_rows)),
        column_totals=tuple(shown(n_rows, j) for j in range(n_cols)),
        total=shown(n_rows, n_cols),
    )


def _check(threshold: int) -> None:
    if threshold < MIN_THRESHOLD:
        raise ValueError(f"the suppression threshold cannot be below {MIN_THRESHOLD}")


def _pick(values: list[list[int]], candidates: Sequence[Entry]) -> Entry:
    """The smallest non-zero candidate (zero only when nothing else is left)."""
    return min(candidates, key=lambda e: (values[e[0]][e[1]] == 0, values[e[0]][e[1]], e))


def _protect_single_lines(values: list[list[int]], hidden: set[Entry]) -> bool:
    """Hides a partner in each line that has exactly one hidden entry; True if any was added."""
    n_rows, n_cols = len(values), len(values[0])
    lines = [[(i, j) for j in range(n_cols)] for i in range(n_rows)]
    lines += [[(i, j) for i in range(n_rows)] for j in range(n_cols)]
    changed = False
    for line in lines:
        if sum(entry in hidden for entry in line) == 1:
            hidden.add(_pick(values, [e for e in line if e not in hidden]))
            changed = True
    return changed


def _protect_bridges(values: list[list[int]], hidden: set[Entry]) -> bool:
    """Closes a cycle through one hidden entry that lies on none; True if one was added."""
    for bridge in sorted(hidden):
        row_side = _reachable(("r", bridge[0]), hidden - {bridge})
        if ("c", bridge[1]) in row_side:
            continue
        column_side = _reachable(("c", bridge[1]), hidden - {bridge})
        candidates = [
            (i, j)
            for kind_i, i in column_side
            if kind_i == "r"
            for kind_j, j in row_side
            if kind_j == "c"
        ]
        hidden.add(_pick(values, candidates))
        return True
    return False


def _reachable(start: tuple[str, int], edges: set[Entry]) -> set[tuple[str, int]]:
    """The rows ("r", i) and columns ("c", j) connected to ``start`` by ``edges``."""
    neighbours: dict[tuple[str, int], list[tuple[str, int]]] = {}
    for i, j in edges:
        neighbours.setdefault(("r", i), []).append(("c", j))
        neighbours.setdefault(("c", j), []).append(("r", i))
    seen = {start}
    stack = [start]
    while stack:
        for node in neighbours.get(stack.pop(), []):
            if node not in seen:
                seen.add(node)
                stack.append(node)
    return seen
