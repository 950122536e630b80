"""Qt texts that Qt's own Dutch and Turkish catalogues (``qtbase_nl``/``qtbase_tr`` of Qt 6)
leave untranslated, found by ``tests/qt/test_coach_language.py``: the file dialog's labels
gained a mnemonic in Qt 6 ("&Look in:") and the catalogues still hold the old texts.

``QtGapsTranslator`` answers only these; it is installed before Qt's catalogue, so as soon as
a newer Qt translates a text itself, Qt's own words win.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTranslator

GAPS: dict[str, dict[tuple[str, str], str]] = {
    "nl": {
        ("QFileDialog", "&Look in:"): "&Zoeken in:",
        ("QFileDialog", "Files of &type:"): "Bestanden van &type:",
        ("QFileSystemModel", "Drive"): "Station",
        ("QAbstractFileIconProvider", "Drive"): "Station",
    },
    "tr": {
        ("QFileDialog", "&Look in:"): "&Arama konumu:",
        ("QFileDialog", "Files of &type:"): "&Şu türde dosyalar:",
        ("QFileSystemModel", "Drive"): "Sürücü",
        ("QFileDialog", "Drive"): "Sürücü",
        ("QAbstractFileIconProvider", "Drive"): "Sürücü",
    },
}


class QtGapsTranslator(QTranslator):
    def __init__(self, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._texts = GAPS.get(language, {})

    def isEmpty(self) -> bool:
        return not self._texts

    def translate(
        self,
        context: str,
        sourceText: str,  # noqa: N803 - Qt's parameter name
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        return self._texts.get((context, sourceText))
