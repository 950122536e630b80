"""Network calls of leader mode, one at a time on a pool thread, results on the GUI thread.

Like :class:`coach_app.ui.tasks.Operations`, but the relay signals are connected once, to bound
methods of a long-lived object, and the callbacks are looked up by job number. Connecting a
fresh closure per call and deleting its relay right away crashed PySide6 now and then (a queued
call into a freed slot) when calls followed each other quickly.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

__all__ = ["Jobs"]

log = logging.getLogger(__name__)


class _Relay(QObject):
    succeeded = Signal(int, object)
    failed = Signal(int, object)


class _Job(QRunnable):
    def __init__(self, number: int, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._number, self._work, self._relay = number, work, relay

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as exc:  # noqa: BLE001 - every failure is handed to the GUI callback
            log.info("leader call failed: %s", type(exc).__name__)
            self._relay.failed.emit(self._number, exc)
        else:
            self._relay.succeeded.emit(self._number, result)


class Jobs(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.succeeded.connect(self._succeeded)
        self._relay.failed.connect(self._failed)
        self._numbers = itertools.count(1)
        self._pending: dict[int, tuple[Callable[[Any], None], Callable[[BaseException], None]]] = {}

    def run(
        self,
        work: Callable[[], Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None],
    ) -> None:
        number = next(self._numbers)
        self._pending[number] = (on_success, on_failure)
        self._pool.start(_Job(number, work, self._relay))

    @Slot(int, object)
    def _succeeded(self, number: int, result: object) -> None:
        callbacks = self._pending.pop(number, None)
        if callbacks is not None:
            callbacks[0](result)

    @Slot(int, object)
    def _failed(self, number: int, exc: object) -> None:
        callbacks = self._pending.pop(number, None)
        if callbacks is not None and isinstance(exc, BaseException):
            callbacks[1](exc)

    def wait(self, msecs: int = 30_000) -> bool:
        return self._pool.waitForDone(msecs)

    def forget(self) -> None:
        """Drops the callbacks of calls still running (their window is closing)."""
        self._pending.clear()
