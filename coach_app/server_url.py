"""Which server addresses the app talks to: ``https://`` anywhere, ``http://`` only to this
computer (loopback). Used by the sync engine and by leader mode. Standard library only.

Plain ``http://`` to another host would carry device tokens, leader passwords and session
tokens readable by anyone on the way (OWASP ASVS 4.0 V9.1.1: TLS for all client connectivity).
Loopback (``localhost``, 127.0.0.0/8, ``::1``) never leaves the machine: a server on the same
computer, a local TLS-terminating proxy, tests.
"""

from __future__ import annotations

import ipaddress
from typing import Literal
from urllib.parse import urlsplit

__all__ = ["UrlProblem", "check_server_url", "is_loopback_host"]

#: ``bad_url``: not an http(s) address with a host; ``insecure_url``: ``http://`` to a host
#: that is not this computer.
UrlProblem = Literal["bad_url", "insecure_url"]


def is_loopback_host(host: str) -> bool:
    """``localhost`` (and ``*.localhost``, RFC 6761), 127.0.0.0/8 and ``::1``."""
    host = host.strip("[]").rstrip(".").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_server_url(url: str) -> UrlProblem | None:
    """None when the app may talk to ``url``, else what is wrong with it."""
    try:
        parts = urlsplit(url.strip())
        host = parts.hostname
        parts.port  # noqa: B018 - raises ValueError on a port out of range
    except ValueError:
        return "bad_url"
    if parts.scheme not in ("http", "https") or not host:
        return "bad_url"
    if parts.scheme == "http" and not is_loopback_host(host):
        return "insecure_url"
    return None
