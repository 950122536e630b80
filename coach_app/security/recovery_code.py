"""Recovery codes: 160 random bits in Crockford base32, shown as 8 groups of 4 characters.

Input is accepted case-insensitively, with or without dashes and spaces, with the usual
Crockford confusions (O reads as 0, I and L read as 1).
"""

from __future__ import annotations

import secrets

from coach_app.security.errors import WrongRecoveryCode

__all__ = [
    "RECOVERY_CODE_BYTES",
    "format_recovery_code",
    "new_recovery_code",
    "parse_recovery_code",
]

RECOVERY_CODE_BYTES = 20  # 160 bits = 32 base32 symbols
_SYMBOLS = RECOVERY_CODE_BYTES * 8 // 5
_GROUP = 4
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_DECODE = {char: value for value, char in enumerate(_ALPHABET)}
_DECODE.update({"O": 0, "I": 1, "L": 1})
_IGNORED = str.maketrans("", "", "- \t")


def new_recovery_code() -> bytes:
    """Return the raw bytes of a fresh random recovery code."""
    return secrets.token_bytes(RECOVERY_CODE_BYTES)


def format_recovery_code(raw: bytes) -> str:
    """Render raw code bytes for reading aloud and printing, e.g. ``ABCD-EFGH-...``."""
    if len(raw) != RECOVERY_CODE_BYTES:
        raise ValueError(f"a recovery code has {RECOVERY_CODE_BYTES} bytes")
    number = int.from_bytes(raw, "big")
    symbols = "".join(
        _ALPHABET[(number >> (5 * (_SYMBOLS - 1 - index))) & 31] for index in range(_SYMBOLS)
    )
    return "-".join(symbols[start : start + _GROUP] for start in range(0, _SYMBOLS, _GROUP))


def parse_recovery_code(text: str) -> bytes:
    """Turn what the user typed back into the raw code bytes.

    Raises ``WrongRecoveryCode`` if the text cannot be a recovery code (the message never
    repeats the text).
    """
    compact = text.upper().translate(_IGNORED)
    if len(compact) != _SYMBOLS:
        raise WrongRecoveryCode(f"the recovery code is malformed: it has {_SYMBOLS} characters")
    number = 0
    for char in compact:
        value = _DECODE.get(char)
        if value is None:
            raise WrongRecoveryCode("the recovery code is malformed: it has an invalid character")
        number = (number << 5) | value
    return number.to_bytes(RECOVERY_CODE_BYTES, "big")
