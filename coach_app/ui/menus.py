"""The menu bar: File, View and Help, with the app's keyboard shortcuts.

- File: New family, New visit (on a family's page), Lock (Ctrl+L), Quit.
- View: the four sections (Ctrl+1 ... Ctrl+4) and Find a family (Ctrl+F).
- Help: the user guide (F1), the keyboard shortcuts, About.

Ctrl+N means "new here": a new visit on a family's page, a new family everywhere else. Only the
action it belongs to holds the shortcut at a time, so Qt never sees two actions with one key.
Actions that need the data are disabled while the app is locked.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from coach_app.ui.resources import icon

NEW = QKeySequence("Ctrl+N")
SECTION_KEYS = {"today": "Ctrl+1", "families": "Ctrl+2", "sync": "Ctrl+3", "settings": "Ctrl+4"}


class AppMenus(QObject):
    """Builds the window's menu bar; the window gives the callbacks (it is never imported)."""

    def __init__(
        self,
        window: QMainWindow,
        *,
        new_family: Callable[[], None],
        new_visit: Callable[[], None],
        lock: Callable[[], None],
        show_section: Callable[[str], None],
        find: Callable[[], None],
        guide: Callable[[], None],
        shortcuts: Callable[[], None],
        about: Callable[[], None],
    ) -> None:
        super().__init__(window)
        self.setObjectName("app.menus")
        bar = window.menuBar()
        bar.setObjectName("app.menu_bar")
        self.file_menu = self._menu(bar.addMenu(""), "menu.file")
        self.view_menu = self._menu(bar.addMenu(""), "menu.view")
        self.help_menu = self._menu(bar.addMenu(""), "menu.help")

        self.new_family = self._action("file.new_family", new_family, icon("add"))
        self.new_visit = self._action("file.new_visit", new_visit, icon("visit"))
        self.lock = self._action("app.lock", lock, icon("lock"), QKeySequence("Ctrl+L"))
        # Ctrl+L locks from every window of the app (a visit editor is a window of its own),
        # not only while the main window is in front.
        self.lock.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.quit = self._action(
            "file.quit",
            window.close,
            None,
            QKeySequence.StandardKey.Quit,
        )
        for action in (self.new_family, self.new_visit):
            self.file_menu.addAction(action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.lock)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit)

        self.sections: dict[str, QAction] = {}
        for key, keys in SECTION_KEYS.items():
            action = self._action(
                f"view.{key}", partial(show_section, key), icon(key), QKeySequence(keys)
            )
            self.sections[key] = action
            self.view_menu.addAction(action)
        self.view_menu.addSeparator()
        self.find = self._action(
            "view.find", find, icon("search"), QKeySequence(QKeySequence.StandardKey.Find)
        )
        self.view_menu.addAction(self.find)

        self.guide = self._action(
            "help.guide", guide, icon("help"), QKeySequence(QKeySequence.StandardKey.HelpContents)
        )
        self.shortcuts = self._action("help.shortcuts", shortcuts)
        self.about = self._action("help.about", about)
        for action in (self.guide, self.shortcuts):
            self.help_menu.addAction(action)
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.about)
        self.set_unlocked(False)

    def _menu(self, menu: QMenu, name: str) -> QMenu:
        menu.setObjectName(name)
        return menu

    def _action(
        self,
        name: str,
        slot: Callable[[], object],
        action_icon: QIcon | None = None,
        shortcut: QKeySequence | QKeySequence.StandardKey | None = None,
    ) -> QAction:
        action = QAction(self.parent())
        action.setObjectName(name)
        if action_icon is not None:
            action.setIcon(action_icon)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(lambda _=False: slot())
        return action

    def set_unlocked(self, unlocked: bool) -> None:
        for action in (self.new_family, self.lock, self.find, *self.sections.values()):
            action.setEnabled(unlocked)
        if not unlocked:
            self.new_visit.setEnabled(False)

    def on_family_page(self, family_page: bool) -> None:
        """Ctrl+N makes a new visit on a family's page, a new family elsewhere."""
        unlocked = self.lock.isEnabled()
        self.new_visit.setEnabled(unlocked and family_page)
        self.new_visit.setShortcut(NEW if family_page else QKeySequence())
        self.new_family.setShortcut(QKeySequence() if family_page else NEW)

    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.new_family.setText(self.tr("New &family…"))
        self.new_visit.setText(self.tr("New &visit…"))
        self.lock.setText(self.tr("&Lock"))
        self.quit.setText(self.tr("&Quit"))
        titles = {
            "today": self.tr("&Today"),
            "families": self.tr("F&amilies"),
            "sync": self.tr("&Sync"),
            "settings": self.tr("S&ettings"),
        }
        for key, action in self.sections.items():
            action.setText(titles[key])
        self.find.setText(self.tr("&Find a family…"))
        self.guide.setText(self.tr("&User guide"))
        self.shortcuts.setText(self.tr("&Keyboard shortcuts"))
        self.about.setText(self.tr("&About Coach Companion"))

    def all_actions(self) -> list[QAction]:
        return [
            self.new_family,
            self.new_visit,
            self.lock,
            self.quit,
            *self.sections.values(),
            self.find,
            self.guide,
            self.shortcuts,
            self.about,
        ]
