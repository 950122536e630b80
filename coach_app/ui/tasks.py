"""Background work for the window: a small operation whose callbacks run on the GUI thread.

The callable runs on a pool thread and must return an immutable value (or None); ORM objects
never cross threads. Success and failure are delivered through Qt signals, so the callbacks run
on the thread that owns the receiver (the GUI thread).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class _Relay(QObject):
    succeeded = Signal(object)
    failed = Signal(object)


class _Operation(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as exc:  # noqa: BLE001 - every failure is handed to the GUI callback
            log.info("background operation failed: %s", type(exc).__name__)
            self._relay.failed.emit(exc)
        else:
            self._relay.succeeded.emit(result)


class Operations(QObject):
    """Runs operations one at a time per owner; keeps relays alive until they report."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relays: set[_Relay] = set()

    def run(
        self,
        work: Callable[[], Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None],
    ) -> None:
        relay = _Relay(self)
        self._relays.add(relay)

        def finish_ok(result: Any) -> None:
            self._relays.discard(relay)
            relay.deleteLater()
            on_success(result)

        def finish_error(exc: BaseException) -> None:
            self._relays.discard(relay)
            relay.deleteLater()
            on_failure(exc)

        relay.succeeded.connect(finish_ok)
        relay.failed.connect(finish_error)
        self._pool.start(_Operation(work, relay))

    def wait(self, msecs: int = 30_000) -> bool:
        return self._pool.waitForDone(msecs)
