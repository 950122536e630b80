"""Fixtures for the vault tests: the 64 MiB KDF floor keeps every derivation near 0.1 s."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach_app.security import KdfParams, Vault

PASSPHRASE = "paard batterij nietje 42"


@pytest.fixture
def fast_kdf() -> KdfParams:
    return KdfParams()


@pytest.fixture
def created(tmp_path: Path, fast_kdf: KdfParams) -> tuple[Path, Vault, str]:
    """A fresh vault in tmp_path: (folder, unlocked vault, recovery code)."""
    vault, code = Vault.create(tmp_path, PASSPHRASE, kdf=fast_kdf)
    return tmp_path, vault, code
