"""Summaries for project leaders: every figure of every fixed period, protected as one linked set.

:class:`SummaryService` builds the linked set (:mod:`coach_server.indicators`) and its
suppression pattern (:mod:`coach_server.disclosure`) once per data state (the last receive
sequence number and the number of enrolled devices) and current month, and per threshold;
every answer is then a look-up, whichever period is asked first. Any accepted record changes
the data state, so a cached pattern is never served for other data; workers that share a
database compute the same pattern (the computation is deterministic).

The computation takes seconds to minutes on large programmes (decision record 0005), so it
does not wait for a leader: after each ingest the sync route calls :meth:`SummaryService.notify`
and a background thread computes the new data state's figures and the patterns of the
standard thresholds (API 5, export 10). It starts once no batch has come for
:data:`QUIET_SECONDS` (at the latest :data:`LONGEST_DELAY_SECONDS` after the first batch it
has not computed yet): a laptop sends its outbox as batches back to back, and a computation
started between two of them would be out of date before it ends while it takes the CPU (and,
in this process, the interpreter lock) from the batches still coming. Meanwhile a request
that may be answered from an older state (``wait=False``: the leader's dashboard) gets the
newest state already computed, marked ``pending`` with the time its newest record was
received, and the newest state's computation is started if nobody runs it; a request that
must have the newest data (``wait=True``: exports, version 1) waits for the computation under
way instead of starting its own, and only a state nobody computes yet (the first request of a
new month, one served by another worker process, or one still waiting for its quiet period)
is computed in the request.

Thresholds are nested: the pattern for a threshold starts from the pattern of the largest
standard threshold (API 5, export 10) below it, so answers at several thresholds together
reveal no more than the lowest one alone.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Final, get_args
from zoneinfo import ZoneInfo

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from coach_protocol import period_summary as v2
from coach_protocol.leader import (
    SUPPRESSED,
    Caseload,
    Count,
    Indicators,
    Period,
    SelfRelianceChange,
    Series,
    Summary,
    Table,
)
from coach_protocol.records import Gender, GoalStatus, LifeDomain, ProgrammeStatus
from coach_server.calendar import iso_week_month
from coach_server.disclosure import FigureKey, protect
from coach_server.indicators import INDICATORS, TOTAL, Figures, build_figures
from coach_server.periods import ReportingPeriod, month_label
from coach_server.programme_data import (
    DataState,
    ProgrammeData,
    data_state,
    last_received_at,
    load_programme,
)
from coach_server.summary_store import StoredState, load_newest, load_state, save_pattern

__all__ = [
    "Clock",
    "SummaryService",
    "SummaryView",
    "build_period_summary",
    "build_summary",
    "iso_week_month",
]

Clock = Callable[[], datetime]
StateKey = tuple[DataState, int]

_log = logging.getLogger("coach_server.summary")
#: Data states kept (the newest computed and the one before it, for requests that began just
#: before an ingest committed).
_KEEP_STATES = 2
#: The background computation waits until no batch has come for this long ...
QUIET_SECONDS: Final = 1.0
#: ... but starts at the latest this long after the first batch it has not computed yet.
LONGEST_DELAY_SECONDS: Final = 300.0

PROGRAMME_STATUSES: tuple[str, ...] = get_args(ProgrammeStatus)
GOAL_STATUSES: tuple[str, ...] = get_args(GoalStatus)
DOMAINS: tuple[str, ...] = get_args(LifeDomain)
GENDERS: tuple[str, ...] = get_args(Gender)


@dataclass(frozen=True)
class SummaryView:
    """The linked set of one data state at one threshold: values and what is withheld."""

    figures: Figures
    values: Mapping[FigureKey, int]
    withheld: frozenset[FigureKey]
    threshold: int
    #: When the newest record these figures include was received (UTC); None without records.
    data_as_of: datetime | None = None
    #: Newer records were received and are being included: these figures are not the newest.
    pending: bool = False

    def count(self, *key: str) -> int | None:
        """A figure's value, or None when it is withheld. KeyError for a figure not served."""
        value = self.values[key]
        return None if key in self.withheld else value

    def mean(self, label: str, domain: str) -> float | None:
        """The mean change, or None when withheld (its subjects withheld or fewer than the
        threshold); 0.0 means no subjects."""
        subjects = self.count("self_reliance_subjects", label, domain)
        if subjects == 0:
            return 0.0
        if subjects is None or subjects < self.threshold:
            return None
        return self.figures.mean_change[(label, domain)]


@dataclass
class _State:
    key: StateKey
    figures: Figures
    values: dict[FigureKey, int]
    data_as_of: datetime | None
    patterns: dict[int, frozenset[FigureKey]] = field(default_factory=dict)


class SummaryService:
    """Computes and caches the linked set per data state (thread-safe; one per app).

    ``computed_in_background`` and ``computed_on_request`` count the data states built each
    way (what the tests and the benchmark check). ``quiet_seconds`` and
    ``longest_delay_seconds``: when the background computation starts after notifications
    (module docstring).
    """

    def __init__(
        self,
        *,
        age_groups: Mapping[str, Sequence[str]],
        time_zone: str,
        recent_visit_weeks: int,
        standard_thresholds: Sequence[int],
        quiet_seconds: float = QUIET_SECONDS,
        longest_delay_seconds: float = LONGEST_DELAY_SECONDS,
    ) -> None:
        self._age_groups = {k: tuple(v) for k, v in age_groups.items()}
        self._zone = ZoneInfo(time_zone)
        self._recent_visit_weeks = recent_visit_weeks
        self._standard = tuple(sorted(set(standard_thresholds)))
        self.quiet_seconds = quiet_seconds
        self.longest_delay_seconds = longest_delay_seconds
        # _lock guards the fields below; _computed is notified when a computation ends.
        self._lock = threading.Lock()
        self._computed = threading.Condition(self._lock)
        # _wake is notified on every notification, on close and when waiting starts it now.
        self._wake = threading.Condition(self._lock)
        self._states: OrderedDict[StateKey, _State] = OrderedDict()
        self._computing: StateKey | None = None  # the state the background thread builds
        self._dirty = False
        # time.monotonic() of the first and the last notification not computed yet.
        self._first_notified = 0.0
        self._last_notified = 0.0
        self._start_now = False  # wait_idle(start_queued=True) skips the quiet period
        self._closed = False
        self._thread: threading.Thread | None = None
        self._session_factory: sessionmaker[Session] | None = None
        self._clock: Clock | None = None
        self._share = False
        # One computation (building figures, solving patterns) at a time.
        self._compute = threading.Lock()
        self.computed_in_background = 0
        self.computed_on_request = 0

    def current_month(self, now: datetime) -> int:
        local = now.astimezone(self._zone)
        return local.year * 12 + local.month - 1

    def precompute_with(
        self, session_factory: sessionmaker[Session], clock: Clock, *, share: bool = False
    ) -> None:
        """Lets :meth:`notify` compute in the background, reading through ``session_factory``
        (its own sessions) with ``clock`` for the current month. With ``share`` (PostgreSQL,
        where several worker processes share the database), computed states are stored in the
        database and states stored by other processes are served (coach_server.summary_store).
        Not on SQLite: one worker process, and a request holds SQLite's write lock while it
        waits for the background computation, which could then not store its result."""
        self._session_factory = session_factory
        self._clock = clock
        self._share = share

    def notify(self) -> None:
        """The data changed (an ingest committed): compute the new data state's figures and
        standard patterns in the background, once no notification has come for
        ``quiet_seconds`` (at the latest ``longest_delay_seconds`` after the first one not
        computed yet). Returns at once; a no-op before :meth:`precompute_with` or after
        :meth:`close`. Notifications meanwhile, or during a computation, are folded into one
        more run."""
        with self._lock:
            if self._closed or self._session_factory is None:
                return
            now = time.monotonic()
            if not self._dirty:
                self._first_notified = now
            self._last_notified = now
            self._dirty = True
            self._wake.notify_all()
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._run, name="summary-precompute", daemon=True
                )
                self._thread.start()

    def wait_idle(self, timeout: float | None = None, *, start_queued: bool = True) -> bool:
        """Waits until no background computation is running or queued; False on timeout.
        With ``start_queued`` a queued computation starts at once instead of after the quiet
        period (for the tests; the benchmarks measure the quiet period too)."""
        with self._lock:
            thread = self._thread
            if start_queued and thread is not None:
                self._start_now = True
                self._wake.notify_all()
        if thread is not None:
            thread.join(timeout)
            return not thread.is_alive()
        return True

    def close(self) -> None:
        """Stops background computing (after the one running, if any, ends)."""
        with self._lock:
            self._closed = True
            self._wake.notify_all()
        self.wait_idle()

    def view(
        self, session: Session, now: datetime, threshold: int, *, wait: bool = True
    ) -> SummaryView:
        """The figures of the data state ``session`` sees, protected at ``threshold``.

        A state computed by this process, or stored by any process (coach_server.summary_store),
        is served at once. With ``wait=False``, while that state is not computed yet, the newest
        state computed at ``threshold`` is served instead (``pending`` set); with ``wait=True``
        (or when no state is computed at all) the request waits for the newest state: for this
        process's background computation of it, or for its own."""
        key = (data_state(session), self.current_month(now))
        state = self._in_memory(key, threshold)
        if state is None and self._share:
            state = self._adopt(load_state(session, key), threshold)
        if state is not None:
            return self._view(state, threshold, pending=False)
        if not wait:
            older = self._newest_in_memory(threshold)
            if older is None and self._share:
                older = self._adopt(load_newest(session, threshold), threshold)
            if older is not None:
                if older.key[1] != key[1]:
                    # A new month: no ingest starts computing it. (For new records, the process
                    # that received them computes them; it stores them for every process.)
                    self.notify()
                return self._view(older, threshold, pending=True)
        with self._lock:
            while self._computing == key:
                self._computed.wait()  # the background thread builds this state: wait for it
            state = self._states.get(key)
            if state is not None and threshold in state.patterns:
                return self._view(state, threshold, pending=False)
        with self._compute:
            with self._lock:
                state = self._states.get(key)
            if state is None and self._share:
                # Perhaps another process stored it meanwhile.
                state = self._adopt(load_state(session, key), None)
            if state is None:
                state = self._build(key, load_programme(session), last_received_at(session))
                self.computed_on_request += 1
            self._pattern(state, threshold)
            self._store(state)
        return self._view(state, threshold, pending=False)

    def _in_memory(self, key: StateKey, threshold: int) -> _State | None:
        with self._lock:
            state = self._states.get(key)
            return state if state is not None and threshold in state.patterns else None

    def _newest_in_memory(self, threshold: int) -> _State | None:
        with self._lock:
            ready = [s for s in self._states.values() if threshold in s.patterns]
            return max(ready, key=lambda s: _order(s.key), default=None)

    def _adopt(self, stored: StoredState | None, threshold: int | None) -> _State | None:
        """Keeps a stored state in memory (merging its patterns into one already there);
        returns it, or None when nothing was stored or it lacks ``threshold``."""
        if stored is None or (threshold is not None and threshold not in stored.patterns):
            return None
        with self._lock:
            state = self._states.get(stored.key)
            if state is None:
                figures = stored.figures
                values = dict(zip(figures.linked.keys, figures.linked.values, strict=True))
                state = _State(
                    key=stored.key, figures=figures, values=values, data_as_of=stored.data_as_of
                )
            for t, withheld in stored.patterns.items():
                state.patterns.setdefault(t, withheld)
        self._store(state)
        return state

    @staticmethod
    def _view(state: _State, threshold: int, *, pending: bool) -> SummaryView:
        return SummaryView(
            state.figures,
            state.values,
            state.patterns[threshold],
            threshold,
            data_as_of=state.data_as_of,
            pending=pending,
        )

    def _run(self) -> None:
        while True:
            with self._lock:
                self._wait_for_quiet()
                if self._closed or not self._dirty:
                    self._thread = None
                    self._start_now = False
                    return
                self._dirty = False
            try:
                self._precompute()
            except Exception as error:  # noqa: BLE001 - a failed run leaves requests to compute
                # The exception's text may quote data: log its type only.
                _log.error("summary precomputation failed", extra={"error": type(error).__name__})

    def _wait_for_quiet(self) -> None:
        """Called with ``_lock`` held: returns once no notification has come for
        ``quiet_seconds`` or ``longest_delay_seconds`` have passed since the first one not
        computed yet (at once when closed, nothing is queued or ``wait_idle`` starts it)."""
        while self._dirty and not (self._closed or self._start_now):
            start_at = min(
                self._last_notified + self.quiet_seconds,
                self._first_notified + self.longest_delay_seconds,
            )
            left = start_at - time.monotonic()
            if left <= 0:
                return
            self._wake.wait(left)

    def _precompute(self) -> None:
        factory, clock = self._session_factory, self._clock
        if factory is None or clock is None:
            return
        with factory() as session, session.begin():
            key = (data_state(session), self.current_month(clock()))
            with self._lock:
                state = self._states.get(key)
            ready = state is not None and all(t in state.patterns for t in self._standard)
            if self._share and not ready:
                self._adopt(load_state(session, key), None)  # stored by another process
            with self._lock:
                state = self._states.get(key)
                if state is not None and all(t in state.patterns for t in self._standard):
                    return
                self._computing = key
            data = None if state is not None else load_programme(session)
            as_of = last_received_at(session)
        try:
            with self._compute:
                with self._lock:
                    state = self._states.get(key)
                if state is None:
                    assert data is not None
                    state = self._build(key, data, as_of)
                    self.computed_in_background += 1
                for threshold in self._standard:  # the API's first: it is asked most
                    self._pattern(state, threshold)
                    self._store(state)
        finally:
            with self._lock:
                self._computing = None
                self._computed.notify_all()

    def _build(self, key: StateKey, data: ProgrammeData, as_of: datetime | None) -> _State:
        figures = build_figures(
            data, key[1], self._age_groups, recent_visit_weeks=self._recent_visit_weeks
        )
        values = dict(zip(figures.linked.keys, figures.linked.values, strict=True))
        return _State(key=key, figures=figures, values=values, data_as_of=as_of)

    def _store(self, state: _State) -> None:
        """Keeps ``state`` in memory; forgets the oldest data states beyond the newest
        :data:`_KEEP_STATES`."""
        with self._lock:
            self._states[state.key] = state
            while len(self._states) > _KEEP_STATES:
                del self._states[min(self._states, key=_order)]
            self._computed.notify_all()

    def _pattern(self, state: _State, threshold: int) -> frozenset[FigureKey]:
        """Called with ``_compute`` held. A pattern computed here is stored for every process."""
        if threshold not in state.patterns:
            below = [t for t in self._standard if t < threshold]
            base = self._pattern(state, below[-1]) if below else frozenset()
            state.patterns[threshold] = protect(state.figures.linked, threshold, withheld=base)
            self._save(state, threshold)
        return state.patterns[threshold]

    def _save(self, state: _State, threshold: int) -> None:
        factory, clock = self._session_factory, self._clock
        if factory is None or clock is None or not self._share:
            return
        try:
            with factory() as session, session.begin():
                save_pattern(
                    session,
                    state.key,
                    threshold,
                    state.figures,
                    state.patterns[threshold],
                    state.data_as_of,
                    clock(),
                )
        except IntegrityError:
            pass  # another process stored the same state (patterns are deterministic)
        except Exception as error:  # noqa: BLE001 - this process still serves it from memory
            _log.error("storing a computed summary failed", extra={"error": type(error).__name__})


def _order(key: StateKey) -> tuple[int, int, int]:
    """Data states from oldest to newest: by receive sequence, devices, then month."""
    state, month = key
    return (state.last_seq, state.devices, month)


def _count(value: int | None) -> Count:
    return SUPPRESSED if value is None else value


def _v2(value: int | None) -> v2.Count:
    return v2.SUPPRESSED if value is None else value


def _months(period: ReportingPeriod) -> list[str]:
    return [month_label(m) for m in range(period.first, period.last + 1)]


def build_summary(view: SummaryView, period: ReportingPeriod, now: datetime) -> Summary:
    """The version 1 answer (``/api/v1/summary``) for a fixed period: the same figures as
    version 2, in the old shape (docs/indicators.md says which figure each field is)."""
    label = period.label

    def series(table: str, categories: Sequence[str]) -> Series:
        return Series(
            cells={c: _count(view.count(table, label, c)) for c in categories},
            total=_count(view.count(table, label, TOTAL)),
        )

    coaches = view.figures.coaches
    status = series("families_by_status", PROGRAMME_STATUSES)

    def indicator(name: str) -> Count:
        return _count(view.count("indicator", label, name, TOTAL, TOTAL))

    return Summary(
        period=Period(from_month=period.from_month, to_month=period.to_month),
        threshold=view.threshold,
        generated_at=now,
        families_by_status=status,
        people_by_status=series("people_by_status", PROGRAMME_STATUSES),
        visits_per_month=series("visits_per_month", _months(period)),
        goals_by_domain_and_status=Table(
            rows={
                d: {s: _count(view.count("goals", label, d, s)) for s in GOAL_STATUSES}
                for d in DOMAINS
            },
            row_totals={d: _count(view.count("goals", label, d, TOTAL)) for d in DOMAINS},
            column_totals={s: _count(view.count("goals", label, TOTAL, s)) for s in GOAL_STATUSES},
            total=_count(view.count("goals", label, TOTAL, TOTAL)),
        ),
        caseload=Caseload(
            families=series("caseload_families", coaches),
            visits=series("caseload_visits", coaches),
            families_without_recent_visit=series("caseload_without_recent_visit", coaches),
        ),
        indicators=Indicators(
            adults_language_or_education_goal=indicator("adults_started_language_or_education"),
            people_work_or_entrepreneurship_achieved=indicator("people_achieved_entrepreneurship"),
            people_sport_participation_goal=indicator("people_started_sport"),
            families_active=status.cells["active"],
            families_completed=status.cells["completed"],
            families_withdrawn=status.cells["withdrawn"],
            visits_held=_count(view.count("visits_per_month", label, TOTAL)),
            self_reliance_change={
                d: SelfRelianceChange(
                    subjects=_count(view.count("self_reliance_subjects", label, d)),
                    mean_change=SUPPRESSED if (mean := view.mean(label, d)) is None else mean,
                )
                for d in DOMAINS
            },
        ),
    )


def build_period_summary(
    view: SummaryView, period: ReportingPeriod, now: datetime
) -> v2.PeriodSummary:
    """The version 2 answer (``/api/v2/summary``): coach_protocol.period_summary's shape."""
    label = period.label
    figures = view.figures

    def series(table: str, categories: Sequence[str]) -> v2.Series:
        return v2.Series(
            cells={c: _v2(view.count(table, label, c)) for c in categories},
            total=_v2(view.count(table, label, TOTAL)),
        )

    def breakdown(name: str) -> v2.Breakdown:
        def by(dimension: str, categories: Sequence[str]) -> dict[str, v2.Count]:
            return {c: _v2(view.count("indicator", label, name, dimension, c)) for c in categories}

        monthly = period.kind == "month"  # months have totals only
        return v2.Breakdown(
            total=_v2(view.count("indicator", label, name, TOTAL, TOTAL)),
            by_gender={} if monthly else by("gender", GENDERS),
            by_age_group={} if monthly else by("age_group", figures.age_groups),
            by_municipality={} if monthly else by("municipality", figures.municipalities),
        )

    def change(domain: str) -> v2.MeanChange:
        subjects = view.count("self_reliance_subjects", label, domain)
        mean = view.mean(label, domain)
        return v2.MeanChange(
            subjects=_v2(subjects),
            mean_change=None if subjects == 0 else (v2.SUPPRESSED if mean is None else mean),
        )

    programme = figures.programme
    return v2.PeriodSummary(
        period=v2.PeriodOut(
            kind=period.kind,
            label=label,
            from_month=period.from_month,
            to_month=period.to_month,
        ),
        programme=v2.ProgrammeSpan(
            from_month=month_label(programme.first), to_month=month_label(programme.current)
        ),
        threshold=view.threshold,
        generated_at=now,
        data_as_of=view.data_as_of,
        pending=view.pending,
        families=v2.Families(
            by_status=series("families_by_status", PROGRAMME_STATUSES),
            by_municipality=series("families_by_municipality", figures.municipalities),
            entered=_v2(view.count("families_entered", label, TOTAL)),
            left=_v2(view.count("families_left", label, TOTAL)),
        ),
        people_by_status=series("people_by_status", PROGRAMME_STATUSES),
        visits_per_month=series("visits_per_month", _months(period)),
        goals_by_domain_and_status=v2.Table(
            rows={
                d: {s: _v2(view.count("goals", label, d, s)) for s in GOAL_STATUSES}
                for d in DOMAINS
            },
            row_totals={d: _v2(view.count("goals", label, d, TOTAL)) for d in DOMAINS},
            column_totals={s: _v2(view.count("goals", label, TOTAL, s)) for s in GOAL_STATUSES},
            total=_v2(view.count("goals", label, TOTAL, TOTAL)),
        ),
        caseload=v2.Caseload(
            families=series("caseload_families", figures.coaches),
            visits=series("caseload_visits", figures.coaches),
            families_without_recent_visit=series("caseload_without_recent_visit", figures.coaches),
        ),
        indicators={name: breakdown(name) for name in INDICATORS},
        self_reliance_change={d: change(d) for d in DOMAINS},
    )
