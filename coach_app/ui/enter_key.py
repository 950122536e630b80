"""Enter presses the focused button on the app's pages, as it does in dialogs.

Qt's push buttons answer Enter only inside a ``QDialog`` (where they are "auto default"); the
first-run, unlock and recovery pages are plain widgets in the main window, so a keyboard user
who tabbed to "Continue" and pressed Enter got nothing. ``EnterPressesFocusedButton`` is an
application-wide event filter that clicks the focused, enabled push button outside dialogs on
Enter or Return; inside dialogs Qt's own default-button rules stay in charge.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QPushButton

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class EnterPressesFocusedButton(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QPushButton):
            return False
        key_event = event if isinstance(event, QKeyEvent) else None
        if key_event is None or key_event.key() not in _ENTER:
            return False
        if key_event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        if isinstance(watched.window(), QDialog) or watched.autoDefault():
            return False  # Qt handles it
        if watched.isEnabled() and watched.hasFocus():
            watched.animateClick()
            return True
        return False
