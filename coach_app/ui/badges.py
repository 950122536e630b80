"""Status badges: a state in words on a soft coloured pill, instead of whole rows in bold red.

A model gives a cell's words as its display text (read by screen readers, sorting and tests)
and a ``Badge`` under ``BADGE_ROLE``; ``BadgeDelegate`` draws it. The tones are the app's only
status colours, kept readable (text on its own light background, WCAG AA contrast).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from coach_app.domain.enums import ProgrammeStatus

BADGE_ROLE = Qt.ItemDataRole.UserRole + 40
_Index = QModelIndex | QPersistentModelIndex

#: tone -> (background, text). Text on its background has a contrast ratio of at least 4.5.
TONES: dict[str, tuple[str, str]] = {
    "danger": ("#FDE7E7", "#A1201A"),
    "warning": ("#FFF1D6", "#7A4A00"),
    "info": ("#E1EFF5", "#124A5E"),
    "success": ("#E2F3E8", "#1D6337"),
    "neutral": ("#ECEFF2", "#3A4753"),
}
_PAD_X, _PAD_Y = 8, 2


@dataclass(frozen=True, slots=True)
class Badge:
    text: str
    tone: str = "neutral"


def programme_status_tone(status: ProgrammeStatus) -> str:
    return {
        ProgrammeStatus.INTAKE: "info",
        ProgrammeStatus.ACTIVE: "success",
        ProgrammeStatus.PAUSED: "warning",
        ProgrammeStatus.COMPLETED: "neutral",
        ProgrammeStatus.WITHDRAWN: "neutral",
    }[status]


def badge_style(tone: str) -> str:
    """A stylesheet for a QLabel shown as a badge (page headers)."""
    background, text = TONES.get(tone, TONES["neutral"])
    return (
        f"background: {background}; color: {text}; border-radius: 9px; "
        f"padding: {_PAD_Y}px {_PAD_X}px; font-weight: 600;"
    )


def show_badge(label: QLabel, badge: Badge | None) -> None:
    """Show ``badge`` in ``label`` (hidden when None)."""
    label.setVisible(badge is not None)
    if badge is not None:
        label.setText(badge.text)
        label.setStyleSheet(badge_style(badge.tone))


class BadgeDelegate(QStyledItemDelegate):
    """Draws a cell's ``Badge`` as a pill; cells without one are drawn as usual."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        badge = index.data(BADGE_ROLE)
        if not isinstance(badge, Badge):
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if isinstance(widget, QWidget) else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        background, text = TONES.get(badge.tone, TONES["neutral"])
        font = QFont(opt.font)
        font.setBold(True)
        painter.save()
        painter.setFont(font)
        metrics = painter.fontMetrics()  # the metrics the text is drawn with
        rect: QRect = opt.rect
        width = min(metrics.horizontalAdvance(badge.text) + 2 * _PAD_X + 2, rect.width() - 4)
        height = min(metrics.height() + 2 * _PAD_Y, rect.height() - 2)
        pill = QRect(rect.left() + 4, rect.center().y() - height // 2, width, height)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(background))
        painter.drawRoundedRect(pill, height / 2, height / 2)
        painter.setPen(QColor(text))
        elided = metrics.elidedText(
            badge.text, Qt.TextElideMode.ElideRight, pill.width() - 2 * _PAD_X
        )
        painter.drawText(pill, int(Qt.AlignmentFlag.AlignCenter), elided)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        size = super().sizeHint(option, index)
        badge = index.data(BADGE_ROLE)
        if isinstance(badge, Badge):
            font = QFont(option.font)
            font.setBold(True)
            width = QFontMetrics(font).horizontalAdvance(badge.text) + 2 * _PAD_X + 16
            size.setWidth(max(size.width(), width))
        return size
