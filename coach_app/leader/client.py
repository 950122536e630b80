"""A small HTTP client for project leaders (no Qt): sign in, summaries, enrolment codes, devices.

Every call has an explicit timeout. Failures raise one of a few exceptions whose messages are
plain words (the UI translates them by type):

- :class:`ServerUnreachable`: no answer (wrong address, server down, network, timeout);
  :class:`InsecureAddress` (a subclass): ``http://`` to another computer is refused;
- :class:`WrongCredentials`: the username or password is not right;
- :class:`SessionExpired`: the token expired or was refused; sign in again;
- :class:`RequestRefused`: the server refused the request (e.g. an unknown device);
- :class:`BadAnswer`: the answer is not what the API promises (wrong address? old server?).

The bearer token is held in memory only; :meth:`LeaderClient.sign_out` revokes it on the server
and drops it.
Calls are not meant to run concurrently; the UI runs them one at a time off the GUI thread.
"""

from __future__ import annotations

import csv
import io
import logging
from collections.abc import Mapping
from typing import Any, Final, TypeVar
from urllib.parse import urlsplit

import httpx
from pydantic import BaseModel, TypeAdapter, ValidationError

from coach_app.server_url import check_server_url
from coach_protocol.leader import DeviceInfo, EnrolmentCodeResponse, LoginResponse, Summary
from coach_protocol.period_summary import PeriodSummary

__all__ = [
    "DEFAULT_TIMEOUT",
    "BadAnswer",
    "InsecureAddress",
    "LeaderClient",
    "LeaderClientError",
    "RequestRefused",
    "ServerUnreachable",
    "SessionExpired",
    "WrongCredentials",
    "csv_threshold",
    "normalise_server_url",
]

log = logging.getLogger(__name__)

#: Seconds to connect, and to wait for an answer.
DEFAULT_TIMEOUT: Final = httpx.Timeout(20.0, connect=5.0)
#: Sign-out waits at most this long for the server to revoke the token (the window is closing).
SIGN_OUT_TIMEOUT: Final = httpx.Timeout(3.0, connect=2.0)
_DEVICES = TypeAdapter(tuple[DeviceInfo, ...])
_M = TypeVar("_M", bound=BaseModel)


class LeaderClientError(Exception):
    """Base of every error the leader client raises; the message is plain words."""


class ServerUnreachable(LeaderClientError):
    """The server did not answer."""


class InsecureAddress(ServerUnreachable):
    """``http://`` to another computer: passwords and tokens would travel readable."""


class WrongCredentials(LeaderClientError):
    """The username or password is not right."""


class SessionExpired(LeaderClientError):
    """The session token is missing, expired or refused: sign in again."""


class RequestRefused(LeaderClientError):
    """The server understood the request and refused it (4xx other than 401)."""

    def __init__(self, message: str, status_code: int) -> None:
        super().__init__(message)
        self.status_code = status_code


class BadAnswer(LeaderClientError):
    """The answer does not match the API (not a Coach Companion server, or another version)."""


def normalise_server_url(url: str) -> str:
    """``https://host/`` → ``https://host``; raises :class:`ServerUnreachable` when unusable
    and :class:`InsecureAddress` for ``http://`` to anything but this computer."""
    url = url.strip().rstrip("/")
    problem = check_server_url(url)
    if problem == "insecure_url":
        raise InsecureAddress(f"{url} is plain http:// to another computer; use https://")
    if problem is not None or not urlsplit(url).netloc:
        raise ServerUnreachable(f"{url or 'an empty address'} is not an http(s) address")
    return url


class LeaderClient:
    """One leader's connection to one server. ``transport`` is for tests (httpx.MockTransport)."""

    def __init__(
        self,
        server_url: str,
        *,
        timeout: httpx.Timeout = DEFAULT_TIMEOUT,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.server_url = normalise_server_url(server_url)
        self._http = httpx.Client(
            base_url=self.server_url + "/api/v1",
            timeout=timeout,
            transport=transport,
            headers={"Accept": "application/json"},
            follow_redirects=False,
        )
        self._token: str | None = None
        self.username: str | None = None

    # -- session -----------------------------------------------------------------------------

    @property
    def signed_in(self) -> bool:
        return self._token is not None

    def sign_in(self, username: str, password: str) -> None:
        """Logs in; keeps the token in memory. Raises :class:`WrongCredentials` on 401."""
        response = self._send(
            "POST",
            "/auth/login",
            json={"username": username.strip(), "password": password},
            authenticated=False,
        )
        if response.status_code in (401, 422):
            # 422: a username the server cannot hold (e.g. upper case) is a wrong username too.
            raise WrongCredentials("wrong username or password")
        login = self._parse(response, LoginResponse)
        self._token = login.access_token
        self.username = username.strip()
        log.info("leader signed in")

    def sign_out(self) -> None:
        """Revokes the token on the server (best effort, at most a few seconds), forgets it and
        closes the connections. Offline, the server's token still expires by itself."""
        token, self._token = self._token, None
        self.username = None
        if token is not None:
            try:
                self._http.post(
                    "/auth/logout",
                    headers={"Authorization": f"Bearer {token}"},
                    timeout=SIGN_OUT_TIMEOUT,
                )
            except (httpx.HTTPError, RuntimeError):
                log.info("sign-out could not reach the server; the token expires by itself")
        self._http.close()

    # -- summaries ---------------------------------------------------------------------------

    def summary(self, from_month: str, to_month: str, *, threshold: int | None = None) -> Summary:
        """``GET /summary``: aggregates for the months (inclusive), suppressed by the server."""
        response = self._send("GET", "/summary", params=_period(from_month, to_month, threshold))
        return self._parse(response, Summary)

    def summary_csv(self, from_month: str, to_month: str, *, threshold: int | None = None) -> bytes:
        """``GET /summary.csv``: the export (threshold at least the server's export floor)."""
        response = self._send(
            "GET",
            "/summary.csv",
            params=_period(from_month, to_month, threshold),
            accept="text/csv",
        )
        self._raise_for_status(response)
        if not response.headers.get("content-type", "").startswith("text/csv"):
            raise BadAnswer("the server did not answer with CSV")
        return response.content

    def export(
        self, from_month: str, to_month: str, *, threshold: int | None = None
    ) -> tuple[Summary, bytes]:
        """The export CSV and the summary at the same threshold, for a funder report.

        The server decides the export threshold (at least ``threshold``); the summary is then
        asked for at exactly the CSV's threshold, so the PDF and the CSV show the same cells.
        """
        data = self.summary_csv(from_month, to_month, threshold=threshold)
        summary = self.summary(from_month, to_month, threshold=csv_threshold(data))
        return summary, data

    def period_summary(
        self, period: str, *, threshold: int | None = None, wait: bool = True
    ) -> PeriodSummary:
        """``GET /api/v2/summary``: one fixed period (``YYYY-MM``, ``YYYY-Qn``, ``YYYY`` or
        ``programme``). A period outside the fixed calendar raises :class:`RequestRefused`.

        ``wait=False`` asks for the newest figures the server has already protected, at once:
        while newer records are being included (minutes on a large programme) the answer's
        ``pending`` is true. By default the server waits until the newest are included."""
        params = _fixed(period, threshold)
        if not wait:
            params["wait"] = "false"
        response = self._send("GET", self.server_url + "/api/v2/summary", params=params)
        return self._parse(response, PeriodSummary)

    def period_export(
        self, period: str, *, threshold: int | None = None
    ) -> tuple[PeriodSummary, bytes]:
        """The export CSV of one fixed period and its summary at the same threshold, for a
        funder report: the server decides the export threshold (at least ``threshold``), and
        the summary is asked for at exactly the CSV's, so the PDF and the CSV agree."""
        data = self.period_summary_csv(period, threshold=threshold)
        return self.period_summary(period, threshold=csv_threshold(data)), data

    def period_summary_csv(self, period: str, *, threshold: int | None = None) -> bytes:
        """``GET /api/v2/summary.csv``: the export of one fixed period (threshold at least the
        server's export floor)."""
        response = self._send(
            "GET",
            self.server_url + "/api/v2/summary.csv",
            params=_fixed(period, threshold),
            accept="text/csv",
        )
        self._raise_for_status(response)
        if not response.headers.get("content-type", "").startswith("text/csv"):
            raise BadAnswer("the server did not answer with CSV")
        return response.content

    # -- devices -----------------------------------------------------------------------------

    def create_enrolment_code(
        self, coach_name: str, *, ttl_hours: int = 24
    ) -> EnrolmentCodeResponse:
        response = self._send(
            "POST", "/enrolment-codes", json={"coach_name": coach_name, "ttl_hours": ttl_hours}
        )
        return self._parse(response, EnrolmentCodeResponse)

    def devices(self) -> tuple[DeviceInfo, ...]:
        response = self._send("GET", "/devices")
        self._raise_for_status(response)
        try:
            return _DEVICES.validate_json(response.content, strict=True)
        except ValidationError as exc:
            raise BadAnswer("the list of devices is not in the expected form") from exc

    def revoke(self, device_id: str) -> None:
        """Revokes a device: its token gets 401 from now on."""
        response = self._send("POST", f"/devices/{device_id}/revoke")
        self._raise_for_status(response)

    # -- plumbing ----------------------------------------------------------------------------

    def _send(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: Mapping[str, str | int] | None = None,
        authenticated: bool = True,
        accept: str = "application/json",
    ) -> httpx.Response:
        headers = {"Accept": accept}
        if authenticated:
            if self._token is None:
                raise SessionExpired("not signed in")
            headers["Authorization"] = f"Bearer {self._token}"
        try:
            return self._http.request(method, path, json=json, params=params, headers=headers)
        except httpx.TimeoutException as exc:
            raise ServerUnreachable(f"{self.server_url} did not answer in time") from exc
        except (httpx.TransportError, RuntimeError) as exc:
            # RuntimeError: the client was closed by sign_out while a request was queued.
            raise ServerUnreachable(f"{self.server_url} cannot be reached") from exc

    def _raise_for_status(self, response: httpx.Response) -> None:
        status = response.status_code
        if status < 300:
            return
        message = _error_message(response)
        if status == 401:
            self._token = None
            raise SessionExpired(message or "the session expired")
        if 400 <= status < 500:
            raise RequestRefused(message or f"refused ({status})", status)
        if status in (502, 503, 504):
            raise ServerUnreachable(f"{self.server_url} is not available ({status})")
        raise BadAnswer(f"unexpected answer {status} from {self.server_url}")

    def _parse(self, response: httpx.Response, model: type[_M]) -> _M:
        self._raise_for_status(response)
        try:
            return model.model_validate_json(response.content, strict=True)
        except ValidationError as exc:
            raise BadAnswer(
                f"the answer from {self.server_url} is not a Coach Companion {model.__name__}"
            ) from exc


def _period(from_month: str, to_month: str, threshold: int | None) -> dict[str, str | int]:
    params: dict[str, str | int] = {"from": from_month, "to": to_month}
    if threshold is not None:
        params["threshold"] = threshold
    return params


def _fixed(period: str, threshold: int | None) -> dict[str, str | int]:
    params: dict[str, str | int] = {"period": period}
    if threshold is not None:
        params["threshold"] = threshold
    return params


def _error_message(response: httpx.Response) -> str:
    try:
        body = response.json()
    except ValueError:
        return ""
    message = body.get("message") if isinstance(body, dict) else None
    return message if isinstance(message, str) else ""


def csv_threshold(data: bytes) -> int:
    """The threshold row of the server's summary CSV; :class:`BadAnswer` when it has none."""
    try:
        rows = csv.reader(io.StringIO(data.decode("utf-8")))
        for row in rows:
            if row[:1] == ["threshold"] and len(row) == 4:
                return int(row[3])
    except (UnicodeDecodeError, ValueError, csv.Error) as exc:
        raise BadAnswer("the summary CSV cannot be read") from exc
    raise BadAnswer("the summary CSV has no threshold row")
