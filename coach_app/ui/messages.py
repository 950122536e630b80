"""Plain, translated words for the errors a coach can meet. Developers get the type name in logs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from coach_app.security import (
    TooManyAttempts,
    VaultCorrupt,
    WrongPassphrase,
    WrongRecoveryCode,
)
from coach_app.security.codes import CodeError, CodeProblem
from coach_app.storage import DatabaseCorrupt, WrongDatabaseKey


def _shown_character(character: str) -> str:
    """The offending character in words where it would be invisible or confusing."""
    if character.isspace() or not character.isprintable():
        return f"U+{ord(character):04X}"
    return character


def for_code_error(error: CodeError) -> str:
    """What is wrong with a typed recovery or enrolment code, in plain translated words."""
    problem = error.problem
    if problem is CodeProblem.EMPTY:
        return QCoreApplication.translate("Messages", "Type the code.")
    if problem is CodeProblem.TOO_SHORT:
        return QCoreApplication.translate(
            "Messages",
            "The code is %n character(s) too short. Check that no group is missing.",
            None,
            error.count,
        )
    if problem is CodeProblem.TOO_LONG:
        return QCoreApplication.translate(
            "Messages",
            "The code has %n character(s) too many. Check that no group was typed twice.",
            None,
            error.count,
        )
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


def for_error(exc: BaseException) -> str:
    if isinstance(exc, TooManyAttempts):
        seconds = max(1, round(exc.retry_after_seconds))
        return QCoreApplication.translate(
            "Messages", "Too many wrong attempts. Wait %n second(s) and try again.", None, seconds
        )
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
    if isinstance(exc, WrongDatabaseKey | DatabaseCorrupt):
        return QCoreApplication.translate(
            "Messages",
            "The database file (coach.db) is damaged or does not belong to this key file. "
            "Nothing was changed. Ask your IT contact to restore a backup.",
        )
    if isinstance(exc, OSError):
        return QCoreApplication.translate(
            "Messages", "Your data could not be read or written (disk full or no permission?)."
        )
    return QCoreApplication.translate(
        "Messages", "Something went wrong (%1). Nothing was lost; please try again."
    ).replace("%1", type(exc).__name__)
