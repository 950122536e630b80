"""The HTTP client of the sync protocol: blocking httpx with explicit timeouts.

Only the server itself can refuse or revoke: an answer counts as the server's word only when it
is in the server's own error shape (`coach_protocol.errors.ErrorBody`) with a known code.
Anything else between the laptop and the server (a proxy's or captive portal's HTML page, a
proxy's 401 or 407, a truncated or garbled body, a redirect) is a transient failure: retried
later, never a reason to quarantine a record or to give up the device.

Every failure is a `SyncError` whose ``code`` the Sync screen turns into plain words:

- transient (`Transient`; the engine backs off and retries): ``offline`` and ``timeout`` (the
  server could not be reached), ``server_error`` (a 5xx), ``unexpected_answer`` (anything not
  from the server or not readable), ``rate_limited`` (429, with the server's ``Retry-After``),
  ``incompatible`` (the server refused the whole request in its own shape: an older or newer
  server; nothing is quarantined);
- ``revoked`` (`Revoked`): the server refused the device's token with ``device_revoked`` or
  ``unauthorised``;
- ``enrolment_refused`` (`EnrolmentRefused`): the server refused the enrolment code.
"""

from __future__ import annotations

import email.utils
import json
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Final, Literal, TypeVar

import httpx
from pydantic import BaseModel, ValidationError

from coach_protocol import PROTOCOL_VERSION, BatchResponse, EnrolResponse
from coach_protocol.errors import DEVICE_TOKEN_REFUSED, ErrorBody
from coach_protocol.reconcile import (
    MAX_BUCKETS_PER_REQUEST,
    HeldRecord,
    HeldRecords,
    SyncDigest,
)

__all__ = [
    "DEFAULT_TIMEOUT",
    "EnrolmentRefused",
    "Incompatible",
    "RateLimited",
    "Revoked",
    "ServerError",
    "SyncClient",
    "SyncError",
    "Transient",
    "UnexpectedAnswer",
    "batch_body",
    "server_error_body",
]

#: Connect quickly or give up; allow a slow server a while to answer a batch.
DEFAULT_TIMEOUT: Final = httpx.Timeout(connect=5.0, read=30.0, write=30.0, pool=5.0)

#: The longest ``Retry-After`` honoured (a wrong or hostile value must not park the laptop).
MAX_RETRY_AFTER_SECONDS: Final = 60 * 60.0


class SyncError(Exception):
    """A sync request failed; ``code`` names the cause for the screen."""

    code = "server_error"

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


class Transient(SyncError):
    """Worth retrying later: nothing is quarantined or revoked for it."""

    def __init__(self, detail: str, code: str = "offline") -> None:
        super().__init__(detail)
        self.code = code


class ServerError(Transient):
    """The server (or something in front of it) answered 5xx."""

    def __init__(self, status: int) -> None:
        super().__init__(f"the server answered {status}", "server_error")
        self.status = status


class UnexpectedAnswer(Transient):
    """An answer that is not the server's: HTML, a proxy's 4xx, a truncated or garbled body."""

    def __init__(self, detail: str) -> None:
        super().__init__(detail, "unexpected_answer")


class RateLimited(Transient):
    """429: try again after ``retry_after`` seconds (None when the answer did not say)."""

    def __init__(self, retry_after: float | None) -> None:
        super().__init__("the server asked to slow down", "rate_limited")
        self.retry_after = retry_after


class Incompatible(Transient):
    """The server refused the whole request in its own shape (not 401 or 429): e.g. a server
    that does not speak this protocol version. Retried later; nothing is quarantined."""

    def __init__(self, status: int, error: ErrorBody) -> None:
        super().__init__(f"the server answered {status} {error.code}", "incompatible")
        self.status = status
        self.error = error


class Revoked(SyncError):
    """The server refused the device's token: it must enrol again."""

    code = "revoked"


class EnrolmentRefused(SyncError):
    """The server refused the enrolment code (unknown, used or expired)."""

    code = "enrolment_refused"


def batch_body(payloads: Sequence[bytes]) -> bytes:
    """A ``BatchRequest`` from already-serialised records (sent byte for byte as queued).

    The outbox holds protocol version 2 records (the sync engine has the outbox writer rebuild
    an older outbox before it sends), so the batch says version 2.
    """
    return b'{"protocol_version":%d,"records":[' % PROTOCOL_VERSION + b",".join(payloads) + b"]}"


def server_error_body(response: httpx.Response) -> ErrorBody | None:
    """The server's own error body, or None when the answer is not in its shape."""
    content_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type != "application/json":
        return None
    try:
        return ErrorBody.model_validate_json(response.content)
    except ValidationError:
        return None


def retry_after_seconds(response: httpx.Response, now: datetime | None = None) -> float | None:
    """``Retry-After`` as seconds (delta-seconds or an HTTP date, RFC 9110 section 10.2.3),
    at most `MAX_RETRY_AFTER_SECONDS`; None when absent or unreadable."""
    value = response.headers.get("retry-after", "").strip()
    if not value:
        return None
    if value.isdigit():
        return min(float(value), MAX_RETRY_AFTER_SECONDS)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        return None
    seconds = (when - (now or datetime.now(UTC))).total_seconds()
    return min(max(seconds, 0.0), MAX_RETRY_AFTER_SECONDS)


Purpose = Literal["device", "enrol"]


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
            headers={"User-Agent": "coach-companion", "Accept": "application/json"},
            follow_redirects=False,
        )

    def close(self) -> None:
        self._http.close()

    def _request(
        self,
        method: str,
        path: str,
        *,
        content: bytes | None = None,
        params: httpx.QueryParams | None = None,
    ) -> httpx.Response:
        headers = {"Content-Type": "application/json"} if content is not None else {}
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        try:
            return self._http.request(method, path, content=content, headers=headers, params=params)
        except httpx.TimeoutException as exc:
            raise Transient(f"{method} {path}: {type(exc).__name__}", "timeout") from exc
        except httpx.TransportError as exc:  # includes a body cut short (RemoteProtocolError)
            raise Transient(f"{method} {path}: {type(exc).__name__}", "offline") from exc

    @staticmethod
    def _check(response: httpx.Response, purpose: Purpose) -> None:
        status = response.status_code
        if status == 200:
            return
        if status >= 500:
            raise ServerError(status)
        if status == 429:
            raise RateLimited(retry_after_seconds(response))
        error = server_error_body(response)
        if error is None or status < 400:
            raise UnexpectedAnswer(f"an answer {status} not from the server")
        if status == 401 and purpose == "device" and error.code in DEVICE_TOKEN_REFUSED:
            raise Revoked(f"the server refused the device's token ({error.code})")
        if (
            status == 401
            and purpose == "enrol"
            and error.code
            in (
                "enrolment_code_refused",
                "unauthorised",  # servers before the code had its own name
            )
        ):
            raise EnrolmentRefused("the enrolment code was refused")
        if status == 401:
            raise UnexpectedAnswer(f"a 401 {error.code} that does not fit the request")
        raise Incompatible(status, error)

    def enrol(
        self, code: str, *, device_id: str | None = None, device_token: str | None = None
    ) -> EnrolResponse:
        """Exchange ``code`` for credentials; with the laptop's previous ``device_id`` and
        ``device_token`` the server continues that device instead of making a new one."""
        body: dict[str, str] = {"code": code}
        if device_id and device_token:
            body |= {"device_id": device_id, "device_token": device_token}
        response = self._request("POST", "/api/v1/enrol", content=json.dumps(body).encode())
        self._check(response, "enrol")
        return _parse(EnrolResponse, response)

    def push(self, payloads: Sequence[bytes]) -> BatchResponse:
        response = self._request("POST", "/api/v1/records", content=batch_body(payloads))
        self._check(response, "device")
        return _parse(BatchResponse, response)

    def digest(self) -> SyncDigest:
        """The server's digests per kind and pid bucket of what it holds for this device."""
        response = self._request("GET", "/api/v1/sync/digest")
        self._check(response, "device")
        return _parse(SyncDigest, response)

    def held(self, buckets: Sequence[str]) -> list[HeldRecord]:
        """The (kind, pid, version) the server holds in ``buckets`` (in as many requests as
        `MAX_BUCKETS_PER_REQUEST` asks)."""
        held: list[HeldRecord] = []
        for start in range(0, len(buckets), MAX_BUCKETS_PER_REQUEST):
            chunk = buckets[start : start + MAX_BUCKETS_PER_REQUEST]
            response = self._request(
                "GET", "/api/v1/sync/held", params=httpx.QueryParams([("bucket", b) for b in chunk])
            )
            self._check(response, "device")
            held += _parse(HeldRecords, response).records
        return held


_Model = TypeVar("_Model", bound=BaseModel)


def _parse(model: type[_Model], response: httpx.Response) -> _Model:
    try:
        return model.model_validate_json(response.content)
    except ValidationError as exc:
        raise UnexpectedAnswer(f"the answer is not a valid {model.__name__}") from exc
