"""The HTTP client of the sync protocol: blocking httpx with explicit timeouts.

Every failure is one of a few `SyncError` subclasses whose ``code`` the Sync screen turns into
plain words: ``offline``, ``timeout``, ``server_error``, ``bad_response``, ``revoked``,
``refused``, ``enrolment_refused``.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Final, TypeVar

import httpx
from pydantic import ValidationError

from coach_protocol import PROTOCOL_VERSION, BatchResponse, EnrolResponse, SyncState

__all__ = [
    "DEFAULT_TIMEOUT",
    "BadResponse",
    "EnrolmentRefused",
    "Refused",
    "Revoked",
    "SyncClient",
    "SyncError",
    "Transient",
    "batch_body",
]

#: Connect quickly or give up; allow a slow server a while to answer a batch.
DEFAULT_TIMEOUT: Final = httpx.Timeout(connect=5.0, read=30.0, write=30.0, pool=5.0)


class SyncError(Exception):
    """A sync request failed; ``code`` names the cause for the screen."""

    code = "server_error"

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


class Transient(SyncError):
    """Worth retrying later: the network, a timeout, a 5xx, a garbled answer."""


class BadResponse(Transient):
    code = "bad_response"


class Revoked(SyncError):
    """401: the device's token is unknown or revoked; it must enrol again."""

    code = "revoked"


class EnrolmentRefused(SyncError):
    """401 on enrolment: the code is unknown, used or expired."""

    code = "enrolment_refused"


class Refused(SyncError):
    """A 4xx other than 401: the server will not take this request as it is."""

    code = "refused"

    def __init__(self, detail: str, status: int) -> None:
        super().__init__(detail)
        self.status = status


def batch_body(payloads: Sequence[bytes]) -> bytes:
    """A ``BatchRequest`` from already-serialised records (sent byte for byte as queued)."""
    return b'{"protocol_version":%d,"records":[' % PROTOCOL_VERSION + b",".join(payloads) + b"]}"


class SyncClient:
    """One server; ``token`` authenticates the device. Not thread-safe: one per sync thread."""

    def __init__(
        self,
        base_url: str,
        *,
        token: str | None = None,
        transport: httpx.BaseTransport | None = None,
        timeout: httpx.Timeout = DEFAULT_TIMEOUT,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.token = token
        self._http = httpx.Client(
            base_url=self.base_url,
            transport=transport,
            timeout=timeout,
            headers={"User-Agent": "coach-companion"},
            follow_redirects=False,
        )

    def close(self) -> None:
        self._http.close()

    def _request(self, method: str, path: str, *, content: bytes | None = None) -> httpx.Response:
        headers = {"Content-Type": "application/json"} if content is not None else {}
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        try:
            return self._http.request(method, path, content=content, headers=headers)
        except httpx.TimeoutException as exc:
            error = Transient(f"{method} {path}: {type(exc).__name__}")
            error.code = "timeout"
            raise error from exc
        except httpx.TransportError as exc:
            error = Transient(f"{method} {path}: {type(exc).__name__}")
            error.code = "offline"
            raise error from exc

    @staticmethod
    def _check(response: httpx.Response, *, enrolling: bool = False) -> None:
        status = response.status_code
        if status == 200:
            return
        if status == 401:
            if enrolling:
                raise EnrolmentRefused("the enrolment code was refused")
            raise Revoked("the server refused the device's token")
        if status == 429 or status >= 500:
            raise Transient(f"the server answered {status}")
        raise Refused(f"the server answered {status}", status)

    def enrol(self, code: str) -> EnrolResponse:
        response = self._request("POST", "/api/v1/enrol", content=_json_code(code))
        self._check(response, enrolling=True)
        return _parse(EnrolResponse, response)

    def push(self, payloads: Sequence[bytes]) -> BatchResponse:
        response = self._request("POST", "/api/v1/records", content=batch_body(payloads))
        self._check(response)
        return _parse(BatchResponse, response)

    def state(self) -> SyncState:
        response = self._request("GET", "/api/v1/sync/state")
        self._check(response)
        return _parse(SyncState, response)


def _json_code(code: str) -> bytes:
    return json.dumps({"code": code}).encode("utf-8")


_Model = TypeVar("_Model", EnrolResponse, BatchResponse, SyncState)


def _parse(model: type[_Model], response: httpx.Response) -> _Model:
    try:
        return model.model_validate_json(response.content)
    except ValidationError as exc:
        raise BadResponse(f"the server's answer is not a valid {model.__name__}") from exc
