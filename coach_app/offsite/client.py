"""The HTTP client of the off-laptop API (coach_protocol.offsite): blocking httpx, explicit
timeouts, one instance per thread.

As for sync (`coach_app.sync.client`), only the server's own error shape is the server
speaking: `Refused` carries its code (``backup_quota_exceeded``, ``upload_mismatch``,
``handover_refused``, ...); ``Revoked`` when it refuses the laptop's token; anything else
(offline, a timeout, a 5xx, a proxy's page, a truncated or garbled answer) is `Transient` and
worth trying again later. Every error has a ``code`` the screens put in plain words.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Final, Literal, TypeVar

import httpx
from pydantic import BaseModel, ValidationError

from coach_app.sync.client import server_error_body
from coach_protocol.errors import DEVICE_TOKEN_REFUSED
from coach_protocol.offsite import (
    BackupList,
    HandoverInfo,
    HandoverList,
    PeerList,
    Upload,
)

__all__ = [
    "OFFSITE_TIMEOUT",
    "OffsiteClient",
    "OffsiteError",
    "Refused",
    "Revoked",
    "Transient",
]

#: Chunks are up to 512 KiB: allow a slow line a minute for one.
OFFSITE_TIMEOUT: Final = httpx.Timeout(connect=5.0, read=60.0, write=60.0, pool=5.0)


class OffsiteError(Exception):
    """A request of the off-laptop API failed; ``code`` names the cause for the screen."""

    code = "server_error"

    def __init__(self, detail: str, code: str | None = None) -> None:
        super().__init__(detail)
        self.detail = detail
        if code is not None:
            self.code = code


class Transient(OffsiteError):
    """Offline, a timeout, a 5xx or an answer not from the server: try again later."""


class Refused(OffsiteError):
    """The server refused the request in its own shape; ``code`` is its code."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message, code)
        self.status = status


class Revoked(OffsiteError):
    """The server refused the laptop's token."""

    code = "revoked"


_Model = TypeVar("_Model", bound=BaseModel)
_OCTETS = {"Content-Type": "application/octet-stream"}


class OffsiteClient:
    """One server; ``token`` authenticates the laptop."""

    def __init__(
        self,
        base_url: str,
        token: str,
        *,
        transport: httpx.BaseTransport | None = None,
        timeout: httpx.Timeout = OFFSITE_TIMEOUT,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self._http = httpx.Client(
            base_url=self.base_url,
            transport=transport,
            timeout=timeout,
            headers={
                "User-Agent": "coach-companion",
                "Authorization": f"Bearer {token}",
            },
            follow_redirects=False,
        )

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> OffsiteClient:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    # ------------------------------------------------------------------------ plumbing

    def _send(
        self,
        method: str,
        path: str,
        *,
        json_body: object | None = None,
        content: bytes | None = None,
        expect: Literal["json", "bytes", "none"] = "json",
    ) -> httpx.Response:
        headers: dict[str, str] = {"Accept": "application/json"}
        body: bytes | None = content
        if json_body is not None:
            body = json.dumps(json_body).encode("utf-8")
            headers["Content-Type"] = "application/json"
        elif content is not None:
            headers.update(_OCTETS)
        try:
            response = self._http.request(method, path, content=body, headers=headers)
        except httpx.TimeoutException as exc:
            raise Transient(f"{method} {path}: {type(exc).__name__}", "timeout") from exc
        except httpx.TransportError as exc:
            raise Transient(f"{method} {path}: {type(exc).__name__}", "offline") from exc
        status = response.status_code
        if status >= 500:
            raise Transient(f"{method} {path}: the server answered {status}", "server_error")
        if status == 429:
            raise Transient(f"{method} {path}: the server asked to slow down", "rate_limited")
        if status >= 300:
            error = server_error_body(response)
            if error is None or status < 400:
                raise Transient(
                    f"{method} {path}: an answer {status} not from the server", "unexpected_answer"
                )
            if status == 401 and error.code in DEVICE_TOKEN_REFUSED:
                raise Revoked(f"the server refused the laptop's token ({error.code})")
            raise Refused(status, error.code, error.message)
        content_type = response.headers.get("content-type", "").split(";")[0]
        if expect == "bytes" and content_type != "application/octet-stream":
            raise Transient(f"{method} {path}: not a chunk", "unexpected_answer")
        return response

    def _model(self, model: type[_Model], response: httpx.Response) -> _Model:
        try:
            return model.model_validate_json(response.content)
        except ValidationError as exc:
            raise Transient(
                f"the answer is not a valid {model.__name__}", "unexpected_answer"
            ) from exc

    # ------------------------------------------------------------------------- uploads

    def declare_backup(self, size: int, sha256: str) -> Upload:
        body = {"size": size, "sha256": sha256}
        return self._model(Upload, self._send("POST", "/api/v1/backups/uploads", json_body=body))

    def put_chunk(self, upload_id: str, index: int, data: bytes) -> Upload:
        response = self._send("PUT", f"/api/v1/uploads/{upload_id}/chunks/{index}", content=data)
        return self._model(Upload, response)

    def complete(self, upload_id: str, keep_sha256: Sequence[str] | None = None) -> Upload:
        body = {"keep_sha256": list(keep_sha256) if keep_sha256 is not None else None}
        response = self._send("POST", f"/api/v1/uploads/{upload_id}/complete", json_body=body)
        return self._model(Upload, response)

    # ------------------------------------------------------------------------- backups

    def backups(self) -> BackupList:
        return self._model(BackupList, self._send("GET", "/api/v1/backups"))

    def backup_chunk(self, backup_id: str, index: int) -> bytes:
        path = f"/api/v1/backups/{backup_id}/chunks/{index}"
        return self._send("GET", path, expect="bytes").content

    # --------------------------------------------------------------------- keys, peers

    def register_key(self, public_key_b64: str) -> None:
        self._send(
            "PUT", "/api/v1/device/key", json_body={"public_key": public_key_b64}, expect="none"
        )

    def peers(self) -> PeerList:
        return self._model(PeerList, self._send("GET", "/api/v1/devices/peers"))

    # ----------------------------------------------------------------------- handovers

    def offer_handover(self, offer: dict[str, object]) -> HandoverInfo:
        return self._model(HandoverInfo, self._send("POST", "/api/v1/handovers", json_body=offer))

    def handover_upload(self, package_id: str) -> Upload:
        return self._model(Upload, self._send("GET", f"/api/v1/handovers/{package_id}/upload"))

    def handovers(self) -> HandoverList:
        return self._model(HandoverList, self._send("GET", "/api/v1/handovers"))

    def handover_chunk(self, package_id: str, index: int) -> bytes:
        path = f"/api/v1/handovers/{package_id}/chunks/{index}"
        return self._send("GET", path, expect="bytes").content

    def confirm_handover(self, package_id: str) -> HandoverInfo:
        response = self._send("POST", f"/api/v1/handovers/{package_id}/confirm")
        return self._model(HandoverInfo, response)

    def cancel_handover(self, package_id: str) -> None:
        self._send("DELETE", f"/api/v1/handovers/{package_id}", expect="none")
