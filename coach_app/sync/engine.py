"""The sync engine: blocking, Qt-free, one sync at a time per engine.

A sync pushes pending outbox rows in batches of at most 100, applies the server's per-record
answers in one short transaction per batch (accepted and duplicate rows become sent, rejected
rows are quarantined with the reason), then reconciles exactly: it compares the server's
digests of what it holds per kind and pid bucket with the outbox's, and for the buckets that
differ compares pid by pid (`store.reconcile`). A transient failure (the network, a 5xx, an
answer not from the server) backs the batch off (exponential, with jitter, capped at 15
minutes) and ends the sync; a batch that fails with 5xx again is split until the failing
records stand alone. Nothing is marked sent that the server did not acknowledge. The laptop's
clock is used for back-off timing and for showing "last success", never for ordering or dedupe
(those are the per-pid versions).
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Literal

import httpx
from sqlalchemy.orm import Session, sessionmaker

from coach_app.server_url import check_server_url
from coach_app.sync import store
from coach_app.sync.client import (
    DEFAULT_TIMEOUT,
    RateLimited,
    Revoked,
    ServerError,
    SyncClient,
    SyncError,
    Transient,
    UnexpectedAnswer,
    batch_body,
)
from coach_app.sync.outbox import OutboxWriter, ensure_state
from coach_protocol import MAX_BATCH_BYTES, MAX_BATCH_RECORDS, BatchResponse
from coach_protocol.reconcile import bucket_digests

__all__ = ["EnrolOutcome", "SyncEngine", "SyncOutcome"]

log = logging.getLogger(__name__)

Outcome = Literal["synced", "not_enrolled", "revoked", "failed"]


@dataclass(frozen=True)
class SyncOutcome:
    """What one sync did. ``error`` is a code (see `coach_app.sync.client`); ``retry_in`` the
    seconds until the earliest retry after a failure."""

    outcome: Outcome
    accepted: int = 0
    duplicates: int = 0
    rejected: int = 0
    pending: int = 0
    reconciled: bool | None = None
    error: str | None = None
    retry_in: float | None = None


@dataclass(frozen=True)
class EnrolOutcome:
    ok: bool
    device_id: str | None = None
    error: str | None = None


def _utc_now() -> datetime:
    return datetime.now(UTC)


class SyncEngine:
    """Owns its sessions (from ``session_factory``) and one `httpx.Client` per server URL.

    ``transport`` replaces the network (tests: `httpx.MockTransport`, fault injectors).
    """

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        *,
        writer: OutboxWriter | None = None,
        transport: httpx.BaseTransport | None = None,
        timeout: httpx.Timeout = DEFAULT_TIMEOUT,
        clock: Callable[[], datetime] = _utc_now,
        rng: random.Random | None = None,
        batch_size: int = MAX_BATCH_RECORDS,
    ) -> None:
        if not 1 <= batch_size <= MAX_BATCH_RECORDS:
            raise ValueError(f"batch_size must be 1 to {MAX_BATCH_RECORDS}")
        self._sessions = session_factory
        self._writer = writer or OutboxWriter()
        self._transport = transport
        self._timeout = timeout
        self._clock = clock
        self._rng = rng or random.Random()  # noqa: S311 - jitter, not a secret
        self._batch_size = batch_size
        self._client: SyncClient | None = None

    # ------------------------------------------------------------------------ plumbing

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    def _client_for(self, url: str, token: str | None) -> SyncClient:
        if self._client is None or self._client.base_url != url.rstrip("/"):
            self.close()
            self._client = SyncClient(url, transport=self._transport, timeout=self._timeout)
        self._client.token = token
        return self._client

    def _record_error(self, code: str, *, revoked: bool = False) -> None:
        with self._sessions() as session, session.begin():
            state = ensure_state(session)
            state.last_error = code
            state.last_error_at = self._clock()
            if revoked:
                state.revoked = 1

    def sessions(self) -> Session:
        """A new session on the engine's database (the caller closes it)."""
        return self._sessions()

    def status(self) -> store.StatusSnapshot:
        with self._sessions() as session:
            return store.snapshot(session)

    # ----------------------------------------------------------------------- enrolment

    def enrol(self, server_url: str, code: str) -> EnrolOutcome:
        """Exchange an enrolment code for credentials, stored only in the encrypted
        database. A laptop enrolled before sends its previous device id and token, so the
        server continues that device (after a revocation, or restored from a backup) and counts
        nothing twice. What the server lacks for the device is found and sent by the next
        sync's reconciliation (everything, for a device new to the server)."""
        url = server_url.strip().rstrip("/")
        problem = check_server_url(url)
        if problem is not None:
            return EnrolOutcome(False, error=problem)
        with self._sessions() as session:
            previous = store.credentials(session)
        client = self._client_for(url, None)
        try:
            enrolled = client.enrol(
                code.strip().upper(),
                device_id=previous.device_id,
                device_token=previous.token,
            )
        except SyncError as exc:
            log.info("enrolment failed: %s", exc.code)
            return EnrolOutcome(False, error=exc.code)
        with self._sessions() as session, session.begin():
            state = ensure_state(session)
            state.server_url = url
            state.device_id = enrolled.device_id
            state.device_token = enrolled.token
            state.revoked = 0
            state.high_water_mark = 0
            state.last_error = None
            state.last_error_at = None
        log.info("device enrolled as %s", enrolled.device_id)
        return EnrolOutcome(True, device_id=enrolled.device_id)

    # ---------------------------------------------------------------------------- sync

    def sync(self, *, force: bool = False) -> SyncOutcome:
        """Push what is pending, then reconcile. ``force`` ignores back-off (Sync now)."""
        with self._sessions() as session, session.begin():
            creds = store.credentials(session)
            self._writer.refresh_if_stale(session)
        if not creds.token or not creds.server_url:
            return SyncOutcome("not_enrolled", pending=self._pending())
        if creds.revoked:
            return SyncOutcome("revoked", error="revoked", pending=self._pending())
        url_problem = check_server_url(creds.server_url)
        if url_problem is not None:  # enrolled by an older version over plain http
            self._record_error(url_problem)
            return SyncOutcome("failed", error=url_problem, pending=self._pending())
        client = self._client_for(creds.server_url, creds.token)
        totals = _Totals()
        try:
            self._push(client, totals, force=force)
            reconciled = self._reconcile(client, totals, force=force)
        except Revoked as exc:
            self._record_error(exc.code, revoked=True)
            return totals.outcome("revoked", self._pending(), error=exc.code)
        except SyncError as exc:
            log.info("sync failed: %s (%s)", exc.code, exc.detail)
            self._record_error(exc.code)
            return totals.outcome(
                "failed", self._pending(), error=exc.code, retry_in=totals.retry_in
            )
        # A record backed off on its own (the server fails on it) is the sync's last problem.
        problem = None if reconciled else "not_reconciled"
        if totals.isolated:
            problem = "server_error"
        with self._sessions() as session, session.begin():
            state = ensure_state(session)
            state.last_success_at = self._clock()
            state.last_error = problem
            state.last_error_at = None if problem is None else self._clock()
        return totals.outcome(
            "synced",
            self._pending(),
            reconciled=reconciled,
            error=problem,
            retry_in=totals.retry_in if totals.isolated else None,
        )

    def requeue(self, pids: list[str] | None = None) -> int:
        """Put quarantined records (all, or those with ``pids``) back in the queue; they go
        with the next sync. Returns how many."""
        with self._sessions() as session, session.begin():
            count = store.requeue_quarantined(session, pids)
        log.info("re-queued %d quarantined record(s)", count)
        return count

    def _pending(self) -> int:
        with self._sessions() as session:
            return store.snapshot(session).pending

    def _push(self, client: SyncClient, totals: _Totals, *, force: bool) -> None:
        """Push every due record, batch after batch. A batch's answers are applied on a worker
        thread (`_Applier`) while the next batch is read and sent, in order, one at a time."""
        after = 0
        applier = _Applier(self._apply)
        try:
            while True:
                with self._sessions() as session:
                    batch = store.due_records(
                        session,
                        after_seq=after,
                        limit=self._batch_size,
                        now=self._clock(),
                        force=force,
                    )
                if not batch:
                    break
                batch = _within_body_limit(batch)
                after = batch[-1].seq
                self._send(client, batch, totals, applier)
        except BaseException:
            applier.close(raising=False)  # what the server acknowledged is still marked sent
            raise
        applier.close()

    def _send(
        self,
        client: SyncClient,
        batch: list[store.QueuedRecord],
        totals: _Totals,
        applier: _Applier,
    ) -> None:
        """Push one batch; its answers go to ``applier``. A 5xx for a batch that failed before
        is narrowed down by splitting it (`_isolate`), so one record the server cannot take
        never holds back the others. Before anything else is written (a back-off, the halves'
        answers) the answers applied so far are in."""
        try:
            response = self._push_once(client, batch)
        except ServerError:
            applier.drain()
            if len(batch) == 1 or not any(r.attempts for r in batch):
                self._fail(batch, totals)
                raise
            suspects: list[store.QueuedRecord] = []
            try:
                self._isolate(client, batch, totals, suspects)
            except Transient as exc:
                self._fail(batch, totals, exc)
                raise
            for record in suspects:
                log.warning("record %s keeps failing on the server; backing it off", record.pid)
            self._fail(suspects, totals)
            totals.isolated += len(suspects)
            return
        except Transient as exc:
            applier.drain()
            self._fail(batch, totals, exc)
            raise
        applier.submit(batch, response, totals)

    @staticmethod
    def _push_once(client: SyncClient, batch: list[store.QueuedRecord]) -> BatchResponse:
        response = client.push([r.payload for r in batch])
        _check_answers(batch, response)
        return response

    def _isolate(
        self,
        client: SyncClient,
        batch: list[store.QueuedRecord],
        totals: _Totals,
        suspects: list[store.QueuedRecord],
    ) -> None:
        """Send the halves of a batch that got 5xx, splitting a failing half again, down to
        single records (the ``suspects``, backed off on their own by the caller).

        Until one request of this sync went through, a failure may be the whole server: after
        both halves of the deepest split failed with nothing delivered, it raises
        `ServerError` (about log2(n) + 3 requests, not one per record)."""
        half = len(batch) // 2
        for part in (batch[:half], batch[half:]):
            try:
                response = self._push_once(client, part)
            except ServerError:
                if len(part) > 1:
                    self._isolate(client, part, totals, suspects)
                else:
                    suspects.append(part[0])
                continue
            self._apply(part, response, totals)
            totals.delivered = True
        if not totals.delivered:
            raise ServerError(500)

    def _fail(
        self,
        records: list[store.QueuedRecord],
        totals: _Totals,
        error: Transient | None = None,
    ) -> None:
        with self._sessions() as session, session.begin():
            delay = store.mark_failed(session, records, now=self._clock(), rng=self._rng)
        if isinstance(error, RateLimited) and error.retry_after is not None:
            delay = max(delay, error.retry_after)
        totals.retry_in = delay if totals.retry_in is None else min(totals.retry_in, delay)

    def _apply(
        self, batch: list[store.QueuedRecord], response: BatchResponse, totals: _Totals
    ) -> None:
        """The server's per-record answers, matched to the batch by position: acknowledged
        rows become sent, rejected ones are quarantined with the server's reason (and the
        field at fault for an invalid record), in one short transaction."""
        acknowledged: list[tuple[str, int]] = []
        rejected: list[tuple[str, int, str]] = []
        for record, result in zip(batch, response.results, strict=True):
            if result.status == "rejected":
                reason: str = result.reason or "rejected"
                if result.field:
                    reason = f"{reason}: {result.field}"
                rejected.append((record.pid, record.version, reason))
            else:
                acknowledged.append((record.pid, record.version))
        with self._sessions() as session, session.begin():
            store.mark_sent(session, acknowledged)
            store.mark_rejected(session, rejected)
            state = ensure_state(session)
            state.high_water_mark = max(state.high_water_mark, response.high_water_mark)
        totals.accepted += sum(r.status == "accepted" for r in response.results)
        totals.duplicates += sum(r.status == "duplicate" for r in response.results)
        totals.rejected += len(rejected)

    def _reconcile(self, client: SyncClient, totals: _Totals, *, force: bool) -> bool:
        """Exact reconciliation (`coach_protocol.reconcile`): compare the server's digests per
        kind and pid bucket with the outbox's; for the buckets that differ, compare pid by pid
        and queue what the server lacks or holds older, move records the server holds newer
        above it, and push again. One request when nothing differs. True when what is left
        different is explained by records still waiting (pending or quarantined)."""
        for _ in range(3):
            server = client.digest()
            with self._sessions() as session:
                local = bucket_digests(store.outbox_held(session))
            differing = sorted(
                key
                for key in server.buckets.keys() | local.keys()
                if server.buckets.get(key) != local.get(key)
            )
            if not differing:
                return True
            held = client.held(differing)
            with self._sessions() as session, session.begin():
                result = store.reconcile(
                    session, differing, [(h.kind, h.pid, h.version) for h in held]
                )
            if not result.changed:
                return True
            log.warning(
                "the server's holdings differ: %d re-sent, %d moved above the server's "
                "version, %d retracted, %d adopted",
                result.resent,
                result.raised,
                result.retracted,
                result.adopted,
            )
            totals.reconciled_changes += 1
            self._push(client, totals, force=force)
        return False


class _Applier:
    """Applies batch answers on one worker thread, in order, one at a time, so that a batch's
    local transaction (its rows marked sent, the commit's flush to disk) overlaps reading and
    sending the next batch: a third of a sync's time when done in turn (bench_sync, 10,000
    records, py-spy). `drain` waits for the answers queued so far and raises an error met
    applying them (a full disk, ...), as applying them in turn would have."""

    def __init__(
        self, apply: Callable[[list[store.QueuedRecord], BatchResponse, _Totals], None]
    ) -> None:
        self._apply = apply
        self._pool: ThreadPoolExecutor | None = None
        self._queued: Future[None] | None = None

    def submit(
        self, batch: list[store.QueuedRecord], response: BatchResponse, totals: _Totals
    ) -> None:
        self.drain()
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sync-apply")
        self._queued = self._pool.submit(self._apply, batch, response, totals)

    def drain(self) -> None:
        queued, self._queued = self._queued, None
        if queued is not None:
            queued.result()

    def close(self, *, raising: bool = True) -> None:
        """Drain and stop the worker. ``raising=False`` (another error is on its way): an
        error applying is logged instead."""
        try:
            self.drain()
        except Exception as exc:
            if raising:
                raise
            # The error's name only: a driver error's text holds the statement's parameters.
            log.warning("applying a batch's answers failed as well: %s", type(exc).__name__)
        finally:
            if self._pool is not None:
                self._pool.shutdown(wait=True)
                self._pool = None


@dataclass
class _Totals:
    accepted: int = 0
    duplicates: int = 0
    rejected: int = 0
    isolated: int = 0
    reconciled_changes: int = 0
    retry_in: float | None = None
    delivered: bool = False

    def outcome(
        self,
        outcome: Outcome,
        pending: int,
        *,
        error: str | None = None,
        retry_in: float | None = None,
        reconciled: bool | None = None,
    ) -> SyncOutcome:
        return SyncOutcome(
            outcome,
            accepted=self.accepted,
            duplicates=self.duplicates,
            rejected=self.rejected,
            pending=pending,
            reconciled=reconciled,
            error=error,
            retry_in=retry_in,
        )


def _within_body_limit(batch: list[store.QueuedRecord]) -> list[store.QueuedRecord]:
    """The longest prefix whose request body stays under the server's 1 MiB limit."""
    size = len(batch_body([]))
    for index, record in enumerate(batch):
        size += len(record.payload) + 1
        if size > MAX_BATCH_BYTES and index > 0:
            return batch[:index]
    return batch


def _check_answers(batch: list[store.QueuedRecord], response: BatchResponse) -> None:
    """One answer per record, in order; an answer without a pid or version (a record the
    server could not read) stands for the record at its place."""
    if len(response.results) != len(batch):
        raise UnexpectedAnswer("the server's answers do not match the records sent")
    for record, result in zip(batch, response.results, strict=True):
        if (result.pid is not None and result.pid != record.pid) or (
            result.version is not None and result.version != record.version
        ):
            raise UnexpectedAnswer("the server's answers do not match the records sent")
