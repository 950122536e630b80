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


def clipped_headers(screen: QWidget) -> list[str]:
    """Visible table columns narrower than their header's words (the stretching column takes
    what is left and may elide its cells, never its title)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QHeaderView, QTableView

    QApplication.processEvents()
    problems = []
    for view in screen.findChildren(QTableView):
        model = view.model()
        if not _shown(view) or model is None:
            continue
        header = view.horizontalHeader()
        bold = header.font()
        bold.setBold(True)  # the stylesheet draws titles in bold
        from PySide6.QtGui import QFontMetrics

        metrics = QFontMetrics(bold)
        for column in range(header.count()):
            if header.isSectionHidden(column):
                continue
            if header.sectionResizeMode(column) == QHeaderView.ResizeMode.Stretch:
                continue
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            need = metrics.horizontalAdvance(title)
            if header.sectionSize(column) + TOLERANCE_PX < need:
                problems.append(
                    f"{view.objectName()}: column {title!r} is {header.sectionSize(column)} px, "
                    f"its title needs {need}"
                )
    return problems


def clipped_badges(screen: QWidget) -> list[str]:
    """Status badges wider than their column (drawn cut short)."""
    from PySide6.QtCore import QModelIndex
    from PySide6.QtGui import QFont, QFontMetrics
    from PySide6.QtWidgets import QTableView

    from coach_app.ui.badges import _PAD_X, BADGE_ROLE, Badge

    QApplication.processEvents()
    problems = []
    for view in screen.findChildren(QTableView):
        model = view.model()
        if not _shown(view) or model is None:
            continue
        top = QModelIndex()
        for column in range(model.columnCount(top)):
            for row in range(model.rowCount(top)):
                badge = model.index(row, column).data(BADGE_ROLE)
                if not isinstance(badge, Badge):
                    continue
                font = QFont(view.font())
                font.setBold(True)
                need = QFontMetrics(font).horizontalAdvance(badge.text) + 2 * _PAD_X + 6
                if view.columnWidth(column) < need:
                    problems.append(
                        f"{view.objectName()}: badge {badge.text!r} needs {need} px, "
                        f"its column is {view.columnWidth(column)}"
                    )
    return problems
