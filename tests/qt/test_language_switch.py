"""Switching the language at run time changes the visible strings of every main screen.

The texts a coach sees (labels, buttons, tabs, group box titles, item-view headers, the
navigation) are collected per screen in English, then after choosing Dutch and then Turkish in
Settings. Data (family names, dates, numbers) does not change with the language, so the test asks
for a substantial share of changed texts, plus known words of each language.
"""

from __future__ import annotations

from collections.abc import Iterator
from uuid import UUID

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from coach_app.i18n import TranslatorHolder, build
from coach_app.paths import DataFolder
from coach_app.ui.main_window import MainWindow
from tests.qt.helpers import child, make_window, unlock

SCREENS = ("today", "families", "family", "sync", "settings")
# Most of what a screen shows is the app's own words; a few texts are data (names, places) or
# the same word in two languages. Asked of all texts and, apart, of the texts the screen sets
# itself (item-view headers are asked of the model at paint time, so they hide a screen whose
# retranslate() was never called).
SHARE_CHANGED = 0.75
NAV = {
    "en": ["Today", "Families", "Sync", "Settings"],
    "nl": ["Vandaag", "Gezinnen", "Synchronisatie", "Instellingen"],
    "tr": ["Bugün", "Aileler", "Eşitleme", "Ayarlar"],
}


@pytest.fixture
def translator(qapp: QApplication) -> Iterator[TranslatorHolder]:
    build.release()
    holder = TranslatorHolder()
    holder.install(qapp, "en")
    yield holder
    holder.install(qapp, "en")


def _has_words(text: str) -> bool:
    return sum(c.isalpha() for c in text) >= 2


def _header_texts(header: QHeaderView) -> list[str]:
    model = header.model()
    if model is None or header.isHidden():
        return []
    count = model.columnCount() if header.orientation() == Qt.Orientation.Horizontal else 0
    texts = []
    for section in range(count):
        if not header.isSectionHidden(section):
            value = model.headerData(section, Qt.Orientation.Horizontal)
            if value:
                texts.append(str(value))
    return texts


def widget_texts(page: QWidget) -> list[str]:
    """The texts the screen sets itself (labels, buttons, choices, group boxes, tabs)."""
    texts: list[str] = []

    def seen(widget: QWidget) -> bool:
        return widget is page or widget.isVisibleTo(page)

    for label in page.findChildren(QLabel):
        if seen(label):
            texts.append(label.text())
    for button in page.findChildren(QAbstractButton):
        if seen(button):
            texts.append(button.text())
    for combo in page.findChildren(QComboBox):
        if seen(combo):
            texts.append(combo.currentText())
    for box in page.findChildren(QGroupBox):
        if seen(box):
            texts.append(box.title())
    for bar in page.findChildren(QTabBar):
        if seen(bar):
            texts.extend(bar.tabText(i) for i in range(bar.count()))
    return [t.replace("&", "") for t in texts if _has_words(t)]


def header_texts(page: QWidget) -> list[str]:
    """The column headers of the screen's visible tables and lists."""
    texts: list[str] = []
    for view in page.findChildren(QAbstractItemView):
        if view.isVisibleTo(page) and hasattr(view, "horizontalHeader"):
            texts.extend(_header_texts(view.horizontalHeader()))
    return [t for t in texts if _has_words(t)]


def visit_all(qtbot: QtBot, window: MainWindow, family_id: UUID) -> None:
    """Show every screen once (so each has loaded its data), ending on Settings."""
    for key in SCREENS:
        if key == "family":
            window.events.family_opened.emit(family_id)
        else:
            window.show_page(key)
        assert window.operations.wait(20_000)
        QApplication.processEvents()
        page = window.pages[key]
        qtbot.waitUntil(lambda page=page: window.current_page() is page, timeout=5_000)


def collect(window: MainWindow) -> dict[str, list[str]]:
    """Every screen's texts where they stand: no navigation, so no refresh can hide a screen
    that does not retranslate."""
    screens: dict[str, list[str]] = {}
    for key in SCREENS:
        own = widget_texts(window.pages[key])
        screens[key + ":own"] = own
        screens[key] = own + header_texts(window.pages[key])
    screens["nav"] = [window.nav.item(row).text() for row in range(window.nav.count())]
    return screens


def switch_to(window: MainWindow, code: str) -> None:
    assert window.current_page() is window.settings_page
    combo = child(window, QComboBox, "settings.language")
    index = combo.findData(code)
    assert index >= 0
    combo.setCurrentIndex(index)
    QApplication.processEvents()


def changed_share(before: list[str], after: list[str]) -> float:
    """The share of ``after``'s texts that were not there before."""
    old = set(before)
    return sum(text not in old for text in after) / max(1, len(after))


def test_every_main_screen_follows_the_language_chosen_in_settings(
    qtbot: QtBot,
    qapp: QApplication,
    filled_folder: DataFolder,
    translator: TranslatorHolder,
) -> None:
    window = make_window(qtbot, filled_folder)
    window.events.language_requested.connect(lambda code: translator.install(qapp, code))
    unlock(qtbot, window)
    family_id = window.workspace.service.list_families()[0].id

    visit_all(qtbot, window, family_id)
    english = collect(window)
    assert english["nav"] == NAV["en"]
    for key in SCREENS:
        assert len(english[key]) >= 5, f"{key}: too few texts to judge ({english[key]})"

    seen = {"en": english}
    for code in ("nl", "tr"):
        switch_to(window, code)
        in_place = collect(window)
        visit_all(qtbot, window, family_id)  # and again after each screen has refreshed
        for texts in (in_place, collect(window)):
            assert texts["nav"] == NAV[code]
            for key in [*SCREENS, *(f"{screen}:own" for screen in SCREENS)]:
                for other, earlier in seen.items():
                    share = changed_share(earlier[key], texts[key])
                    assert share >= SHARE_CHANGED, (
                        f"{key} in {code}: only {share:.0%} of its texts differ from {other}; "
                        f"unchanged: {sorted(set(texts[key]) & set(earlier[key]))}"
                    )
        seen[code] = in_place

    assert "Gezinnen" in seen["nl"]["families"] or any(
        "Gezin" in text for text in seen["nl"]["families"]
    )
    assert any("Aile" in text for text in seen["tr"]["families"])
    assert any("Instellingen" in text for text in seen["nl"]["settings"])
    assert any("Ayarlar" in text for text in seen["tr"]["settings"])
