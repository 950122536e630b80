"""The automatic lock: minutes without use, capped by the organisation's policy."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QSpinBox, QWidget

from coach_app.ui.context import UiContext
from coach_app.ui.preferences import AUTO_LOCK_MINUTES
from coach_app.ui.widgets import named


class AutoLockBox(QGroupBox):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        maximum = max(1, context.deployment.auto_lock_max_minutes)
        self.auto_lock = named(QSpinBox(), "settings.auto_lock", "")
        self.auto_lock.setRange(1, maximum)
        stored = (
            context.preferences.get(AUTO_LOCK_MINUTES)
            if context.preferences is not None
            else AUTO_LOCK_MINUTES.default
        )
        self.auto_lock.setValue(min(max(1, stored), maximum))
        self._label = QLabel()
        self._label.setBuddy(self.auto_lock)
        self.policy = QLabel()
        self.policy.setObjectName("settings.auto_lock_policy")
        self.policy.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self._label, self.auto_lock)
        form.addRow("", self.policy)
        self.auto_lock.valueChanged.connect(self._auto_lock_changed)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Automatic lock"))
        self._label.setText(self.tr("Lock after &minutes without use:"))
        self.auto_lock.setAccessibleName(self.tr("Minutes before the automatic lock"))
        self.policy.setText(
            self.tr(
                "Your organisation's policy allows at most %n minutes.",
                "",
                self.auto_lock.maximum(),
            )
        )

    def _auto_lock_changed(self, minutes: int) -> None:
        minutes = min(max(1, minutes), self.auto_lock.maximum())
        if self.context.preferences is not None:
            self.context.preferences.set(AUTO_LOCK_MINUTES, minutes)
        self.context.events.auto_lock_changed.emit(minutes)
