"""Background work for the window: small operations whose callbacks run on the GUI thread.

The callable runs on a pool thread (one at a time per ``Operations``) and must return an
immutable value (or None); ORM objects never cross threads. Results come back through one relay
whose signals are connected once, to bound methods of this long-lived object, and the callbacks
are looked up by job number. (Connecting a fresh closure per call and deleting its relay right
away crashed PySide6 now and then: a queued call landed in a freed slot.)
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

__all__ = ["Operations"]

log = logging.getLogger(__name__)

_Callbacks = tuple[Callable[[Any], None], Callable[[BaseException], None]]


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
            log.info("background operation failed: %s", type(exc).__name__)
            self._relay.failed.emit(self._number, exc)
        else:
            self._relay.succeeded.emit(self._number, result)


class Operations(QObject):
    """Runs operations one at a time, off the GUI thread; callbacks run on the GUI thread."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.succeeded.connect(self._succeeded)
        self._relay.failed.connect(self._failed)
        self._numbers = itertools.count(1)
        self._pending: dict[int, _Callbacks] = {}

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
        """Wait until the running and queued operations are done (their callbacks come later)."""
        return self._pool.waitForDone(msecs)

    def forget(self) -> None:
        """Drop the callbacks of operations still running (their window is closing)."""
        self._pending.clear()
