"""The exceptions of the vault and of backup encryption.

The UI translates by exception type; the messages name the cause for developers. No message
ever contains a passphrase, a recovery code or key material.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from coach_app.security.codes import CodeError

__all__ = [
    "BackupCorrupt",
    "BackupError",
    "InvalidOrgKey",
    "NoOrgSlot",
    "TooManyAttempts",
    "VaultCorrupt",
    "VaultError",
    "VaultExists",
    "VaultLocked",
    "VaultMissing",
    "WrongPassphrase",
    "WrongRecoveryCode",
]


class VaultError(Exception):
    """Base class of every error raised by the vault."""


class WrongPassphrase(VaultError):
    """The passphrase does not open the vault."""

    def __init__(self) -> None:
        super().__init__("the passphrase does not open the vault")


class WrongRecoveryCode(VaultError):
    """The recovery code is malformed or does not open the vault.

    ``malformed`` is the ``CodeError`` when the text cannot be a recovery code at all (nothing
    was tried); ``typo`` is True when a well-formed code failed its check symbols and did not
    open the vault either (a mistyped symbol, most likely); otherwise the code is well formed
    but belongs to another vault or was replaced by a newer code.
    """

    def __init__(
        self, message: str, *, malformed: CodeError | None = None, typo: bool = False
    ) -> None:
        self.malformed = malformed
        self.typo = typo
        super().__init__(message)


class VaultCorrupt(VaultError):
    """The vault file is damaged, tampered with, or in an unknown format."""


class VaultLocked(VaultError):
    """The operation needs an unlocked vault."""

    def __init__(self, message: str = "the vault is locked") -> None:
        super().__init__(message)


class VaultMissing(VaultError):
    """There is no vault file in the data folder."""


class VaultExists(VaultError):
    """A vault file already exists where a new one was to be created."""


class NoOrgSlot(VaultError):
    """The vault has no organisation slot, so the organisation key cannot open it."""

    def __init__(self) -> None:
        super().__init__("the vault has no organisation slot")


class InvalidOrgKey(VaultError):
    """An organisation key is garbled, of the wrong type, or not the one this vault uses."""


class TooManyAttempts(VaultError):
    """Too many wrong passphrases or recovery codes: wait ``retry_after_seconds``."""

    def __init__(self, retry_after_seconds: float) -> None:
        self.retry_after_seconds = retry_after_seconds
        super().__init__(f"too many wrong attempts; try again in {retry_after_seconds:.1f} seconds")


class BackupError(Exception):
    """Base class of the errors raised by backup encryption."""


class BackupCorrupt(BackupError):
    """The backup file is damaged, truncated, tampered with, or was made with another key."""
