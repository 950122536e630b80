"""Automatic backups while the data is unlocked: soon after unlocking, then every 24 hours.

A timer ticks every minute. On the first tick after the data was unlocked, and then once an
hour, it asks the workspace (off the GUI thread) to make a backup if the newest one is older
than ``MAX_AGE``; so a backup is made shortly after unlocking when the last one is a day old,
and every 24 hours while the app stays unlocked. The timer only reads flags on the GUI thread.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from coach_app.ui.context import UiContext

log = logging.getLogger(__name__)

MAX_AGE = timedelta(hours=24)
TICK_MS = 60_000
CHECK_EVERY_SECONDS = 3600.0


class BackupScheduler(QObject):
    backup_made = Signal(object)  # BackupInfo
    backup_failed = Signal(object)  # the exception

    def __init__(
        self,
        context: UiContext,
        *,
        clock: Callable[[], float] = time.monotonic,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._clock = clock
        self._now = now
        self._was_unlocked = False
        self._next_check = 0.0
        self._running = False
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def tick(self) -> None:
        workspace = self._context.workspace
        unlocked = workspace.is_unlocked
        just_unlocked = unlocked and not self._was_unlocked
        self._was_unlocked = unlocked
        if not unlocked or self._running:
            return
        if not just_unlocked and self._clock() < self._next_check:
            return
        self._running = True
        self._next_check = self._clock() + CHECK_EVERY_SECONDS
        moment = self._now()
        self._context.operations.run(
            lambda: workspace.backup_if_due(moment, MAX_AGE), self._done, self._failed
        )

    def _done(self, info: Any) -> None:
        self._running = False
        if info is not None:
            self.backup_made.emit(info)

    def _failed(self, exc: BaseException) -> None:
        self._running = False
        log.warning("automatic backup failed: %s", type(exc).__name__)
        self.backup_failed.emit(exc)
