"""The funder report: a real PDF (pages rendered with pdftoppm, text read with pdftotext) in
Dutch and English, and a CSV equal to the server's."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog, QPushButton
from pytestqt.qtbot import QtBot

from coach_app.deployment import Deployment
from coach_app.i18n import build, translations_dir
from coach_app.leader import LeaderClient
from coach_app.ui.leader import LeaderWindow
from coach_app.ui.leader.report_pdf import write_funder_report
from coach_app.ui.leader.sections import INDICATORS
from coach_app.ui.leader.texts import report_texts
from tests.qt.helpers import child
from tests.qt.leader_server import LEADER, LEADER_PASSWORD, LocalServer, local_server, seed


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
def dutch() -> Path:
    """The built translations (coach_nl.qm from the .ts files)."""
    build.release()
    return translations_dir()


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
    # The indicator table: every indicator in words, with the export's values; no developer
    # identifier anywhere.
    expected = server.summary("2019", threshold=10)
    withheld = "withheld" if language == "en" else "afgeschermd"
    texts = report_texts(language, dutch)
    lines = text.splitlines()
    for name, breakdown in expected["indicators"].items():
        value = breakdown["total"]
        label = texts.translate("LeaderSummary", INDICATORS[name])
        first_words = " ".join(label.split()[:3])
        assert first_words in words, (name, label)
        row = next(i for i, line in enumerate(lines) if first_words in line)
        nearby = " ".join(lines[max(0, row - 4) : row + 4])
        shown = withheld if value == {"suppressed": True} else str(value)
        assert shown in nearby, (name, nearby)
    assert re.findall(r"\b[a-z]+_[a-z_]+\b", text) == []
    assert "Coach Companion-programma" not in text
    assert "Coach Companion programme" not in text


def test_the_csv_is_the_servers_export(
    qtbot: QtBot,
    window: LeaderWindow,
    server: LocalServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "summary.csv"
    save(qtbot, window, "leader.report_csv", path, monkeypatch)
    with httpx.Client(base_url=server.url + "/api/v2", timeout=10) as http:
        expected = http.get(
            "/summary.csv", params={"period": "2019"}, headers=server.leader_headers()
        )
    assert expected.status_code == 200
    assert path.read_bytes() == expected.content
    assert b"threshold,,,10" in path.read_bytes()


def test_pdf_and_csv_use_the_same_threshold(server: LocalServer) -> None:
    client = LeaderClient(server.url)
    client.sign_in(LEADER, LEADER_PASSWORD)
    summary, data = client.period_export("2019", threshold=12)
    assert summary.threshold == 12
    assert b"threshold,,,12" in data
    client.sign_out()


def test_the_report_says_when_no_organisation_is_set_and_its_charts_are_labelled(
    qtbot: QtBot, server: LocalServer, tmp_path: Path
) -> None:
    client = LeaderClient(server.url)
    client.sign_in(LEADER, LEADER_PASSWORD)
    summary, _ = client.period_export("2019", threshold=10)
    client.sign_out()
    pdf = tmp_path / "report.pdf"
    write_funder_report(
        pdf, summary, report_texts("en"), organisation="  ", made_on=date(2020, 1, 15)
    )
    text = pdf_text(pdf)
    words = " ".join(text.split())
    assert "No organisation name is set" in words
    # The charts' labels are text in the PDF, whole: no label cut to "…".
    assert "…" not in text
    for domain in ("Language", "Education", "Work", "Sport and participation", "Housing"):
        assert words.count(domain) >= 2, domain  # in the goals chart and in the goals table
    for coach in ("Ayşe Yılmaz", "Bram de Vries"):
        assert coach in words


def test_a_table_title_never_ends_a_page_and_a_continued_table_repeats_its_header(
    qtbot: QtBot, server: LocalServer, tmp_path: Path
) -> None:
    """Each breakdown table's title and column names are its header rows (repeated by Qt on
    every page the table runs onto), so no title stands alone at the foot of a page."""
    from PySide6.QtGui import QTextDocument, QTextTable

    from coach_app.ui.leader.report_pdf import _indicator_page
    from coach_app.ui.leader.sections import sections

    client = LeaderClient(server.url)
    client.sign_in(LEADER, LEADER_PASSWORD)
    summary, _ = client.period_export("2019", threshold=10)
    client.sign_out()
    texts = report_texts("en")
    by_key = {s.key: s for s in sections(summary, texts)}
    document = QTextDocument()
    document.setHtml(_indicator_page(summary, texts, by_key))
    tables = {
        frame.cellAt(0, 0).firstCursorPosition().block().text(): frame.format().headerRowCount()
        for frame in document.rootFrame().childFrames()
        if isinstance(frame, QTextTable)
    }
    for key in ("by_gender", "by_age_group", "by_municipality", "self_reliance"):
        assert tables[by_key[key].title] == 2, key  # the title and the column names
    assert tables["Indicator"] == 1

    pdf = tmp_path / "report.pdf"
    pages = write_funder_report(
        pdf, summary, texts, organisation="Stichting", made_on=date(2020, 1, 15)
    )
    titles = {by_key[k].title for k in ("by_gender", "by_age_group", "by_municipality")}
    for page in range(1, pages + 1):
        text = subprocess.run(
            [_poppler("pdftotext"), "-layout", "-f", str(page), "-l", str(page), str(pdf), "-"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        assert lines[-1] not in titles, (page, lines[-1])
