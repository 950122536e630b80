"""Computed summaries kept in the database, so that every worker process serves them.

Protecting the figures of a large programme takes minutes (decision record 0005). The process
that computes a data state's figures and suppression pattern stores them here; another worker
process (``serve --workers N`` shares one database), or the same one after a restart, then
serves that state by reading one row instead of computing it again. A row holds counts only,
no record: the linked set of one data state (every figure's key and value, its microdata cells
as figure indices with a number of units, the table lines), what the answers need besides
counts (the programme's span, periods, coaches, municipalities, age groups, mean changes) and
the pattern (withheld figure indices) at one threshold.

What is read back equals what was stored (:func:`encode_figures` / :func:`decode_figures`
round-trip exactly, tested), so a pattern for another threshold can be computed from a stored
state as from a freshly built one. Only the newest :data:`KEEP` data states are kept.
"""

from __future__ import annotations

import json
import zlib
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Final

from sqlalchemy import delete, select, tuple_
from sqlalchemy.orm import Session

from coach_server.disclosure import FigureKey, LinkedSet
from coach_server.indicators import Figures
from coach_server.models import SummaryStateRow
from coach_server.periods import Programme, ReportingPeriod
from coach_server.programme_data import DataState

__all__ = [
    "KEEP",
    "StoredState",
    "decode_figures",
    "encode_figures",
    "load_newest",
    "load_state",
    "save_pattern",
]

#: Data states kept (each with its patterns at every threshold computed).
KEEP: Final = 3
#: The layout of the stored figures; a row of another layout is ignored (computed again).
_FORMAT: Final = 1

StateKey = tuple[DataState, int]


@dataclass(frozen=True)
class StoredState:
    """One data state read back: its key, figures, patterns by threshold, and when its newest
    record was received."""

    key: StateKey
    figures: Figures
    patterns: dict[int, frozenset[FigureKey]]
    data_as_of: datetime | None


def encode_figures(figures: Figures) -> bytes:
    """The figures as zlib-compressed JSON (:func:`decode_figures` reads them back)."""
    linked = figures.linked
    document = {
        "format": _FORMAT,
        "programme": [figures.programme.first, figures.programme.current],
        "periods": [[p.first, p.last, p.kind, p.label] for p in figures.periods],
        "coaches": list(figures.coaches),
        "municipalities": list(figures.municipalities),
        "age_groups": list(figures.age_groups),
        "mean_change": [
            [label, domain, mean] for (label, domain), mean in figures.mean_change.items()
        ],
        "keys": [list(key) for key in linked.keys],
        "values": list(linked.values),
        "cells": [[list(members), count] for members, count in linked.cells],
        "lines": [list(line) for line in linked.lines],
    }
    return zlib.compress(json.dumps(document, separators=(",", ":")).encode("utf-8"), 6)


def decode_figures(blob: bytes) -> Figures:
    """The figures :func:`encode_figures` stored. ValueError for another layout or a damaged
    blob (a JSON or UTF-8 error is one; a zlib error becomes one)."""
    try:
        text = zlib.decompress(blob)
    except zlib.error as error:
        raise ValueError("a damaged stored summary") from error
    document: dict[str, Any] = json.loads(text.decode("utf-8"))
    if document.get("format") != _FORMAT:
        raise ValueError("a stored summary of another layout")
    first, current = document["programme"]
    return Figures(
        programme=Programme(first=int(first), current=int(current)),
        periods=tuple(
            ReportingPeriod(int(a), int(b), kind, str(label))
            for a, b, kind, label in document["periods"]
        ),
        linked=LinkedSet(
            keys=tuple(tuple(key) for key in document["keys"]),
            values=tuple(int(v) for v in document["values"]),
            cells=tuple((tuple(members), int(count)) for members, count in document["cells"]),
            lines=tuple(tuple(line) for line in document["lines"]),
        ),
        coaches=tuple(document["coaches"]),
        municipalities=tuple(document["municipalities"]),
        age_groups=tuple(document["age_groups"]),
        mean_change={
            (label, domain): float(mean) for label, domain, mean in document["mean_change"]
        },
    )


def _encode_pattern(figures: Figures, withheld: frozenset[FigureKey]) -> bytes:
    index = {key: i for i, key in enumerate(figures.linked.keys)}
    return json.dumps(sorted(index[key] for key in withheld)).encode("ascii")


def _decode_pattern(figures: Figures, blob: bytes) -> frozenset[FigureKey]:
    keys = figures.linked.keys
    return frozenset(keys[int(i)] for i in json.loads(blob.decode("ascii")))


def save_pattern(
    session: Session,
    key: StateKey,
    threshold: int,
    figures: Figures,
    withheld: frozenset[FigureKey],
    data_as_of: datetime | None,
    now: datetime,
) -> None:
    """Stores one data state's pattern at ``threshold`` (with its figures) and forgets data
    states older than the newest :data:`KEEP`. A row already there (another worker computed
    the same, deterministic pattern) is left as it is."""
    (state, month) = key
    ident = (state.last_seq, state.devices, month, threshold)
    if session.get(SummaryStateRow, ident) is None:
        session.add(
            SummaryStateRow(
                last_seq=state.last_seq,
                devices=state.devices,
                month=month,
                threshold=threshold,
                data_as_of=data_as_of,
                computed_at=now,
                figures=encode_figures(figures),
                withheld=_encode_pattern(figures, withheld),
            )
        )
        session.flush()
    states = (SummaryStateRow.last_seq, SummaryStateRow.devices, SummaryStateRow.month)
    newest = select(*states).distinct().order_by(*(c.desc() for c in states)).limit(KEEP).subquery()
    kept = select(newest.c.last_seq, newest.c.devices, newest.c.month)
    session.execute(
        delete(SummaryStateRow).where(tuple_(*states).not_in(kept)),
        execution_options={"synchronize_session": False},
    )


def load_state(session: Session, key: StateKey) -> StoredState | None:
    """The stored patterns of data state ``key`` (None if none is stored or readable)."""
    (state, month) = key
    rows = session.scalars(
        select(SummaryStateRow).where(
            SummaryStateRow.last_seq == state.last_seq,
            SummaryStateRow.devices == state.devices,
            SummaryStateRow.month == month,
        )
    ).all()
    return _stored(key, rows)


def load_newest(session: Session, threshold: int) -> StoredState | None:
    """The newest stored data state with a pattern at ``threshold`` (None if there is none)."""
    row = session.scalars(
        select(SummaryStateRow)
        .where(SummaryStateRow.threshold == threshold)
        .order_by(
            SummaryStateRow.last_seq.desc(),
            SummaryStateRow.devices.desc(),
            SummaryStateRow.month.desc(),
        )
        .limit(1)
    ).first()
    if row is None:
        return None
    return load_state(session, (DataState(row.last_seq, row.devices), row.month))


def _stored(key: StateKey, rows: Any) -> StoredState | None:
    if not rows:
        return None
    try:
        figures = decode_figures(rows[0].figures)
        patterns = {row.threshold: _decode_pattern(figures, row.withheld) for row in rows}
    except (ValueError, KeyError, TypeError, IndexError):
        return None  # another layout or damaged: computed again
    return StoredState(key=key, figures=figures, patterns=patterns, data_as_of=rows[0].data_as_of)
