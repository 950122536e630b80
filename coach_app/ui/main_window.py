"""The main window: first run, unlock screen, and the coach's screens once unlocked.

Start-up shows the unlock screen as soon as possible (issue 14: under 1 s): the coach's screens
are made, and their modules imported, the first time they are shown (``page``); the first-run
and recovery screens when they are needed; the sync thread at the first unlock. Once the unlock
screen is painted, what unlocking needs (the vault, storage, the outbox writer) is imported on
a background thread (``workspace.preload``) while the coach types the passphrase.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast
from uuid import UUID

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from coach_app.ui import messages
from coach_app.ui.context import Page, UiContext
from coach_app.ui.enter_key import EnterPressesFocusedButton
from coach_app.ui.form_editors import FormEditors
from coach_app.ui.menus import AppMenus
from coach_app.ui.preferences import WINDOW_GEOMETRY
from coach_app.ui.session_lock import SessionLockWatcher
from coach_app.ui.sidebar import SECTIONS, Sidebar
from coach_app.ui.unlock_page import UnlockPage
from coach_app.ui.visit.editors import VisitEditors
from coach_app.ui.window_size import remember_size, restore_size
from coach_app.workspace import preload

if TYPE_CHECKING:
    from coach_app.domain.entities import FamilySummary
    from coach_app.ui.families_page import FamiliesPage
    from coach_app.ui.family.page import FamilyPage
    from coach_app.ui.help.guide import GuideWindow
    from coach_app.ui.recovery_page import RecoveryPage
    from coach_app.ui.restore_page import RestorePage
    from coach_app.ui.settings.page import SettingsPage
    from coach_app.ui.setup_page import SetupPage
    from coach_app.ui.sync_controller import SyncController
    from coach_app.ui.sync_page import SyncPage
    from coach_app.ui.today.page import TodayPage

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


NAVIGATION = SECTIONS
PREFERRED_SIZE = QSize(1200, 760)
PAGE_KEYS = ("today", "families", "family", "sync", "settings")


def create_page(key: str, context: UiContext) -> QWidget:
    """A new screen for ``key`` (one of ``PAGE_KEYS``); its module is imported here."""
    if key == "today":
        from coach_app.ui.today.page import TodayPage

        return TodayPage(context)
    if key == "families":
        from coach_app.ui.families_page import FamiliesPage

        return FamiliesPage(context)
    if key == "family":
        from coach_app.ui.family.page import FamilyPage

        return FamilyPage(context)
    if key == "sync":
        from coach_app.ui.sync_page import SyncPage

        return SyncPage(context)
    if key == "settings":
        from coach_app.ui.settings.page import SettingsPage

        return SettingsPage(context)
    raise KeyError(key)


class MainWindow(QMainWindow):
    unlocked = Signal()
    locked = Signal()

    def __init__(
        self,
        context: UiContext,
        *,
        auto_lock_minutes: int,
        demo_passphrase: str | None = None,
        clock: Callable[[], float] = time.monotonic,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("app.window")
        self.context = context
        self.workspace = context.workspace
        self.operations = context.operations
        self.events = context.events
        self.auto_lock_minutes = auto_lock_minutes
        self._clock = clock
        self._last_activity = clock()

        self.stack = QStackedWidget()
        self._setup_page: SetupPage | None = None  # first run only: made when needed
        self.unlock_page = UnlockPage(demo_passphrase)
        self.recovery_page: RecoveryPage | None = None  # made when first asked for
        self._restore_page: RestorePage | None = None  # restore from the server: first run only
        #: The screens made so far (``page`` makes one the first time it is needed).
        self.pages: dict[str, QWidget] = {}
        self._sync_controller: SyncController | None = None
        self._preloaded = False
        self.sidebar = Sidebar()
        self.nav = self.sidebar.nav
        self.content = QStackedWidget()
        self.shell = QWidget()
        shell_box = QHBoxLayout(self.shell)
        shell_box.setContentsMargins(0, 0, 0, 0)
        shell_box.setSpacing(0)
        shell_box.addWidget(self.sidebar)
        shell_box.addWidget(self.content, 1)
        for page in (self.unlock_page, self.shell):
            self.stack.addWidget(page)
        self.setCentralWidget(self.stack)

        self.menus = AppMenus(
            self,
            new_family=self.new_family,
            new_visit=self.new_visit,
            lock=self.lock,
            show_section=self.show_section,
            find=self.find_family,
            guide=self.show_guide,
            shortcuts=self.show_shortcuts,
            about=self.show_about,
        )
        self.lock_action = self.menus.lock
        self._guide: GuideWindow | None = None
        self.status_label = QLabel()
        self.status_label.setObjectName("app.status")
        self.statusBar().addWidget(self.status_label)

        self.unlock_page.unlock_requested.connect(self._unlock)
        self.unlock_page.forgot_requested.connect(self._show_recovery)
        self.sidebar.section_chosen.connect(self.show_section)
        self.sidebar.lock_requested.connect(self.lock)
        self.events.family_opened.connect(self._open_family)
        self.events.data_changed.connect(self._refresh_visible)
        self.events.lock_requested.connect(self.lock)
        self.events.navigate.connect(self.show_page)
        self.events.auto_lock_changed.connect(self._set_auto_lock)
        self.events.handover_requested.connect(self._hand_over)
        self.events.about_to_lock.connect(self._close_handovers)
        self._handover_opened = False
        self.unlock_page.leader_requested.connect(self.events.leader_mode_requested)
        self.unlock_page.installEventFilter(self)  # its first paint starts the preload

        self._idle_timer = QTimer(self)
        self._idle_timer.setInterval(10_000)
        self._idle_timer.timeout.connect(self.check_idle)
        self._idle_timer.start()
        app = QApplication.instance()
        if app is not None:
            self._watcher = _ActivityWatcher(self._note_activity, self)
            app.installEventFilter(self._watcher)
            self._enter_key = EnterPressesFocusedButton(self)
            app.installEventFilter(self._enter_key)

        self.visit_editors = VisitEditors(context, self)
        self.unlocked.connect(self.visit_editors.reopen_latest_draft)
        self.unlocked.connect(lambda: self.sync_controller.start())
        restore_size(self, PREFERRED_SIZE, context.preferences, WINDOW_GEOMETRY)
        self.form_editors = FormEditors(context, self, self.unlocked)
        self.session_lock = SessionLockWatcher(self.lock, self)
        self.retranslate()
        self._show_start_page()

    # -- pages -----------------------------------------------------------------------------
    def page(self, key: str) -> QWidget:
        """The screen ``key`` (``PAGE_KEYS``), made the first time it is needed."""
        page = self.pages.get(key)
        if page is None:
            page = self.pages[key] = create_page(key, self.context)
            self.content.addWidget(page)
            if key == "sync":
                from coach_app.ui.offsite_box import install_offsite

                cast("SyncPage", page).attach(self.sync_controller)
                install_offsite(self)
        return page

    @property
    def today_page(self) -> TodayPage:
        return cast("TodayPage", self.page("today"))

    @property
    def families_page(self) -> FamiliesPage:
        return cast("FamiliesPage", self.page("families"))

    @property
    def family_page(self) -> FamilyPage:
        return cast("FamilyPage", self.page("family"))

    @property
    def sync_page(self) -> SyncPage:
        return cast("SyncPage", self.page("sync"))

    @property
    def settings_page(self) -> SettingsPage:
        return cast("SettingsPage", self.page("settings"))

    @property
    def setup_page(self) -> SetupPage:
        """The first-run screen (made the first time it is needed)."""
        if self._setup_page is None:
            from coach_app.ui.setup_page import SetupPage

            page = SetupPage(self.context.language, self.context.deployment.organisation_name)
            page.create_requested.connect(self._create)
            page.finished.connect(self._enter_main)
            page.restore_requested.connect(lambda: self.stack.setCurrentWidget(self.restore_page))
            page.language_chosen.connect(self.events.language_requested)
            page.leader_requested.connect(self.events.leader_mode_requested)
            self._setup_page = page
            self.stack.addWidget(page)
        return self._setup_page

    @property
    def restore_page(self) -> RestorePage:
        """Restore from the server on a new laptop (made the first time it is needed)."""
        if self._restore_page is None:
            from coach_app.ui.restore_page import RestorePage

            page = RestorePage(self.context)
            page.back.connect(lambda: self.stack.setCurrentWidget(self.setup_page))
            page.restored.connect(self._restored)
            self._restore_page = page
            self.stack.addWidget(page)
        return self._restore_page

    @property
    def sync_controller(self) -> SyncController:
        """The sync thread's controller (made when first needed: the first unlock)."""
        if self._sync_controller is None:
            from coach_app.ui.sync_page import install_sync

            self._sync_controller = install_sync(self)
            sync_page = self.pages.get("sync")
            if sync_page is not None:
                cast("SyncPage", sync_page).attach(self._sync_controller)
        return self._sync_controller

    def _show_recovery(self) -> None:
        """The recovery steps (forgotten passphrase), made the first time they are asked for."""
        if self.recovery_page is None:
            from coach_app.ui.recovery_page import install_recovery

            install_recovery(self)
        page = cast("RecoveryPage", self.recovery_page)
        page.reset()
        self.stack.setCurrentWidget(page)
        page.code.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.unlock_page and event.type() == QEvent.Type.Paint:
            self.unlock_page.removeEventFilter(self)
            self._preload()
        return False

    def _preload(self) -> None:
        """Import what unlocking needs on a background thread, once, while the coach types
        the passphrase."""
        if not self._preloaded:
            self._preloaded = True
            self.operations.run(
                preload,
                lambda _: None,
                lambda exc: log.warning("preload failed: %s", type(exc).__name__),
            )

    def _show_start_page(self) -> None:
        self.menus.set_unlocked(False)
        if self.workspace.has_vault:
            self.unlock_page.reset()
            self.stack.setCurrentWidget(self.unlock_page)
        else:
            self.stack.setCurrentWidget(self.setup_page)

    def _enter_main(self) -> None:
        self.menus.set_unlocked(True)
        self.stack.setCurrentWidget(self.shell)
        self._note_activity()
        self.show_page("families")
        self.unlocked.emit()

    def show_page(self, key: str) -> None:
        page = self.page(key)
        self.content.setCurrentWidget(page)
        if key in NAVIGATION:
            self.sidebar.select(key)
        self.menus.on_family_page(key == "family")
        self._refresh(page)

    def show_section(self, key: str) -> None:
        """A section chosen in the sidebar or the View menu (again: no reload)."""
        if self.workspace.is_unlocked and self.current_page() is not self.pages.get(key):
            self.show_page(key)

    def current_page(self) -> QWidget | None:
        return self.content.currentWidget()

    def _open_family(self, family_id: object) -> None:
        self.content.setCurrentWidget(self.family_page)
        self.sidebar.select("families")
        self.menus.on_family_page(True)
        self.family_page.show_family(family_id)

    # -- menu commands -----------------------------------------------------------------------
    def new_family(self) -> None:
        if self.workspace.is_unlocked:
            from coach_app.ui.family.family_dialog import open_new_family_dialog

            open_new_family_dialog(self.context, self)

    def new_visit(self) -> None:
        family_page = self.pages.get("family")
        if family_page is None or self.current_page() is not family_page:
            return
        family_id = cast("FamilyPage", family_page).family_id
        if family_id is not None:
            self.events.visit_requested.emit(family_id, None)

    def find_family(self) -> None:
        if not self.workspace.is_unlocked:
            return
        self.show_page("families")
        search = self.families_page.search
        search.setFocus()
        search.selectAll()

    def show_guide(self) -> None:
        if self._guide is None:
            from coach_app.ui.help.guide import GuideWindow

            self._guide = GuideWindow(self.context.language, "coach", self)
        else:
            self._guide.show_guide(self.context.language)
        self._guide.show()
        self._guide.raise_()
        self._guide.activateWindow()

    def show_about(self) -> None:
        from coach_app.ui.help.about import show_about

        show_about(self, self.context.deployment.organisation_name)

    def show_shortcuts(self) -> None:
        from coach_app.ui.help.shortcuts import ShortcutsDialog

        dialog = ShortcutsDialog(self.menus.all_actions(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _refresh(self, page: QWidget | None) -> None:
        if page is not None and self.workspace.is_unlocked:
            cast(Page, page).refresh()

    def _refresh_visible(self) -> None:
        self._refresh(self.current_page())

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

    def _restored(self, recovery_code: str) -> None:
        """Restored from the server (a new laptop): show the new recovery code once, then the
        coach's screens as after the first run."""
        self.setup_page.show_recovery_code(recovery_code)
        self.stack.setCurrentWidget(self.setup_page)

    # -- handing a family over -------------------------------------------------------------
    def _hand_over(self, family_id: object, name: str) -> None:
        """A family's data tab asked to hand the family to another coach: the dialog."""
        from coach_app.ui.handover_dialog import HandoverDialog

        self._handover_opened = True
        dialog = HandoverDialog(self.sync_controller, UUID(str(family_id)), name, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: self.events.data_changed.emit())
        dialog.open()

    def _close_handovers(self) -> None:
        if self._handover_opened:  # (the dialog's module is loaded only once one was opened)
            from coach_app.ui.handover_dialog import HandoverDialog

            for dialog in self.findChildren(HandoverDialog):
                dialog.reject()

    # -- unlock and lock ---------------------------------------------------------------------
    def _unlock(self, passphrase: str) -> None:
        def work() -> list[FamilySummary]:
            self.workspace.unlock(passphrase)
            return self.workspace.service.list_families()

        self.operations.run(work, self._unlocked, self._unlock_failed)
        self.page("families")  # made while the key is derived, not after

    def enter_after_unlock(self, families: Any) -> None:
        """Show the coach's screens after an unlock (passphrase or recovery code)."""
        self._unlocked(families)

    def _unlocked(self, families: Any) -> None:
        self.unlock_page.reset()
        self.menus.set_unlocked(True)
        families_page = self.families_page
        families_page.show_families(families)  # filled before it is shown: one paint
        self.stack.setCurrentWidget(self.shell)
        self.content.setCurrentWidget(families_page)
        self.sidebar.select("families")
        self.menus.on_family_page(False)
        self._note_activity()
        self.unlocked.emit()

    def _unlock_failed(self, exc: BaseException) -> None:
        self.unlock_page.show_error(messages.for_error(exc))

    def lock(self) -> None:
        if not self.workspace.is_unlocked:
            return
        self.events.about_to_lock.emit()  # editors keep their drafts and close
        self._close_other_windows()
        for page in self.pages.values():
            cast(Page, page).clear()
        self.workspace.lock()
        self._show_start_page()
        self.locked.emit()

    def _close_other_windows(self) -> None:
        """Every dialog or window that may show personal data goes (message boxes, confirm
        dialogs, file dialogs, editors that did not close themselves). Leader mode holds no
        family data and stays."""
        others: set[QWidget] = set(self.findChildren(QDialog))
        app = QApplication.instance()
        if isinstance(app, QApplication):
            others.update(w for w in app.topLevelWidgets() if w is not self)
        for widget in others:
            if widget.objectName().startswith("leader") or not widget.isVisible():
                continue
            if isinstance(widget, QDialog):
                widget.reject()
            widget.hide()

    def refresh(self) -> None:
        self._refresh_visible()

    def _set_auto_lock(self, minutes: int) -> None:
        self.auto_lock_minutes = minutes

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
        self.menus.retranslate()
        titles = {
            "today": self.tr("Today"),
            "families": self.tr("Families"),
            "sync": self.tr("Sync"),
            "settings": self.tr("Settings"),
        }
        self.sidebar.retranslate(titles, self.tr("Lock"), self.tr("Lock now (Ctrl+L)"))
        if self._guide is not None:
            self._guide.retranslate()
            self._guide.show_guide(self.context.language)
        if self._setup_page is not None:
            self._setup_page.retranslate()
        self.unlock_page.retranslate()
        if self._restore_page is not None:
            self._restore_page.retranslate()
        for page in self.pages.values():
            cast(Page, page).retranslate()

    def closeEvent(self, event: QCloseEvent) -> None:
        remember_size(self, self.context.preferences, WINDOW_GEOMETRY)
        self.operations.wait()
        self.lock()
        super().closeEvent(event)
