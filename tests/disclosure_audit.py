"""The linear-programming audit of served figures (test code, independent of the server's engine).

Given how each served figure is built from microdata cells (the cells' signatures) and what
was served (a value, or withheld), it computes each withheld figure's feasible range: the
minimum and maximum of the figure over all non-negative (integer-relaxed) cell counts that
reproduce every shown figure. The protection interval of statistical disclosure control asks
that range to be at least the threshold wide. Solved with scipy's HiGHS (``linprog``), not with
the server's own solver set-up.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass

import numpy as np
from scipy.optimize import linprog
from scipy.sparse import csr_array

Key = Hashable


@dataclass(frozen=True)
class Range:
    low: float
    high: float  # inf when unbounded

    @property
    def width(self) -> float:
        return self.high - self.low


def feasible_ranges(
    cells: Iterable[tuple[Iterable[Key], int]],
    served: Mapping[Key, int | None],
    *,
    consistency: bool = True,
) -> dict[Key, Range]:
    """``cells``: (keys of the figures a cell counts in, its number of units); ``served``: every
    served figure's value, ``None`` when withheld. Returns the range of each withheld figure.

    With ``consistency`` it first checks that each served value is the sum of its cells.
    """
    cell_list = [(frozenset(keys), count) for keys, count in cells]
    components = _components(cell_list, served)
    if len(components) > 1:
        out: dict[Key, Range] = {}
        for part_cells, part_served in components:
            out.update(feasible_ranges(part_cells, part_served, consistency=consistency))
        return out
    keys = sorted(served, key=repr)
    index = {key: i for i, key in enumerate(keys)}
    rows, cols = [], []
    for c, (signature, _) in enumerate(cell_list):
        for key in signature:
            if key in index:
                rows.append(index[key])
                cols.append(c)
    matrix = csr_array(
        (np.ones(len(rows)), (np.array(rows, dtype=int), np.array(cols, dtype=int))),
        shape=(len(keys), len(cell_list)),
    )
    truth = matrix @ np.array([float(count) for _, count in cell_list])
    if consistency:
        for key, i in index.items():
            value = served[key]
            assert value is None or value == truth[i], f"{key!r}: served {value}, cells {truth[i]}"
    shown = [index[k] for k in keys if served[k] is not None]
    a_eq = matrix[shown] if shown else None
    b_eq = np.array([float(served[keys[i]]) for i in shown]) if shown else None  # type: ignore[arg-type]
    ranges: dict[Key, Range] = {}
    solved: dict[tuple[int, ...], Range] = {}  # figures with the same cells have one range
    for key in keys:
        if served[key] is not None:
            continue
        objective = matrix[[index[key]]].toarray().ravel()
        support = tuple(np.flatnonzero(objective))
        if not support:
            ranges[key] = Range(0.0, 0.0)
            continue
        if support in solved:
            ranges[key] = solved[support]
            continue
        low = linprog(objective, A_eq=a_eq, b_eq=b_eq, bounds=(0, None), method="highs")
        high = linprog(-objective, A_eq=a_eq, b_eq=b_eq, bounds=(0, None), method="highs")
        assert low.status == 0, low.message
        assert high.status in (0, 3), high.message  # 3: unbounded
        ranges[key] = solved[support] = Range(
            low.fun, float("inf") if high.status == 3 else -high.fun
        )
    return ranges


def _components(
    cells: list[tuple[frozenset[Key], int]], served: Mapping[Key, int | None]
) -> list[tuple[list[tuple[frozenset[Key], int]], dict[Key, int | None]]]:
    """Independent parts: figures linked through shared cells (and figures with no cell)."""
    parent: dict[Key, Key] = {key: key for key in served}

    def find(key: Key) -> Key:
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    for signature, _ in cells:
        members = [k for k in signature if k in parent]
        for other in members[1:]:
            a, b = find(members[0]), find(other)
            if a != b:
                parent[b] = a
    parts: dict[Key, tuple[list[tuple[frozenset[Key], int]], dict[Key, int | None]]] = {}
    for key, value in served.items():
        parts.setdefault(find(key), ([], {}))[1][key] = value
    for signature, count in cells:
        members = [k for k in signature if k in parent]
        if members:
            parts[find(members[0])][0].append((signature, count))
    return list(parts.values())


def narrow(ranges: Mapping[Key, Range], threshold: int) -> dict[Key, Range]:
    """The withheld figures whose range is narrower than the threshold (should be empty)."""
    return {key: r for key, r in ranges.items() if r.width < threshold - 1e-6}
