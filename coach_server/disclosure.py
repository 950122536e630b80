"""Disclosure control over one linked set of served counts (pure computation, no I/O).

The model (docs/decisions/0005-linked-set-disclosure-control.md):

- Every served count, a *figure*, counts *units* of one kind (families, people, goals, visits,
  assessed subjects). The figures a unit counts in form its *signature*; units with the same
  signature form a microdata *cell*, and each figure is the sum of the cells whose signature
  holds it. One figure may be served in several places (the families active at the end of a
  quarter are those active at the end of its last month): figures with the same cells are the
  same number and are shown or withheld together.
- Someone who knows how the figures are built and reads the shown ones knows at most: cell
  counts ``x >= 0`` and ``sum of x over the cells of s = value(s)`` for every shown figure s.
  The attacker is even granted which cells exist (cells that hold no unit are left out), which
  only narrows what is feasible, so protection in this model holds without that knowledge too.
  For a withheld figure f the *feasible range* is ``[min f, max f]`` over that polyhedron (the
  linear relaxation of the integer cell counts). f is protected when the range is at least
  ``threshold`` wide: the protection interval of statistical disclosure control (Hundepool et
  al., *Statistical Disclosure Control*, Wiley 2012, section 4.3).
- Primary suppression withholds the figures from 1 to ``threshold - 1``. Zero is always shown:
  a figure of value 0 holds no cell, so it adds no constraint in this model.
- Secondary suppression, for each withheld figure in a fixed order (smallest value first, then
  key): maximise and minimise it with HiGHS; every solution is a feasible point, so it also
  widens the known range of every other withheld figure. While the range is too narrow, withhold
  the smallest shown figure whose constraint binds the optimum (a non-zero dual value) and
  solve again. Withholding only removes constraints, so a protected figure stays protected and
  the loop ends (with everything withheld, every range is unbounded).

The result depends only on the linked set and the threshold (figures and cells are sorted,
HiGHS runs single-threaded without randomisation), never on which period is asked first.
"""

from __future__ import annotations

import logging
import os
import sys
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Final

import highspy
import numpy as np

__all__ = [
    "FigureKey",
    "LinkedSet",
    "LinkedSetBuilder",
    "ProtectionError",
    "protect",
]

FigureKey = tuple[str, ...]

#: Tolerance on LP values (counts are integers; HiGHS's feasibility tolerance is 1e-7).
_EPS: Final = 1e-6
_INF: Final = highspy.kHighsInf
_OPTIMAL: Final = highspy.HighsModelStatus.kOptimal
log = logging.getLogger(__name__)


def _without_banner() -> None:
    """Make the process's first HiGHS instance with standard output (file descriptor 1) sent
    nowhere: HiGHS prints its copyright banner there when the first instance is made, before
    ``output_flag`` can be set, and only that once. Done at import, when the server starts; the
    server logs to standard error, so none of its lines is lost."""
    sys.stdout.flush()
    saved = os.dup(1)
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, 1)
        highspy.Highs()  # type: ignore[no-untyped-call]
    finally:
        os.dup2(saved, 1)
        os.close(saved)
        os.close(devnull)


_without_banner()


class ProtectionError(RuntimeError):
    """HiGHS could not solve a range problem, not even from scratch on a model built anew.
    Every range problem is feasible (the true cell counts are a point) and bounded (every cell
    is capped), so only a solver failure raises it."""


@dataclass(frozen=True)
class LinkedSet:
    """Figures as sums of microdata cells.

    ``keys[i]`` names figure i and ``values[i]`` is its count; ``cells`` lists each non-empty
    cell as ``(figure indices, number of units)``. Keys are sorted, so indices are stable.
    ``lines`` are sets of figures (indices) of which one is the sum of the others (a table row
    with its total): hints for a cheap first pass; the guarantee never depends on them.
    """

    keys: tuple[FigureKey, ...]
    values: tuple[int, ...]
    cells: tuple[tuple[tuple[int, ...], int], ...]
    lines: tuple[tuple[int, ...], ...] = ()

    def value(self, key: FigureKey) -> int:
        return self.values[self.keys.index(key)]


class LinkedSetBuilder:
    """Collects figures and units. ``add`` a unit (or ``count`` units with one signature) with
    the keys of every figure it counts in; ``declare`` a figure that may count nobody."""

    def __init__(self) -> None:
        self._declared: set[FigureKey] = set()
        self._cells: dict[frozenset[FigureKey], int] = defaultdict(int)
        self._lines: list[tuple[FigureKey, ...]] = []

    def declare(self, keys: Iterable[FigureKey]) -> None:
        self._declared.update(keys)

    def line(self, total: FigureKey, parts: Iterable[FigureKey]) -> None:
        """Declares (and states) that ``total`` is the sum of ``parts``: a table line."""
        line = (total, *parts)
        self._declared.update(line)
        self._lines.append(line)

    def add(self, keys: Iterable[FigureKey], count: int = 1) -> None:
        if count < 0:
            raise ValueError("a cell cannot hold a negative number of units")
        signature = frozenset(keys)
        if count and signature:
            self._cells[signature] += count

    def build(self) -> LinkedSet:
        all_keys = set(self._declared)
        for signature in self._cells:
            all_keys.update(signature)
        keys = tuple(sorted(all_keys))
        index = {key: i for i, key in enumerate(keys)}
        values = [0] * len(keys)
        cells = []
        for signature, count in self._cells.items():
            members = tuple(sorted(index[key] for key in signature))
            for i in members:
                values[i] += count
            cells.append((members, count))
        cells.sort()
        lines = sorted({tuple(sorted(index[key] for key in line)) for line in self._lines})
        return LinkedSet(keys=keys, values=tuple(values), cells=tuple(cells), lines=tuple(lines))


def protect(
    linked: LinkedSet, threshold: int, *, withheld: Iterable[FigureKey] = ()
) -> frozenset[FigureKey]:
    """The keys of the figures to withhold so that every withheld figure's feasible range is at
    least ``threshold`` wide.

    ``withheld`` are figures withheld already (for example the pattern of a lower threshold, so
    that the figures withheld at 5 stay withheld at 10 and two answers combined reveal nothing
    either does not). Raises :class:`ValueError` for a threshold below 1.
    """
    if threshold < 1:
        raise ValueError("the threshold must be at least 1")
    n = len(linked.keys)
    index = {key: i for i, key in enumerate(linked.keys)}
    forced = {index[key] for key in withheld if key in index}

    # Figures with the same cells are one number: group them.
    support: list[list[int]] = [[] for _ in range(n)]
    for c, (members, _) in enumerate(linked.cells):
        for i in members:
            support[i].append(c)
    groups: dict[tuple[int, ...], list[int]] = defaultdict(list)
    for i in range(n):
        if support[i]:  # an empty figure (0) constrains nothing and is always shown
            groups[tuple(support[i])].append(i)
    group_cells = sorted(groups)  # deterministic order of the distinct figures
    members_of = [groups[g] for g in group_cells]
    values = [linked.values[m[0]] for m in members_of]
    keys = [min(linked.keys[i] for i in m) for m in members_of]
    start: list[bool] = [
        any(i in forced for i in m) or 0 < values[g] < threshold for g, m in enumerate(members_of)
    ]
    group_of = {i: g for g, m in enumerate(members_of) for i in m}
    _partner_in_lines(linked.lines, group_of, values, keys, start)

    withheld_groups = set()
    for component in _components(group_cells, len(linked.cells)):
        if not any(start[g] for g in component):
            continue
        withheld_groups |= _protect_component(
            component, group_cells, values, keys, start, linked.cells, threshold
        )
    return frozenset(linked.keys[i] for g in withheld_groups for i in members_of[g])


def _partner_in_lines(
    lines: Sequence[tuple[int, ...]],
    group_of: dict[int, int],
    values: Sequence[int],
    keys: Sequence[FigureKey],
    withheld: list[bool],
) -> None:
    """The cheap first pass (the hypercube method's partner rule): a line (a table row with its
    total) with one withheld figure gives it away by subtraction, so withhold the smallest other
    non-zero figure of the line too, until no line has exactly one. Only adds to ``withheld``;
    the LP checks that follow decide whether the result is protected."""
    line_groups = []
    for line in lines:
        groups = sorted({group_of[i] for i in line if i in group_of})  # zeros hold no cell
        if len(groups) > 1:
            line_groups.append(groups)
    changed = True
    while changed:
        changed = False
        for groups in line_groups:
            shown = [g for g in groups if not withheld[g]]
            if len(shown) == len(groups) - 1:
                extra = min(shown, key=lambda g: (values[g], keys[g]))
                withheld[extra] = True
                changed = True


def _components(group_cells: Sequence[tuple[int, ...]], n_cells: int) -> list[list[int]]:
    """Groups of figures linked through shared cells (union-find over cells)."""
    parent = list(range(n_cells))

    def find(c: int) -> int:
        while parent[c] != c:
            parent[c] = parent[parent[c]]
            c = parent[c]
        return c

    for cells in group_cells:
        root = find(cells[0])
        for c in cells[1:]:
            other = find(c)
            if other != root:
                parent[other] = root
    by_root: dict[int, list[int]] = defaultdict(list)
    for g, cells in enumerate(group_cells):
        by_root[find(cells[0])].append(g)
    return sorted(by_root.values())


def _protect_component(
    component: list[int],
    group_cells: Sequence[tuple[int, ...]],
    values: Sequence[int],
    keys: Sequence[FigureKey],
    start: Sequence[bool],
    cells: Sequence[tuple[tuple[int, ...], int]],
    threshold: int,
) -> set[int]:
    # Columns: the component's cells; rows: its distinct figures.
    column_of: dict[int, int] = {}
    for g in component:
        for c in group_cells[g]:
            column_of.setdefault(c, len(column_of))
    n_cols, n_rows = len(column_of), len(component)
    row_entries: list[list[int]] = [sorted(column_of[c] for c in group_cells[g]) for g in component]
    col_rows: list[list[int]] = [[] for _ in range(n_cols)]
    for r, entries in enumerate(row_entries):
        for col in entries:
            col_rows[col].append(r)
    row_values = np.array([float(values[g]) for g in component])
    withheld = [start[g] for g in component]
    # Capping cells keeps every optimum finite. Points stay feasible for the uncapped problem;
    # a cap can only make a range look narrower, so it errs on the safe side.
    cap = float(sum(cells[c][1] for c in column_of) + threshold)
    model = _RangeModel(col_rows, row_values, withheld, cap)

    # Known range of each row: the true values are one feasible point, and so is every optimum.
    low = row_values.copy()
    high = row_values.copy()
    maximise, minimise = highspy.ObjSense.kMaximize, highspy.ObjSense.kMinimize

    def solve(weights: dict[int, float], sense: highspy.ObjSense) -> np.ndarray:
        """Optimises sum(weight * row); widens the known ranges; returns the row duals."""
        cost = np.zeros(n_cols)
        for r, weight in weights.items():
            cost[row_entries[r]] += weight
        activity, duals = model.optimise(cost, sense)
        np.minimum(low, activity, out=low)
        np.maximum(high, activity, out=high)
        return duals

    def narrow() -> list[int]:
        return [r for r in range(n_rows) if withheld[r] and high[r] - low[r] < threshold - _EPS]

    # Cheap first: push all narrow figures up together, then down together, while that helps.
    pending = narrow()
    while pending:
        solve(dict.fromkeys(pending, 1.0), maximise)
        solve(dict.fromkeys(narrow(), 1.0), minimise)
        remaining = narrow()
        if len(remaining) > 0.8 * len(pending):
            break
        pending = remaining

    queue = sorted(narrow(), key=lambda r: (row_values[r], keys[component[r]]))
    position = 0
    while position < len(queue):
        r = queue[position]
        binding: set[int] = set()
        for sense in (maximise, minimise):
            if high[r] - low[r] >= threshold - _EPS:
                break
            duals = solve({r: 1.0}, sense)
            binding.update(
                int(s) for s in np.flatnonzero(np.abs(duals) > _EPS) if not withheld[int(s)]
            )
        if high[r] - low[r] >= threshold - _EPS:
            position += 1
            continue
        if not binding:  # cannot happen for an optimal bounded LP; guard against a loop
            binding = {s for s in range(n_rows) if not withheld[s]}
            if not binding:
                raise ProtectionError("a figure is pinned although nothing is shown")
        extra = min(binding, key=lambda s: (row_values[s], keys[component[s]]))
        withheld[extra] = True
        model.withhold(extra)
        queue.append(extra)
    return {component[r] for r in range(n_rows) if withheld[r]}


class _RangeModel:
    """The HiGHS model of one component: cells are columns (0 <= x <= cap), and only the shown
    figures are rows (fixed at their values). A withheld figure is only ever an objective, so it
    is no row: every row in the basis makes each simplex iteration dearer, and withheld figures
    are most of a sparse programme's figures. A figure withheld during the search first becomes a
    free row (the basis stays valid for warm starts); once free rows are half the model, the
    model is built again without them."""

    def __init__(
        self,
        col_rows: Sequence[Sequence[int]],
        row_values: np.ndarray,
        withheld: Sequence[bool],
        cap: float,
    ) -> None:
        self._col_rows = col_rows
        self._row_values = row_values
        self._cap = cap
        self._n_cols = len(col_rows)
        self._n_rows = len(row_values)
        self._all_cols = np.arange(self._n_cols, dtype=np.int32)
        # Row activity of every figure from a column solution: A @ x over the whole component.
        self._entry_rows = np.array([r for rows in col_rows for r in rows], dtype=np.int64)
        self._entry_cols = np.repeat(
            np.arange(self._n_cols), [len(rows) for rows in col_rows]
        ).astype(np.int64)
        self._build([r for r in range(self._n_rows) if not withheld[r]])

    def _build(self, rows: list[int]) -> None:
        self._rows = np.array(rows, dtype=np.int64)
        self._row_of = {r: m for m, r in enumerate(rows)}
        self._freed: set[int] = set()
        model_col_rows = [
            [self._row_of[r] for r in col if r in self._row_of] for col in self._col_rows
        ]
        starts = np.zeros(self._n_cols + 1, dtype=np.int32)
        np.cumsum([len(col) for col in model_col_rows], out=starts[1:])
        lp = highspy.HighsLp()
        lp.num_col_ = self._n_cols
        lp.num_row_ = len(rows)
        lp.col_cost_ = np.zeros(self._n_cols)
        lp.col_lower_ = np.zeros(self._n_cols)
        lp.col_upper_ = np.full(self._n_cols, self._cap)
        lp.row_lower_ = self._row_values[self._rows]
        lp.row_upper_ = self._row_values[self._rows]
        lp.a_matrix_.format_ = highspy.MatrixFormat.kColwise
        lp.a_matrix_.start_ = starts
        lp.a_matrix_.index_ = np.array([m for col in model_col_rows for m in col], dtype=np.int32)
        lp.a_matrix_.value_ = np.ones(int(starts[-1]))
        solver = highspy.Highs()  # type: ignore[no-untyped-call]
        solver.setOptionValue("output_flag", False)
        solver.setOptionValue("threads", 1)
        solver.setOptionValue("presolve", "off")  # keeps the basis between solves (warm starts)
        solver.setOptionValue("simplex_strategy", 4)  # primal: a new objective keeps feasibility
        solver.passModel(lp)
        self._solver = solver

    def _run(self, cost: np.ndarray, sense: highspy.ObjSense) -> highspy.HighsModelStatus:
        solver = self._solver
        solver.changeColsCost(self._n_cols, self._all_cols, cost)
        solver.changeObjectiveSense(sense)
        solver.run()
        return solver.getModelStatus()

    def withhold(self, row: int) -> None:
        """Row ``row`` (a figure of the component) is withheld from now on."""
        self._freed.add(row)
        if 2 * len(self._freed) > len(self._row_of):
            self._build([r for r in self._row_of if r not in self._freed])
        else:
            self._solver.changeRowBounds(self._row_of[row], -_INF, _INF)

    def optimise(self, cost: np.ndarray, sense: highspy.ObjSense) -> tuple[np.ndarray, np.ndarray]:
        """Optimises ``cost @ x``; returns (every figure's value at the optimum, every figure's
        dual value: 0 for a withheld one).

        The problem is always feasible and bounded, so a status other than optimal is the warm
        started simplex failing numerically (seen: "Infeasible" after 157 rows were freed, on
        10,500 records of the ingest benchmark). It is solved again without the basis, then on a
        model built anew; :class:`ProtectionError` only if that fails too."""
        status = self._run(cost, sense)
        if status != _OPTIMAL:
            log.warning(
                "range problem not solved (%s); solving again without the basis",
                self._solver.modelStatusToString(status),
            )
            self._solver.clearSolver()
            status = self._run(cost, sense)
        if status != _OPTIMAL:
            log.warning("range problem not solved again; building the model anew")
            self._build([r for r in self._row_of if r not in self._freed])
            status = self._run(cost, sense)
        solver = self._solver
        if status != _OPTIMAL:
            raise ProtectionError(f"HiGHS: {solver.modelStatusToString(status)}")
        solution = solver.getSolution()
        x = np.asarray(solution.col_value)
        activity = np.bincount(
            self._entry_rows, weights=x[self._entry_cols], minlength=self._n_rows
        )
        duals = np.zeros(self._n_rows)
        duals[self._rows] = np.asarray(solution.row_dual)
        return activity, duals
