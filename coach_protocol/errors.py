"""The server's own error shape: every 4xx and 5xx it answers is ``{"code", "message"}``.

Only an answer in this shape, with one of these codes, is the server speaking: the laptop
revokes itself or gives up a request only then. Anything else (an HTML page from a proxy or
captive portal, a 401 from a proxy, a truncated body) is a transient failure in between.
"""

from __future__ import annotations

from typing import Final, Literal

from pydantic import BaseModel, ConfigDict, Field

__all__ = ["DEVICE_TOKEN_REFUSED", "ErrorBody", "ErrorCode"]

ErrorCode = Literal[
    "bad_request",
    "unauthorised",
    "device_revoked",
    "enrolment_code_refused",
    "forbidden",
    "not_found",
    "method_not_allowed",
    "conflict",
    "payload_too_large",
    "unsupported_media_type",
    "invalid_request",
    "period_not_allowed",
    "backup_quota_exceeded",
    "chunk_refused",
    "upload_incomplete",
    "upload_mismatch",
    "handover_refused",
    "too_many_requests",
    "internal_server_error",
    "unavailable",
]

#: Codes with which the server refuses a device's token: the laptop must enrol again.
#: ``unauthorised``: the token is unknown (e.g. another laptop continued this device);
#: ``device_revoked``: a leader revoked the device.
DEVICE_TOKEN_REFUSED: Final = frozenset({"unauthorised", "device_revoked"})


class ErrorBody(BaseModel):
    """The body of every error answer of the server: a stable code and plain words.

    Extra fields are ignored, so a newer server may add some; an unknown code is not ours.
    """

    model_config = ConfigDict(extra="ignore", frozen=True, strict=True)

    code: ErrorCode = Field(examples=["unauthorised"])
    message: str = Field(max_length=2000, examples=["missing, unknown, expired or revoked token"])
