"""Translations: Dutch (default), Turkish and English, as Qt ``.ts`` sources and built ``.qm``.

``python -m coach_app.i18n.build`` compiles the ``.qm`` files (``--update`` refreshes the ``.ts``
sources from the code first). Only the composition root installs a translator.

Qt's own texts (Cancel, Yes/No, the file and print dialogs, a text field's context menu) come
from Qt's ``qtbase_<lang>.qm``, shipped in the PySide6 wheel's ``Qt/translations`` folder and
bundled by build.spec; they are installed beside ours.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

LANGUAGES: dict[str, str] = {"nl": "Nederlands", "tr": "Türkçe", "en": "English"}
DEFAULT_LANGUAGE = "nl"
#: The locale (dates, times, numbers, first day of the week) of each language. English is the
#: British convention: the programme works in the Netherlands with ISO weeks, and Qt's plain
#: "en" is American (3/14/26, 12-hour clock, weeks from Sunday), whose two-digit years make a
#: birth date like 1985 impossible to type in a date field.
LOCALES: dict[str, str] = {"nl": "nl_NL", "tr": "tr_TR", "en": "en_GB"}
PSEUDO_LANGUAGE = "pseudo"  # developers only: every string longer and accented (see pseudo.py)


def locale_for(language: str) -> QLocale:
    """The ``QLocale`` for ``language`` ("nl", "tr", "en"; others as Qt reads them)."""
    return QLocale(LOCALES.get(language, language))


def translations_dir() -> Path:
    base = getattr(sys, "_MEIPASS", None)
    if base is not None:
        return Path(base) / "coach_app" / "i18n" / "translations"
    return Path(__file__).resolve().parent / "translations"


def qt_translations_dirs() -> list[Path]:
    """Where Qt's own ``qtbase_<lang>.qm`` files are: the frozen bundle's copy first."""
    dirs = []
    base = getattr(sys, "_MEIPASS", None)
    if base is not None:
        dirs.append(Path(base) / "PySide6" / "Qt" / "translations")
    dirs.append(Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)))
    return dirs


def _load_qt_base(translator: QTranslator, language: str) -> bool:
    return any(
        translator.load(f"qtbase_{language}", str(folder))
        for folder in qt_translations_dirs()
        if folder.is_dir()
    )


class TranslatorHolder:
    """Keeps the installed translators (ours and Qt's own) alive and swaps them when the
    language changes. ``qt_loaded`` tells whether Qt's own texts are translated (English
    needs none)."""

    def __init__(self) -> None:
        self._translator: QTranslator | None = None
        self._qt_translator: QTranslator | None = None
        self._gaps: QTranslator | None = None
        self.language = DEFAULT_LANGUAGE
        self.qt_loaded = False

    def remove(self, app: QCoreApplication) -> None:
        """Take this holder's translators out of ``app``."""
        for translator in (self._translator, self._qt_translator, self._gaps):
            if translator is not None:
                app.removeTranslator(translator)
        self._translator = self._qt_translator = self._gaps = None

    def install(self, app: QCoreApplication, language: str) -> bool:
        """Install ``language``; returns False when its ``.qm`` file is missing (not built)."""
        if language not in LANGUAGES and language != PSEUDO_LANGUAGE:
            raise ValueError(f"unsupported language {language!r}")
        self.remove(app)
        self.qt_loaded = language in ("en", PSEUDO_LANGUAGE)
        if language == PSEUDO_LANGUAGE:
            from coach_app.i18n.pseudo import PseudoTranslator

            self._translator = PseudoTranslator(app)
            app.installTranslator(self._translator)
            self.language = language
            QLocale.setDefault(locale_for("en"))
            return True
        if language != "en":
            from coach_app.i18n.qt_gaps import QtGapsTranslator

            self._gaps = QtGapsTranslator(language, app)  # searched after Qt's own catalogue
            app.installTranslator(self._gaps)
            qt_translator = QTranslator(app)
            if _load_qt_base(qt_translator, language):
                app.installTranslator(qt_translator)
                self._qt_translator = qt_translator
                self.qt_loaded = True
        translator = QTranslator(app)
        qm = translations_dir() / f"coach_{language}.qm"
        loaded = qm.is_file() and translator.load(str(qm))
        if loaded:
            app.installTranslator(translator)
            self._translator = translator
        self.language = language
        QLocale.setDefault(locale_for(language))
        return loaded
