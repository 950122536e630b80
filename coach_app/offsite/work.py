"""The off-laptop work the sync thread does around each sync, and its report for the screens.

Before a sync: `HandoverService.rehold` (records of a family being handed over that were
queued meanwhile are set aside again) and `HandoverService.poll` (deliver sent packages, erase
families whose receiver confirmed, confirm received ones), so a confirmed family is gone here
before the sync could send anything of it. After a successful sync: `BackupUploader.run`
(uploads when due). Both catch what they meet; nothing escapes to the thread. Everything
returned is frozen data.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from uuid import UUID

import httpx
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from coach_app.offsite import state as offsite_state
from coach_app.offsite.client import OffsiteError
from coach_app.offsite.handover import HandoverProblem, HandoverService, PollResult
from coach_app.offsite.upload import BackupUploader, UploadOutcome
from coach_app.storage.models_offsite import OutgoingHandoverRow

__all__ = ["OffsiteReport", "OffsiteWork", "Outgoing"]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Outgoing:
    family_id: str
    package_id: str
    receiver_coach_name: str


@dataclass(frozen=True)
class OffsiteReport:
    """For the screens: the server's copy of the backups, families waiting for this laptop
    (package id, sender's coach name), families handed over and not confirmed yet, and what the
    last run did."""

    upload: offsite_state.UploadStatus
    waiting: tuple[tuple[str, str], ...] = ()
    outgoing: tuple[Outgoing, ...] = ()
    last_upload: UploadOutcome | None = None
    erased: tuple[str, ...] = ()


class OffsiteWork:
    """Owns an uploader and a handover service on one database (one per sync thread)."""

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        *,
        handovers_folder: Path,
        make_backup: Callable[[], Path],
        local_backups: Callable[[], Sequence[Path]],
        transport: httpx.BaseTransport | None = None,
        erase_with: Callable[[UUID, Callable[[], object]], object] | None = None,
    ) -> None:
        self._sessions = session_factory
        self.uploader = BackupUploader(
            session_factory,
            make_backup=make_backup,
            local_backups=local_backups,
            transport=transport,
        )
        self.handovers = HandoverService(
            session_factory, handovers_folder, transport=transport, erase_with=erase_with
        )
        self._waiting: tuple[tuple[str, str], ...] = ()
        self._last_upload: UploadOutcome | None = None
        self._erased: tuple[str, ...] = ()
        self._force_upload = False  # a family left: the server's copies that hold it go

    def before_sync(self) -> PollResult | None:
        try:
            self.handovers.rehold()
            result = self.handovers.poll()
        except HandoverProblem:
            return None  # not enrolled
        except OffsiteError as exc:
            log.info("handover poll failed: %s", exc.code)
            return None
        except Exception:  # the sync thread must survive whatever the poll meets
            log.exception("handover poll failed unexpectedly")
            return None
        self._waiting = result.waiting
        self._erased = result.erased
        self._force_upload = self._force_upload or bool(result.erased)
        return result

    def after_sync(self, synced: bool, *, force: bool = False) -> UploadOutcome | None:
        if not synced and not force:
            return None
        force = force or self._force_upload
        try:
            self._last_upload = self.uploader.run(force=force)
            self._force_upload = self._force_upload and self._last_upload.outcome != "uploaded"
        except Exception:  # the uploader records its own failures; this is a defect
            log.exception("backup upload failed unexpectedly")
            self._last_upload = UploadOutcome("failed", error="server_error")
        return self._last_upload

    def report(self) -> OffsiteReport:
        with self._sessions() as session:
            upload = offsite_state.upload_status(session)
            outgoing = tuple(
                Outgoing(row.family_id, row.package_id, row.receiver_coach_name)
                for row in session.scalars(select(OutgoingHandoverRow))
            )
        return OffsiteReport(upload, self._waiting, outgoing, self._last_upload, self._erased)
