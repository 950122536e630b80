"""Leader mode against a real ``coach-server serve`` seeded through its API: the numbers on
screen are the server's, withheld cells never show a number, revoking works end to end."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QLineEdit, QPushButton, QTableView
from pytestqt.qtbot import QtBot

from coach_app.deployment import Deployment
from coach_app.enrolment_link import EnrolmentLink, parse_enrolment_link
from coach_app.leader import LeaderClient, PeriodSummary
from coach_app.ui.enrolment_link_row import EnrolmentLinkRow, read_enrolment_picture
from coach_app.ui.leader import LeaderMode, LeaderWindow, open_leader_window
from coach_app.ui.leader.dashboard import SECTION_KEYS
from coach_app.ui.leader.devices import RevokeConfirmation
from coach_app.ui.leader.qr import QrWidget
from coach_app.ui.leader.table_models import PATH_ROLE, VALUE_ROLE, SectionModel
from tests.qt.helpers import child
from tests.qt.leader_server import (
    LEADER,
    LEADER_PASSWORD,
    LocalServer,
    free_port,
    local_server,
    seed,
)

DEPLOYMENT = Deployment(organisation_name="Stichting Test")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalServer]:
    with local_server(tmp_path_factory.mktemp("leader-server")) as running:
        seed(running)
        yield running


def sign_in(qtbot: QtBot, url: str, password: str = LEADER_PASSWORD) -> LeaderMode:
    mode = LeaderMode(Deployment(server_url=url, organisation_name="Stichting Test"))
    dialog = mode.dialog
    qtbot.addWidget(dialog)
    mode.show()
    qtbot.keyClicks(child(dialog, QLineEdit, "leader.username"), LEADER)
    qtbot.keyClicks(child(dialog, QLineEdit, "leader.password"), password)
    qtbot.mouseClick(child(dialog, QPushButton, "leader.sign_in"), Qt.MouseButton.LeftButton)
    return mode


def signed_in_window(qtbot: QtBot, server: LocalServer) -> LeaderWindow:
    mode = sign_in(qtbot, server.url)
    qtbot.waitUntil(lambda: mode.window is not None, timeout=15_000)
    assert mode.window is not None
    qtbot.addWidget(mode.window)
    return mode.window


def show_year(qtbot: QtBot, window: LeaderWindow, year: int = 2019) -> None:
    window.dashboard.set_period("year", date(year, 1, 1))
    with qtbot.waitSignal(window.dashboard.summary_shown, timeout=15_000):
        qtbot.mouseClick(child(window, QPushButton, "leader.refresh"), Qt.MouseButton.LeftButton)


def at(data: Any, path: tuple[str, ...]) -> Any:
    for key in path:
        data = data[key]
    return data


def leaves(data: Any, path: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], Any]]:
    """Every count or mean of the summary JSON, with its path."""
    if isinstance(data, dict) and data != {"suppressed": True}:
        for key, value in data.items():
            yield from leaves(value, (*path, key))
    else:
        yield path, data


def section_models(window: LeaderWindow) -> list[SectionModel]:
    models = []
    for key in SECTION_KEYS:
        model = child(window, QTableView, f"leader.table.{key}").model()
        assert isinstance(model, SectionModel)
        models.append(model)
    return models


def test_the_dashboard_shows_the_servers_summary_and_never_a_withheld_number(
    qtbot: QtBot, server: LocalServer
) -> None:
    window = signed_in_window(qtbot, server)
    show_year(qtbot, window)
    expected = server.summary("2019")

    shown: dict[tuple[str, ...], str] = {}
    withheld_seen = 0
    for model in section_models(window):
        assert model.rowCount() > 0
        for row in range(model.rowCount()):
            for column in range(1, model.columnCount()):
                index = model.index(row, column)
                path = model.data(index, PATH_ROLE)
                text = model.data(index, Qt.ItemDataRole.DisplayRole)
                truth = at(expected, path)
                if truth == {"suppressed": True}:
                    withheld_seen += 1
                    assert not any(ch.isdigit() for ch in text), (path, text)
                    assert "privacy" in model.data(index, Qt.ItemDataRole.ToolTipRole)
                    assert model.data(index, VALUE_ROLE).suppressed
                elif truth is None:  # a mean without subjects
                    assert text == "–", path
                elif isinstance(truth, float):
                    assert float(text.replace("+", "")) == pytest.approx(truth), path
                else:
                    assert text == str(truth), path
                shown[path] = text
    assert withheld_seen > 0, "the seed must produce withheld cells for this test to mean much"
    # Every count and mean the server sent is on screen (the period and metadata aside).
    numbers = {
        path
        for path, _ in leaves(expected)
        if path[0]
        not in ("period", "programme", "threshold", "generated_at", "data_as_of", "pending")
    }
    assert numbers == set(shown)
    window.close()


def test_figures_still_being_protected_say_so_and_update_by_themselves(
    qtbot: QtBot, server: LocalServer
) -> None:
    """The dashboard does not wait for the server to protect newly received records: it shows
    the newest figures already protected, says up to when records are included, and while
    newer ones are pending it fetches again by itself."""
    window = signed_in_window(qtbot, server)
    show_year(qtbot, window)
    dashboard = window.dashboard
    status = child(window, QLabel, "leader.dashboard_status")
    assert "Records received up to" in status.text()
    assert "being included" not in status.text()
    assert not dashboard.pending_timer.isActive()

    newest = PeriodSummary.model_validate_json(json.dumps(server.summary("2019")))
    assert newest.data_as_of is not None
    assert newest.pending is False
    answers = [newest.model_copy(update={"pending": True}), newest]
    waits: list[object] = []
    client = dashboard._client
    original = client.period_summary

    def period_summary(period: str, **kwargs: Any) -> PeriodSummary:
        if period != "2019":
            return original(period, **kwargs)  # the months of the view month by month
        waits.append(kwargs.get("wait"))
        return answers.pop(0)

    client.period_summary = period_summary  # type: ignore[method-assign]
    with qtbot.waitSignal(dashboard.summary_shown, timeout=15_000):
        qtbot.mouseClick(child(window, QPushButton, "leader.refresh"), Qt.MouseButton.LeftButton)
    assert "Newer records are being included" in status.text()
    assert dashboard.pending_timer.isActive()

    with qtbot.waitSignal(dashboard.summary_shown, timeout=15_000):
        dashboard.pending_timer.timeout.emit()  # what the timer does when its time comes
    assert "being included" not in status.text()
    assert "Records received up to" in status.text()
    assert not dashboard.pending_timer.isActive()
    assert waits == [False, False]  # the dashboard never asks the server to wait
    window.close()


def test_charts_leave_withheld_values_out(qtbot: QtBot, server: LocalServer) -> None:
    window = signed_in_window(qtbot, server)
    show_year(qtbot, window)
    expected = server.summary("2019")
    status = window.dashboard.boxes["status"]
    spec = status.model.section.chart if status.model.section else None
    assert spec is not None
    families = dict(zip(spec.categories, spec.sets[0][1], strict=True))
    for key, value in expected["families"]["by_status"]["cells"].items():
        assert families[key.capitalize()] == (None if value == {"suppressed": True} else value)
    gaps = 0
    for box in window.dashboard.boxes.values():
        section = box.model.section
        if section is None or section.chart is None:
            continue
        if box.chart_view.isHidden():
            assert box.note.text()  # says why there is no chart
            continue
        bar_sets = box.chart_view.chart().series()[0].barSets()
        for (_, values), bars in zip(section.chart.sets, bar_sets, strict=True):
            for i, value in enumerate(values):
                if value is None:
                    gaps += 1
                    assert bars.at(i) == 0  # no bar: a gap, never the withheld count
                else:
                    assert bars.at(i) == value
        if any(v is None for _, vs in section.chart.sets for v in vs):
            assert "withheld" in box.note.text()
    assert gaps > 0, "the seed must give a drawn chart with a withheld value"
    window.close()


def test_enrolment_code_with_qr_and_revoking_a_device(qtbot: QtBot, server: LocalServer) -> None:
    _, device = server.enrol("Dana Revoked")
    assert server.push(device, []).status_code == 200
    window = signed_in_window(qtbot, server)
    window.tabs.setCurrentWidget(window.devices)

    qtbot.keyClicks(child(window, QLineEdit, "leader.enrol_coach"), "Eva Nieuw")
    with qtbot.waitSignal(window.devices.code_created, timeout=15_000):
        qtbot.mouseClick(
            child(window, QPushButton, "leader.enrol_create"), Qt.MouseButton.LeftButton
        )
    code = child(window, QLineEdit, "leader.enrol_code").text()
    assert len(code) == 19
    assert code.count("-") == 3
    qr = child(window, QrWidget, "leader.enrol_qr")
    assert qr.matrix
    assert qr.text == child(window, QLineEdit, "leader.enrol_link").text()
    assert parse_enrolment_link(qr.text) == EnrolmentLink(server.url, code)
    with httpx.Client(base_url=server.url) as http:  # the code shown really enrols a laptop
        assert http.post("/api/v1/enrol", json={"code": code}).status_code == 200

    table = child(window, QTableView, "leader.devices")
    model = table.model()
    qtbot.waitUntil(
        lambda: any(model.index(r, 0).data() == "Dana Revoked" for r in range(model.rowCount())),
        timeout=15_000,
    )
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "Dana Revoked")
    table.selectRow(row)
    qtbot.mouseClick(child(window, QPushButton, "leader.revoke"), Qt.MouseButton.LeftButton)
    confirmation = window.devices.confirmation
    assert isinstance(confirmation, RevokeConfirmation)
    qtbot.waitExposed(confirmation)
    assert "Dana Revoked" in confirmation.text()
    assert "cannot be undone" in confirmation.informativeText()
    with qtbot.waitSignal(window.devices.devices_shown, timeout=15_000):
        qtbot.mouseClick(confirmation.revoke_button, Qt.MouseButton.LeftButton)
    assert server.push(device, []).status_code == 401
    revoked = [d for d in window.devices.model._devices if d.coach_name == "Dana Revoked"]
    assert revoked[0].revoked_at is not None
    window.close()


def test_enter_in_the_confirmation_revokes_nothing(qtbot: QtBot, server: LocalServer) -> None:
    _, device = server.enrol("Finn Kept")
    window = signed_in_window(qtbot, server)
    window.tabs.setCurrentWidget(window.devices)
    table = child(window, QTableView, "leader.devices")
    qtbot.waitUntil(
        lambda: any(
            table.model().index(r, 0).data() == "Finn Kept" for r in range(table.model().rowCount())
        ),
        timeout=15_000,
    )
    row = next(
        r
        for r in range(table.model().rowCount())
        if table.model().index(r, 0).data() == "Finn Kept"
    )
    table.selectRow(row)
    qtbot.mouseClick(child(window, QPushButton, "leader.revoke"), Qt.MouseButton.LeftButton)
    confirmation = window.devices.confirmation
    assert isinstance(confirmation, RevokeConfirmation)
    qtbot.waitExposed(confirmation)
    # Enter takes the default button, which keeps the laptop: revoking cannot be undone.
    assert confirmation.defaultButton() is confirmation.keep_button
    qtbot.keyClick(confirmation.focusWidget() or confirmation, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.devices.confirmation is None, timeout=5_000)
    assert "Nothing was revoked" in child(window, QLabel, "leader.devices_status").text()
    window.operations.wait()
    assert server.push(device, []).status_code == 200
    window.close()


def test_the_saved_qr_picture_is_read_back_to_server_and_code(
    qtbot: QtBot, server: LocalServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = signed_in_window(qtbot, server)
    window.tabs.setCurrentWidget(window.devices)
    child(window, QLineEdit, "leader.enrol_coach").insert("Gül Yeni")  # QTest types ASCII only
    with qtbot.waitSignal(window.devices.code_created, timeout=15_000) as created:
        qtbot.keyClick(child(window, QLineEdit, "leader.enrol_coach"), Qt.Key.Key_Return)
    code = created.args[0].code
    chosen = tmp_path / "for Gül"  # the .png is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(chosen), ""))
    with qtbot.waitSignal(window.devices.qr_saved) as saved:
        qtbot.mouseClick(
            child(window, QPushButton, "leader.enrol_save_qr"), Qt.MouseButton.LeftButton
        )
    picture = saved.args[0]
    assert picture == tmp_path / "for Gül.png"
    assert read_enrolment_picture(picture) == EnrolmentLink(server.url, code)
    assert not list(tmp_path.glob("*.part"))
    # The coach's enrolment form reads the same picture into both fields.
    url_field, code_field = QLineEdit(), QLineEdit()
    row = EnrolmentLinkRow(url_field, code_field)
    qtbot.addWidget(row)
    row.read_picture(picture)
    assert (url_field.text(), code_field.text()) == (server.url, code)
    with httpx.Client(base_url=url_field.text()) as http:  # and that code enrols a laptop
        assert http.post("/api/v1/enrol", json={"code": code_field.text()}).status_code == 200
    window.close()


def test_enter_in_the_password_field_signs_in(qtbot: QtBot, server: LocalServer) -> None:
    mode = LeaderMode(Deployment(server_url=server.url))
    dialog = mode.dialog
    qtbot.addWidget(dialog)
    mode.show()
    qtbot.waitExposed(dialog)
    assert dialog.focusWidget() is child(dialog, QLineEdit, "leader.username")
    rejected: list[int] = []
    dialog.rejected.connect(lambda: rejected.append(1))
    qtbot.keyClicks(dialog.focusWidget(), LEADER)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    assert dialog.focusWidget() is child(dialog, QLineEdit, "leader.password")
    qtbot.keyClicks(dialog.focusWidget(), LEADER_PASSWORD)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: mode.window is not None, timeout=15_000)
    assert mode.window is not None
    assert rejected == []
    assert mode.window.client is not None
    assert mode.window.client.signed_in
    mode.window.close()


def test_wrong_password_is_said_in_plain_words(qtbot: QtBot, server: LocalServer) -> None:
    mode = sign_in(qtbot, server.url, password="not the password at all")
    message = child(mode.dialog, type(mode.dialog.message), "leader.sign_in_message")
    qtbot.waitUntil(lambda: "Wrong username or password" in message.text(), timeout=15_000)
    assert mode.window is None
    assert child(mode.dialog, QLineEdit, "leader.password").text() == ""


def test_a_server_that_is_down_is_said_in_plain_words(qtbot: QtBot) -> None:
    mode = sign_in(qtbot, f"http://127.0.0.1:{free_port()}")
    message = mode.dialog.message
    qtbot.waitUntil(lambda: "cannot be reached" in message.text(), timeout=15_000)
    assert mode.window is None


def test_plain_http_to_another_computer_is_refused_in_plain_words(qtbot: QtBot) -> None:
    mode = sign_in(qtbot, "http://coach.example.org")
    message = mode.dialog.message
    qtbot.waitUntil(lambda: "https://" in message.text(), timeout=5_000)
    assert "only allowed to this computer" in message.text()
    assert mode.window is None


def test_signing_out_drops_the_token_and_brings_back_the_sign_in(
    qtbot: QtBot, server: LocalServer
) -> None:
    mode = sign_in(qtbot, server.url)
    qtbot.waitUntil(lambda: mode.window is not None, timeout=15_000)
    window = mode.window
    assert window is not None
    client = window.client
    assert isinstance(client, LeaderClient)
    assert client.signed_in
    token = client._token
    devices = httpx.get(
        f"{server.url}/api/v1/devices", headers={"Authorization": f"Bearer {token}"}
    )
    assert devices.status_code == 200
    qtbot.mouseClick(child(window, QPushButton, "leader.sign_out"), Qt.MouseButton.LeftButton)
    assert not client.signed_in
    after = httpx.get(f"{server.url}/api/v1/devices", headers={"Authorization": f"Bearer {token}"})
    assert after.status_code == 401, "signing out revoked the token on the server"
    assert window.client is None
    assert mode.window is None
    assert mode.dialog.isVisible()


def test_open_leader_window_reuses_the_mode_of_its_parent(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    first = open_leader_window(DEPLOYMENT, parent)
    assert open_leader_window(DEPLOYMENT, parent) is first
    assert first.dialog.isVisible()


def test_the_summary_json_is_what_the_client_parses(server: LocalServer, tmp_path: Path) -> None:
    client = LeaderClient(server.url)
    client.sign_in(LEADER, LEADER_PASSWORD)
    summary = client.period_summary("2019")
    raw = server.summary("2019")
    parsed = json.loads(summary.model_dump_json())
    raw.pop("generated_at"), parsed.pop("generated_at")
    assert parsed == raw
    client.sign_out()


def test_status_month_by_month_is_the_servers_one_month_summaries(
    qtbot: QtBot, server: LocalServer
) -> None:
    window = signed_in_window(qtbot, server)
    dashboard = window.dashboard
    with qtbot.waitSignal(dashboard.over_time_shown, timeout=30_000):
        show_year(qtbot, window)
    months = [f"2019-{m:02d}" for m in range(1, 13)]
    expected = {m: server.summary(m) for m in months}
    model = child(window, QTableView, "leader.table.status_over_time").model()
    assert isinstance(model, SectionModel)
    assert model.rowCount() == 12
    numbers = withheld = 0
    for row in range(model.rowCount()):
        for column in range(1, model.columnCount()):
            index = model.index(row, column)
            month, *path = model.data(index, PATH_ROLE)
            text = model.data(index, Qt.ItemDataRole.DisplayRole)
            truth = at(expected[month], tuple(path))
            if truth == {"suppressed": True}:
                withheld += 1
                assert not any(ch.isdigit() for ch in text), (month, path, text)
                assert "privacy" in model.data(index, Qt.ItemDataRole.ToolTipRole)
            else:
                numbers += 1
                assert text == str(truth), (month, path)
    assert numbers > 0
    assert withheld > 0, "the seed must produce withheld months for this test to mean much"
    # Every month's families by status and both totals are in the table.
    assert model.columnCount() == 1 + len(expected["2019-01"]["families"]["by_status"]["cells"]) + 2
    # The chart: a gap where a value is withheld, never the number.
    spec = dashboard.over_time.model.section.chart if dashboard.over_time.model.section else None
    assert spec is not None
    assert spec.kind == "columns"
    statuses = list(expected["2019-01"]["families"]["by_status"]["cells"])
    for (_, values), status in zip(spec.sets, statuses, strict=True):
        for month, value in zip(months, values, strict=True):
            truth = expected[month]["families"]["by_status"]["cells"][status]
            assert value == (None if truth == {"suppressed": True} else truth)
    bars = dashboard.over_time.chart_view.chart().series()[0].barSets()
    assert [b.count() for b in bars] == [12] * len(statuses)
    assert "end of the month" in dashboard.over_time_intro.text()
    window.close()


def test_the_programme_to_date_and_its_long_month_by_month_view(
    qtbot: QtBot, server: LocalServer
) -> None:
    window = signed_in_window(qtbot, server)
    dashboard = window.dashboard
    expected = server.summary("programme")
    with qtbot.waitSignal(dashboard.over_time_shown, timeout=30_000) as shown:
        dashboard.picker.kind.setCurrentIndex(3)  # Programme to date
    assert dashboard.summary is not None
    assert dashboard.summary.period.kind == "programme"
    assert dashboard.summary.period.from_month == expected["period"]["from_month"]
    months = len(dashboard.current_period().months())
    # The programme runs from the seed's first month to this month: more than 24 months.
    assert shown.args == [()]
    assert "months" in dashboard.over_time_intro.text()
    assert "shorter" in dashboard.over_time_intro.text()
    assert dashboard.over_time.table.isHidden()
    assert months > 24
    # The lists of quarters and years now start in the programme's first year.
    dashboard.picker.kind.setCurrentIndex(2)
    years = [
        dashboard.picker.choice.itemData(i).first.year
        for i in range(dashboard.picker.choice.count())
    ]
    assert min(years) == int(expected["programme"]["from_month"][:4])
    window.close()


def test_a_month_shows_totals_and_says_why_it_has_no_breakdowns(
    qtbot: QtBot, server: LocalServer
) -> None:
    window = signed_in_window(qtbot, server)
    dashboard = window.dashboard
    with qtbot.waitSignal(dashboard.over_time_shown, timeout=15_000):
        dashboard.set_period("month", date(2019, 10, 1))
    assert dashboard.summary is not None
    assert dashboard.over_time.isHidden()  # one month: no month-by-month view
    assert dashboard.summary.period.label == "2019-10"
    for key in ("by_gender", "by_age_group", "by_municipality"):
        box = dashboard.boxes[key]
        assert box.chart_view.isHidden()
        assert "totals only" in box.note.text()
        assert box.model.columnCount() == 2  # the indicator and its total
    with qtbot.waitSignal(dashboard.summary_shown, timeout=15_000):
        dashboard.set_period("quarter", date(2019, 10, 1))
    gender = dashboard.boxes["by_gender"].model
    assert [gender.headerData(c, Qt.Orientation.Horizontal) for c in range(1, 3)] == [
        "Women",
        "Men",
    ]
    window.close()
