"""Plain, translated words for the off-laptop work: the server's copy of the backups,
handovers and restoring on a new laptop."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from coach_app.offsite.client import OffsiteError
from coach_app.offsite.guard import FamilyBeingHandedOver
from coach_app.offsite.handover import HandoverProblem
from coach_app.security.handover_seal import (
    HandoverCorrupt,
    HandoverNotForThisLaptop,
    HandoverSenderUnknown,
)
from coach_app.ui import messages

__all__ = ["for_code", "for_error", "held_text", "size_text", "upload_text"]


def size_text(size: int) -> str:
    """A size in the unit a person reads: kB below a megabyte, else MB with one decimal."""
    if size < 1_000_000:
        return QCoreApplication.translate("Offsite", "%1 kB").replace(
            "%1", str(max(1, round(size / 1000)))
        )
    return QCoreApplication.translate("Offsite", "%1 MB").replace("%1", f"{size / 1_000_000:.1f}")


def for_code(code: str | None) -> str:
    """An error code of the off-laptop work in plain words."""
    texts = {
        "offline": QCoreApplication.translate(
            "Offsite", "The server could not be reached. Nothing is lost; it is tried again later."
        ),
        "timeout": QCoreApplication.translate(
            "Offsite", "The server took too long to answer. It is tried again later."
        ),
        "server_error": QCoreApplication.translate(
            "Offsite", "The server had a problem. It is tried again later."
        ),
        "unexpected_answer": QCoreApplication.translate(
            "Offsite",
            "The server answered unexpectedly (perhaps a network that asks you to sign in "
            "first). It is tried again later.",
        ),
        "rate_limited": QCoreApplication.translate(
            "Offsite", "The server is busy. It is tried again later."
        ),
        "revoked": QCoreApplication.translate(
            "Offsite",
            "This laptop's access to the server was withdrawn. Ask your project leader for a new "
            "enrolment code.",
        ),
        "backup_quota_exceeded": QCoreApplication.translate(
            "Offsite",
            "The backup is larger than the server keeps for one laptop. Your data is safe on this "
            "laptop; please tell your project leader.",
        ),
        "local_backup_missing": QCoreApplication.translate(
            "Offsite",
            "The backup being sent was removed from this laptop; a new one is sent next time.",
        ),
        "not_enrolled": QCoreApplication.translate(
            "Offsite",
            "This laptop is not enrolled with a server yet (see Sync), so nothing can be handed "
            "over or backed up there.",
        ),
        "family_unknown": QCoreApplication.translate(
            "Offsite", "This family is no longer on this laptop."
        ),
        "already_handed_over": QCoreApplication.translate(
            "Offsite", "This family is already being handed over."
        ),
        "schema_differs": QCoreApplication.translate(
            "Offsite",
            "The two laptops run different versions of Coach Companion. Update both to the same "
            "version, then try again. Nothing was changed.",
        ),
        "already_here": QCoreApplication.translate(
            "Offsite", "This family is already on this laptop. Nothing was changed."
        ),
        "not_a_package": QCoreApplication.translate(
            "Offsite",
            "This file is not a family handed over with Coach Companion. Nothing was changed.",
        ),
        "handover_refused": QCoreApplication.translate(
            "Offsite",
            "The server did not accept this handover (the other laptop may have been withdrawn). "
            "Nothing was changed.",
        ),
    }
    if code is None:
        return ""
    return texts.get(
        code, QCoreApplication.translate("Offsite", "This did not work this time. Nothing is lost.")
    )


def for_error(exc: BaseException) -> str:
    """Any failure of the off-laptop work in plain words; the cause's words otherwise."""
    if isinstance(exc, HandoverNotForThisLaptop):
        return QCoreApplication.translate(
            "Offsite",
            "This family was handed over to another coach's laptop; only that laptop can open it. "
            "Nothing was changed.",
        )
    if isinstance(exc, HandoverSenderUnknown):
        return QCoreApplication.translate(
            "Offsite",
            "The server does not know the laptop this family comes from (it may have been "
            "withdrawn), so it cannot be checked. Nothing was changed.",
        )
    if isinstance(exc, HandoverCorrupt):
        return QCoreApplication.translate(
            "Offsite",
            "The handover file is damaged, incomplete or was changed, so it was refused. Nothing "
            "was changed. Ask the other coach to send it again.",
        )
    if isinstance(exc, FamilyBeingHandedOver):
        return held_text(exc.direction, exc.coach_name)
    if isinstance(exc, HandoverProblem | OffsiteError):
        return for_code(exc.code)
    return messages.for_error(exc)


def held_text(direction: str, coach_name: str) -> str:
    if direction == "outgoing":
        return QCoreApplication.translate(
            "Offsite",
            "This family is being handed over to %1. It cannot be changed here any more; it is "
            "erased from this laptop once %1's laptop has taken it over.",
        ).replace("%1", coach_name)
    return QCoreApplication.translate(
        "Offsite",
        "This family is being taken over from %1. It can be changed once the server has "
        "confirmed the handover (at the next sync).",
    ).replace("%1", coach_name)


def upload_text(uploaded_at: datetime | None, uploaded_bytes: int | None, error: str | None) -> str:
    """The state of the server's copy of this laptop's backups."""
    lines = []
    if uploaded_at is None or uploaded_bytes is None:
        lines.append(
            QCoreApplication.translate("Offsite", "No backup of this laptop is on the server yet.")
        )
    else:
        when = uploaded_at.astimezone().strftime("%Y-%m-%d %H:%M")
        lines.append(
            QCoreApplication.translate("Offsite", "Last encrypted backup on the server: %1 (%2).")
            .replace("%1", when)
            .replace("%2", size_text(uploaded_bytes))
        )
    if error:
        lines.append(
            QCoreApplication.translate("Offsite", "Last problem: %1").replace("%1", for_code(error))
        )
    return "\n".join(lines)
