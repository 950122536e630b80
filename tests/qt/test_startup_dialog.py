"""A wrong deployment file at start: a dialog in plain words, in the coach's language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from coach_app.app import deployment_error_box
from coach_app.deployment import DeploymentError, load
from coach_app.i18n import TranslatorHolder


def _error(tmp_path: Path) -> DeploymentError:
    bad = tmp_path / "deployment.toml"
    bad.write_text('[server]\nurl = "ftp://example.org"\n', encoding="utf-8")
    try:
        load(bad)
    except DeploymentError as exc:
        return exc
    raise AssertionError("the file should have been refused")


def test_the_dialog_says_what_happened_and_what_to_do(qapp: QApplication, tmp_path: Path) -> None:
    holder = TranslatorHolder()
    holder.install(qapp, "en")
    box = deployment_error_box(_error(tmp_path))
    assert box.objectName() == "app.deployment_error"
    assert box.icon() == QMessageBox.Icon.Critical
    assert "cannot start" in box.text()
    assert "IT staff" in box.informativeText()
    assert "server.url" in box.detailedText()  # the file's problem, for IT


def test_the_dialog_speaks_the_coachs_language(qapp: QApplication, tmp_path: Path) -> None:
    holder = TranslatorHolder()
    english = deployment_error_box(_error(tmp_path)).text()
    for language in ("nl", "tr"):
        assert holder.install(qapp, language)
        assert deployment_error_box(_error(tmp_path)).text() != english
    holder.install(qapp, "en")
