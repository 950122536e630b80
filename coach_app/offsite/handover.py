"""Handing a family over to another coach's laptop (docs/decisions/0012).

Blocking and Qt-free. `HandoverService` works on one unlocked data folder:

Sending (`send`): the family's rows (`family_rows.carried_tables`: everything but drafts, with
its pids and outbox rows) are written as JSON, compressed, sealed to the receiver's public key
(`coach_app.security.handover_seal`) and kept in ``handovers/outgoing/`` (or written where the
coach chose, for a file handover). In one transaction the family is then *held*: an
``outgoing_handover`` row marks it (`guard.HandoverGuard` refuses changes to it) and its outbox
rows are set aside (quarantined with reason ``handed_over``, so this laptop neither sends nor
re-sends them while the server moves them). Then the server gets the offer (the pids) and,
through the server, the package's chunks. A run interrupted anywhere is finished by `poll`.

Receiving (`receive`): the package (downloaded, or from a file) is opened with this laptop's
private key, checked against the sender's public key as the server lists it, and its schema
revision against this database's; its rows are inserted in one transaction with the outbox
rows held, the server is asked to confirm (the pids move to this laptop's device there), and
the held rows get their states back. A package sealed for another laptop fails in plain words.

Afterwards (`poll`, run before each sync): a sent family whose handover the server reports
confirmed is erased here like a right-to-erasure request (rows deleted with ``secure_delete``,
drafts too, the WAL checkpointed) but without tombstones; a received family still waiting for
the server's confirmation gets it.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import os
import uuid
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

import httpx
from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from coach_app.offsite import family_rows
from coach_app.offsite import state as offsite_state
from coach_app.offsite.client import OFFSITE_TIMEOUT, OffsiteClient, OffsiteError, Refused
from coach_app.offsite.upload import register_key
from coach_app.security.handover_seal import (
    HandoverCorrupt,
    HandoverSenderUnknown,
    LaptopKeyPair,
    open_package,
    read_header,
    seal_package,
)
from coach_app.storage import checkpoint, current_revisions
from coach_app.storage.models import FamilyRow
from coach_app.storage.models_offsite import IncomingHandoverRow, OutgoingHandoverRow
from coach_app.storage.models_sync import OutboxRow
from coach_protocol.offsite import HandoverInfo

__all__ = [
    "HANDED_OVER",
    "PACKAGE_FORMAT",
    "HandoverProblem",
    "HandoverService",
    "PollResult",
    "Received",
    "Receiver",
    "Sent",
]

log = logging.getLogger(__name__)

PACKAGE_FORMAT = "coach-companion-family-package"
PACKAGE_VERSION = 1
#: The quarantine reason of outbox rows held during a handover.
HANDED_OVER = "handed_over"
PACKAGE_SUFFIX = ".package"


class HandoverProblem(Exception):
    """A handover cannot go on; ``code`` names why for the screen: ``not_enrolled``,
    ``family_unknown``, ``already_handed_over``, ``receiver_unknown``, ``schema_differs``
    (the two laptops run different versions), ``already_here`` (the family is on this laptop),
    ``not_a_package``."""

    def __init__(self, code: str, detail: str) -> None:
        super().__init__(detail)
        self.code = code


@dataclass(frozen=True)
class Receiver:
    device_id: str
    coach_name: str
    public_key: bytes


@dataclass(frozen=True)
class Sent:
    package_id: str
    via: Literal["server", "file"]
    size: int
    pids: int
    delivered: bool  # the server holds the offer (and, via the server, the whole package)


@dataclass(frozen=True)
class Received:
    package_id: str
    family_id: str
    rows: int
    confirmed: bool


@dataclass(frozen=True)
class PollResult:
    """What `poll` did and found: families erased here after their receiver confirmed, received
    families confirmed now, and packages waiting for this laptop (id, sender's coach name)."""

    erased: tuple[str, ...] = ()
    confirmed: tuple[str, ...] = ()
    waiting: tuple[tuple[str, str], ...] = ()


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _write_atomically(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(temp, "wb") as stream:
        stream.write(data)
        stream.flush()
        os.fsync(stream.fileno())
    os.replace(temp, path)


class HandoverService:
    """Handovers of one unlocked data folder; ``folder`` is where packages wait
    (``<data folder>/handovers``)."""

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        folder: Path,
        *,
        transport: httpx.BaseTransport | None = None,
        timeout: httpx.Timeout = OFFSITE_TIMEOUT,
        clock: Callable[[], datetime] = _utc_now,
        progress: Callable[[int, int], None] | None = None,
        erase_with: Callable[[uuid.UUID, Callable[[], object]], object] | None = None,
    ) -> None:
        """``erase_with(family_id, erase)``: runs ``erase`` (this module's erasure of a
        handed-over family) and deals with the backups that hold the family, as for a
        right-to-erasure request (``Workspace.erase_family_with``); None just erases."""
        self._erase_with = erase_with
        self._sessions = session_factory
        self._folder = folder
        self._transport = transport
        self._timeout = timeout
        self._clock = clock
        self._progress = progress

    # ---------------------------------------------------------------------- plumbing

    def _client(self) -> tuple[OffsiteClient, offsite_state.Credentials]:
        with self._sessions() as session:
            creds = offsite_state.credentials(session)
        if creds is None:
            raise HandoverProblem("not_enrolled", "this laptop is not enrolled with a server")
        client = OffsiteClient(
            creds.server_url, creds.token, transport=self._transport, timeout=self._timeout
        )
        return client, creds

    def _key_pair(self, client: OffsiteClient, device_id: str) -> LaptopKeyPair:
        register_key(self._sessions, client, device_id, self._clock())
        with self._sessions() as session:
            pair = offsite_state.key_pair(session)
        assert pair is not None  # register_key made it
        return pair

    def _outgoing_path(self, package_id: str) -> Path:
        return self._folder / "outgoing" / f"{package_id}{PACKAGE_SUFFIX}"

    def _incoming_path(self, package_id: str) -> Path:
        return self._folder / "incoming" / f"{package_id}{PACKAGE_SUFFIX}"

    def _schema(self, session: Session) -> list[str]:
        engine = session.get_bind()
        return sorted(current_revisions(engine))  # type: ignore[arg-type]

    # -------------------------------------------------------------------------- sending

    def receivers(self) -> list[Receiver]:
        """The other laptops that can receive a family, by coach name (network)."""
        client, creds = self._client()
        try:
            self._key_pair(client, creds.device_id)
            peers = client.peers().devices
        finally:
            client.close()
        return [Receiver(p.device_id, p.coach_name, base64.b64decode(p.public_key)) for p in peers]

    def package_plaintext(self, family_id: str) -> tuple[bytes, list[str]]:
        """The family's rows as the compressed JSON a package seals, and its pids."""
        with self._sessions() as session, session.begin():
            if session.get(FamilyRow, family_id) is None:
                raise HandoverProblem("family_unknown", f"no family {family_id}")
            connection = session.connection()
            tables = family_rows.read_family_rows(
                connection, family_id, family_rows.carried_tables()
            )
            pids = family_rows.family_pids(connection, family_id)
            document = {
                "format": PACKAGE_FORMAT,
                "version": PACKAGE_VERSION,
                "schema": self._schema(session),
                "family_id": family_id,
                "tables": tables,
            }
        raw = json.dumps(document, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
        return zlib.compress(raw, 6), pids

    def send(
        self,
        family_id: str,
        receiver: Receiver,
        *,
        via: Literal["server", "file"] = "server",
        file: Path | None = None,
    ) -> Sent:
        """Seal the family for ``receiver`` and hand it over through the server, or write it to
        ``file`` (``via`` ``file``). The family is held from now on (see the module docstring)
        and erased here once the receiver confirmed (`poll`)."""
        if via == "file" and file is None:
            raise ValueError("a file handover needs the file to write")
        client, creds = self._client()
        try:
            pair = self._key_pair(client, creds.device_id)
            with self._sessions() as session:
                if session.scalar(
                    select(OutgoingHandoverRow.package_id).where(
                        OutgoingHandoverRow.family_id == family_id
                    )
                ):
                    raise HandoverProblem(
                        "already_handed_over", "this family is already being handed over"
                    )
            plaintext, pids = self.package_plaintext(family_id)
            package_id = str(uuid.uuid4())
            package = seal_package(
                plaintext,
                package_id=uuid.UUID(package_id),
                sender_id=uuid.UUID(creds.device_id),
                sender=pair,
                receiver_id=uuid.UUID(receiver.device_id),
                receiver_public_key=receiver.public_key,
            )
            _write_atomically(self._outgoing_path(package_id), package)
            if file is not None:
                _write_atomically(file, package)
            with self._sessions() as session, session.begin():
                session.add(
                    OutgoingHandoverRow(
                        package_id=package_id,
                        family_id=family_id,
                        receiver_device_id=receiver.device_id,
                        receiver_coach_name=receiver.coach_name[:100],
                        via=via,
                        created_at=self._clock(),
                    )
                )
                self._hold_outbox(session, pids)
            log.info("family sealed for device %s as package %s", receiver.device_id, package_id)
            delivered = self._deliver(client, package_id, receiver.device_id, via, pids)
            return Sent(package_id, via, len(package), len(pids), delivered)
        finally:
            client.close()

    @staticmethod
    def _hold_outbox(session: Session, pids: list[str]) -> dict[str, str]:
        """Quarantine the pids' outbox rows as ``handed_over``; their states before."""
        rows = session.execute(
            select(OutboxRow.pid, OutboxRow.state).where(OutboxRow.pid.in_(pids))
        )
        before = {str(pid): str(state) for pid, state in rows}
        session.execute(
            update(OutboxRow)
            .where(OutboxRow.pid.in_(pids))
            .values(state="rejected", last_error=HANDED_OVER, next_attempt_at=None)
            .execution_options(synchronize_session=False)
        )
        return before

    def _deliver(
        self,
        client: OffsiteClient,
        package_id: str,
        receiver_device_id: str,
        via: Literal["server", "file"],
        pids: list[str],
    ) -> bool:
        """Offer the package (idempotent) and upload it through the server; False when the
        server could not be reached (`poll` tries again)."""
        path = self._outgoing_path(package_id)
        try:
            package = path.read_bytes()
        except FileNotFoundError:
            return True  # delivered before (the file goes once the server holds it)
        try:
            info = client.offer_handover(
                {
                    "package_id": package_id,
                    "receiver_device_id": receiver_device_id,
                    "via": via,
                    "size": len(package),
                    "sha256": hashlib.sha256(package).hexdigest(),
                    "pids": pids,
                }
            )
            if via == "server" and info.state == "uploading":
                upload = client.handover_upload(package_id)
                for index in range(upload.next_chunk, upload.chunks):
                    start = index * upload.chunk_size
                    upload = client.put_chunk(
                        upload.upload_id, index, package[start : start + upload.chunk_size]
                    )
                    if self._progress is not None:
                        self._progress(index + 1, upload.chunks)
                client.complete(upload.upload_id)
        except OffsiteError as exc:
            log.info("handover %s not delivered yet: %s", package_id, exc.code)
            return False
        path.unlink(missing_ok=True)
        return True

    def cancel(self, package_id: str) -> None:
        """Withdraw a handover the receiver has not confirmed: the family is the sender's
        again and its records are queued again (the server answers duplicates)."""
        client, _ = self._client()
        try:
            client.cancel_handover(package_id)
        except Refused as exc:
            if exc.code != "not_found":
                raise
        finally:
            client.close()
        with self._sessions() as session, session.begin():
            row = session.get(OutgoingHandoverRow, package_id)
            if row is None:
                return
            pids = family_rows.family_pids(session.connection(), row.family_id)
            session.execute(
                update(OutboxRow)
                .where(OutboxRow.pid.in_(pids), OutboxRow.last_error == HANDED_OVER)
                .values(state="pending", last_error=None, attempts=0, next_attempt_at=None)
                .execution_options(synchronize_session=False)
            )
            session.delete(row)
        self._outgoing_path(package_id).unlink(missing_ok=True)

    # ------------------------------------------------------------------------ receiving

    def download(self, package_id: str) -> Path:
        """Fetch a package sent to this laptop through the server into ``handovers/incoming``."""
        client, _ = self._client()
        try:
            info = next(
                (h for h in client.handovers().handovers if h.package_id == package_id), None
            )
            if info is None:
                raise HandoverProblem("not_a_package", "the server has no such handover")
            return self._download(client, info)
        finally:
            client.close()

    def _download(self, client: OffsiteClient, info: HandoverInfo) -> Path:
        path = self._incoming_path(info.package_id)
        if path.exists() and path.stat().st_size == info.size:
            return path
        parts = [client.handover_chunk(info.package_id, i) for i in range(info.chunks)]
        data = b"".join(parts)
        if len(data) != info.size or hashlib.sha256(data).hexdigest() != info.sha256:
            raise HandoverCorrupt("the downloaded package is damaged; try again")
        _write_atomically(path, data)
        return path

    def receive(self, package: Path) -> Received:
        """Open a package sealed for this laptop and import its family (see the module
        docstring). Raises `HandoverNotForThisLaptop`, `HandoverSenderUnknown`,
        `HandoverCorrupt` or `HandoverProblem`; nothing changes here when it fails."""
        data = package.read_bytes()
        header = read_header(data)
        client, creds = self._client()
        try:
            pair = self._key_pair(client, creds.device_id)
            senders = {p.device_id: p for p in client.peers().devices}
            sender = senders.get(str(header.sender_id))
            expected = base64.b64decode(sender.public_key) if sender is not None else b""
            if sender is None:
                raise HandoverSenderUnknown(
                    "the server lists no laptop with the package's sender id"
                )
            _, plaintext = open_package(
                data,
                receiver_id=uuid.UUID(creds.device_id),
                receiver=pair,
                expected_sender_public_key=expected,
            )
            document = self._parse(plaintext)
            package_id = str(header.package_id)
            family_id = str(document["family_id"])
            rows = self._import(
                package_id, family_id, document, sender.device_id, sender.coach_name
            )
            confirmed = self._confirm(client, package_id)
        finally:
            client.close()
        if confirmed:
            self._incoming_path(package_id).unlink(missing_ok=True)
        return Received(package_id, family_id, rows, confirmed)

    def _parse(self, plaintext: bytes) -> dict[str, Any]:
        try:
            document = json.loads(zlib.decompress(plaintext).decode("utf-8"))
        except (zlib.error, UnicodeDecodeError, ValueError) as error:
            raise HandoverCorrupt("the package's content is not readable") from error
        if (
            not isinstance(document, dict)
            or document.get("format") != PACKAGE_FORMAT
            or document.get("version") != PACKAGE_VERSION
            or not isinstance(document.get("tables"), dict)
        ):
            raise HandoverProblem("not_a_package", "the package has an unknown format")
        family = document["tables"].get("family", {})
        if (
            not isinstance(family, dict)
            or family.get("columns", [None])[0] != "id"
            or [row[0] for row in family.get("rows", [])] != [document.get("family_id")]
        ):
            raise HandoverProblem("not_a_package", "the package does not hold one family")
        with self._sessions() as session:
            if document.get("schema") != self._schema(session):
                raise HandoverProblem(
                    "schema_differs", "the two laptops run different versions of the app"
                )
        return document

    def _import(
        self,
        package_id: str,
        family_id: str,
        document: dict[str, Any],
        sender_device_id: str,
        sender_coach_name: str,
    ) -> int:
        with self._sessions() as session, session.begin():
            if session.get(IncomingHandoverRow, package_id) is not None:
                return 0  # imported before; only the confirmation was missing
            if session.get(FamilyRow, family_id) is not None:
                raise HandoverProblem("already_here", "this family is already on this laptop")
            try:
                count = family_rows.insert_rows(session.connection(), document["tables"])
            except ValueError as error:
                raise HandoverProblem("schema_differs", str(error)) from error
            pids = family_rows.family_pids(session.connection(), family_id)
            held = self._hold_outbox(session, pids)
            session.add(
                IncomingHandoverRow(
                    package_id=package_id,
                    family_id=family_id,
                    sender_device_id=sender_device_id,
                    sender_coach_name=sender_coach_name[:100],
                    imported_at=self._clock(),
                    held_states=json.dumps(held, sort_keys=True),
                )
            )
        log.info("family imported from package %s (%d rows)", package_id, count)
        return count

    def _confirm(self, client: OffsiteClient, package_id: str) -> bool:
        """Ask the server to confirm; then release the held outbox rows. False when the server
        could not be reached (`poll` tries again)."""
        try:
            client.confirm_handover(package_id)
        except OffsiteError as exc:
            log.info("handover %s not confirmed yet: %s", package_id, exc.code)
            return False
        with self._sessions() as session, session.begin():
            row = session.get(IncomingHandoverRow, package_id)
            if row is None or row.confirmed_at is not None:
                return True
            held: dict[str, str] = json.loads(row.held_states or "{}")
            for pid, state in held.items():
                session.execute(
                    update(OutboxRow)
                    .where(OutboxRow.pid == pid, OutboxRow.last_error == HANDED_OVER)
                    .values(state=state, last_error=None, attempts=0, next_attempt_at=None)
                    .execution_options(synchronize_session=False)
                )
            row.confirmed_at = self._clock()
            row.held_states = None
        return True

    # --------------------------------------------------------------------------- polling

    def rehold(self) -> int:
        """Set aside again the outbox rows of held families that something queued meanwhile
        (the coach sent refused records again, the monthly rebuild); no network. The number of
        rows held again."""
        held = 0
        with self._sessions() as session, session.begin():
            connection = session.connection()
            for row in session.scalars(select(OutgoingHandoverRow)):
                pids = family_rows.family_pids(connection, row.family_id)
                held += len(self._unheld(session, pids))
                self._hold_outbox(session, pids)
            incoming = session.scalars(
                select(IncomingHandoverRow).where(IncomingHandoverRow.confirmed_at.is_(None))
            )
            for pending in incoming:
                pids = family_rows.family_pids(connection, pending.family_id)
                states: dict[str, str] = json.loads(pending.held_states or "{}")
                unheld = self._unheld(session, pids)
                states.update(unheld)
                held += len(unheld)
                self._hold_outbox(session, pids)
                pending.held_states = json.dumps(states, sort_keys=True)
        return held

    @staticmethod
    def _unheld(session: Session, pids: list[str]) -> dict[str, str]:
        rows = session.execute(
            select(OutboxRow.pid, OutboxRow.state).where(
                OutboxRow.pid.in_(pids),
                (OutboxRow.state != "rejected") | (OutboxRow.last_error != HANDED_OVER),
            )
        )
        return {str(pid): str(state) for pid, state in rows}

    def poll(self) -> PollResult:
        """Finish what is waiting: deliver sent packages, erase families whose receiver
        confirmed, confirm received ones, list packages waiting for this laptop."""
        client, creds = self._client()
        erased: list[str] = []
        confirmed: list[str] = []
        try:
            handovers = client.handovers().handovers
            by_id = {h.package_id: h for h in handovers}
            with self._sessions() as session:
                outgoing = list(session.scalars(select(OutgoingHandoverRow)))
                incoming = list(
                    session.scalars(
                        select(IncomingHandoverRow).where(
                            IncomingHandoverRow.confirmed_at.is_(None)
                        )
                    )
                )
            for row in outgoing:
                info = by_id.get(row.package_id)
                if info is not None and info.state == "confirmed":
                    self._erase_handed_over(row.package_id, row.family_id)
                    erased.append(row.family_id)
                elif info is None or info.state == "uploading":
                    pids = self._pids_of(row.family_id)
                    self._deliver(
                        client,
                        row.package_id,
                        row.receiver_device_id,
                        "server" if row.via == "server" else "file",
                        pids,
                    )
            for pending in incoming:
                if self._confirm(client, pending.package_id):
                    confirmed.append(pending.family_id)
                    self._incoming_path(pending.package_id).unlink(missing_ok=True)
            with self._sessions() as session:
                imported = set(session.scalars(select(IncomingHandoverRow.package_id)))
            waiting = tuple(
                (h.package_id, h.sender_coach_name)
                for h in handovers
                if h.receiver_device_id == creds.device_id
                and h.state == "waiting"
                and h.via == "server"
                and h.package_id not in imported
            )
        finally:
            client.close()
        return PollResult(tuple(erased), tuple(confirmed), waiting)

    def _pids_of(self, family_id: str) -> list[str]:
        with self._sessions() as session:
            return family_rows.family_pids(session.connection(), family_id)

    def _erase_handed_over(self, package_id: str, family_id: str) -> None:
        def erase() -> None:
            with self._sessions() as session, session.begin():
                family_rows.erase_family_rows(session.connection(), family_id)
                row = session.get(OutgoingHandoverRow, package_id)
                if row is not None:
                    session.delete(row)
            checkpoint(self._sessions.kw["bind"])

        if self._erase_with is not None:
            self._erase_with(uuid.UUID(family_id), erase)
        else:
            erase()
        self._outgoing_path(package_id).unlink(missing_ok=True)
        log.info("family of package %s erased here after its receiver confirmed", package_id)
