"""Commands for IT staff: make the organisation's recovery key pair, recover a device's data.

The private key never lives on a coach's laptop; IT keeps it offline and uses it with
``coach-app recover`` to set a new passphrase when a coach has lost both passphrase and code.
"""

from __future__ import annotations

import getpass
import os
import sys
from collections.abc import Callable
from pathlib import Path

from coach_app.paths import DataFolder
from coach_app.security import Vault, VaultError, generate_org_keypair

MIN_PASSPHRASE_LENGTH = 10


class AdminError(Exception):
    """A problem the IT person can fix; the message says what, in plain words."""


def _read_secret(prompt: str, reader: Callable[[str], str] | None) -> str:
    if reader is not None:
        return reader(prompt)
    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    line = sys.stdin.readline()
    if not line:
        raise AdminError("Expected a line on standard input, found none.")
    return line.rstrip("\n")


def org_keygen(out_dir: Path, *, reader: Callable[[str], str] | None = None) -> tuple[Path, Path]:
    """Write organisation-recovery.pem (private, optionally encrypted) and its public key."""
    out_dir.mkdir(parents=True, exist_ok=True)
    private_path = out_dir / "organisation-recovery-private.pem"
    public_path = out_dir / "organisation-recovery-public.pem"
    if private_path.exists() or public_path.exists():
        raise AdminError(f"A key pair already exists in {out_dir}; refusing to overwrite it.")
    password = _read_secret("Password for the private key (empty for none): ", reader)
    private_pem, public_pem = generate_org_keypair(password.encode() if password else None)
    fd = os.open(private_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(private_pem)
    public_path.write_bytes(public_pem)
    return private_path, public_path


def recover(data_dir: Path, org_key: Path, *, reader: Callable[[str], str] | None = None) -> None:
    """Open a device's vault with the organisation's private key and set a new passphrase."""
    folder = DataFolder(data_dir)
    if not Vault.exists(folder.root):
        raise AdminError(f"There is no Coach Companion data in {data_dir} (no vault.json).")
    try:
        private_pem = org_key.read_bytes()
    except OSError as exc:
        raise AdminError(f"The organisation key {org_key} cannot be read.") from exc
    vault = Vault.load(folder.root)
    password: bytes | None = None
    if b"ENCRYPTED" in private_pem:
        password = _read_secret("Password of the organisation key: ", reader).encode()
    vault.unlock_with_org_key(private_pem, password)
    try:
        first = _read_secret("New passphrase for this laptop: ", reader)
        if len(first) < MIN_PASSPHRASE_LENGTH:
            raise AdminError(
                f"The passphrase needs at least {MIN_PASSPHRASE_LENGTH} characters; "
                "nothing was changed."
            )
        second = _read_secret("Repeat the new passphrase: ", reader)
        if first != second:
            raise AdminError("The two passphrases are not the same; nothing was changed.")
        vault.set_passphrase_after_recovery(first)
    finally:
        vault.lock()


__all__ = ["AdminError", "VaultError", "org_keygen", "recover"]
