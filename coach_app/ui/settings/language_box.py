"""Choosing the app's language."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QWidget

from coach_app.i18n import LANGUAGES
from coach_app.ui.context import UiContext
from coach_app.ui.widgets import named


class LanguageBox(QGroupBox):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.language = named(QComboBox(), "settings.language", "")
        for code, name in LANGUAGES.items():  # each language in its own words: not translated
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(context.language)))
        self._label = QLabel()
        self._label.setBuddy(self.language)
        form = QFormLayout(self)
        form.addRow(self._label, self.language)
        self.language.currentIndexChanged.connect(self._language_changed)

    def retranslate(self) -> None:
        self.language.blockSignals(True)  # the language may have changed elsewhere (first run)
        self.language.setCurrentIndex(max(0, self.language.findData(self.context.language)))
        self.language.blockSignals(False)
        self.setTitle(self.tr("Language"))
        self._label.setText(self.tr("&Language:"))
        self.language.setAccessibleName(self.tr("Language"))

    def _language_changed(self) -> None:
        code = self.language.currentData()
        if code:
            self.context.language = str(code)
            self.context.events.language_requested.emit(str(code))
