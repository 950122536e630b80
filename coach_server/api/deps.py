"""Dependencies of the routes, as ``Annotated`` aliases that keep signatures short."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from typing import Annotated, Any

from fastapi import Depends, HTTPException, Request, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.orm import Session

from coach_server.api.errors import ApiError
from coach_server.models import Device, Leader
from coach_server.services import authenticate_leader, device_for_token
from coach_server.settings import Settings
from coach_server.summary import Clock

__all__ = [
    "CurrentDevice",
    "CurrentLeader",
    "DbSession",
    "LeaderBearer",
    "Now",
    "ServerSettings",
    "device_revoked",
    "known_query_parameters_only",
    "unauthorised",
]

_device_bearer = HTTPBearer(
    scheme_name="DeviceToken",
    description="The token a device received from POST /api/v1/enrol.",
    auto_error=False,
)
_leader_bearer = HTTPBearer(
    scheme_name="LeaderToken",
    description="The token a leader received from POST /api/v1/auth/login; it expires.",
    auto_error=False,
)


def unauthorised() -> ApiError:
    return ApiError(
        status.HTTP_401_UNAUTHORIZED,
        "unauthorised",
        "missing, unknown, expired or revoked token",
        headers={"WWW-Authenticate": "Bearer"},
    )


def device_revoked() -> ApiError:
    """The token is a device's whom a leader revoked: the laptop must enrol again."""
    return ApiError(
        status.HTTP_401_UNAUTHORIZED,
        "device_revoked",
        "this device was revoked; enrol it again with a new code",
        headers={"WWW-Authenticate": "Bearer"},
    )


def known_query_parameters_only(request: Request) -> None:
    """Refuses (422) query parameters the operation does not declare: no input is ignored."""
    route = request.scope.get("route")
    dependant = getattr(route, "dependant", None)
    declared = _declared_query(dependant) if dependant is not None else set()
    unknown = set(request.query_params.keys()) - declared
    if unknown:
        raise HTTPException(
            status.HTTP_422_UNPROCESSABLE_CONTENT,
            detail=f"{len(unknown)} unknown query parameter(s); see the OpenAPI document",
        )


def _declared_query(dependant: Any) -> set[str]:
    names: set[str] = {p.alias for p in dependant.query_params}
    for sub in dependant.dependencies:
        names |= _declared_query(sub)
    return names


def _session(request: Request) -> Iterator[Session]:
    with request.app.state.session_factory() as session:
        yield session


def _settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


def _now(request: Request) -> datetime:
    clock: Clock = request.app.state.clock
    return clock()


DbSession = Annotated[Session, Depends(_session)]
ServerSettings = Annotated[Settings, Depends(_settings)]
Now = Annotated[datetime, Depends(_now)]


def _device(
    session: DbSession,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_device_bearer)],
) -> Device:
    if credentials is None:
        raise unauthorised()
    with session.begin():
        device = device_for_token(session, credentials.credentials)
    if device is None:
        raise unauthorised()
    if device.revoked_at is not None:
        raise device_revoked()
    return device


def _leader(
    session: DbSession,
    now: Now,
    settings: ServerSettings,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_leader_bearer)],
) -> Leader:
    if credentials is None:
        raise unauthorised()
    idle = timedelta(minutes=settings.leader_idle_minutes)
    with session.begin():
        leader = authenticate_leader(session, credentials.credentials, now, idle=idle)
    if leader is None:
        raise unauthorised()
    return leader


def _leader_token(
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_leader_bearer)],
) -> str:
    if credentials is None:
        raise unauthorised()
    return credentials.credentials


CurrentDevice = Annotated[Device, Depends(_device)]
CurrentLeader = Annotated[Leader, Depends(_leader)]
#: The leader's bearer token itself (after `CurrentLeader` checked it), for sign-out.
LeaderBearer = Annotated[str, Depends(_leader_token)]
