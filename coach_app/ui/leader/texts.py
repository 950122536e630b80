"""Translation for leader mode: the window's language, or a report's own language.

A funder report is written in the language chosen for it, whatever the window's language: a
separate :class:`QTranslator` is loaded for it and asked directly, never installed. The
literals are marked with ``QT_TRANSLATE_NOOP`` where they are declared, so lupdate sees them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from coach_app.i18n import locale_for, translations_dir

__all__ = ["Texts", "report_texts", "ui_texts"]


@dataclass(frozen=True)
class Texts:
    """``tr(context, source)`` in one language, with that language's locale for numbers."""

    lookup: Callable[[str, str], str]
    locale: QLocale
    language: str

    def translate(self, context: str, source: str) -> str:
        """Named like QCoreApplication.translate so lupdate collects the literals."""
        return self.lookup(context, source)

    def count(self, value: int) -> str:
        return self.locale.toString(value)

    def change(self, value: float) -> str:
        text = self.locale.toString(value, "f", 2)
        return text if value < 0 else "+" + text if value > 0 else text

    def month(self, month: str) -> str:
        """``2019-03`` as a short month and year in this language (e.g. ``mrt 2019``)."""
        from PySide6.QtCore import QDate

        date = QDate(int(month[:4]), int(month[5:7]), 1)
        return self.locale.toString(date, "MMM yyyy").replace(".", "")

    def month_axis(self, months: tuple[str, ...]) -> tuple[tuple[str, ...], str]:
        """Labels for ``YYYY-MM`` months on a chart's axis, and the axis title.

        Months of one year read ``jan``, ``feb``, ... under the title ``2019``; months of more
        than one year keep their year (``jan 2019``) and the title is empty.
        """
        years = {m[:4] for m in months}
        if len(years) != 1:
            return tuple(self.month(m) for m in months), ""
        short = QLocale.FormatType.ShortFormat
        names = tuple(
            self.locale.standaloneMonthName(int(m[5:7]), short).replace(".", "") for m in months
        )
        return names, years.pop()


def ui_texts() -> Texts:
    """The window's language (the installed translator and the default locale)."""
    locale = QLocale()
    return Texts(QCoreApplication.translate, locale, locale.name()[:2])


def report_texts(language: str, folder: Path | None = None) -> Texts:
    """Texts in ``language`` from its ``.qm`` file, independent of the window's language.

    Untranslated strings fall back to the English source text.
    """
    translator = QTranslator()
    qm = (folder or translations_dir()) / f"coach_{language}.qm"
    if qm.is_file():
        translator.load(str(qm))

    def translate(context: str, source: str) -> str:
        return translator.translate(context, source) or source

    return Texts(translate, locale_for(language), language)
