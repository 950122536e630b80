"""Plain, translated words for the errors a coach can meet. Developers get the type name in logs.

The error types are imported when an error is put in words, not with this module: the unlock
screen uses it and comes up before the vault and storage are loaded (issue 14).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDir, QLocale, QObject

if TYPE_CHECKING:
    from coach_app.security.codes import CodeError
    from coach_app.storage import StorageUnavailable


class _Plurals(QObject):
    """Texts with a count: lupdate reads plural forms from ``tr`` calls only."""

    def code_too_short(self, count: int) -> str:
        return self.tr(
            "The code is %n character(s) too short. Check that no group is missing.", "", count
        )

    def code_too_long(self, count: int) -> str:
        return self.tr(
            "The code has %n character(s) too many. Check that no group was typed twice.",
            "",
            count,
        )

    def wait_seconds(self, seconds: int) -> str:
        return self.tr("Too many wrong attempts. Wait %n second(s) and try again.", "", seconds)


def _shown_character(character: str) -> str:
    """The offending character in words where it would be invisible or confusing."""
    if character.isspace() or not character.isprintable():
        return f"U+{ord(character):04X}"
    return character


def for_code_error(error: CodeError) -> str:
    """What is wrong with a typed recovery or enrolment code, in plain translated words."""
    from coach_app.security.codes import CodeProblem

    problem = error.problem
    if problem is CodeProblem.EMPTY:
        return QCoreApplication.translate("Messages", "Type the code.")
    if problem is CodeProblem.TOO_SHORT:
        return _Plurals().code_too_short(error.count)
    if problem is CodeProblem.TOO_LONG:
        return _Plurals().code_too_long(error.count)
    if problem is CodeProblem.NOT_IN_ALPHABET:
        if error.format_name == "enrolment" and error.character.upper() in "01IOİ":
            return (
                QCoreApplication.translate(
                    "Messages",
                    "Group %1 has “%2”, which an enrolment code never has: it has no 0, O, 1 "
                    "or I. Check that character.",
                )
                .replace("%1", str(error.group))
                .replace("%2", _shown_character(error.character))
            )
        return (
            QCoreApplication.translate(
                "Messages",
                "Group %1 has “%2”, which is not a character of the code. Check that character.",
            )
            .replace("%1", str(error.group))
            .replace("%2", _shown_character(error.character))
        )
    return QCoreApplication.translate(
        "Messages",
        "The code has a typo: its characters do not match its check characters. Compare each "
        "group with your printed sheet.",
    )


def _folder(path: Path) -> str:
    return QDir.toNativeSeparators(str(path))


def _size(byte_count: int) -> str:
    return QLocale().formattedDataSize(byte_count, 0)


def for_storage_error(exc: StorageUnavailable) -> str:
    """Disk full, read-only, no permission or locked: the cause, the folder and what to do."""
    from coach_app.storage import (
        DiskFull,
        FolderMissing,
        FolderReadOnly,
        LockedByOtherProgram,
        NoPermission,
    )

    folder = _folder(exc.folder)
    if isinstance(exc, DiskFull):
        needed = exc.needed_bytes
        if exc.free_bytes is not None:
            needed = max(needed - exc.free_bytes, 0) or exc.needed_bytes
        free = _size(exc.free_bytes) if exc.free_bytes is not None else "?"
        return (
            QCoreApplication.translate(
                "Messages",
                "The drive of %1 is full (%2 free). Make at least %3 of room, for example by "
                "emptying the recycle bin or moving large files, then try again. Nothing was "
                "lost: what you typed is still here.",
            )
            .replace("%1", folder)
            .replace("%2", free)
            .replace("%3", _size(needed))
        )
    if isinstance(exc, FolderReadOnly):
        return QCoreApplication.translate(
            "Messages",
            "%1 is on a drive that can only be read (a locked USB stick, a read-only share or "
            "a disk with errors). Nothing was changed. Make the drive writable or ask your IT "
            "contact, then try again.",
        ).replace("%1", folder)
    if isinstance(exc, NoPermission):
        return QCoreApplication.translate(
            "Messages",
            "Your account may not write to %1. Nothing was changed. Ask your IT contact to "
            "give your account write permission for this folder.",
        ).replace("%1", folder)
    if isinstance(exc, FolderMissing):
        return QCoreApplication.translate(
            "Messages",
            "%1 is not there. If it is on a USB stick or a network drive, connect it and try "
            "again. Nothing was lost.",
        ).replace("%1", folder)
    if isinstance(exc, LockedByOtherProgram):
        return QCoreApplication.translate(
            "Messages",
            "Another program is using the files in %1 (a backup, cloud sync or virus scanner, "
            "perhaps). Nothing was lost. Wait a moment and try again; if it keeps happening, "
            "close that program.",
        ).replace("%1", folder)
    return QCoreApplication.translate(
        "Messages", "The files in %1 cannot be read or written. Nothing was changed."
    ).replace("%1", folder)


def for_error(exc: BaseException) -> str:
    from coach_app.security import (
        TooManyAttempts,
        VaultCorrupt,
        WrongPassphrase,
        WrongRecoveryCode,
    )
    from coach_app.security.codes import CodeError
    from coach_app.storage import (
        DatabaseCorrupt,
        FolderInUse,
        SecondCopyFailed,
        StorageUnavailable,
        WrongDatabaseKey,
        classify_os_error,
    )

    if isinstance(exc, TooManyAttempts):
        seconds = max(1, round(exc.retry_after_seconds))
        return _Plurals().wait_seconds(seconds)
    if isinstance(exc, WrongPassphrase):
        return QCoreApplication.translate(
            "Messages", "That passphrase is not right. Check Caps Lock and try again."
        )
    if isinstance(exc, CodeError):
        return for_code_error(exc)
    if isinstance(exc, WrongRecoveryCode):
        if exc.malformed is not None:
            return for_code_error(exc.malformed)
        if exc.typo:
            return QCoreApplication.translate(
                "Messages",
                "The recovery code has a typo: its characters do not match its check "
                "characters. Compare each group with your printed sheet.",
            )
        return QCoreApplication.translate(
            "Messages",
            "This recovery code does not open the data on this laptop. If you made a new "
            "recovery code later, only the newest one works.",
        )
    if isinstance(exc, VaultCorrupt):
        return QCoreApplication.translate(
            "Messages",
            "The key file of your data (vault.json) is damaged or was changed. Nothing was "
            "opened. Ask your IT contact to restore it.",
        )
    if isinstance(exc, StorageUnavailable):
        return for_storage_error(exc)
    if isinstance(exc, SecondCopyFailed):
        return QCoreApplication.translate(
            "Messages",
            "The backup was made on this laptop, but it could not be copied to the other "
            "folder: %1",
        ).replace("%1", for_storage_error(exc.cause))
    if isinstance(exc, FolderInUse):
        return QCoreApplication.translate(
            "Messages",
            "Coach Companion is already open for this data folder, or an IT tool is working on "
            "it. Close the other window or wait until the tool has finished, then try again.",
        )
    if isinstance(exc, WrongDatabaseKey | DatabaseCorrupt):
        return QCoreApplication.translate(
            "Messages",
            "The database file (coach.db) is damaged or does not belong to this key file. "
            "Nothing was changed. Ask your IT contact to restore a backup.",
        )
    if isinstance(exc, OSError):
        cause = classify_os_error(exc)
        if cause is not None:
            return for_storage_error(cause)
        return QCoreApplication.translate(
            "Messages",
            "A file could not be read or written (%1). Nothing was lost; please try again.",
        ).replace("%1", exc.strerror or type(exc).__name__)
    from coach_app.offsite.guard import FamilyBeingHandedOver

    if isinstance(exc, FamilyBeingHandedOver):  # a save refused while the family moves
        from coach_app.ui.offsite_messages import held_text

        return held_text(exc.direction, exc.coach_name)
    return QCoreApplication.translate(
        "Messages", "Something went wrong (%1). Nothing was lost; please try again."
    ).replace("%1", type(exc).__name__)
