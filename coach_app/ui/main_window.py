"""The main window: first run, unlock screen, and the coach's screens once unlocked."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from coach_app.domain.entities import FamilySummary
from coach_app.ui import messages
from coach_app.ui.families_page import FamiliesPage
from coach_app.ui.setup_page import SetupPage
from coach_app.ui.tasks import Operations
from coach_app.ui.unlock_page import UnlockPage
from coach_app.workspace import Workspace

log = logging.getLogger(__name__)

_ACTIVITY_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class _ActivityWatcher(QObject):
    def __init__(self, on_activity: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self._on_activity = on_activity

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY_EVENTS:
            self._on_activity()
        return False


class MainWindow(QMainWindow):
    unlocked = Signal()
    locked = Signal()
    language_requested = Signal(str)

    def __init__(
        self,
        workspace: Workspace,
        *,
        language: str,
        auto_lock_minutes: int,
        demo_passphrase: str | None = None,
        clock: Callable[[], float] = time.monotonic,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("app.window")
        self.workspace = workspace
        self.auto_lock_minutes = auto_lock_minutes
        self._clock = clock
        self._last_activity = clock()
        self.operations = Operations(self)

        self.stack = QStackedWidget()
        self.setup_page = SetupPage(language)
        self.unlock_page = UnlockPage(demo_passphrase)
        self.families_page = FamiliesPage()
        for page in (self.setup_page, self.unlock_page, self.families_page):
            self.stack.addWidget(page)
        self.setCentralWidget(self.stack)

        self.toolbar = QToolBar()
        self.toolbar.setObjectName("app.toolbar")
        self.toolbar.setMovable(False)
        self.lock_action = QAction(self)
        self.lock_action.setObjectName("app.lock")
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock)
        self.toolbar.addAction(self.lock_action)
        self.toolbar.widgetForAction(self.lock_action).setObjectName("app.lock")
        self.addToolBar(self.toolbar)
        self.status_label = QLabel()
        self.status_label.setObjectName("app.status")
        self.statusBar().addWidget(self.status_label)

        self.setup_page.create_requested.connect(self._create)
        self.setup_page.finished.connect(self._enter_main)
        self.setup_page.language_chosen.connect(self.language_requested)
        self.unlock_page.unlock_requested.connect(self._unlock)

        self._idle_timer = QTimer(self)
        self._idle_timer.setInterval(10_000)
        self._idle_timer.timeout.connect(self.check_idle)
        self._idle_timer.start()
        app = QApplication.instance()
        if app is not None:
            self._watcher = _ActivityWatcher(self._note_activity, self)
            app.installEventFilter(self._watcher)

        self.resize(1100, 700)
        self.retranslate()
        self._show_start_page()

    # -- pages -----------------------------------------------------------------------------
    def _show_start_page(self) -> None:
        self.toolbar.setVisible(False)
        if self.workspace.has_vault:
            self.unlock_page.reset()
            self.stack.setCurrentWidget(self.unlock_page)
        else:
            self.stack.setCurrentWidget(self.setup_page)

    def _enter_main(self) -> None:
        self.toolbar.setVisible(True)
        self.stack.setCurrentWidget(self.families_page)
        self._note_activity()
        self.refresh()
        self.unlocked.emit()

    # -- first run ---------------------------------------------------------------------------
    def _create(self, passphrase: str) -> None:
        self.operations.run(
            lambda: self.workspace.create(passphrase),
            self._created,
            self._create_failed,
        )

    def _created(self, recovery_code: Any) -> None:
        self.setup_page.show_recovery_code(str(recovery_code))

    def _create_failed(self, exc: BaseException) -> None:
        self.setup_page.show_error(messages.for_error(exc))

    # -- unlock and lock ---------------------------------------------------------------------
    def _unlock(self, passphrase: str) -> None:
        def work() -> list[FamilySummary]:
            self.workspace.unlock(passphrase)
            return self.workspace.service.list_families()

        self.operations.run(work, self._unlocked, self._unlock_failed)

    def _unlocked(self, families: Any) -> None:
        self.unlock_page.reset()
        self.toolbar.setVisible(True)
        self.stack.setCurrentWidget(self.families_page)
        self.families_page.show_families(families)
        self._note_activity()
        self.unlocked.emit()

    def _unlock_failed(self, exc: BaseException) -> None:
        self.unlock_page.show_error(messages.for_error(exc))

    def lock(self) -> None:
        if not self.workspace.is_unlocked:
            return
        self.families_page.clear()
        self.workspace.lock()
        self._show_start_page()
        self.locked.emit()

    def refresh(self) -> None:
        if self.workspace.is_unlocked:
            self.families_page.show_families(self.workspace.service.list_families())

    # -- idle --------------------------------------------------------------------------------
    def _note_activity(self) -> None:
        self._last_activity = self._clock()

    def check_idle(self) -> None:
        idle_seconds = self._clock() - self._last_activity
        if self.workspace.is_unlocked and idle_seconds >= self.auto_lock_minutes * 60:
            log.info("auto-lock after idle")
            self.lock()

    # -- language ----------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Coach Companion"))
        self.lock_action.setText(self.tr("Lock"))
        self.lock_action.setToolTip(self.tr("Lock now (Ctrl+L)"))
        self.toolbar.widgetForAction(self.lock_action).setAccessibleName(self.tr("Lock"))
        self.setup_page.retranslate()
        self.unlock_page.retranslate()
        self.families_page.retranslate()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.operations.wait()
        self.lock()
        super().closeEvent(event)
