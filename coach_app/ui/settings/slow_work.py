"""Slow work on the Settings screen (key derivation, backups, a restore): one at a time, off the
GUI thread, its progress and outcome shown in the group box that started it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel

from coach_app.security import BackupCorrupt
from coach_app.ui import messages
from coach_app.ui.context import UiContext
from coach_app.workspace import WorkspaceBusy


class SlowWork(QObject):
    """Runs one slow task at a time; ``busy_changed(bool)`` lets every box enable its buttons."""

    busy_changed = Signal(bool)

    def __init__(self, context: UiContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.busy = False

    def run(
        self,
        busy_text: str,
        message: QLabel,
        work: Callable[[], Any],
        on_success: Callable[[Any], None],
    ) -> None:
        """Show ``busy_text`` in ``message``, run ``work``; then ``on_success(result)`` or the
        error in plain words in ``message``."""
        self._set_busy(True)
        message.setText(busy_text)

        def succeeded(result: Any) -> None:
            self._set_busy(False)
            on_success(result)

        def failed(exc: BaseException) -> None:
            self._set_busy(False)
            message.setText(self.error_text(exc))

        self.context.operations.run(work, succeeded, failed)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.busy_changed.emit(busy)

    def error_text(self, exc: BaseException) -> str:
        """Plain words for what went wrong with a passphrase, recovery code or backup task."""
        if isinstance(exc, BackupCorrupt):
            return self.tr(
                "This backup is damaged, was changed, or was made with another key (for "
                "example before the data was re-encrypted). Nothing was changed."
            )
        if isinstance(exc, WorkspaceBusy):
            return self.tr("Another task is still running. Wait a moment and try again.")
        return messages.for_error(exc)
