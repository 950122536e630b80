"""Routes of the off-laptop service for enrolled laptops: encrypted backups, public keys and
family handovers. The server stores ciphertext it cannot open (coach_protocol.offsite)."""

from __future__ import annotations

import logging
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Request, Response, status

from coach_protocol.offsite import (
    CHUNK_BYTES,
    BackupInfo,
    BackupList,
    BackupUploadRequest,
    CompleteRequest,
    DeviceKeyRequest,
    HandoverInfo,
    HandoverList,
    HandoverOffer,
    PeerDevice,
    PeerList,
    Upload,
)
from coach_server import offsite
from coach_server.api.deps import CurrentDevice, DbSession, Now, ServerSettings
from coach_server.api.errors import ApiError, error_responses
from coach_server.models import Device
from coach_server.models_offsite import Handover, StoredFile

__all__ = ["router"]

_log = logging.getLogger("coach_server.offsite")

router = APIRouter(prefix="/api/v1", tags=["offsite"])

_UUID4 = r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"
Id = Annotated[str, Path(pattern=_UUID4, examples=["3f1d2c4b-5a69-4e7f-8a9b-0c1d2e3f4a5b"])]
ChunkIndex = Annotated[int, Path(ge=0, le=1_000_000)]

_OCTETS: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}},
    }
}
_OCTETS_ANSWER: dict[int | str, dict[str, Any]] = {
    200: {
        "description": "The chunk's bytes.",
        "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}},
    }
}


async def _body(request: Request) -> bytes:
    """The raw request body (the size limit middleware already capped it at 1 MiB)."""
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type != "application/octet-stream":
        raise ApiError(
            status.HTTP_415_UNSUPPORTED_MEDIA_TYPE,
            "unsupported_media_type",
            "send a chunk as application/octet-stream",
        )
    return await request.body()


ChunkBody = Annotated[bytes, Depends(_body)]


def _refusal(error: offsite.OffsiteError) -> ApiError:
    return ApiError(error.status, error.code, error.message)


def _upload(file: StoredFile) -> Upload:
    return Upload(
        upload_id=file.id,
        purpose="backup" if file.purpose == "backup" else "handover",
        size=file.size,
        sha256=file.sha256,
        chunk_size=file.chunk_size,
        chunks=offsite.chunk_count(file.size, file.chunk_size),
        next_chunk=file.next_chunk,
    )


def _backup(file: StoredFile) -> BackupInfo:
    assert file.completed_at is not None
    return BackupInfo(
        backup_id=file.id,
        completed_at=file.completed_at,
        size=file.size,
        sha256=file.sha256,
        chunk_size=file.chunk_size,
        chunks=offsite.chunk_count(file.size, file.chunk_size),
    )


def _chunk_response(chunk: offsite.StoredChunk) -> Response:
    return Response(
        content=chunk.data,
        media_type="application/octet-stream",
        headers={"X-Chunk-SHA256": chunk.sha256},
    )


# ------------------------------------------------------------------------------ uploads


@router.post(
    "/backups/uploads",
    response_model=Upload,
    summary="Declare an encrypted backup before sending its chunks (or resume it)",
    responses=error_responses(401, 413, 422),
)
def post_backup_upload(
    body: BackupUploadRequest,
    device: CurrentDevice,
    session: DbSession,
    settings: ServerSettings,
    now: Now,
) -> Upload:
    """The same size and SHA-256 as an unfinished upload resumes it (``next_chunk`` says
    where); another file replaces it. 413 ``backup_quota_exceeded`` when the file is larger than
    the laptop's quota (``COACH_SERVER_BACKUP_QUOTA_BYTES``)."""
    try:
        with session.begin():
            file = offsite.begin_backup_upload(
                session,
                device,
                size=body.size,
                sha256=body.sha256,
                quota_bytes=settings.backup_quota_bytes,
                now=now,
            )
            return _upload(file)
    except offsite.OffsiteError as error:
        raise _refusal(error) from None


@router.get(
    "/backups/uploads/current",
    response_model=Upload,
    summary="The laptop's unfinished backup upload, to resume it",
    responses=error_responses(401, 404),
)
def get_current_upload(device: CurrentDevice, session: DbSession) -> Upload:
    with session.begin():
        file = offsite.current_backup_upload(session, device)
        if file is None:
            raise ApiError(404, "not_found", "no unfinished backup upload")
        return _upload(file)


@router.put(
    "/uploads/{upload_id}/chunks/{index}",
    response_model=Upload,
    summary="Send one chunk of an upload (raw bytes, in order)",
    responses=error_responses(401, 404, 409, 413, 415, 422),
    openapi_extra=_OCTETS,
)
def put_chunk(
    upload_id: Id, index: ChunkIndex, data: ChunkBody, device: CurrentDevice, session: DbSession
) -> Upload:
    """Chunk ``index`` has exactly ``chunk_size`` bytes (the last one: the rest). A chunk sent
    again with the same bytes is accepted again; with other bytes, or out of order, 409
    ``chunk_refused``."""
    try:
        with session.begin():
            return _upload(offsite.put_chunk(session, device, upload_id, index, data))
    except offsite.OffsiteError as error:
        raise _refusal(error) from None


@router.post(
    "/uploads/{upload_id}/complete",
    response_model=Upload,
    summary="Finish an upload: it becomes visible if its chunks match its size and hash",
    responses=error_responses(401, 404, 409, 413, 422),
)
def post_complete(
    upload_id: Id,
    body: CompleteRequest,
    device: CurrentDevice,
    session: DbSession,
    settings: ServerSettings,
    now: Now,
) -> Upload:
    """409 ``upload_incomplete`` while chunks are missing; 409 ``upload_mismatch`` (the upload
    is deleted: send it again) when they do not add up to the declared size and SHA-256.
    Completing again answers the same. A complete backup prunes the laptop's older ones to the
    newest ``COACH_SERVER_BACKUP_KEEP`` within the quota (and to ``keep_sha256`` if given)."""
    try:
        with session.begin():
            done = offsite.complete_upload(
                session,
                device,
                upload_id,
                keep=settings.backup_keep,
                quota_bytes=settings.backup_quota_bytes,
                keep_sha256=body.keep_sha256,
                now=now,
            )
            answer = _upload(done.file)
        if done.mismatch:
            with session.begin():
                offsite.discard_upload(session, device, upload_id)
            raise ApiError(
                409, "upload_mismatch", "the chunks do not add up to the declared size and hash"
            )
    except offsite.OffsiteError as error:
        raise _refusal(error) from None
    _log.info("upload complete", extra={"device_id": device.id, "size": answer.size})
    return answer


# ------------------------------------------------------------------------------ backups


@router.get(
    "/backups",
    response_model=BackupList,
    summary="The laptop's complete backups, newest first",
    responses=error_responses(401),
)
def get_backups(device: CurrentDevice, session: DbSession, settings: ServerSettings) -> BackupList:
    with session.begin():
        backups = [_backup(f) for f in offsite.list_backups(session, device)]
    return BackupList(
        backups=backups, keep=settings.backup_keep, quota_bytes=settings.backup_quota_bytes
    )


@router.get(
    "/backups/{backup_id}/chunks/{index}",
    response_class=Response,
    summary="Download one chunk of a complete backup",
    responses={**error_responses(401, 404), **_OCTETS_ANSWER},
)
def get_backup_chunk(
    backup_id: Id, index: ChunkIndex, device: CurrentDevice, session: DbSession
) -> Response:
    try:
        with session.begin():
            file = offsite.own_backup(session, device, backup_id)
            return _chunk_response(offsite.read_chunk(session, file, index))
    except offsite.OffsiteError as error:
        raise _refusal(error) from None


# ---------------------------------------------------------------------------- public keys


@router.put(
    "/device/key",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Register the laptop's X25519 public key (for handovers)",
    responses=error_responses(401, 413, 422),
)
def put_device_key(
    body: DeviceKeyRequest, device: CurrentDevice, session: DbSession, now: Now
) -> None:
    try:
        with session.begin():
            session.add(device)
            offsite.register_public_key(session, device, body.public_key, now)
    except offsite.OffsiteError as error:
        raise _refusal(error) from None


@router.get(
    "/devices/peers",
    response_model=PeerList,
    summary="Other laptops that can receive a family: coach name and public key",
    responses=error_responses(401),
)
def get_peers(device: CurrentDevice, session: DbSession) -> PeerList:
    with session.begin():
        found = offsite.peers(session, device)
        return PeerList(
            devices=[
                PeerDevice(device_id=d.id, coach_name=d.coach_name, public_key=key)
                for d, key in found
            ]
        )


# ------------------------------------------------------------------------------ handovers


def _handover_info(session: Any, handover: Handover) -> HandoverInfo:
    sender = session.get(Device, handover.sender_device_id)
    receiver = session.get(Device, handover.receiver_device_id)
    file = session.get(StoredFile, handover.file_id) if handover.file_id else None
    chunk_size = file.chunk_size if file is not None else CHUNK_BYTES
    return HandoverInfo(
        package_id=handover.package_id,
        sender_device_id=handover.sender_device_id,
        sender_coach_name=sender.coach_name if sender else "",
        receiver_device_id=handover.receiver_device_id,
        receiver_coach_name=receiver.coach_name if receiver else "",
        via="server" if handover.via == "server" else "file",
        state=offsite.handover_state(session, handover),
        size=handover.size,
        sha256=handover.sha256,
        chunk_size=chunk_size,
        chunks=offsite.chunk_count(handover.size, chunk_size),
        created_at=handover.created_at,
        confirmed_at=handover.confirmed_at,
    )


@router.post(
    "/handovers",
    response_model=HandoverInfo,
    summary="Offer a sealed family package to another laptop",
    responses=error_responses(401, 409, 413, 422),
)
def post_handover(
    body: HandoverOffer,
    device: CurrentDevice,
    session: DbSession,
    settings: ServerSettings,
    now: Now,
) -> HandoverInfo:
    """With ``via`` ``server`` the package's chunks follow (``PUT /api/v1/uploads/{id}/chunks``,
    the upload id being the ``package_id``'s file: see ``GET /api/v1/handovers/{id}/upload``).
    Offering the same package again changes nothing. 409 ``handover_refused`` when the receiver
    is this laptop, unknown, revoked or without a public key."""
    try:
        with session.begin():
            session.add(device)
            handover = offsite.begin_handover(
                session,
                device,
                package_id=body.package_id,
                receiver_device_id=body.receiver_device_id,
                via=body.via,
                size=body.size,
                sha256=body.sha256,
                pids=body.pids,
                quota_bytes=settings.backup_quota_bytes,
                now=now,
            )
            return _handover_info(session, handover)
    except offsite.OffsiteError as error:
        raise _refusal(error) from None


@router.get(
    "/handovers/{package_id}/upload",
    response_model=Upload,
    summary="The upload of a package sent through the server (for its sender)",
    responses=error_responses(401, 404),
)
def get_handover_upload(package_id: Id, device: CurrentDevice, session: DbSession) -> Upload:
    try:
        with session.begin():
            handover = offsite.own_handover(session, device, package_id)
            file = session.get(StoredFile, handover.file_id) if handover.file_id else None
            if file is None or handover.sender_device_id != device.id:
                raise ApiError(404, "not_found", "this handover has no upload")
            return _upload(file)
    except offsite.OffsiteError as error:
        raise _refusal(error) from None


@router.get(
    "/handovers",
    response_model=HandoverList,
    summary="Handovers to or from this laptop",
    responses=error_responses(401),
)
def get_handovers(device: CurrentDevice, session: DbSession) -> HandoverList:
    with session.begin():
        found = offsite.handovers_for(session, device, "incoming") + offsite.handovers_for(
            session, device, "outgoing"
        )
        return HandoverList(handovers=[_handover_info(session, h) for h in found])


@router.get(
    "/handovers/{package_id}/chunks/{index}",
    response_class=Response,
    summary="Download one chunk of a package sent through the server",
    responses={**error_responses(401, 404), **_OCTETS_ANSWER},
)
def get_handover_chunk(
    package_id: Id, index: ChunkIndex, device: CurrentDevice, session: DbSession
) -> Response:
    try:
        with session.begin():
            file = offsite.handover_file(session, device, package_id)
            return _chunk_response(offsite.read_chunk(session, file, index))
    except offsite.OffsiteError as error:
        raise _refusal(error) from None


@router.post(
    "/handovers/{package_id}/confirm",
    response_model=HandoverInfo,
    summary="The receiver imported the package: its records move to the receiver",
    responses=error_responses(401, 403, 404),
)
def post_confirm(
    package_id: Id, device: CurrentDevice, session: DbSession, now: Now
) -> HandoverInfo:
    """In one transaction: the package's pids move from the sender's device to the receiver's
    (counted once, under the receiver), the package is deleted, and the audit log records
    who handed what to whom (ids only). Confirming again changes nothing."""
    try:
        with session.begin():
            session.add(device)
            moved = offsite.confirm_handover(session, device, package_id, now)
            handover = offsite.own_handover(session, device, package_id)
            answer = _handover_info(session, handover)
    except offsite.OffsiteError as error:
        raise _refusal(error) from None
    _log.info("handover confirmed", extra={"device_id": device.id, "pids": moved})
    return answer


@router.delete(
    "/handovers/{package_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="The sender withdraws a handover the receiver has not confirmed",
    responses=error_responses(401, 403, 404, 409),
)
def delete_handover(package_id: Id, device: CurrentDevice, session: DbSession, now: Now) -> None:
    """409 ``handover_refused`` once the receiver confirmed it (the family is the receiver's)."""
    try:
        with session.begin():
            session.add(device)
            offsite.cancel_handover(session, device, package_id, now)
    except offsite.OffsiteError as error:
        raise _refusal(error) from None
