"""Recovery codes: 32 Crockford base32 symbols, shown as 8 groups of 4 (see ``codes``).

A new code carries 150 random bits and a CRC-10 of them (``codes.RECOVERY_CODE``); codes made
before the check existed carry 160 random bits and still open their vault. The key of the
recovery slot is derived from the code's 20 bytes, whichever kind it is.
"""

from __future__ import annotations

from coach_app.security.codes import (
    RECOVERY_CODE,
    CodeError,
    ParsedCode,
    format_symbols,
    new_recovery_code_bytes,
    parse_code,
)
from coach_app.security.errors import WrongRecoveryCode

__all__ = [
    "RECOVERY_CODE_BYTES",
    "format_recovery_code",
    "new_recovery_code",
    "parse_recovery_code",
    "parse_recovery_code_checked",
]

RECOVERY_CODE_BYTES = 20  # 32 base32 symbols of 5 bits


def new_recovery_code() -> bytes:
    """Return the raw bytes of a fresh random recovery code (150 random bits and a check)."""
    return new_recovery_code_bytes()


def format_recovery_code(raw: bytes) -> str:
    """Render raw code bytes for reading aloud and printing, e.g. ``ABCD-EFGH-...``."""
    if len(raw) != RECOVERY_CODE_BYTES:
        raise ValueError(f"a recovery code has {RECOVERY_CODE_BYTES} bytes")
    number = int.from_bytes(raw, "big")
    length = RECOVERY_CODE.length
    symbols = "".join(
        RECOVERY_CODE.alphabet[(number >> (5 * (length - 1 - index))) & 31]
        for index in range(length)
    )
    return format_symbols(symbols, RECOVERY_CODE)


def parse_recovery_code_checked(text: str) -> ParsedCode:
    """What the user typed as a parsed code; ``WrongRecoveryCode`` (with ``malformed`` set)
    if it cannot be a recovery code. The message never repeats the text."""
    try:
        return parse_code(text, RECOVERY_CODE)
    except CodeError as error:
        raise WrongRecoveryCode(str(error), malformed=error) from None


def parse_recovery_code(text: str) -> bytes:
    """Turn what the user typed back into the raw code bytes (``WrongRecoveryCode``)."""
    return parse_recovery_code_checked(text).to_bytes()
