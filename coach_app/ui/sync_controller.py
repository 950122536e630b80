"""The sync thread: one long-lived QThread owning a `SyncWorker`, started on unlock and
stopped before lock (DESIGN.md section 6).

Requests reach the worker as queued signals, so they run one after another on its thread: at
most one sync at a time. Results come back as frozen `SyncReport`s. The worker builds its own
`SyncEngine` (own sessions, own httpx client) on its thread; ORM objects never cross threads.
A sync runs on a timer, when the network comes back (QNetworkInformation, where the platform
has a backend) and on "Sync now".

The off-laptop work (`coach_app.offsite.work.OffsiteWork`) runs on the same thread: handovers
are polled before each sync and the encrypted backup is uploaded after a successful one when
due; handover and upload requests from the screens run there too (`run_offsite`), one after
another with the syncs, so a handed-over family is never sent while it moves.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx
from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

from coach_app.offsite.work import OffsiteReport, OffsiteWork
from coach_app.storage import make_session_factory
from coach_app.sync import EnrolOutcome, OutboxEntry, StatusSnapshot, SyncEngine, SyncOutcome, store
from coach_app.workspace import Workspace

__all__ = ["OffsiteJob", "OffsiteJobDone", "SyncController", "SyncReport", "SyncWorker"]

log = logging.getLogger(__name__)

#: A sync every 5 minutes while unlocked (failures retry sooner or later, see back-off).
SYNC_INTERVAL_MS = 5 * 60 * 1000


@dataclass(frozen=True)
class SyncReport:
    status: StatusSnapshot
    pending: tuple[OutboxEntry, ...]
    quarantined: tuple[OutboxEntry, ...]
    outcome: SyncOutcome | None = None
    enrolment: EnrolOutcome | None = None
    offsite: OffsiteReport | None = None


@dataclass(frozen=True)
class OffsiteJob:
    """A request to run ``work(offsite)`` on the sync thread (a handover, an upload now)."""

    job_id: int
    work: Callable[[OffsiteWork], object]


@dataclass(frozen=True)
class OffsiteJobDone:
    job_id: int
    result: object = None
    error: BaseException | None = None


class SyncWorker(QObject):
    """Lives on the sync thread; every slot is blocking and returns a report by signal."""

    report = Signal(object)  # SyncReport
    job_done = Signal(object)  # OffsiteJobDone

    def __init__(
        self,
        engine_factory: Callable[[], SyncEngine],
        offsite_factory: Callable[[], OffsiteWork] | None = None,
    ) -> None:
        super().__init__()
        self._engine_factory = engine_factory
        self._engine: SyncEngine | None = None
        self._offsite_factory = offsite_factory
        self._offsite: OffsiteWork | None = None

    def _offsite_here(self) -> OffsiteWork | None:
        if self._offsite is None and self._offsite_factory is not None:
            self._offsite = self._offsite_factory()
        return self._offsite

    def _engine_here(self) -> SyncEngine:
        if self._engine is None:
            self._engine = self._engine_factory()
        return self._engine

    def _report(
        self, outcome: SyncOutcome | None = None, enrolment: EnrolOutcome | None = None
    ) -> SyncReport:
        engine = self._engine_here()
        offsite = self._offsite_here()
        with engine.sessions() as session:
            return SyncReport(
                status=store.snapshot(session),
                pending=tuple(store.pending_records(session, limit=500)),
                quarantined=tuple(store.quarantined(session)),
                outcome=outcome,
                enrolment=enrolment,
                offsite=offsite.report() if offsite is not None else None,
            )

    @Slot(bool)
    def sync(self, force: bool) -> None:
        try:
            offsite = self._offsite_here()
            if offsite is not None:
                offsite.before_sync()
            outcome = self._engine_here().sync(force=force)
            if offsite is not None:
                offsite.after_sync(outcome.outcome == "synced")
            self.report.emit(self._report(outcome))
        except Exception:  # the thread must survive whatever one sync meets
            log.exception("sync failed unexpectedly")
            self.report.emit(self._report(SyncOutcome("failed", error="server_error")))

    @Slot(object)
    def run_job(self, job: OffsiteJob) -> None:
        """Run an off-laptop request; its result or error goes back by ``job_done``."""
        offsite = self._offsite_here()
        try:
            if offsite is None:
                raise RuntimeError("no off-laptop work on this thread")
            done = OffsiteJobDone(job.job_id, result=job.work(offsite))
        except Exception as exc:  # noqa: BLE001 - handed to the screen that asked, in plain words
            log.info("off-laptop request failed: %s", type(exc).__name__)
            done = OffsiteJobDone(job.job_id, error=exc)
        self.job_done.emit(done)
        try:
            self.report.emit(self._report())
        except Exception:
            log.exception("report after an off-laptop request failed")

    @Slot(str, str)
    def enrol(self, url: str, code: str) -> None:
        try:
            outcome = self._engine_here().enrol(url, code)
        except Exception:
            log.exception("enrolment failed unexpectedly")
            outcome = EnrolOutcome(False, error="server_error")
        self.report.emit(self._report(enrolment=outcome))
        if outcome.ok:
            self.sync(True)

    @Slot()
    def requeue(self) -> None:
        """Quarantined records back in the queue, then a sync that sends them."""
        try:
            self._engine_here().requeue()
        except Exception:  # the thread must survive; the screen shows the state as it is
            log.exception("re-queueing failed unexpectedly")
        self.sync(True)

    @Slot()
    def refresh(self) -> None:
        self.report.emit(self._report())

    def close(self) -> None:
        """Called after the thread stopped: no other thread uses the engine any more."""
        if self._engine is not None:
            self._engine.close()
            self._engine = None
        self._offsite = None


class SyncController(QObject):
    """GUI-thread side: owns the thread, the timer and the network watcher."""

    sync_requested = Signal(bool)
    enrol_requested = Signal(str, str)
    requeue_requested = Signal()
    refresh_requested = Signal()
    job_requested = Signal(object)  # OffsiteJob
    report_ready = Signal(object)  # SyncReport
    busy_changed = Signal(bool)

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        #: Replaces the network (tests); None is the real network.
        self.transport: httpx.BaseTransport | None = None
        self._jobs: dict[int, tuple[Callable[[Any], None], Callable[[BaseException], None]]] = {}
        self._job_ids = itertools.count(1)
        self._thread: QThread | None = None
        self._worker: SyncWorker | None = None
        self._busy = False
        self._timer = QTimer(self)
        self._timer.setInterval(SYNC_INTERVAL_MS)
        self._timer.timeout.connect(lambda: self.sync_now(force=False))
        self._watch_network()

    @property
    def running(self) -> bool:
        return self._thread is not None

    @property
    def busy(self) -> bool:
        return self._busy

    def _watch_network(self) -> None:
        try:
            from PySide6.QtNetwork import QNetworkInformation

            if not QNetworkInformation.loadDefaultBackend():
                return
            info = QNetworkInformation.instance()
        except (ImportError, RuntimeError):
            return
        if info is None:
            return

        def changed(reachability: QNetworkInformation.Reachability) -> None:
            if reachability == QNetworkInformation.Reachability.Online and self.running:
                log.info("network is back: sync")
                self.sync_now(force=False)

        info.reachabilityChanged.connect(changed)

    def start(self) -> None:
        if self._thread is not None or not self.workspace.is_unlocked:
            return
        engine = self.workspace.engine
        transport = self.transport

        def factory() -> SyncEngine:
            return SyncEngine(make_session_factory(engine), transport=transport)

        workspace = self.workspace

        def offsite_factory() -> OffsiteWork:
            return OffsiteWork(
                make_session_factory(engine),
                handovers_folder=workspace.folder.root / "handovers",
                make_backup=lambda: workspace.backup_now().path,
                local_backups=lambda: [b.path for b in workspace.list_backups()],
                transport=transport,
                erase_with=workspace.erase_family_with,
            )

        thread = QThread()
        thread.setObjectName("sync")
        worker = SyncWorker(factory, offsite_factory)
        worker.moveToThread(thread)
        self.sync_requested.connect(worker.sync)
        self.enrol_requested.connect(worker.enrol)
        self.requeue_requested.connect(worker.requeue)
        self.refresh_requested.connect(worker.refresh)
        self.job_requested.connect(worker.run_job)
        worker.report.connect(self._on_report)
        worker.job_done.connect(self._on_job_done)
        self._thread, self._worker = thread, worker
        thread.start()
        self._timer.start()
        self.refresh_requested.emit()
        self.sync_now(force=False)

    def stop(self) -> None:
        """Stop the thread (after the sync in progress, if any) before the data is locked."""
        self._timer.stop()
        thread, worker = self._thread, self._worker
        self._thread = self._worker = None
        if thread is None or worker is None:
            return
        self.sync_requested.disconnect(worker.sync)
        self.enrol_requested.disconnect(worker.enrol)
        self.requeue_requested.disconnect(worker.requeue)
        self.refresh_requested.disconnect(worker.refresh)
        self.job_requested.disconnect(worker.run_job)
        thread.quit()
        thread.wait()
        worker.close()
        for _done, failed in self._jobs.values():
            failed(RuntimeError("the data was locked before the request finished"))
        self._jobs.clear()
        worker.deleteLater()
        thread.deleteLater()
        self._set_busy(False)

    def sync_now(self, *, force: bool = True) -> None:
        if self._thread is None or (self._busy and not force):
            return
        self._set_busy(True)
        self.sync_requested.emit(force)

    def enrol(self, url: str, code: str) -> None:
        if self._thread is None:
            return
        self._set_busy(True)
        self.enrol_requested.emit(url, code)

    def requeue_quarantined(self) -> None:
        """Send the records the server refused once more (after the server was fixed)."""
        if self._thread is None:
            return
        self._set_busy(True)
        self.requeue_requested.emit()

    def refresh(self) -> None:
        if self._thread is not None:
            self.refresh_requested.emit()

    def run_offsite(
        self,
        work: Callable[[OffsiteWork], object],
        done: Callable[[Any], None],
        failed: Callable[[BaseException], None],
    ) -> bool:
        """Run ``work`` on the sync thread (after the sync in progress); ``done(result)`` or
        ``failed(error)`` is called on the GUI thread. False when the thread is not running."""
        if self._thread is None:
            return False
        job_id = next(self._job_ids)
        self._jobs[job_id] = (done, failed)
        self.job_requested.emit(OffsiteJob(job_id, work))
        return True

    def _on_job_done(self, done: OffsiteJobDone) -> None:
        callbacks = self._jobs.pop(done.job_id, None)
        if callbacks is None:
            return
        on_done, on_failed = callbacks
        try:
            if done.error is not None:
                on_failed(done.error)
            else:
                on_done(done.result)
        except Exception:  # never into the event loop
            log.exception("an off-laptop result handler failed")

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busy_changed.emit(busy)

    def _on_report(self, report: SyncReport) -> None:
        if report.outcome is not None or report.enrolment is not None:
            self._set_busy(False)
        outcome = report.outcome
        if outcome is not None and outcome.retry_in is not None and self._thread is not None:
            QTimer.singleShot(
                int(outcome.retry_in * 1000) + 1000, lambda: self.sync_now(force=False)
            )
        self.report_ready.emit(report)
