"""Secrets: device and leader tokens, enrolment codes, leader password hashes.

Tokens and codes are random (256 and 80 bits), so a plain SHA-256 of them is what the
database keeps. Leader passwords are hashed with Argon2id (PHC string, per-hash salt).
"""

from __future__ import annotations

import hashlib
import os
import secrets
import unicodedata

from cryptography.exceptions import InvalidKey
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

__all__ = [
    "canonical_enrolment_code",
    "generate_enrolment_code",
    "generate_token",
    "hash_password",
    "hash_secret",
    "phc_prefix",
    "verify_password",
]

_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no I, O, 0, 1: read aloud safely


def generate_token() -> str:
    """A 256-bit random bearer token, URL-safe."""
    return secrets.token_urlsafe(32)


def generate_enrolment_code() -> str:
    """16 characters (80 bits) in four groups of four, e.g. ``K7QM-4XZP-9RTA-BC3D``."""
    chars = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(16))
    return "-".join(chars[i : i + 4] for i in range(0, 16, 4))


def canonical_enrolment_code(text: str) -> str | None:
    """The code as made (``XXXX-XXXX-XXXX-XXXX``) from what someone typed, or None when it
    cannot be one. Accepts the same forms as the app's parser (``coach_app.security.codes``;
    a test holds the two to the same examples): any case (Turkish dotless i too), Unicode
    compatibility forms (NFKC: full-width letters), and separators anywhere (whitespace of any
    kind, line breaks, every dash, zero-width characters, ``_`` and ``.``)."""
    symbols = []
    for char in unicodedata.normalize("NFKC", text):
        if char.isspace() or char in "\u2212_." or unicodedata.category(char) in _SEPARATORS:
            continue
        upper = char.upper()
        if upper not in _CODE_ALPHABET:
            return None
        symbols.append(upper)
    if len(symbols) != 16:
        return None
    joined = "".join(symbols)
    return "-".join(joined[i : i + 4] for i in range(0, 16, 4))


#: Unicode categories of separators: dashes, spaces, line and paragraph breaks, format
#: characters (soft hyphen, zero-width space, byte-order mark).
_SEPARATORS = frozenset({"Pd", "Zs", "Zl", "Zp", "Cf"})


def hash_secret(value: str) -> str:
    """SHA-256 (hex) of a random token or code: what the database stores and looks up."""
    return hashlib.sha256(value.encode("utf-8")).hexdigest()


def hash_password(password: str, *, memory_kib: int, iterations: int) -> str:
    """An Argon2id PHC string (128-bit salt, 4 lanes, 256-bit output)."""
    kdf = Argon2id(
        salt=os.urandom(16), length=32, iterations=iterations, lanes=4, memory_cost=memory_kib
    )
    return kdf.derive_phc_encoded(password.encode("utf-8"))


def phc_prefix(*, memory_kib: int, iterations: int) -> str:
    """The start of a PHC string made by `hash_password` with these parameters."""
    return f"$argon2id$v=19$m={memory_kib},t={iterations},p=4$"


def verify_password(password: str, phc_encoded: str) -> bool:
    """Whether ``password`` matches the stored PHC string (constant-time comparison inside)."""
    try:
        Argon2id.verify_phc_encoded(password.encode("utf-8"), phc_encoded)
    except (InvalidKey, ValueError):
        return False
    return True
