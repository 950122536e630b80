"""Argon2id parameters, calibration and the passphrase key derivation.

``KdfParams`` holds what is stored in the passphrase slot besides the salt. Memory is never
below 64 MiB (``MIN_MEMORY_KIB``) nor above 1 GiB (``MAX_MEMORY_KIB``); ``calibrate_kdf``
picks the memory so that one derivation takes about ``target_seconds`` on this machine.
"""

from __future__ import annotations

import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

__all__ = [
    "DEFAULT_ITERATIONS",
    "DEFAULT_LANES",
    "MAX_MEMORY_KIB",
    "MIN_MEMORY_KIB",
    "SALT_BYTES",
    "KdfParams",
    "calibrate_kdf",
    "derive_passphrase_key",
    "encode_passphrase",
]

MIN_MEMORY_KIB = 64 * 1024
MAX_MEMORY_KIB = 1024 * 1024
DEFAULT_ITERATIONS = 3
DEFAULT_LANES = 4
MAX_ITERATIONS = 16
MAX_LANES = 16
SALT_BYTES = 16
KEY_BYTES = 32


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost parameters. Raises ``ValueError`` for values outside the allowed range."""

    memory_kib: int = MIN_MEMORY_KIB
    iterations: int = DEFAULT_ITERATIONS
    lanes: int = DEFAULT_LANES

    def __post_init__(self) -> None:
        for name in ("memory_kib", "iterations", "lanes"):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool):
                raise ValueError(f"KdfParams.{name} must be an integer")
        if not MIN_MEMORY_KIB <= self.memory_kib <= MAX_MEMORY_KIB:
            raise ValueError(
                f"Argon2id memory must be between {MIN_MEMORY_KIB} and {MAX_MEMORY_KIB} KiB"
            )
        if not 1 <= self.iterations <= MAX_ITERATIONS:
            raise ValueError(f"Argon2id iterations must be between 1 and {MAX_ITERATIONS}")
        if not 1 <= self.lanes <= MAX_LANES:
            raise ValueError(f"Argon2id lanes must be between 1 and {MAX_LANES}")


def encode_passphrase(passphrase: str) -> bytes:
    """NFC-normalise and UTF-8 encode, so the same visible text always gives the same bytes."""
    if not isinstance(passphrase, str):
        raise TypeError("the passphrase must be a str")
    if not passphrase:
        raise ValueError("the passphrase must not be empty")
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def derive_passphrase_key(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    """Derive the 256-bit key that wraps the data key in the passphrase slot."""
    kdf = Argon2id(
        salt=salt,
        length=KEY_BYTES,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(encode_passphrase(passphrase))


def calibrate_kdf(
    target_seconds: float = 0.5,
    *,
    max_memory_kib: int = MAX_MEMORY_KIB,
    clock: Callable[[], float] = time.perf_counter,
) -> KdfParams:
    """Choose Argon2id memory so that one derivation takes about ``target_seconds``.

    One probe runs at the 64 MiB floor; the time of a derivation grows linearly with memory,
    so the memory is scaled to the target, rounded down to whole MiB and clamped to
    ``[MIN_MEMORY_KIB, max_memory_kib]``.
    """
    if target_seconds <= 0:
        raise ValueError("target_seconds must be positive")
    max_memory_kib = min(max_memory_kib, MAX_MEMORY_KIB)
    probe = KdfParams(memory_kib=MIN_MEMORY_KIB)
    started = clock()
    derive_passphrase_key("calibration", bytes(SALT_BYTES), probe)
    elapsed = clock() - started
    if elapsed <= 0:
        return KdfParams(memory_kib=max_memory_kib)
    scaled = int(MIN_MEMORY_KIB * target_seconds / elapsed) // 1024 * 1024
    return KdfParams(memory_kib=max(MIN_MEMORY_KIB, min(scaled, max_memory_kib)))
