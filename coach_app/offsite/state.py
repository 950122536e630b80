"""Reads and writes of this laptop's off-laptop state: its key pair, the upload state, and the
measure of change that decides when a backup is due. Functions take a session and never commit.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Table, func, select
from sqlalchemy.orm import Session

from coach_app.security.handover_seal import LaptopKeyPair
from coach_app.storage.models import Base
from coach_app.storage.models_offsite import LaptopKeyRow, OffsiteStateRow
from coach_app.storage.models_sync import SyncStateRow

__all__ = [
    "Credentials",
    "UploadStatus",
    "change_measure",
    "credentials",
    "ensure_key_pair",
    "ensure_offsite_state",
    "key_pair",
    "public_key_b64",
    "upload_status",
]


@dataclass(frozen=True)
class Credentials:
    server_url: str
    device_id: str
    token: str


def credentials(session: Session) -> Credentials | None:
    """The server and the laptop's credentials, or None when not enrolled (or revoked)."""
    state = session.get(SyncStateRow, 1)
    if state is None or not state.server_url or not state.device_id or not state.device_token:
        return None
    if state.revoked:
        return None
    return Credentials(state.server_url, state.device_id, state.device_token)


def key_pair(session: Session) -> LaptopKeyPair | None:
    row = session.get(LaptopKeyRow, 1)
    return None if row is None else LaptopKeyPair(bytes(row.private_key), bytes(row.public_key))


def ensure_key_pair(session: Session, now: datetime) -> tuple[LaptopKeyPair, str | None]:
    """This laptop's key pair, made on first use; and the device id it is registered for."""
    row = session.get(LaptopKeyRow, 1)
    if row is None:
        pair = LaptopKeyPair.generate()
        row = LaptopKeyRow(id=1, private_key=pair.private, public_key=pair.public, created_at=now)
        session.add(row)
        session.flush()
    return LaptopKeyPair(bytes(row.private_key), bytes(row.public_key)), row.registered_for


def mark_key_registered(session: Session, device_id: str) -> None:
    row = session.get(LaptopKeyRow, 1)
    if row is not None:
        row.registered_for = device_id


def public_key_b64(pair: LaptopKeyPair) -> str:
    return base64.b64encode(pair.public).decode("ascii")


def ensure_offsite_state(session: Session) -> OffsiteStateRow:
    state = session.get(OffsiteStateRow, 1)
    if state is None:
        state = OffsiteStateRow(id=1)
        session.add(state)
        session.flush()
    return state


@dataclass(frozen=True)
class UploadStatus:
    """What the screens say about the server's copy."""

    uploaded_at: datetime | None
    uploaded_bytes: int | None
    last_error: str | None
    last_error_at: datetime | None
    uploading: bool


def upload_status(session: Session) -> UploadStatus:
    state = session.get(OffsiteStateRow, 1)
    if state is None:
        return UploadStatus(None, None, None, None, False)
    return UploadStatus(
        state.uploaded_at,
        state.uploaded_bytes,
        state.last_error,
        state.last_error_at,
        state.uploading_name is not None,
    )


def _versioned_tables() -> list[Table]:
    return [t for t in Base.metadata.sorted_tables if "version" in t.c and "id" in t.c]


def change_measure(session: Session) -> int:
    """A number that moves by at least one with every saved change or deletion of an entity:
    the rows plus the sum of the versions of every versioned table. Two measures that differ by
    N mean roughly N changes in between."""
    total = 0
    for table in _versioned_tables():
        rows, versions = session.execute(
            select(func.count(), func.coalesce(func.sum(table.c.version), 0)).select_from(table)
        ).one()
        total += int(rows) + int(versions)
    return total
