"""Translations: Dutch (default), Turkish and English, as Qt ``.ts`` sources and built ``.qm``.

``python -m coach_app.i18n.build`` compiles the ``.qm`` files (``--update`` refreshes the ``.ts``
sources from the code first). Only the composition root installs a translator.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

LANGUAGES: dict[str, str] = {"nl": "Nederlands", "tr": "Türkçe", "en": "English"}
DEFAULT_LANGUAGE = "nl"
PSEUDO_LANGUAGE = "pseudo"  # developers only: every string longer and accented (see pseudo.py)


def translations_dir() -> Path:
    base = getattr(sys, "_MEIPASS", None)
    if base is not None:
        return Path(base) / "coach_app" / "i18n" / "translations"
    return Path(__file__).resolve().parent / "translations"


class TranslatorHolder:
    """Keeps the one installed translator alive and swaps it when the language changes."""

    def __init__(self) -> None:
        self._translator: QTranslator | None = None
        self.language = DEFAULT_LANGUAGE

    def install(self, app: QCoreApplication, language: str) -> bool:
        """Install ``language``; returns False when its ``.qm`` file is missing (not built)."""
        if language not in LANGUAGES and language != PSEUDO_LANGUAGE:
            raise ValueError(f"unsupported language {language!r}")
        if self._translator is not None:
            app.removeTranslator(self._translator)
            self._translator = None
        if language == PSEUDO_LANGUAGE:
            from coach_app.i18n.pseudo import PseudoTranslator

            self._translator = PseudoTranslator(app)
            app.installTranslator(self._translator)
            self.language = language
            QLocale.setDefault(QLocale("en"))
            return True
        translator = QTranslator(app)
        qm = translations_dir() / f"coach_{language}.qm"
        loaded = qm.is_file() and translator.load(str(qm))
        if loaded:
            app.installTranslator(translator)
            self._translator = translator
        self.language = language
        QLocale.setDefault(QLocale(language))
        return loaded
