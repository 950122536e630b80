"""The audit log: who did what, when. Never record contents; ids and names of actions only."""

from __future__ import annotations

import getpass
import logging
from datetime import datetime
from typing import Literal

from sqlalchemy.orm import Session

from coach_server.models import AuditEntry

__all__ = ["AuditAction", "cli_actor", "record_action"]

AuditAction = Literal[
    "leader.created",
    "leader.login",
    "leader.login_failed",
    "leader.login_limited",
    "leader.logout",
    "enrolment_code.created",
    "device.enrolled",
    "device.re_enrolled",
    "device.replaced",
    "device.revoked",
    "devices.listed",
    "summary.viewed",
    "summary.exported",
    "handover.offered",
    "handover.confirmed",
    "handover.cancelled",
]

_log = logging.getLogger("coach_server.audit")


def cli_actor() -> str:
    """The admin actor for command-line actions: ``admin:<operating-system user>``."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "unknown"
    return f"admin:{user}"[:100]


def record_action(
    session: Session, *, actor: str, action: AuditAction, target: str | None, at: datetime
) -> None:
    """Adds an audit entry to the caller's transaction (the caller commits)."""
    session.add(AuditEntry(at=at, actor=actor[:100], action=action, target=target))
    _log.info("audit", extra={"actor": actor, "action": action, "target": target})
