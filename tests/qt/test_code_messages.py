"""Typed codes that are wrong get plain, translated words: what is wrong and where."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from coach_app.i18n import TranslatorHolder, build
from coach_app.security import WrongRecoveryCode
from coach_app.security.codes import RECOVERY_CODE, CodeError, parse_code, parse_enrolment_code
from coach_app.ui.messages import for_code_error, for_error

CODE = "7K3M-Q9XA-2B4C-HJ8N-PRST-VWYZ-0D1E-FG56"


@pytest.fixture
def translator(qapp: QApplication) -> Iterator[TranslatorHolder]:
    build.release()
    holder = TranslatorHolder()
    yield holder
    holder.install(qapp, "en")


def error_for(typed: str) -> CodeError:
    with pytest.raises(CodeError) as caught:
        parse_code(typed, RECOVERY_CODE)
    return caught.value


def test_english_says_how_many_characters_and_which_one(
    qapp: QApplication, translator: TranslatorHolder
) -> None:
    translator.install(qapp, "en")
    assert "1 character too short" in for_code_error(error_for(CODE[:-1]))
    assert "5 characters too short" in for_code_error(error_for(CODE[:-6]))
    assert "1 character too many" in for_code_error(error_for(CODE + "A"))
    bad = for_code_error(error_for(CODE[:10] + "!" + CODE[11:]))
    assert "Group 3" in bad
    assert "“!”" in bad
    assert "Type the code" in for_code_error(error_for("  \n"))
    invisible = for_code_error(error_for(CODE[:5] + "\u0007" + CODE[6:]))
    assert "U+0007" in invisible


def test_dutch_and_turkish_words(qapp: QApplication, translator: TranslatorHolder) -> None:
    translator.install(qapp, "nl")
    assert "3 tekens te kort" in for_code_error(error_for(CODE[:-3]))
    translator.install(qapp, "tr")
    assert "3 karakter kısa" in for_code_error(error_for(CODE[:-3]))


def test_wrong_recovery_codes_are_told_apart(
    qapp: QApplication, translator: TranslatorHolder
) -> None:
    translator.install(qapp, "en")
    malformed = WrongRecoveryCode("x", malformed=error_for(CODE[:-2]))
    assert "2 characters too short" in for_error(malformed)
    assert "typo" in for_error(WrongRecoveryCode("x", typo=True))
    assert "newest" in for_error(WrongRecoveryCode("x"))


def test_enrolment_codes_name_the_characters_they_never_have(
    qapp: QApplication, translator: TranslatorHolder
) -> None:
    translator.install(qapp, "en")
    with pytest.raises(CodeError) as caught:
        parse_enrolment_code("DGWT-2UWP-J44B-DVA0")
    message = for_code_error(caught.value)
    assert "Group 4" in message
    assert "no 0, O, 1 or I" in message


def test_storage_errors_give_cause_folder_and_advice(
    qapp: QApplication, translator: TranslatorHolder, tmp_path: Path
) -> None:
    from coach_app.storage import (
        DatabaseCorrupt,
        DiskFull,
        FolderMissing,
        FolderReadOnly,
        LockedByOtherProgram,
        NoPermission,
    )

    translator.install(qapp, "en")
    folder = str(tmp_path)
    full = for_error(DiskFull(tmp_path, free_bytes=1000, needed_bytes=20_000_000))
    assert "full" in full
    assert folder in full
    assert "MB" in full or "MiB" in full
    assert "restore" not in full
    read_only = for_error(FolderReadOnly(tmp_path))
    assert "only be read" in read_only
    assert folder in read_only
    assert "permission" in for_error(NoPermission(tmp_path))
    assert "Another program" in for_error(LockedByOtherProgram(tmp_path))
    assert "not there" in for_error(FolderMissing(tmp_path))
    assert "restore a backup" in for_error(DatabaseCorrupt("x"))
    for exc in (FolderReadOnly(tmp_path), NoPermission(tmp_path), FolderMissing(tmp_path)):
        assert "restore" not in for_error(exc)
    raw = OSError(28, "No space left on device", str(tmp_path / "coach.db"))
    assert "full" in for_error(raw)
    translator.install(qapp, "nl")
    assert "vol" in for_error(DiskFull(tmp_path, free_bytes=0, needed_bytes=20_000_000))


def test_the_sync_screen_sends_enrolment_codes_as_typed_in_their_canonical_form(
    qtbot,
    filled_folder,  # type: ignore[no-untyped-def]
) -> None:
    from PySide6.QtWidgets import QLabel, QLineEdit

    from tests.qt.helpers import child, make_window, unlock

    window = make_window(qtbot, filled_folder)
    unlock(qtbot, window)
    window.show_page("sync")
    sent: list[tuple[str, str]] = []

    class Controller:
        def enrol(self, url: str, code: str) -> None:
            sent.append((url, code))

    page = window.sync_page
    real = page.controller
    page.controller = Controller()  # type: ignore[assignment]
    child(window, QLineEdit, "sync.enrol_url").setText("https://coach.test")
    field = child(window, QLineEdit, "sync.enrol_code")
    field.setText("dgwt 2uwp\u00a0j44b\u2013dva3")
    page._enrol()  # what the Enrol button and Enter run
    assert sent == [("https://coach.test", "DGWT-2UWP-J44B-DVA3")]
    field.setText("DGWT-2UWP-J44B-DVA0")
    page._enrol()
    assert len(sent) == 1
    assert "0, O, 1 or I" in child(window, QLabel, "sync.status").text()
    page.controller = real
    window.lock()
