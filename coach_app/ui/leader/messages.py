"""Plain, translated words for what can go wrong in leader mode."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from coach_app.leader import (
    BadAnswer,
    InsecureAddress,
    RequestRefused,
    ServerUnreachable,
    SessionExpired,
    WrongCredentials,
)

__all__ = ["for_error"]


def for_error(exc: BaseException) -> str:
    if isinstance(exc, WrongCredentials):
        return QCoreApplication.translate(
            "LeaderMessages", "Wrong username or password. Check them and try again."
        )
    if isinstance(exc, InsecureAddress):
        return QCoreApplication.translate(
            "LeaderMessages",
            "The server address must start with https://. Plain http:// is only allowed to "
            "this computer itself.",
        )
    if isinstance(exc, ServerUnreachable):
        return QCoreApplication.translate(
            "LeaderMessages",
            "The server cannot be reached. Check the server address and the internet "
            "connection, then try again.",
        )
    if isinstance(exc, SessionExpired):
        return QCoreApplication.translate(
            "LeaderMessages", "Your session has ended. Please sign in again."
        )
    if isinstance(exc, RequestRefused):
        return QCoreApplication.translate(
            "LeaderMessages", "The server refused this request (%1)."
        ).replace("%1", str(exc))
    if isinstance(exc, BadAnswer):
        return QCoreApplication.translate(
            "LeaderMessages",
            "The server's answer was not understood. Is this the address of the Coach "
            "Companion server?",
        )
    if isinstance(exc, OSError):
        return QCoreApplication.translate(
            "LeaderMessages", "The file could not be written (disk full or no permission?)."
        )
    return QCoreApplication.translate(
        "LeaderMessages", "Something went wrong (%1). Please try again."
    ).replace("%1", type(exc).__name__)
