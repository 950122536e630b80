"""Security headers on every answer (OWASP ASVS 4.0 V8.2.1, V14.4.3-V14.4.5, V14.4.7).

- ``Cache-Control: no-store``: tokens, enrolment codes and figures stay out of browser and
  proxy caches;
- ``X-Content-Type-Options: nosniff``: a JSON answer is never run as a script;
- ``Content-Security-Policy: default-src 'none'; frame-ancestors 'none'``: an API answer loads
  nothing and is framed nowhere (the interactive docs pages, which need their scripts, get a
  policy that allows exactly those);
- ``Referrer-Policy: no-referrer``.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any, Final

__all__ = ["API_POLICY", "SecurityHeaders"]

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

API_POLICY: Final = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'"
#: FastAPI's /docs and /redoc pages load their scripts, styles and logo from a CDN.
_DOCS_POLICY: Final = (
    "default-src 'none'; script-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net; "
    "style-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net https://fonts.googleapis.com; "
    "font-src https://fonts.gstatic.com; img-src 'self' data: https://fastapi.tiangolo.com; "
    "connect-src 'self'; worker-src blob:; frame-ancestors 'none'; base-uri 'none'"
)
_DOCS_PATHS: Final = frozenset({"/docs", "/redoc", "/docs/oauth2-redirect"})


class SecurityHeaders:
    """ASGI middleware: adds the headers to every HTTP answer, replacing none already set."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        policy = _DOCS_POLICY if scope.get("path") in _DOCS_PATHS else API_POLICY
        extra = [
            (b"cache-control", b"no-store"),
            (b"x-content-type-options", b"nosniff"),
            (b"content-security-policy", policy.encode("ascii")),
            (b"referrer-policy", b"no-referrer"),
        ]

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {name.lower() for name, _ in headers}
                headers += [(name, value) for name, value in extra if name not in present]
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_headers)
