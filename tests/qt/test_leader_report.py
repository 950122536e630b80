"""The funder report: a real PDF (pages rendered with pdftoppm, text read with pdftotext) in
Dutch and English, and a CSV equal to the server's."""

from __future__ import annotations

import json
import shutil
import subprocess
import unicodedata
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog, QPushButton
from pytestqt.qtbot import QtBot

from coach_app.deployment import Deployment
from coach_app.i18n import build
from coach_app.leader import LeaderClient
from coach_app.ui.leader import LeaderWindow
from tests.qt.helpers import child
from tests.qt.leader_server import LEADER, LEADER_PASSWORD, LocalServer, local_server, seed

GLOSSARY = Path(__file__).resolve().parents[2] / "tools" / "translations" / "leader.json"


def _poppler(tool: str) -> str:
    found = shutil.which(tool)
    if found is None:
        pytest.fail(f"{tool} is missing: install poppler-utils (scripts/install-system-deps.sh)")
    return found


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalServer]:
    with local_server(tmp_path_factory.mktemp("report-server")) as running:
        seed(running)
        yield running


@pytest.fixture(scope="module")
def dutch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A coach_nl.qm with the leader glossary, as the lead's merge will make it."""
    folder = tmp_path_factory.mktemp("qm")
    glossary = json.loads(GLOSSARY.read_text(encoding="utf-8"))
    root = ET.Element("TS", version="2.1", language="nl")
    for context in ("FunderReport", "LeaderSummary", "Labels"):
        ctx = ET.SubElement(root, "context")
        ET.SubElement(ctx, "name").text = context
        for source, values in glossary.items():
            if isinstance(values.get("nl"), str):
                message = ET.SubElement(ctx, "message")
                ET.SubElement(message, "source").text = source
                ET.SubElement(message, "translation").text = values["nl"]
    ts = folder / "coach_nl.ts"
    ET.ElementTree(root).write(ts, encoding="utf-8", xml_declaration=True)
    subprocess.run(
        [build._tool("lrelease"), "-silent", str(ts), "-qm", str(folder / "coach_nl.qm")],
        check=True,
    )
    return folder


@pytest.fixture
def window(qtbot: QtBot, server: LocalServer) -> Iterator[LeaderWindow]:
    client = LeaderClient(server.url)
    client.sign_in(LEADER, LEADER_PASSWORD)
    win = LeaderWindow(client, Deployment(organisation_name="Stichting Voorbeeld Twente"))
    qtbot.addWidget(win)
    win.dashboard.set_period("year", date(2019, 1, 1))
    win.show()
    yield win
    win.close()


def save(
    qtbot: QtBot, window: LeaderWindow, button: str, path: Path, mp: pytest.MonkeyPatch
) -> None:
    mp.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    window.tabs.setCurrentWidget(window.reports)
    with qtbot.waitSignal(window.reports.saved, timeout=30_000):
        qtbot.mouseClick(child(window, QPushButton, button), Qt.MouseButton.LeftButton)


def pdf_text(path: Path) -> str:
    """The PDF's text, with ligatures (fi, fl) folded back into letters."""
    text = subprocess.run(
        [_poppler("pdftotext"), "-layout", str(path), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return unicodedata.normalize("NFKC", text)


@pytest.mark.parametrize(
    ("language", "title", "heading"),
    [
        ("en", "Programme report for funders", "Funder indicators"),
        ("nl", "Programmaverslag voor financiers", "Indicatoren voor financiers"),
    ],
)
def test_the_pdf_report_renders_with_its_indicator_table(
    qtbot: QtBot,
    window: LeaderWindow,
    server: LocalServer,
    dutch: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    language: str,
    title: str,
    heading: str,
) -> None:
    window.reports.translations = dutch
    window.reports.language.setCurrentIndex(("nl", "en").index(language))
    pdf = tmp_path / "report.pdf"
    save(qtbot, window, "leader.report_pdf", pdf, monkeypatch)
    assert pdf.read_bytes().startswith(b"%PDF")

    subprocess.run(
        [_poppler("pdftoppm"), "-png", "-r", "50", str(pdf), str(tmp_path / "page")], check=True
    )
    pages = sorted(tmp_path.glob("page-*.png"))
    assert len(pages) >= 2
    for page in pages[:3]:
        image = QImage(str(page))
        dark = sum(
            1
            for y in range(0, image.height(), 4)
            for x in range(0, image.width(), 4)
            if image.pixelColor(x, y).lightness() < 200
        )
        assert dark > 50, f"{page.name} is blank"

    text = pdf_text(pdf)
    words = " ".join(text.split())
    assert title in words
    assert heading in words
    assert "Stichting Voorbeeld Twente" in text
    # The indicator table: every indicator by its stable name, with the export's values.
    expected = server.get(
        "/summary", **{"from": "2019-01", "to": "2019-12", "threshold": 10}
    ).json()
    withheld = "withheld" if language == "en" else "afgeschermd"
    lines = text.splitlines()
    for name, value in expected["indicators"].items():
        if name == "self_reliance_change":
            continue
        assert name in text
        row = next(i for i, line in enumerate(lines) if name in line)
        nearby = " ".join(lines[max(0, row - 4) : row + 4])
        shown = withheld if value == {"suppressed": True} else str(value)
        assert shown in nearby, (name, nearby)


def test_the_csv_is_the_servers_export(
    qtbot: QtBot,
    window: LeaderWindow,
    server: LocalServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "summary.csv"
    save(qtbot, window, "leader.report_csv", path, monkeypatch)
    expected = server.get("/summary.csv", **{"from": "2019-01", "to": "2019-12"})
    assert expected.status_code == 200
    assert path.read_bytes() == expected.content
    assert b"threshold,,,10" in path.read_bytes()


def test_pdf_and_csv_use_the_same_threshold(server: LocalServer) -> None:
    client = LeaderClient(server.url)
    client.sign_in(LEADER, LEADER_PASSWORD)
    summary, data = client.export("2019-01", "2019-12", threshold=12)
    assert summary.threshold == 12
    assert b"threshold,,,12" in data
    client.sign_out()
