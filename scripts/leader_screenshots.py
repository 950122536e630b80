"""Screenshots of leader mode for the README: the dashboard in Dutch and English and the first
two pages of the funder report.

Run under a virtual X server so the window is real (1366x768)::

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/leader_screenshots.py

It starts a local ``coach-server`` with SQLite in a temporary folder, seeds it through the API
with synthetic records, signs in and saves PNGs to docs/screenshots/. The Dutch strings come
from tools/translations/leader.json (compiled to a temporary .qm), so the screenshots are right
even before the glossary is merged into the .ts files.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from coach_app.deployment import Deployment  # noqa: E402
from coach_app.i18n import build, translations_dir  # noqa: E402
from coach_app.leader import LeaderClient  # noqa: E402
from coach_app.ui.leader import LeaderWindow  # noqa: E402
from coach_app.ui.leader.report_pdf import write_funder_report  # noqa: E402
from coach_app.ui.leader.texts import report_texts  # noqa: E402
from tests.qt.leader_server import LEADER, LEADER_PASSWORD, local_server, seed  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
DEPLOYMENT = Deployment(organisation_name="Stichting Voorbeeld Twente")


def dutch_qm(folder: Path) -> Path:
    """coach_nl.ts from the repository plus the leader glossary, compiled to a .qm."""
    glossary: dict[str, dict[str, object]] = {}
    for path in sorted((ROOT / "tools" / "translations").glob("*.json")):
        glossary.update(json.loads(path.read_text(encoding="utf-8")))
    tree = ET.parse(translations_dir() / "coach_nl.ts")  # noqa: S314 - our own file
    root = tree.getroot()
    contexts = ("Dashboard", "DevicesTab", "FunderReport", "LeaderDevices", "LeaderMessages")
    contexts += ("LeaderSummary", "LeaderWindow", "ReportsTab", "_SectionBox", "Labels")
    for name in contexts:
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = name
        for source, values in glossary.items():
            value = values.get("nl")
            if isinstance(value, str):
                message = ET.SubElement(context, "message")
                ET.SubElement(message, "source").text = source
                ET.SubElement(message, "translation").text = value
    ts = folder / "coach_nl.ts"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    qm = folder / "coach_nl.qm"
    subprocess.run([build._tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


def wait(app: QApplication, done: object, seconds: float = 20) -> None:
    import time

    deadline = time.monotonic() + seconds
    while not done() and time.monotonic() < deadline:  # type: ignore[operator]
        app.processEvents()
        time.sleep(0.02)
    if not done():  # type: ignore[operator]
        raise RuntimeError("timed out waiting for the leader window")


def dashboard(app: QApplication, url: str, language: str, qm_folder: Path) -> None:
    translator = QTranslator(app)
    qm = qm_folder / "coach_nl.qm" if language == "nl" else translations_dir() / "coach_en.qm"
    translator.load(str(qm))
    app.installTranslator(translator)
    QLocale.setDefault(QLocale(language))
    client = LeaderClient(url)
    client.sign_in(LEADER, LEADER_PASSWORD)
    window = LeaderWindow(client, DEPLOYMENT, today=date(2019, 6, 1))
    window.resize(1366, 768)
    window.show()
    window.dashboard.set_period("year", date(2019, 1, 1))
    window.dashboard.refresh()
    wait(app, lambda: window.dashboard.summary is not None)
    for _ in range(20):
        app.processEvents()
    window.grab().save(str(OUT / f"leader-dashboard-{language}.png"))
    window.close()
    app.removeTranslator(translator)


def report(url: str, folder: Path, qm_folder: Path) -> None:
    client = LeaderClient(url)
    client.sign_in(LEADER, LEADER_PASSWORD)
    summary, _ = client.export("2019-01", "2019-12", threshold=10)
    pdf = folder / "report.pdf"
    write_funder_report(
        pdf,
        summary,
        report_texts("nl", qm_folder),
        organisation=DEPLOYMENT.organisation_name,
        made_on=date(2020, 1, 15),
    )
    shutil.copyfile(pdf, folder / "kept.pdf")
    subprocess.run(
        ["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "2", str(pdf), str(folder / "page")],
        check=True,
    )
    for number, page in enumerate(sorted(folder.glob("page-*.png")), start=1):
        shutil.copyfile(page, OUT / f"report-page{number}.png")


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    QCoreApplication.setApplicationName("Coach Companion")
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="leader-shots-") as tmp:
        folder = Path(tmp)
        qm_folder = folder / "qm"
        qm_folder.mkdir()
        dutch_qm(qm_folder)
        with local_server(folder) as server:
            seed(server)
            dashboard(app, server.url, "nl", qm_folder)
            dashboard(app, server.url, "en", qm_folder)
            report(server.url, folder, qm_folder)
    print(f"saved screenshots to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
