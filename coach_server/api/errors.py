"""One error shape for every 4xx/5xx answer, and the handlers that produce it."""

from __future__ import annotations

import logging
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import OperationalError
from starlette.exceptions import HTTPException as StarletteHTTPException

from coach_protocol.errors import ErrorBody, ErrorCode
from coach_server.periods import PeriodError

__all__ = ["ApiError", "error_responses", "install_error_handlers"]

_log = logging.getLogger("coach_server.api")


class ApiError(StarletteHTTPException):
    """An HTTP error with its own machine-readable code (e.g. ``device_revoked``)."""

    def __init__(
        self, status: int, code: ErrorCode, message: str, headers: dict[str, str] | None = None
    ) -> None:
        super().__init__(status, detail=message, headers=headers)
        self.code: ErrorCode = code


_CODES: dict[int, ErrorCode] = {
    400: "bad_request",
    401: "unauthorised",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    413: "payload_too_large",
    415: "unsupported_media_type",
    422: "invalid_request",
    429: "too_many_requests",
    500: "internal_server_error",
    503: "unavailable",
}


def _body(status: int, message: str, code: ErrorCode | None = None) -> dict[str, str]:
    chosen: ErrorCode = code or _CODES.get(status, "bad_request" if status < 500 else "unavailable")
    return ErrorBody(code=chosen, message=message).model_dump()


def error_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI ``responses`` entries for the given statuses, all in the ErrorBody shape."""
    descriptions = {
        401: "Missing, unknown, expired or revoked token.",
        404: "No such resource.",
        413: "Request body larger than 1 MiB.",
        422: "Malformed JSON, a field that is unknown, missing or out of range.",
    }
    return {
        s: {"model": ErrorBody, "description": descriptions.get(s, HTTPStatus(s).phrase)}
        for s in statuses
    }


def _describe(exc: RequestValidationError, request: Request) -> str:
    """Where and why validation failed, without echoing the submitted values. A value not in
    its parameter's form is said with the parameter's own description (what it takes), not
    with the regular expression that checks it."""
    descriptions = _parameter_descriptions(request)
    parts = []
    for error in exc.errors()[:10]:
        location = ".".join(str(p) for p in error.get("loc", ()))
        message = error.get("msg", "invalid")
        if error.get("type") == "string_pattern_mismatch" and location in descriptions:
            message = f"not in the form asked for. {descriptions[location]}"
        parts.append(f"{location}: {message}")
    return "; ".join(parts) or "invalid request"


def _parameter_descriptions(request: Request) -> dict[str, str]:
    """The described query and path parameters of the request's route, by error location
    (``query.period``)."""
    dependant = getattr(request.scope.get("route"), "dependant", None)
    if dependant is None:
        return {}
    described: dict[str, str] = {}
    for where, params in (("query", dependant.query_params), ("path", dependant.path_params)):
        for param in params:
            description = getattr(param.field_info, "description", None)
            if description:
                described[f"{where}.{param.alias}"] = description
    return described


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> JSONResponse:
        return JSONResponse(_body(422, _describe(exc, request)), status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def _http(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        message = exc.detail if isinstance(exc.detail, str) else HTTPStatus(exc.status_code).phrase
        if exc.status_code == 400:  # FastAPI's "error parsing the body": malformed input is a 422
            return JSONResponse(_body(422, "the request body is not valid JSON"), status_code=422)
        return JSONResponse(
            _body(exc.status_code, message, getattr(exc, "code", None)),
            status_code=exc.status_code,
            headers=exc.headers,
        )

    @app.exception_handler(PeriodError)
    async def _period(_request: Request, exc: PeriodError) -> JSONResponse:
        # 404: the summary exists for fixed periods only (the request itself is well-formed).
        return JSONResponse(_body(404, str(exc), "period_not_allowed"), status_code=404)

    @app.exception_handler(OperationalError)
    async def _database(request: Request, exc: OperationalError) -> JSONResponse:
        _log.error(
            "database unavailable",
            extra={"path": request.url.path, "error": type(exc.orig).__name__},
        )
        return JSONResponse(
            _body(503, "the database is unavailable; try again later"), status_code=503
        )

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        # Logged by type only: an exception's text may carry submitted values.
        _log.error(
            "unexpected error", extra={"path": request.url.path, "error": type(exc).__name__}
        )
        return JSONResponse(_body(500, "the server had an unexpected problem"), status_code=500)
