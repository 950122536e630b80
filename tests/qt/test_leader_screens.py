"""Leader screens without a server: the period picker, the window's size, dialogs' default
buttons and focus, object and accessible names. (Behaviour against a real server is in
test_leader_mode.py.)"""

from __future__ import annotations

import inspect
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import httpx
import pytest
from PySide6.QtCore import QDate, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QCalendarWidget,
    QComboBox,
    QDialog,
    QLineEdit,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

import coach_app.ui.leader as leader_ui
from coach_app.deployment import Deployment
from coach_app.leader import DeviceInfo, LeaderClient
from coach_app.leader.periods import Period
from coach_app.ui.leader import LeaderMode, LeaderSignInDialog, LeaderWindow
from coach_app.ui.leader.devices import RevokeConfirmation
from coach_app.ui.leader.period import PeriodPicker
from coach_app.ui.leader.window import GEOMETRY, default_size
from coach_app.ui.preferences import Preferences
from tests.qt.helpers import child

TODAY = date(2019, 5, 14)


def unreachable() -> LeaderClient:
    """A client whose server answers 503 to everything (the window shows a message)."""
    return LeaderClient(
        "https://leader.test",
        transport=httpx.MockTransport(lambda request: httpx.Response(503)),
    )


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[LeaderWindow]:
    win = LeaderWindow(
        unreachable(),
        Deployment(organisation_name="Stichting Test"),
        today=TODAY,
        preferences=Preferences(tmp_path / "leader.ini"),
    )
    qtbot.addWidget(win)
    yield win
    win.close()


# -- the period --------------------------------------------------------------------------------


@pytest.fixture
def picker(qtbot: QtBot) -> PeriodPicker:
    widget = PeriodPicker(TODAY)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_the_picker_opens_on_the_current_quarter(picker: PeriodPicker) -> None:
    assert picker.period() == Period(date(2019, 4, 1), "quarter")
    assert picker.choice.isVisible()
    assert picker.choice.currentIndex() == 0
    assert "2019" in picker.choice.currentText()


@pytest.mark.parametrize("kind", ["quarter", "year"])
def test_no_future_period_is_offered(picker: PeriodPicker, kind: str) -> None:
    picker.kind.setCurrentIndex(("month", "quarter", "year").index(kind))
    offered = [picker.choice.itemData(i) for i in range(picker.choice.count())]
    assert offered
    assert all(isinstance(p, Period) for p in offered)
    assert max(p.first for p in offered) <= TODAY
    assert offered[0].contains(TODAY)  # the current one, newest first
    assert offered == sorted(offered, reverse=True)


def test_a_typed_month_is_taken(qtbot: QtBot, picker: PeriodPicker) -> None:
    picker.kind.setCurrentIndex(0)
    assert picker.month.isVisible()
    picker.month.clear()
    with qtbot.waitSignal(picker.changed) as changed:
        qtbot.keyClicks(picker.month, "03-2019")
        qtbot.keyClick(picker.month, Qt.Key.Key_Return)
    assert changed.args == [Period(date(2019, 3, 1), "month")]
    assert picker.message.text() == ""


def test_a_month_typed_by_name_is_taken(qtbot: QtBot, picker: PeriodPicker) -> None:
    picker.kind.setCurrentIndex(0)
    picker.month.clear()
    qtbot.keyClicks(picker.month, "February 2018")
    qtbot.keyClick(picker.month, Qt.Key.Key_Return)
    assert picker.period() == Period(date(2018, 2, 1), "month")


@pytest.mark.parametrize(
    ("typed", "said"), [("06-2019", "has not begun"), ("soon", "is not a month")]
)
def test_a_future_or_unknown_month_is_refused_and_the_text_stays(
    qtbot: QtBot, picker: PeriodPicker, typed: str, said: str
) -> None:
    picker.kind.setCurrentIndex(0)
    before = picker.period()
    picker.month.clear()
    qtbot.keyClicks(picker.month, typed)
    qtbot.keyClick(picker.month, Qt.Key.Key_Return)
    assert said in picker.message.text()
    assert picker.month.text() == typed
    assert picker.period() == before


def test_the_month_of_today_is_taken_and_the_next_is_not(
    qtbot: QtBot, picker: PeriodPicker
) -> None:
    picker.kind.setCurrentIndex(0)
    for typed, taken in (("05-2019", True), ("06-2019", False)):
        picker.month.clear()
        qtbot.keyClicks(picker.month, typed)
        qtbot.keyClick(picker.month, Qt.Key.Key_Return)
        assert (picker.period().from_month == "2019-05") is True
        assert bool(picker.message.text()) is not taken


def test_a_month_is_picked_from_the_calendar_up_to_today(
    qtbot: QtBot, picker: PeriodPicker
) -> None:
    picker.kind.setCurrentIndex(0)
    qtbot.mouseClick(picker.calendar_button, Qt.MouseButton.LeftButton)
    assert picker.calendar.isVisible()
    assert picker.calendar.maximumDate() == QDate(2019, 5, 14)
    with qtbot.waitSignal(picker.changed) as changed:
        picker.calendar.clicked.emit(QDate(2018, 11, 23))
    assert changed.args == [Period(date(2018, 11, 1), "month")]
    assert not picker.calendar.isVisible()


@pytest.mark.parametrize("kind", ["quarter", "year"])
def test_the_list_keeps_showing_the_period_chosen_from_it(
    qtbot: QtBot, picker: PeriodPicker, kind: str
) -> None:
    """Choosing an older quarter or year from the list (as a user does: the list's own
    ``activated``), then the server saying where the programme starts, leaves that period
    shown in the list, not the list's first (current) one beside the chosen period's figures."""
    picker.set_programme("2017-01", "2019-05")
    picker.kind.setCurrentIndex(("month", "quarter", "year").index(kind))
    older = picker.choice.count() - 1
    wanted = picker.choice.itemData(older)
    assert older > 0
    with qtbot.waitSignal(picker.changed) as changed:
        picker.choice.setCurrentIndex(older)
        picker.choice.activated.emit(older)
    assert changed.args == [wanted]
    assert picker.choice.currentIndex() == older
    assert picker.choice.currentData() == wanted == picker.period()
    picker.set_programme("2016-03", "2019-05")  # the list grows at its end: same period shown
    assert picker.choice.currentData() == wanted
    assert picker.choice.currentText() == picker.label(wanted)
    picker.set_period(Period(wanted.first, wanted.kind))  # an equal, new object
    assert picker.choice.currentData() == wanted


def test_changing_the_kind_keeps_the_time(picker: PeriodPicker) -> None:
    picker.set_period(Period(date(2018, 7, 1), "quarter"))
    picker.kind.setCurrentIndex(2)
    assert picker.period() == Period(date(2018, 1, 1), "year")
    picker.kind.setCurrentIndex(0)
    assert picker.period() == Period(date(2018, 12, 1), "month")


def test_the_dashboard_fetches_the_current_quarter_when_shown(
    qtbot: QtBot, window: LeaderWindow
) -> None:
    asked: list[str] = []
    client = window.dashboard._client
    original = client.period_summary

    def period_summary(period: str, **kwargs: object) -> object:
        asked.append(period)
        return original(period)

    client.period_summary = period_summary  # type: ignore[method-assign]
    with qtbot.waitSignal(window.failed, timeout=10_000):
        window.show()
    assert asked == ["2019-Q2"]


# -- the window's size -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("screen", "taskbar"), [(QSize(1366, 768), 40), (QSize(1280, 720), 40), (QSize(1366, 768), 0)]
)
def test_the_window_fits_a_small_laptop_screen_with_a_taskbar(
    window: LeaderWindow, screen: QSize, taskbar: int
) -> None:
    available = QRect(0, 0, screen.width(), screen.height() - taskbar)
    size = default_size(available)
    assert size.width() + 16 <= available.width()
    assert size.height() + 40 <= available.height()
    # ... and it can be made that small: every tab's minimum fits.
    minimum = window.minimumSizeHint()
    assert minimum.width() <= size.width()
    assert minimum.height() <= size.height()
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        assert window.minimumSizeHint().height() <= size.height(), window.tabs.tabText(index)


def test_the_window_opens_at_the_size_it_had(qtbot: QtBot, tmp_path: Path) -> None:
    preferences = Preferences(tmp_path / "leader.ini")
    first = LeaderWindow(unreachable(), Deployment(), today=TODAY, preferences=preferences)
    qtbot.addWidget(first)
    first.restore_size()
    first.show()
    # A size the coach chose: a little above the window's smallest (its tabs decide that).
    chosen = first.minimumSizeHint().expandedTo(QSize(700, 500)) + QSize(13, 11)
    first.resize(chosen)
    qtbot.waitUntil(lambda: first.size() == chosen)
    first.close()
    assert preferences.get(GEOMETRY)
    again = LeaderWindow(unreachable(), Deployment(), today=TODAY, preferences=preferences)
    qtbot.addWidget(again)
    again.restore_size()
    assert again.size() == chosen
    again.close()


def test_without_a_saved_size_the_window_fits_the_screen(qtbot: QtBot, tmp_path: Path) -> None:
    win = LeaderWindow(
        unreachable(), Deployment(), today=TODAY, preferences=Preferences(tmp_path / "l.ini")
    )
    qtbot.addWidget(win)
    win.restore_size()
    screen = win.screen().availableGeometry()
    assert win.width() <= screen.width()
    assert win.height() <= screen.height()
    win.close()


# -- dialogs -----------------------------------------------------------------------------------

DEVICE = DeviceInfo(
    device_id="7d989232-0000-4000-8000-000000000000",
    coach_name="Coach Aydın",
    enrolled_at=datetime(2019, 1, 2, 10, tzinfo=UTC),
    last_sync_at=None,
    revoked_at=None,
)


def _sign_in(qtbot: QtBot) -> QDialog:
    mode = LeaderMode(Deployment(server_url="https://leader.test"))
    qtbot.addWidget(mode.dialog)
    return mode.dialog


def _revoke(qtbot: QtBot) -> QDialog:
    dialog = RevokeConfirmation(DEVICE)
    qtbot.addWidget(dialog)
    return dialog


#: Every dialog leader mode opens, how to make it, the button Enter must press and where typing
#: starts. Qt's file dialogs are Qt's own (their defaults are Qt's).
DIALOGS = {
    LeaderSignInDialog: (_sign_in, "leader.sign_in", "leader.username"),
    RevokeConfirmation: (_revoke, "leader.revoke_confirmation.keep", None),
}


def test_every_leader_dialog_is_checked() -> None:
    modules = [
        m
        for name, m in inspect.getmembers(leader_ui, inspect.ismodule)
        if m.__name__.startswith("coach_app.ui.leader.")
    ]
    found = {
        cls
        for module in modules
        for _, cls in inspect.getmembers(module, inspect.isclass)
        if issubclass(cls, QDialog) and cls.__module__.startswith("coach_app.ui.leader")
    }
    assert found == set(DIALOGS)


@pytest.mark.parametrize("kind", list(DIALOGS), ids=lambda k: k.__name__)
def test_dialogs_have_the_right_default_button_and_focus(qtbot: QtBot, kind: type) -> None:
    make, default_name, focus_name = DIALOGS[kind]
    dialog = make(qtbot)
    dialog.show()
    qtbot.waitExposed(dialog)
    default = child(dialog, QPushButton, default_name)
    defaults = [b for b in dialog.findChildren(QPushButton) if b.isDefault()]
    assert defaults == [default]
    focused = dialog.focusWidget()
    expected = child(dialog, QWidget, focus_name) if focus_name else default
    assert focused is expected
    # No button text is Qt's untranslated English.
    for button in dialog.findChildren(QAbstractButton):
        assert button.text().replace("&", "") not in ("OK", "Yes", "No", "Cancel") or (
            button.objectName().startswith("leader.")
        )
    dialog.close()


def test_enter_with_a_field_empty_keeps_the_dialog_and_says_what_is_missing(
    qtbot: QtBot,
) -> None:
    dialog = _sign_in(qtbot)
    assert isinstance(dialog, LeaderSignInDialog)
    rejected: list[int] = []
    dialog.rejected.connect(lambda: rejected.append(1))
    dialog.show()
    qtbot.waitExposed(dialog)
    password = child(dialog, QLineEdit, "leader.password")
    password.setFocus()
    qtbot.keyClicks(password, "secret words")
    qtbot.keyClick(password, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert rejected == []
    assert "username" in dialog.message.text()
    assert dialog.focusWidget() is child(dialog, QLineEdit, "leader.username")
    assert password.text() == "secret words"  # what was typed survives


def test_escape_closes_the_sign_in(qtbot: QtBot) -> None:
    dialog = _sign_in(qtbot)
    dialog.show()
    qtbot.waitExposed(dialog)
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Escape)


# -- names -------------------------------------------------------------------------------------


def interactive(root: QWidget) -> list[QWidget]:
    """Widgets a user can reach with the keyboard, less the inner parts of Qt's own widgets
    (a combo box's list, a spin box's line, a calendar's grid, a scroll area's viewport)."""

    def inner(widget: QWidget) -> bool:
        if widget.objectName().startswith("qt_"):
            return True
        parent = widget.parentWidget()
        if isinstance(parent, QAbstractScrollArea) and parent.viewport() is widget:
            return True
        while parent is not None and parent is not root:
            if isinstance(parent, QComboBox | QAbstractSpinBox | QCalendarWidget):
                return True
            parent = parent.parentWidget()
        return False

    return [
        widget
        for widget in [root, *root.findChildren(QWidget)]
        if widget.focusPolicy() != Qt.FocusPolicy.NoFocus and not inner(widget)
    ]


def test_every_interactive_leader_widget_has_a_unique_name_and_an_accessible_name(
    qtbot: QtBot, window: LeaderWindow
) -> None:
    dialog = _sign_in(qtbot)
    confirmation = _revoke(qtbot)
    for root in (window, dialog, confirmation):
        widgets = interactive(root)
        assert widgets
        names = [w.objectName() for w in widgets]
        unnamed = [type(w).__name__ for w in widgets if not w.objectName()]
        assert unnamed == [], root.objectName()
        duplicates = {n for n in names if names.count(n) > 1}
        assert duplicates == set(), root.objectName()
        silent = [w.objectName() for w in widgets if not w.accessibleName()]
        assert silent == [], root.objectName()
