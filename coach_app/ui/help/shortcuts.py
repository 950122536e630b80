"""The keyboard shortcuts, listed from the window's own actions (so the list never lies)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coach_app.ui.dialogs import settle_buttons, share_lock_shortcut
from coach_app.ui.widgets import named


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


class ShortcutsDialog(QDialog):
    """Every menu action that has a shortcut, plus the keys of the visit editor and dialogs."""

    def __init__(self, actions: Sequence[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("help.shortcuts")
        share_lock_shortcut(self, parent)  # opened modal over the main window
        self._actions = list(actions)
        self.table = named(QTableWidget(0, 2), "help.shortcuts_table", "")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents
        )
        self.close_button = named(QPushButton(), "help.shortcuts_close", "")
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        box = QVBoxLayout(self)
        box.addWidget(self.table, 1)
        box.addLayout(buttons)
        settle_buttons(self, self.close_button)
        self.table.setFocus()
        self.retranslate()
        self.resize(520, 460)

    def rows(self) -> list[tuple[str, str]]:
        native = QKeySequence.SequenceFormat.NativeText
        rows = [
            (_plain(a.text()), a.shortcut().toString(native))
            for a in self._actions
            if not a.shortcut().isEmpty()
        ]
        rows += [
            (self.tr("Save the visit (visit editor)"), QKeySequence("Ctrl+S").toString(native)),
            (self.tr("Next field"), QKeySequence("Tab").toString(native)),
            (self.tr("Close a dialog without saving"), QKeySequence("Esc").toString(native)),
            (self.tr("Open the selected family or visit"), QKeySequence("Return").toString(native)),
        ]
        return rows

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close the list of shortcuts"))
        rows = self.rows()
        self.table.setRowCount(len(rows))
        for row, (what, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(what))
            self.table.setItem(row, 1, QTableWidgetItem(keys))
