"""Plain, translated words for the errors a coach can meet. Developers get the type name in logs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from coach_app.security import (
    TooManyAttempts,
    VaultCorrupt,
    WrongPassphrase,
    WrongRecoveryCode,
)
from coach_app.storage import DatabaseCorrupt, WrongDatabaseKey


def for_error(exc: BaseException) -> str:
    if isinstance(exc, TooManyAttempts):
        seconds = max(1, round(exc.retry_after_seconds))
        return QCoreApplication.translate(
            "Messages", "Too many wrong attempts. Wait %1 seconds and try again."
        ).replace("%1", str(seconds))
    if isinstance(exc, WrongPassphrase):
        return QCoreApplication.translate(
            "Messages", "That passphrase is not right. Check Caps Lock and try again."
        )
    if isinstance(exc, WrongRecoveryCode):
        return QCoreApplication.translate(
            "Messages", "That recovery code is not right. Check every group and try again."
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
