"""The Families list's search: instant on names and places, then the full-text index on notes."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtWidgets import QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from coach_app.domain import Municipality
from coach_app.paths import DataFolder
from coach_app.security import KdfParams
from coach_app.ui.main_window import MainWindow
from coach_app.workspace import Workspace
from tests.qt.conftest import PASSPHRASE
from tests.qt.helpers import child, make_window, unlock

WHEN = datetime(2019, 4, 2, 10, 0, tzinfo=UTC)


@pytest.fixture
def searchable_folder(folder: DataFolder) -> DataFolder:
    ws = Workspace(folder, kdf=KdfParams())
    ws.create(PASSPHRASE)
    service = ws.service
    yilmaz = service.create_family(
        display_name="Familie Yılmaz", municipality=Municipality("GM0153", "Enschede")
    )
    service.add_person(yilmaz.id, given_name="Şükrü", family_name="Yılmaz")
    service.record_visit(
        yilmaz.id, started_at=WHEN, duration_minutes=60, notes="Zwemles voor de kinderen."
    )
    vries = service.create_family(
        display_name="Familie de Vries", municipality=Municipality("GM0164", "Hengelo")
    )
    service.record_visit(
        vries.id, started_at=WHEN, duration_minutes=30, notes="Taalcursus bij het ROC."
    )
    service.create_family(
        display_name="Familie Kaya", municipality=Municipality("GM0141", "Almelo")
    )
    ws.lock()
    return folder


@pytest.fixture
def window(qtbot: QtBot, searchable_folder: DataFolder) -> MainWindow:
    window = make_window(qtbot, searchable_folder)
    unlock(qtbot, window)
    return window


def type_search(qtbot: QtBot, window: MainWindow, text: str) -> None:
    field = child(window, QLineEdit, "families.search")
    field.clear()
    qtbot.keyClicks(field, text)


def shown_names(window: MainWindow) -> list[str]:
    model = window.families_page.model
    return sorted(str(model.index(row, 0).data()) for row in range(model.rowCount()))


def test_typing_narrows_by_name_and_municipality_at_once(qtbot: QtBot, window: MainWindow) -> None:
    assert len(shown_names(window)) == 3
    type_search(qtbot, window, "vries")
    assert shown_names(window) == ["Familie de Vries"]  # no waiting: filtered in memory
    type_search(qtbot, window, "almelo")
    assert shown_names(window) == ["Familie Kaya"]
    type_search(qtbot, window, "yilmaz")  # accents and the dotless ı ignored
    assert shown_names(window) == ["Familie Yılmaz"]
    assert child(window, QLabel, "families.count").text() == "1 of 3 families"
    type_search(qtbot, window, "")
    assert len(shown_names(window)) == 3
    assert child(window, QLabel, "families.count").text() == "3 families"


def test_a_word_only_in_visit_notes_finds_the_family_after_a_pause(
    qtbot: QtBot, window: MainWindow
) -> None:
    type_search(qtbot, window, "zwemles")
    assert shown_names(window) == []  # not in any name: the index has not answered yet
    qtbot.waitUntil(lambda: shown_names(window) == ["Familie Yılmaz"], timeout=5_000)
    assert child(window, QLabel, "families.count").text() == "1 of 3 families"

    type_search(qtbot, window, "taalcursus roc")
    qtbot.waitUntil(lambda: shown_names(window) == ["Familie de Vries"], timeout=5_000)


def test_people_names_are_found_through_the_index(qtbot: QtBot, window: MainWindow) -> None:
    type_search(qtbot, window, "sukru")
    qtbot.waitUntil(lambda: shown_names(window) == ["Familie Yılmaz"], timeout=5_000)
    # Typing on keeps the index's answer until the new one arrives, then narrows.
    qtbot.keyClicks(child(window, QLineEdit, "families.search"), "x")
    assert shown_names(window) == ["Familie Yılmaz"]
    qtbot.waitUntil(lambda: shown_names(window) == [], timeout=5_000)


def test_status_filter_applies_to_full_text_results(qtbot: QtBot, window: MainWindow) -> None:
    page = window.families_page
    type_search(qtbot, window, "zwemles")
    qtbot.waitUntil(lambda: shown_names(window) == ["Familie Yılmaz"], timeout=5_000)
    page.status_filter.setCurrentIndex(page.status_filter.findData("withdrawn"))
    assert shown_names(window) == []
    page.status_filter.setCurrentIndex(0)
    assert shown_names(window) == ["Familie Yılmaz"]


def test_models_are_sound_with_the_full_text_filter_active(
    qtbot: QtBot, window: MainWindow, qtmodeltester: object
) -> None:
    type_search(qtbot, window, "zwemles")
    qtbot.waitUntil(lambda: window.families_page.model.rowCount() == 1, timeout=5_000)
    assert window.families_page.model.full_text_ids
    qtmodeltester.check(window.families_page.model)  # type: ignore[attr-defined]


def test_locking_drops_the_search_and_its_results(qtbot: QtBot, window: MainWindow) -> None:
    type_search(qtbot, window, "zwemles")
    qtbot.waitUntil(lambda: window.families_page.model.rowCount() == 1, timeout=5_000)
    window.lock()
    assert child(window, QLineEdit, "families.search").text() == ""
    assert window.families_page.model.full_text_ids == frozenset()
    assert window.families_page.model.rowCount() == 0


def test_the_selected_family_stays_selected_while_typing(qtbot: QtBot, window: MainWindow) -> None:
    page = window.families_page
    row = next(r for r in range(3) if page.model.family_at(r).display_name == "Familie de Vries")
    page.view.selectRow(row)
    type_search(qtbot, window, "hengelo")
    assert page.model.rowCount() == 1
    assert page.view.currentIndex().row() == 0
    assert [i.row() for i in page.view.selectionModel().selectedRows()] == [0]
    type_search(qtbot, window, "")
    selected = page.view.selectionModel().selectedRows()
    assert [page.model.family_at(i.row()).display_name for i in selected] == ["Familie de Vries"]
