"""Check boxes for the languages a family or person speaks."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QWidget

from coach_app.ui.family.models import language_label
from coach_app.ui.widgets import named

LANGUAGE_CODES = ("nl", "tr", "en", "ar", "other")


class LanguageChecks(QWidget):
    """Check boxes for languages; the order of choosing is kept (the first is the preferred)."""

    def __init__(self, area: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._order: list[str] = []
        self.boxes: dict[str, QCheckBox] = {}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for code in LANGUAGE_CODES:
            box = named(QCheckBox(), f"{area}.language_{code}", "")
            box.toggled.connect(lambda on, c=code: self._toggled(c, on))
            self.boxes[code] = box
            row.addWidget(box)
        row.addStretch(1)

    def retranslate(self) -> None:
        for code, box in self.boxes.items():
            box.setText(language_label(code))
            box.setAccessibleName(language_label(code))

    def _toggled(self, code: str, on: bool) -> None:
        if on and code not in self._order:
            self._order.append(code)
        elif not on and code in self._order:
            self._order.remove(code)

    def value(self) -> tuple[str, ...]:
        return tuple(self._order) + self._kept

    def set_value(self, codes: Sequence[str]) -> None:
        self._order = []
        for box in self.boxes.values():
            box.blockSignals(True)
            box.setChecked(False)
            box.blockSignals(False)
        for code in codes:
            if code in self.boxes:
                self.boxes[code].setChecked(True)
        # Codes we offer no box for (e.g. "ku" from an import) are kept as they are.
        self._kept = tuple(c for c in codes if c not in self.boxes)

    _kept: tuple[str, ...] = ()
