"""The Sync screen: enrolment, "Sync now", honest status, and a window that stays responsive
while the sync thread waits on a slow server."""

from __future__ import annotations

import dataclasses
import json
import re
import threading
import uuid
from datetime import date

import httpx
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QPushButton, QTableView
from pytestqt.qtbot import QtBot

from coach_app.domain import ConsentKind, Municipality, ProgrammeStatus
from coach_app.paths import DataFolder
from coach_app.ui.sync_page import RECORD_ROLE, reason_text
from coach_protocol.reconcile import bucket_digests, bucket_key
from tests.qt.helpers import child, make_window, unlock

LEFT = Qt.MouseButton.LeftButton


class SlowServer:
    """A fake server (httpx.MockTransport) that holds each batch until the test releases it
    (``release`` set; it is set from the start unless ``held``)."""

    def __init__(self, *, held: bool = False) -> None:
        self.release = threading.Event()
        if not held:
            self.release.set()
        self.revoked = False
        self.seen: dict[tuple[str, int], str] = {}
        self.mark = 0
        self.lock = threading.Lock()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if path == "/api/v1/enrol":
            return httpx.Response(200, json={"device_id": str(uuid.uuid4()), "token": "t" * 43})
        if self.revoked:
            return httpx.Response(401, json={"code": "unauthorised", "message": "revoked"})
        if path == "/api/v1/records":
            assert self.release.wait(timeout=60), "the test never released the batch"
            records = json.loads(request.content)["records"]
            results = []
            with self.lock:
                for r in records:
                    self.mark += 1
                    self.seen[(r["pid"], r["version"])] = r["kind"]
                    results.append({"pid": r["pid"], "version": r["version"], "status": "accepted"})
            return httpx.Response(200, json={"results": results, "high_water_mark": self.mark})
        latest: dict[str, tuple[str, int]] = {}
        for (pid, version), kind in self.seen.items():
            if version > latest.get(pid, ("", 0))[1]:
                latest[pid] = (kind, version)
        held = [(kind, pid, version) for pid, (kind, version) in latest.items()]
        if path == "/api/v1/sync/digest":
            return httpx.Response(
                200,
                json={"device_id": "d", "records": len(held), "buckets": bucket_digests(held)},
            )
        buckets = set(request.url.params.get_list("bucket"))
        records = [
            {"kind": kind, "pid": pid, "version": version}
            for kind, pid, version in held
            if bucket_key(kind, pid) in buckets
        ]
        return httpx.Response(200, json={"records": records})


def test_enrol_sync_and_stay_responsive_while_the_server_is_slow(
    qtbot: QtBot, folder: DataFolder
) -> None:
    from coach_app.security import KdfParams
    from coach_app.workspace import Workspace
    from tests.qt.conftest import PASSPHRASE

    ws = Workspace(folder, kdf=KdfParams())
    ws.create(PASSPHRASE)
    family = ws.service.create_family(
        display_name="F", municipality=Municipality("GM0153", "E"), start_date=date(2019, 3, 1)
    )
    ws.service.record_consent(family.id, ConsentKind.ANONYMISED_REPORTING, recorded_by="c")
    ws.lock()

    server = SlowServer(held=True)
    window = make_window(qtbot, folder)
    controller = window.sync_controller
    controller.transport = httpx.MockTransport(server)
    unlock(qtbot, window)
    window.show_page("sync")
    page = window.sync_page
    status = child(window, QLabel, "sync.status")
    qtbot.waitUntil(lambda: "not enrolled" in status.text() and not controller.busy, timeout=5000)
    pending = child(window, QTableView, "sync.pending")
    assert pending.model().rowCount() == 2  # the family and its programme status entry
    assert pending.model().index(0, 0).data() == "Family"
    assert pending.model().index(0, 2).data().startswith("Family in Enschede, household of 1")
    assert '"kind":"family"' in pending.model().index(0, 2).data(RECORD_ROLE)
    details = child(window, QPushButton, "sync.details")
    json_view = child(window, QPlainTextEdit, "sync.record_json")
    assert not json_view.isVisible()
    details.click()
    assert json_view.isVisible()
    assert '"kind":"family"' in json_view.toPlainText()

    url = child(window, QLineEdit, "sync.enrol_url")
    url.setText("https://coach.test")
    qtbot.keyClicks(child(window, QLineEdit, "sync.enrol_code"), "AAAA-BBBB-CCCC-DDDD")
    qtbot.mouseClick(child(window, QPushButton, "sync.enrol"), LEFT)
    # While the worker waits on the slow server, the window handles input.
    code = child(window, QLineEdit, "sync.enrol_code")
    qtbot.waitUntil(lambda: controller.busy, timeout=2000)
    code.clear()
    qtbot.keyClicks(code, "typed while waiting")
    assert code.text() == "typed while waiting"
    assert controller.busy, "the worker is still waiting on the server"
    server.release.set()  # the server answers only now: the input above was handled meanwhile
    qtbot.waitUntil(lambda: "Last successful sync" in status.text(), timeout=10_000)
    assert "https://coach.test" in child(window, QLabel, "sync.enrolled").text()
    assert not re.search(r"\d{4}-\d{2}-\d{2}", status.text())  # a local date, not ISO
    assert pending.model().rowCount() == 0
    assert len(server.seen) == 2

    # A revoked device is told so in plain words.
    server.revoked = True
    service = window.context.workspace.service
    service.update_family(
        dataclasses.replace(service.get_family(family.id), status=ProgrammeStatus.ACTIVE)
    )
    qtbot.mouseClick(child(window, QPushButton, "sync.now"), LEFT)
    qtbot.waitUntil(lambda: "access was withdrawn" in status.text(), timeout=10_000)
    assert child(window, QPushButton, "sync.enrol").isVisible()
    assert page.controller is controller

    window.lock()
    assert not controller.running, "the sync thread stops before the data is locked"


class RefusingServer(SlowServer):
    """Refuses every record (``kind_mismatch``) until ``refusing`` is switched off."""

    def __init__(self) -> None:
        super().__init__()
        self.refusing = True

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/api/v1/records" and self.refusing:
            records = json.loads(request.content)["records"]
            results = [
                {
                    "pid": r["pid"],
                    "version": r["version"],
                    "status": "rejected",
                    "reason": "kind_mismatch",
                }
                for r in records
            ]
            return httpx.Response(200, json={"results": results, "high_water_mark": self.mark})
        return super().__call__(request)


def test_refused_records_can_be_sent_again(qtbot: QtBot, folder: DataFolder) -> None:
    from coach_app.security import KdfParams
    from coach_app.workspace import Workspace
    from tests.qt.conftest import PASSPHRASE

    ws = Workspace(folder, kdf=KdfParams())
    ws.create(PASSPHRASE)
    family = ws.service.create_family(
        display_name="F", municipality=Municipality("GM0153", "E"), start_date=date(2019, 3, 1)
    )
    ws.service.record_consent(family.id, ConsentKind.ANONYMISED_REPORTING, recorded_by="c")
    ws.lock()

    server = RefusingServer()
    window = make_window(qtbot, folder)
    controller = window.sync_controller
    controller.transport = httpx.MockTransport(server)
    unlock(qtbot, window)
    window.show_page("sync")
    requeue = child(window, QPushButton, "sync.requeue")
    quarantine = child(window, QTableView, "sync.quarantine")
    status = child(window, QLabel, "sync.status")
    qtbot.waitUntil(lambda: not controller.busy, timeout=5000)
    assert not requeue.isEnabled(), "nothing refused yet"
    child(window, QLineEdit, "sync.enrol_url").setText("https://coach.test")
    qtbot.keyClicks(child(window, QLineEdit, "sync.enrol_code"), "AAAA-BBBB-CCCC-DDDD")
    qtbot.mouseClick(child(window, QPushButton, "sync.enrol"), LEFT)
    # The family and its programme status entry.
    qtbot.waitUntil(lambda: quarantine.model().rowCount() == 2, timeout=10_000)
    assert (
        quarantine.model()
        .index(0, 2)
        .data()
        .endswith("— The server holds this record as another kind of record.")
    )
    qtbot.waitUntil(requeue.isEnabled, timeout=5000)
    assert not server.seen

    server.refusing = False
    qtbot.mouseClick(requeue, LEFT)
    qtbot.waitUntil(lambda: quarantine.model().rowCount() == 0, timeout=10_000)
    qtbot.waitUntil(lambda: not controller.busy, timeout=5000)
    assert len(server.seen) == 2
    assert not requeue.isEnabled()
    assert "refused by the server" not in status.text()
    window.lock()


class CaptivePortal(SlowServer):
    """A hotel network's sign-in page (HTML 403) answers the batches while ``portal`` is on."""

    def __init__(self) -> None:
        super().__init__()
        self.portal = True

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/api/v1/records" and self.portal:
            return httpx.Response(
                403,
                content=b"<html><body><h1>403 Forbidden</h1>Sign in first.</body></html>",
                headers={"Content-Type": "text/html"},
            )
        return super().__call__(request)


def test_a_captive_portal_is_told_in_plain_words_and_loses_nothing(
    qtbot: QtBot, folder: DataFolder
) -> None:
    """Issue 11, case 1 on the Sync screen: the HTML 403 is "answered unexpectedly", nothing
    is refused or quarantined, the records wait and go once the network lets them through."""
    from coach_app.security import KdfParams
    from coach_app.workspace import Workspace
    from tests.qt.conftest import PASSPHRASE

    ws = Workspace(folder, kdf=KdfParams())
    ws.create(PASSPHRASE)
    family = ws.service.create_family(
        display_name="F", municipality=Municipality("GM0153", "E"), start_date=date(2019, 3, 1)
    )
    ws.service.record_consent(family.id, ConsentKind.ANONYMISED_REPORTING, recorded_by="c")
    ws.lock()

    server = CaptivePortal()
    window = make_window(qtbot, folder)
    controller = window.sync_controller
    controller.transport = httpx.MockTransport(server)
    unlock(qtbot, window)
    window.show_page("sync")
    status = child(window, QLabel, "sync.status")
    pending = child(window, QTableView, "sync.pending")
    quarantine = child(window, QTableView, "sync.quarantine")
    qtbot.waitUntil(lambda: not controller.busy, timeout=5000)
    waiting = pending.model().rowCount()
    assert waiting > 0
    child(window, QLineEdit, "sync.enrol_url").setText("https://coach.test")
    qtbot.keyClicks(child(window, QLineEdit, "sync.enrol_code"), "AAAA-BBBB-CCCC-DDDD")
    qtbot.mouseClick(child(window, QPushButton, "sync.enrol"), LEFT)
    qtbot.waitUntil(lambda: "answered unexpectedly" in status.text(), timeout=10_000)
    assert "Nothing is lost" in status.text()
    assert "refused" not in status.text()
    assert quarantine.model().rowCount() == 0
    assert pending.model().rowCount() == waiting
    assert not server.seen

    server.portal = False
    qtbot.waitUntil(lambda: not controller.busy, timeout=5000)
    qtbot.mouseClick(child(window, QPushButton, "sync.now"), LEFT)
    qtbot.waitUntil(lambda: "Last successful sync" in status.text(), timeout=10_000)
    assert pending.model().rowCount() == 0
    assert len(server.seen) == waiting
    window.lock()


def test_every_reason_for_a_refused_record_is_told_in_words(qapp: object) -> None:
    reasons = [
        "invalid_record: score",
        "invalid_record",
        "conflicting_payload",
        "kind_mismatch",
        "handed_over",
        "rejected",
        "a_reason_of_a_newer_server",
    ]
    texts = [reason_text(reason) for reason in reasons]
    assert texts[0] == "The server found a value it cannot accept in the field score."
    assert len(set(texts[:5])) == 5, texts
    assert texts[5] == texts[6] == "The server refused this record."
    for reason, text in zip(reasons, texts, strict=True):
        assert reason.partition(":")[0] not in text
