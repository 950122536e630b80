"""The rekey protocol: prepare (pending key in every slot), finish or cancel."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach_app.security import (
    KdfParams,
    Vault,
    VaultError,
    WrongRecoveryCode,
    generate_org_keypair,
)

PASSPHRASE = "paard batterij nietje 42"  # as in conftest.py


@pytest.fixture
def org_vault(tmp_path: Path, fast_kdf: KdfParams) -> tuple[Path, Vault, str, bytes]:
    private_pem, public_pem = generate_org_keypair(None)
    vault, code = Vault.create(tmp_path, PASSPHRASE, org_public_key_pem=public_pem, kdf=fast_kdf)
    return tmp_path, vault, code, private_pem


def unlock_all_ways(folder: Path, passphrase: str, code: str, private_pem: bytes) -> list[Vault]:
    vaults = [Vault.load(folder) for _ in range(3)]
    vaults[0].unlock(passphrase)
    vaults[1].unlock_with_recovery_code(code)
    vaults[2].unlock_with_org_key(private_pem)
    return vaults


def test_prepare_persists_a_pending_key_reachable_from_every_slot(
    org_vault: tuple[Path, Vault, str, bytes],
) -> None:
    folder, vault, old_code, private_pem = org_vault
    old_key = bytes(vault.dek)
    pending, new_code = vault.prepare_rekey("na inbraak")
    assert vault.pending_dek is pending
    assert len(pending) == 32
    assert bytes(pending) != old_key
    assert bytes(vault.dek) == old_key
    for reopened in unlock_all_ways(folder, "na inbraak", new_code, private_pem):
        assert bytes(reopened.dek) == old_key
        assert reopened.pending_dek == pending
        assert reopened.key_generation == 1
    with pytest.raises(WrongRecoveryCode):  # the possibly compromised code is replaced
        Vault.load(folder).unlock_with_recovery_code(old_code)
    with pytest.raises(VaultError, match="already pending"):
        vault.prepare_rekey("x")


def test_finish_makes_the_pending_key_current_everywhere(
    org_vault: tuple[Path, Vault, str, bytes],
) -> None:
    folder, vault, _, private_pem = org_vault
    old_key = vault.dek
    pending, code = vault.prepare_rekey(PASSPHRASE)
    new_key = bytes(pending)
    # A crash after PRAGMA rekey: the next session finishes from a freshly loaded vault.
    restarted = Vault.load(folder)
    restarted.unlock(PASSPHRASE)
    restarted.finish_rekey()
    assert bytes(restarted.dek) == new_key
    assert restarted.pending_dek is None
    assert restarted.key_generation == 2
    for reopened in unlock_all_ways(folder, PASSPHRASE, code, private_pem):
        assert bytes(reopened.dek) == new_key
        assert reopened.pending_dek is None
    with pytest.raises(VaultError, match="no rekey"):
        restarted.finish_rekey()
    vault.finish_rekey()  # the first session finishing too is harmless: same content
    assert old_key == bytearray(32)  # the old key was zeroed in place


def test_cancel_drops_the_pending_key(org_vault: tuple[Path, Vault, str, bytes]) -> None:
    folder, vault, _, private_pem = org_vault
    old_key = bytes(vault.dek)
    pending, code = vault.prepare_rekey(PASSPHRASE)
    vault.cancel_rekey()
    assert pending == bytearray(32)
    for reopened in unlock_all_ways(folder, PASSPHRASE, code, private_pem):
        assert bytes(reopened.dek) == old_key
        assert reopened.pending_dek is None


def test_slot_changes_during_a_pending_rekey_keep_both_keys(
    org_vault: tuple[Path, Vault, str, bytes],
) -> None:
    folder, vault, _, _ = org_vault
    pending, _ = vault.prepare_rekey(PASSPHRASE)
    vault.change_passphrase("tijdens rekey")
    code = vault.new_recovery_code()
    for unlock in (
        lambda v: v.unlock("tijdens rekey"),
        lambda v: v.unlock_with_recovery_code(code),
    ):
        reopened = Vault.load(folder)
        unlock(reopened)
        assert reopened.dek == vault.dek
        assert reopened.pending_dek == pending


def test_lock_zeroes_the_pending_key_too(org_vault: tuple[Path, Vault, str, bytes]) -> None:
    _, vault, _, _ = org_vault
    pending, _ = vault.prepare_rekey(PASSPHRASE)
    vault.lock()
    assert pending == bytearray(32)
