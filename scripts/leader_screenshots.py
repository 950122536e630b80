"""Screenshots of leader mode for the README: the sign-in, the dashboard (Dutch and English; in
Dutch also while newer records are pending), the devices tab with an enrolment QR code, and
every page of the Dutch funder report.

Run under a virtual X server so the windows are real (1366x768)::

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/leader_screenshots.py

It builds the translations, starts a local ``coach-server`` with SQLite in a temporary folder,
seeds it through the API with synthetic records, signs in and saves PNGs to docs/screenshots/.
The leader window opens at the size it would get on that screen (and says so if it does not
fit).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QCoreApplication  # noqa: E402
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget  # noqa: E402

from coach_app.deployment import Deployment  # noqa: E402
from coach_app.i18n import TranslatorHolder, build  # noqa: E402
from coach_app.leader import LeaderClient  # noqa: E402
from coach_app.ui.leader import LeaderSignInDialog, LeaderWindow  # noqa: E402
from coach_app.ui.leader.report_pdf import write_funder_report  # noqa: E402
from coach_app.ui.leader.texts import report_texts  # noqa: E402
from tests.qt.leader_server import LEADER, LEADER_PASSWORD, local_server, seed  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
DEPLOYMENT = Deployment(organisation_name="Stichting Voorbeeld Twente")
TODAY = date(2019, 12, 20)  # the seeded programme runs through 2019


def wait(app: QApplication, done: Callable[[], bool], seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while not done() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    if not done():
        raise RuntimeError("timed out waiting for the leader window")


def settle(app: QApplication, rounds: int = 30) -> None:
    for _ in range(rounds):
        app.processEvents()
        time.sleep(0.01)


def fits(widget: QWidget) -> None:
    screen = widget.screen().availableGeometry()
    frame = widget.frameGeometry()
    if not screen.contains(frame):
        raise SystemExit(f"{widget.objectName()} ({frame}) does not fit the screen ({screen})")


def sign_in(app: QApplication, url: str, language: str) -> None:
    dialog = LeaderSignInDialog(Deployment(server_url=url))
    dialog.show()
    dialog.findChild(QLineEdit, "leader.username").setText(LEADER)
    settle(app)
    fits(dialog)
    dialog.grab().save(str(OUT / f"leader-sign-in-{language}.png"))
    dialog.close()


def window_shots(app: QApplication, url: str, language: str) -> None:
    client = LeaderClient(url)
    client.sign_in(LEADER, LEADER_PASSWORD)
    window = LeaderWindow(client, DEPLOYMENT, today=TODAY)
    window.restore_size()
    window.show()
    wait(app, lambda: window.dashboard.summary is not None)  # the current quarter, no click
    shown: list[object] = []
    window.dashboard.over_time_shown.connect(shown.append)
    window.dashboard.set_period("year", date(2019, 1, 1))
    wait(app, lambda: bool(shown) and window.dashboard.summary.period.from_month == "2019-01")
    settle(app)
    fits(window)
    window.grab().save(str(OUT / f"leader-dashboard-{language}.png"))
    window.dashboard.scroll_area.verticalScrollBar().setValue(
        window.dashboard.boxes["by_gender"].y() - 8
    )
    settle(app)
    window.grab().save(str(OUT / f"leader-dashboard-indicators-{language}.png"))
    if language == "nl":
        # While the server still protects newly received records: the same figures, pending.
        dashboard = window.dashboard
        summary = dashboard.summary
        assert summary is not None
        dashboard.scroll_area.verticalScrollBar().setValue(0)
        dashboard.show_summary(summary.model_copy(update={"pending": True}))
        dashboard.pending_timer.stop()  # no fetch again while the picture is taken
        settle(app)
        window.grab().save(str(OUT / f"leader-dashboard-pending-{language}.png"))
        dashboard.show_summary(summary)
        window.tabs.setCurrentWidget(window.devices)
        wait(app, lambda: window.devices.model.rowCount() > 0)
        window.devices.coach.setText("Gül Yıldız")
        created: list[object] = []
        window.devices.code_created.connect(created.append)
        window.devices.create_code()
        wait(app, lambda: bool(created))
        settle(app)
        window.grab().save(str(OUT / f"leader-devices-{language}.png"))
    window.close()


def report(url: str, folder: Path) -> int:
    client = LeaderClient(url)
    client.sign_in(LEADER, LEADER_PASSWORD)
    summary, _ = client.period_export("2019", threshold=10)
    client.sign_out()
    pdf = folder / "report.pdf"
    pages = write_funder_report(
        pdf,
        summary,
        report_texts("nl"),
        organisation=DEPLOYMENT.organisation_name,
        made_on=date(2020, 1, 15),
    )
    subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf), str(folder / "page")], check=True)
    for old in OUT.glob("report-page*.png"):
        old.unlink()
    for number, page in enumerate(sorted(folder.glob("page-*.png")), start=1):
        shutil.copyfile(page, OUT / f"report-page{number}.png")
    return pages


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    QCoreApplication.setApplicationName("Coach Companion")
    OUT.mkdir(parents=True, exist_ok=True)
    build.release()
    translator = TranslatorHolder()
    with tempfile.TemporaryDirectory(prefix="leader-shots-") as tmp:
        folder = Path(tmp)
        with local_server(folder) as server:
            seed(server)
            for language in ("nl", "en"):
                translator.install(app, language)
                sign_in(app, server.url, language)
                window_shots(app, server.url, language)
            pages = report(server.url, folder)
    print(f"saved screenshots and {pages} report pages to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
