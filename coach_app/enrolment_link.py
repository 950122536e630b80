"""The enrolment link: a server address and an enrolment code in one line (and one QR code).

A project leader's Devices tab shows, beside the enrolment code, a link and its QR code::

    coachcompanion://enrol?server=https%3A%2F%2Fcoach.example.org&code=ABCD-EFGH-JKLM-NPQR

- scheme ``coachcompanion``, host ``enrol`` (both compared without regard to case);
- ``server``: the server's address, ``http`` or ``https`` with a host, percent-encoded
  (RFC 3986 query component, as :func:`urllib.parse.urlencode` writes it);
- ``code``: the single-use enrolment code exactly as the server made it; this module does not
  clean it up (the enrolment form's lenient code parsing does, once, for typed and linked codes).

The coach's app reads the link when it is pasted into the enrolment form, or from a picture of
the QR code (a screenshot or a photo saved as an image file). Parsing is lenient about what
pasting and e-mail do to a link: text around it (a sentence, ``<...>``, quotes, a full stop),
no-break and zero-width spaces, and a link broken over lines (tried when the link on one line
is incomplete). The code is a credential: it is never logged.

No Qt here: the caller turns an image into 8-bit luminance rows (the UI uses QImage) and
:func:`read_enrolment_qr` decodes them with zxing-cpp.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final
from urllib.parse import parse_qs, urlencode, urlsplit

__all__ = [
    "SCHEME",
    "EnrolmentLink",
    "EnrolmentLinkError",
    "NoQrCode",
    "find_enrolment_link",
    "make_enrolment_link",
    "parse_enrolment_link",
    "read_enrolment_qr",
]

#: The link's scheme; its host part is ``enrol``.
SCHEME: Final = "coachcompanion"
_HOST: Final = "enrol"
#: Longest code accepted from a link (the server's codes are 19 characters).
MAX_CODE_LENGTH: Final = 64
# Zero-width spaces and joiners, byte-order marks: pasting adds them inside a link.
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
# A line break with the next line's indentation or e-mail quote marks.
_LINE_BREAK = re.compile(r"[ \t\u00a0]*\r?\n[ \t\u00a0>]*")
_LINK = re.compile(re.escape(SCHEME) + r"://[^\s<>\"'()]+", re.IGNORECASE)


class EnrolmentLinkError(ValueError):
    """The text or picture is not an enrolment link; the message says what is wrong."""


class NoQrCode(EnrolmentLinkError):
    """The picture holds no readable QR code."""


@dataclass(frozen=True)
class EnrolmentLink:
    """A server address (``http(s)://host[:port][/path]``, no trailing slash) and a code."""

    server_url: str
    code: str

    def __repr__(self) -> str:  # the code is a credential: keep it out of logs and tracebacks
        return f"EnrolmentLink(server_url={self.server_url!r}, code=<hidden>)"


def _server(url: str) -> str:
    url = url.strip().rstrip("/")
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise EnrolmentLinkError("the link's server address is not an http(s) address")
    return url


def make_enrolment_link(server_url: str, code: str) -> str:
    """The link for ``code`` on the server at ``server_url``.

    Raises :class:`EnrolmentLinkError` when the address is not http(s) or the code is empty.
    """
    code = code.strip()
    if not code or len(code) > MAX_CODE_LENGTH:
        raise EnrolmentLinkError("an enrolment link needs a code")
    return f"{SCHEME}://{_HOST}?" + urlencode({"server": _server(server_url), "code": code})


def parse_enrolment_link(text: str) -> EnrolmentLink:
    """The server address and code of a pasted or scanned link.

    ``text`` may carry the link within other text (an e-mail's sentence, angle brackets) and
    may be broken over lines. Raises :class:`EnrolmentLinkError` for anything else.
    """
    visible = _INVISIBLE.sub("", text).replace("\u00a0", " ")
    try:
        return _parse_one_line(visible)
    except EnrolmentLinkError:
        joined = _LINE_BREAK.sub("", visible)
        if joined == visible:
            raise
        return _parse_one_line(joined)


def _parse_one_line(text: str) -> EnrolmentLink:
    found = _LINK.search(text)
    if found is None:
        raise EnrolmentLinkError("the text holds no enrolment link")
    parts = urlsplit(found.group(0).rstrip(".,;:!?"))
    if parts.netloc.lower() != _HOST or parts.path not in ("", "/"):
        raise EnrolmentLinkError("the link is not an enrolment link")
    query = parse_qs(parts.query, keep_blank_values=True)
    servers, codes = query.get("server", []), query.get("code", [])
    if len(servers) != 1 or len(codes) != 1:
        raise EnrolmentLinkError("the link needs exactly one server address and one code")
    code = codes[0].strip()
    if not code or len(code) > MAX_CODE_LENGTH:
        raise EnrolmentLinkError("the link's code is empty or too long")
    return EnrolmentLink(_server(servers[0]), code)


def find_enrolment_link(text: str) -> EnrolmentLink | None:
    """Like :func:`parse_enrolment_link`, but None when ``text`` is not a usable link."""
    try:
        return parse_enrolment_link(text)
    except EnrolmentLinkError:
        return None


def read_enrolment_qr(luminance: bytes, width: int, height: int) -> EnrolmentLink:
    """The enrolment link in a picture given as ``height`` rows of ``width`` 8-bit grey values.

    Every QR code in the picture is tried; the first that holds an enrolment link wins.
    Raises :class:`NoQrCode` when no QR code can be read, :class:`EnrolmentLinkError` when the
    QR codes found hold no enrolment link, ValueError when the sizes do not match the data.
    """
    if width <= 0 or height <= 0 or len(luminance) != width * height:
        raise ValueError(f"{len(luminance)} bytes are not {height} rows of {width} pixels")
    import zxingcpp  # a compiled wheel: loaded only when a picture is read

    pixels = memoryview(luminance).cast("B", shape=[height, width])
    found = zxingcpp.read_barcodes(
        pixels, formats=zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode)
    )
    if not found:
        raise NoQrCode("no QR code can be read in the picture")
    for barcode in found:
        link = find_enrolment_link(barcode.text)
        if link is not None:
            return link
    raise EnrolmentLinkError("the QR code holds no enrolment link")
