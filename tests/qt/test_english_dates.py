"""English dates as a Dutch programme needs them: four-digit years, a 24-hour clock, weeks from
Monday (the British convention), never Qt's American "en" (3/14/26, 2:00 PM).

Found trying the app in English: a person's birth date field read "11/30/26" and typing 1985
gave "19"; the visit editor's time read "8:45 PM" while the Dutch and Turkish screens (and ISO
weeks) count from Monday with a 24-hour clock.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime
from PySide6.QtWidgets import QApplication, QDateEdit

from coach_app.i18n import TranslatorHolder, build, locale_for


@pytest.fixture
def english(qapp: QApplication) -> Iterator[TranslatorHolder]:
    build.release()
    holder = TranslatorHolder()
    holder.install(qapp, "en")
    yield holder
    holder.install(qapp, "en")


def test_english_short_dates_have_four_digit_years_and_a_24_hour_clock(
    english: TranslatorHolder,
) -> None:
    locale = QLocale()
    day = QDate(1985, 3, 14)
    assert locale.toString(day, QLocale.FormatType.ShortFormat) == "14/03/1985"
    moment = QDateTime(day, QTime(20, 45))
    assert locale.toString(moment, QLocale.FormatType.ShortFormat) == "14/03/1985 20:45"
    assert locale.firstDayOfWeek() == Qt.DayOfWeek.Monday


def test_a_birth_date_in_1985_can_be_typed_in_english(
    qtbot: object, english: TranslatorHolder
) -> None:
    field = QDateEdit(QDate(2026, 11, 30))  # takes the default locale, as the app's fields do
    assert "yyyy" in field.displayFormat()
    field.setDate(QDate(1985, 3, 14))
    assert field.text() == "14/03/1985"


@pytest.mark.parametrize(
    ("language", "expected"),
    [("nl", "14-03-1985"), ("tr", "14.03.1985"), ("en", "14/03/1985")],
)
def test_every_language_has_a_locale_with_four_digit_years(language: str, expected: str) -> None:
    assert locale_for(language).toString(QDate(1985, 3, 14), QLocale.FormatType.ShortFormat) == (
        expected
    )
