"""A family's page shows at the door what a coach needs: address and phone (copyable), status,
coach and the next follow-up action; the languages column is never cut short."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHeaderView, QLabel, QPushButton, QTableView
from pytestqt.qtbot import QtBot

from coach_app.paths import DataFolder
from coach_app.ui.family.models import PeopleModel
from tests.canaries import canary
from tests.qt.helpers import child, make_window, unlock

LEFT = Qt.MouseButton.LeftButton


def test_the_header_shows_and_copies_what_is_needed_at_the_door(
    qtbot: QtBot, filled_folder: DataFolder
) -> None:
    window = make_window(qtbot, filled_folder)
    unlock(qtbot, window)
    family = next(
        window.families_page.model.family_at(r)
        for r in range(window.families_page.model.rowCount())
        if window.families_page.model.family_at(r).display_name == canary("OneFamily")
    )
    window.events.family_opened.emit(family.id)
    qtbot.waitUntil(lambda: window.family_page.dossier is not None, timeout=10_000)

    address = child(window, QLabel, "family.subtitle")
    assert "Enschede" in address.text()
    assert canary("OneAddress") in address.text()
    assert address.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    phone = child(window, QLabel, "family.phone")
    stored = window.workspace.service.get_family(family.id)
    assert stored.phone in phone.text()
    assert canary("OneCoach") in child(window, QLabel, "family.coach").text()
    assert child(window, QLabel, "family.status").text() == "Intake"
    next_action = child(window, QLabel, "family.next_followup").text()
    assert canary("OneFollowUp") in next_action
    assert next_action.startswith("Overdue since")  # the seeded action was due in 2019

    qtbot.mouseClick(child(window, QPushButton, "family.copy_phone"), LEFT)
    assert QGuiApplication.clipboard().text() == stored.phone
    qtbot.mouseClick(child(window, QPushButton, "family.copy_address"), LEFT)
    assert QGuiApplication.clipboard().text() == stored.address

    people = child(window, QTableView, "person.list")
    header = people.horizontalHeader()
    assert header.sectionResizeMode(PeopleModel.LANGUAGES) == QHeaderView.ResizeMode.Stretch
    assert header.sectionResizeMode(PeopleModel.NAME) == QHeaderView.ResizeMode.ResizeToContents

    window.lock()  # what was copied from the page leaves the clipboard with it
    assert QGuiApplication.clipboard().text() == ""
    assert child(window, QLabel, "family.phone").text() == ""


def test_an_address_that_names_the_place_does_not_repeat_it(
    qtbot: QtBot, filled_folder: DataFolder
) -> None:
    """Found on the demo: "Enschede · Sethweg 841, 4883 CC Enschede"."""
    from dataclasses import replace

    window = make_window(qtbot, filled_folder)
    unlock(qtbot, window)
    service = window.workspace.service
    summary = service.list_families()[0]
    family = service.get_family(summary.id)
    place = family.municipality.name
    service.update_family(replace(family, address=f"Sethweg 841, 4883 CC {place}"))
    window.events.family_opened.emit(family.id)
    qtbot.waitUntil(lambda: window.family_page.dossier is not None, timeout=10_000)
    subtitle = child(window, QLabel, "family.subtitle").text()
    assert subtitle == f"Sethweg 841, 4883 CC {place}"
    assert subtitle.count(place) == 1
