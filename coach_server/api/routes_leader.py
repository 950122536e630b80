"""Routes for project leaders: login, enrolment codes, devices."""

from __future__ import annotations

from datetime import timedelta
from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Request, status

from coach_protocol.errors import ErrorBody
from coach_protocol.leader import (
    DeviceInfo,
    EnrolmentCodeRequest,
    EnrolmentCodeResponse,
    LoginRequest,
    LoginResponse,
)
from coach_server.api.deps import CurrentLeader, DbSession, LeaderBearer, Now, ServerSettings
from coach_server.api.errors import ApiError, error_responses
from coach_server.audit import record_action
from coach_server.offsite import last_backups
from coach_server.services import (
    UnknownDeviceError,
    create_enrolment_code,
    list_devices,
    login,
    logout,
    revoke_device,
)
from coach_server.sign_in_limits import SignInLimiter

__all__ = ["router"]

router = APIRouter(prefix="/api/v1", tags=["leader"])

DeviceId = Annotated[
    str,
    Path(
        pattern=r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$",
        examples=["3f1d2c4b-5a69-4e7f-8a9b-0c1d2e3f4a5b"],
    ),
]


def _actor(leader_username: str) -> str:
    return f"leader:{leader_username}"


@router.post(
    "/auth/login",
    response_model=LoginResponse,
    summary="Log a project leader in",
    responses={
        **error_responses(401, 413, 422, 429),
        401: {"model": ErrorBody, "description": "Wrong username or password."},
        429: {
            "model": ErrorBody,
            "description": "Too many failed sign-ins for the username or the address.",
            "headers": {
                "Retry-After": {
                    "description": "Seconds until a sign-in may be tried again.",
                    "schema": {"type": "integer", "minimum": 1},
                }
            },
        },
    },
)
def post_login(
    body: LoginRequest, request: Request, session: DbSession, settings: ServerSettings, now: Now
) -> LoginResponse:
    """Checks the password against its Argon2id hash and returns a bearer token. It ends after
    ``COACH_SERVER_LEADER_TOKEN_TTL_MINUTES`` (default 8 hours), after
    ``COACH_SERVER_LEADER_IDLE_MINUTES`` without a request (default 30), or at sign-out.

    Failed attempts are limited per username and per client address (default 10 and 50 per
    15 minutes); beyond, 429 with ``Retry-After`` in seconds."""
    limiter: SignInLimiter = request.app.state.sign_in_limiter
    address = request.client.host if request.client else "unknown"
    retry_after = limiter.charge(username=body.username, address=address)
    if retry_after is not None:
        with session.begin():
            record_action(
                session,
                actor=f"leader:{body.username}",
                action="leader.login_limited",
                target=None,
                at=now,
            )
        raise ApiError(
            status.HTTP_429_TOO_MANY_REQUESTS,
            "too_many_requests",
            f"too many failed sign-ins; try again in {max(1, retry_after // 60)} minute(s)",
            headers={"Retry-After": str(retry_after)},
        )
    with session.begin():
        result = login(
            session,
            username=body.username,
            password=body.password,
            ttl=timedelta(minutes=settings.leader_token_ttl_minutes),
            now=now,
            dummy_hash=request.app.state.dummy_hash,
            memory_kib=settings.argon2_memory_kib,
            iterations=settings.argon2_iterations,
        )
    if result is None:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            detail="wrong username or password",
            headers={"WWW-Authenticate": "Bearer"},
        )
    limiter.refund(username=body.username, address=address)
    token, expires_at = result
    return LoginResponse(access_token=token, expires_at=expires_at)


@router.post(
    "/auth/logout",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Sign out: the leader's token is revoked at once",
    responses=error_responses(401, 413, 422),
)
def post_logout(leader: CurrentLeader, token: LeaderBearer, session: DbSession, now: Now) -> None:
    with session.begin():
        logout(session, token=token, username=leader.username, now=now)


@router.post(
    "/enrolment-codes",
    response_model=EnrolmentCodeResponse,
    status_code=status.HTTP_201_CREATED,
    summary="Create a single-use enrolment code for a coach's laptop",
    responses={
        **error_responses(401, 404, 413, 422),
        404: {"model": ErrorBody, "description": "The device to replace does not exist."},
    },
)
def post_enrolment_code(
    body: EnrolmentCodeRequest, leader: CurrentLeader, session: DbSession, now: Now
) -> EnrolmentCodeResponse:
    """The code works once, until it expires (1 to 168 hours; default 24). With
    `replaces_device_id`, the laptop enrolling with it continues that device (a reinstalled or
    new laptop restored from a backup): same device id, new token, nothing counted twice."""
    try:
        with session.begin():
            code, expires_at = create_enrolment_code(
                session,
                coach_name=body.coach_name,
                ttl=timedelta(hours=body.ttl_hours),
                actor=_actor(leader.username),
                now=now,
                replaces=body.replaces_device_id,
            )
    except UnknownDeviceError:
        raise HTTPException(status.HTTP_404_NOT_FOUND, detail="no such device") from None
    return EnrolmentCodeResponse(
        code=code,
        coach_name=body.coach_name,
        expires_at=expires_at,
        replaces_device_id=body.replaces_device_id,
    )


@router.get(
    "/devices",
    response_model=list[DeviceInfo],
    summary="List enrolled devices with their coach, last sync and last backup",
    responses=error_responses(401),
)
def get_devices(leader: CurrentLeader, session: DbSession, now: Now) -> list[DeviceInfo]:
    with session.begin():
        devices = list_devices(session)
        backups = last_backups(session)
        record_action(
            session, actor=_actor(leader.username), action="devices.listed", target=None, at=now
        )
        return [
            DeviceInfo(
                device_id=d.id,
                coach_name=d.coach_name,
                enrolled_at=d.created_at,
                last_sync_at=d.last_sync_at,
                revoked_at=d.revoked_at,
                last_backup_at=backups[d.id].completed_at if d.id in backups else None,
                last_backup_bytes=backups[d.id].size if d.id in backups else None,
            )
            for d in devices
        ]


@router.post(
    "/devices/{device_id}/revoke",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Revoke a device; its token gets 401 from now on",
    responses=error_responses(401, 404, 413, 422),
)
def post_revoke(device_id: DeviceId, leader: CurrentLeader, session: DbSession, now: Now) -> None:
    with session.begin():
        found = revoke_device(session, device_id=device_id, actor=_actor(leader.username), now=now)
    if not found:
        raise HTTPException(status.HTTP_404_NOT_FOUND, detail="no such device")
