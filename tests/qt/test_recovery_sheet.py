"""The recovery code printed or saved as PDF, on first run and from Settings."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from coach_app.deployment import Deployment
from coach_app.paths import DataFolder
from coach_app.security import KdfParams
from coach_app.ui import recovery_sheet
from coach_app.ui.context import UiContext, UiEvents
from coach_app.ui.main_window import MainWindow
from coach_app.ui.tasks import Operations
from coach_app.workspace import Workspace
from tests.canaries import hits
from tests.qt.conftest import PASSPHRASE
from tests.qt.helpers import child, click, type_into

ORGANISATION = "Stichting Buurtcoach Twente"
PDFTOTEXT = "/usr/bin/pdftotext"

pytestmark = pytest.mark.skipif(not Path(PDFTOTEXT).exists(), reason="needs pdftotext")


def make_window(qtbot: QtBot, folder: DataFolder) -> MainWindow:
    context = UiContext(
        workspace=Workspace(folder, kdf=KdfParams()),
        operations=Operations(),
        deployment=Deployment(organisation_name=ORGANISATION),
        preferences=None,
        events=UiEvents(),
        language="en",
    )
    window = MainWindow(context, auto_lock_minutes=5)
    qtbot.addWidget(window)
    window.show()
    return window


def pdf_text(path: Path) -> str:
    assert path.read_bytes().startswith(b"%PDF")
    done = subprocess.run(
        [PDFTOTEXT, "-layout", str(path), "-"], capture_output=True, text=True, check=True
    )
    return done.stdout


def save_to(monkeypatch: pytest.MonkeyPatch, chosen: str) -> list[str]:
    """Answer the save dialog with ``chosen``; returns the titles it was asked with."""
    asked: list[str] = []

    def answer(parent: QWidget | None, title: str, *args: object) -> tuple[str, str]:
        asked.append(title)
        return chosen, "PDF files (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    return asked


class AcceptingPrintDialog:
    """Stands in for QPrintDialog: the coach 'chose' a PDF printer writing to ``target``."""

    target = Path()
    shown = 0

    def __init__(self, printer: QPrinter, parent: QWidget | None = None) -> None:
        self.printer = printer

    def setWindowTitle(self, title: str) -> None:
        assert title

    def exec(self) -> QDialog.DialogCode:
        type(self).shown += 1
        self.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        self.printer.setOutputFileName(str(self.target))
        return QDialog.DialogCode.Accepted


class CancellingPrintDialog(AcceptingPrintDialog):
    def exec(self) -> QDialog.DialogCode:
        return QDialog.DialogCode.Rejected


def first_run(qtbot: QtBot, window: MainWindow) -> str:
    type_into(qtbot, window, "setup.passphrase", PASSPHRASE)
    type_into(qtbot, window, "setup.passphrase_confirm", PASSPHRASE)
    click(qtbot, window, "setup.create")
    code_label = child(window, QLabel, "setup.recovery_code")
    qtbot.waitUntil(lambda: bool(code_label.text()), timeout=20_000)
    return str(code_label.text())


def assert_sheet(text: str, code: str) -> None:
    assert code in text
    assert ORGANISATION in text
    assert "Coach Companion" in text
    assert "away from the laptop" in text


def test_first_run_saves_and_prints_the_recovery_sheet_only_where_chosen(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = DataFolder(tmp_path / "data")
    window = make_window(qtbot, folder)
    code = first_run(qtbot, window)
    message = child(window, QLabel, "setup.recovery_sheet_message")

    # Cancelling the save dialog writes nothing.
    save_to(monkeypatch, "")
    click(qtbot, window, "setup.recovery_pdf")
    assert message.text() == ""

    chosen = tmp_path / "papers" / "my code"  # no extension: .pdf is added
    chosen.parent.mkdir()
    asked = save_to(monkeypatch, str(chosen))
    click(qtbot, window, "setup.recovery_pdf")
    assert asked == ["Save the recovery code as PDF"]
    sheet = chosen.with_name("my code.pdf")
    assert_sheet(pdf_text(sheet), code)
    assert str(sheet) in message.text()

    # Printing: the print dialog is answered with a PDF "printer"; no real printer needed.
    printed = tmp_path / "papers" / "printed.pdf"
    AcceptingPrintDialog.target = printed
    AcceptingPrintDialog.shown = 0
    monkeypatch.setattr(recovery_sheet, "QPrintDialog", CancellingPrintDialog)
    click(qtbot, window, "setup.recovery_print")
    assert not printed.exists()
    monkeypatch.setattr(recovery_sheet, "QPrintDialog", AcceptingPrintDialog)
    click(qtbot, window, "setup.recovery_print")
    assert AcceptingPrintDialog.shown == 1
    assert_sheet(pdf_text(printed), code)
    assert "printer" in message.text()

    # The code went nowhere else: not into the data folder, logs, settings or a temp file.
    assert sorted(p.name for p in (tmp_path / "papers").iterdir()) == ["my code.pdf", "printed.pdf"]
    assert [hit for hit in hits(folder.root, [code]) if hit[1] == code] == []
    compact = code.replace("-", "")
    assert [hit for hit in hits(folder.root, [compact]) if hit[1] == compact] == []

    window.setup_page.written_down.setChecked(True)
    click(qtbot, window, "setup.continue")
    assert message.text() == ""
    assert child(window, QLabel, "setup.recovery_code").text() == ""


def test_an_unwritable_place_is_reported_in_plain_words(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(qtbot, DataFolder(tmp_path / "data"))
    first_run(qtbot, window)
    save_to(monkeypatch, str(tmp_path / "no such folder" / "code.pdf"))
    click(qtbot, window, "setup.recovery_pdf")
    assert "could not be written" in child(window, QLabel, "setup.recovery_sheet_message").text()
    assert not (tmp_path / "no such folder").exists()


def test_settings_new_recovery_code_can_be_saved_and_printed(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = DataFolder(tmp_path / "data")
    Workspace(folder, kdf=KdfParams()).create(PASSPHRASE)
    window = make_window(qtbot, folder)
    from tests.qt.helpers import unlock

    unlock(qtbot, window)
    window.show_page("settings")
    assert child(window, QWidget, "settings.recovery_pdf").isHidden()  # no code, no buttons
    field = child(window, QLineEdit, "settings.recovery_passphrase")
    qtbot.keyClicks(field, PASSPHRASE)
    click(qtbot, window, "settings.new_recovery_code")
    assert window.operations.wait(20_000)
    QApplication.processEvents()
    code = child(window, QLabel, "settings.recovery_code").text()
    assert code

    sheet = tmp_path / "new-code.pdf"
    save_to(monkeypatch, str(sheet))
    click(qtbot, window, "settings.recovery_pdf")
    assert_sheet(pdf_text(sheet), code)
    message = child(window, QLabel, "settings.recovery_message")
    assert str(sheet) in message.text()

    printed = tmp_path / "printed.pdf"
    AcceptingPrintDialog.target = printed
    monkeypatch.setattr(recovery_sheet, "QPrintDialog", AcceptingPrintDialog)
    click(qtbot, window, "settings.recovery_print")
    assert_sheet(pdf_text(printed), code)

    child(window, QWidget, "settings.recovery_written").setChecked(True)
    click(qtbot, window, "settings.recovery_done")
    assert child(window, QWidget, "settings.recovery_pdf").isHidden()
    assert [hit for hit in hits(folder.root, [code]) if hit[1] == code] == []
