"""One way for every dialog to answer Enter, and one way to ask a yes/no question.

Qt gives a dialog without a default button one anyway: the first "auto-default" push button in
the focus chain (``QDialog::setVisible``). That is how Enter in the visit editor's duration
added an empty follow-up row. ``settle_buttons`` makes the choice explicit: no button is
auto-default, and Enter presses ``default`` (or nothing at all when ``default`` is None).

``ask`` is the one yes/no question of the coach's screens: the safe answer is the default and
the answer to Escape, and both buttons carry words, not "Yes"/"No". ``ask_later`` asks the same
question without a nested event loop (the answer arrives in a callback), for a dialog that may
be closed and deleted while the question is open (a lock).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QPushButton, QWidget

log = logging.getLogger(__name__)


def share_lock_shortcut(dialog: QWidget, parent: QWidget | None) -> None:
    """Ctrl+L (the main window's Lock action) locks while ``dialog`` is in front too.

    The action is an application shortcut, which is how the visit editor (a window without
    modality) gets it; but Qt does not match an application shortcut whose widgets are all
    behind a modal dialog, so in a modal editor Ctrl+L did nothing. Adding the same action to
    the dialog gives it a widget in front. Locking then runs as from the menu: editors keep
    their draft and close (``UiEvents.about_to_lock``)."""
    window = parent.window() if parent is not None else None
    while window is not None:  # a question asked over an editor: up to the main window
        action = getattr(window, "lock_action", None)
        if isinstance(action, QAction):
            if action not in dialog.actions():
                dialog.addAction(action)
            return
        above = window.parentWidget()
        window = above.window() if above is not None else None


def settle_buttons(dialog: QWidget, default: QPushButton | None) -> None:
    """Enter presses ``default`` (None: Enter presses nothing); no button becomes default by
    having focus. Call it after the dialog's buttons exist (also ones added later)."""
    for button in dialog.findChildren(QPushButton):
        button.setAutoDefault(False)
        button.setDefault(False)
    if default is not None:
        default.setDefault(True)


def ask(
    parent: QWidget,
    *,
    name: str,
    title: str,
    text: str,
    confirm: str,
    keep: str,
    destructive: bool = False,
) -> bool:
    """Ask before an action; True when the coach chose ``confirm``.

    ``keep`` (doing nothing) is the default button and the answer to Escape and to closing
    the box, so a stray Enter never confirms. ``name`` becomes the box's object name.
    """
    box, yes = _question(
        parent,
        name=name,
        title=title,
        text=text,
        confirm=confirm,
        keep=keep,
        destructive=destructive,
    )
    box.exec()
    return box.clickedButton() is yes


def ask_later(
    parent: QWidget,
    *,
    name: str,
    title: str,
    text: str,
    confirm: str,
    keep: str,
    answered: Callable[[bool], None],
    destructive: bool = False,
) -> QMessageBox:
    """Like ``ask``, but returns at once with the (window-modal) box shown; ``answered`` gets
    True when the coach chose ``confirm`` and False for ``keep``, Escape, closing the box or
    the box being closed by code (``box.done``). The box deletes itself once answered. An
    exception raised by ``answered`` is logged by type and goes no further."""
    box, yes = _question(
        parent,
        name=name,
        title=title,
        text=text,
        confirm=confirm,
        keep=keep,
        destructive=destructive,
    )
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    share_lock_shortcut(box, parent)  # a lock closes the box with its editor (no nested loop)

    def finished(_result: int) -> None:
        try:
            answered(box.clickedButton() is yes)
        except Exception as exc:  # noqa: BLE001 - never into the Qt event loop
            log.error("answer to %s not handled: %s", name, type(exc).__name__)

    box.finished.connect(finished)
    box.open()
    return box


def _question(
    parent: QWidget,
    *,
    name: str,
    title: str,
    text: str,
    confirm: str,
    keep: str,
    destructive: bool,
) -> tuple[QMessageBox, QAbstractButton]:
    box = QMessageBox(parent)
    box.setObjectName(name)
    box.setIcon(QMessageBox.Icon.Warning if destructive else QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    role = (
        QMessageBox.ButtonRole.DestructiveRole if destructive else QMessageBox.ButtonRole.AcceptRole
    )
    yes = box.addButton(confirm, role)
    no = box.addButton(keep, QMessageBox.ButtonRole.RejectRole)
    yes.setObjectName(f"{name}.confirm")
    no.setObjectName(f"{name}.keep")
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    return box, yes
