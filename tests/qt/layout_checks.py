"""Finding squashed fields and clipped text in a laid-out screen.

A field squashed below its minimum height (the first-run screen's ~10 px high passphrase
fields) or a word-wrapped label shorter than its text needs (the clipped unlock error) is a
layout fault whatever the language; these checks find every one on a screen at once.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QWidget,
)

TOLERANCE_PX = 1
FIELDS = (QLineEdit, QComboBox, QAbstractSpinBox, QAbstractButton)


def _shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0


def squashed(screen: QWidget) -> list[str]:
    """Visible fields lower than their minimum size hint, and word-wrapped labels lower than
    their text needs at their width."""
    QApplication.processEvents()
    problems = []
    for widget in screen.findChildren(QWidget):
        if not _shown(widget):
            continue
        name = widget.objectName() or type(widget).__name__
        # A spin box's arrows and a line edit's own action buttons (clear, show/hide) are
        # placed and sized by that field, not by a layout.
        inner = isinstance(widget.parent(), QAbstractSpinBox | QLineEdit)
        if isinstance(widget, FIELDS) and not inner:
            need = widget.minimumSizeHint().height()
            if widget.height() + TOLERANCE_PX < need:
                problems.append(f"{name}: {widget.height()} px high, needs {need}")
        elif isinstance(widget, QLabel) and widget.wordWrap() and widget.text().strip():
            need = widget.heightForWidth(widget.width())
            if need > 0 and widget.height() + TOLERANCE_PX < need:
                problems.append(f"{name}: {widget.height()} px high, its text needs {need}")
    return problems
