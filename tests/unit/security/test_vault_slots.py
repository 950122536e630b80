"""The vault's slots: create, load, unlock by each slot, change, lock."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach_app.security import (
    InvalidOrgKey,
    KdfParams,
    NoOrgSlot,
    Vault,
    VaultError,
    VaultExists,
    VaultLocked,
    VaultMissing,
    WrongPassphrase,
    WrongRecoveryCode,
    generate_org_keypair,
    load_org_public_key,
)

PASSPHRASE = "paard batterij nietje 42"  # as in conftest.py
VaultSetup = tuple[Path, Vault, str]


def files_of(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir())}


def test_create_then_load_and_unlock_gives_the_same_256_bit_key(created: VaultSetup) -> None:
    folder, vault, _ = created
    assert isinstance(vault.dek, bytearray)
    assert len(vault.dek) == 32
    assert Vault.exists(folder)
    loaded = Vault.load(folder)
    assert loaded.is_locked
    with pytest.raises(VaultLocked):
        _ = loaded.dek
    loaded.unlock(PASSPHRASE)
    assert loaded.dek == vault.dek
    assert loaded.unlocked_by == "passphrase"
    assert loaded.pending_dek is None


def test_two_vaults_have_different_keys(tmp_path: Path, fast_kdf: KdfParams) -> None:
    first, _ = Vault.create(tmp_path / "a", PASSPHRASE, kdf=fast_kdf)
    second, _ = Vault.create(tmp_path / "b", PASSPHRASE, kdf=fast_kdf)
    assert first.dek != second.dek


def test_create_refuses_to_overwrite_and_load_reports_a_missing_vault(
    created: VaultSetup, tmp_path: Path, fast_kdf: KdfParams
) -> None:
    folder, _, _ = created
    before = files_of(folder)
    with pytest.raises(VaultExists):
        Vault.create(folder, "other", kdf=fast_kdf)
    assert files_of(folder) == before
    with pytest.raises(VaultMissing):
        Vault.load(tmp_path / "nowhere")
    assert not Vault.exists(tmp_path / "nowhere")


def test_wrong_passphrase_leaves_every_file_byte_identical(created: VaultSetup) -> None:
    folder, _, _ = created
    before = files_of(folder)
    vault = Vault.load(folder)
    with pytest.raises(WrongPassphrase):
        vault.unlock(PASSPHRASE + " ")
    with pytest.raises(WrongRecoveryCode):
        vault.unlock_with_recovery_code("0" * 32)
    assert vault.is_locked
    assert files_of(folder) == before


def test_passphrase_is_normalised_so_composed_and_decomposed_forms_match(
    tmp_path: Path, fast_kdf: KdfParams
) -> None:
    Vault.create(tmp_path, "cafe\u0301 sürpriz", kdf=fast_kdf)
    Vault.load(tmp_path).unlock("caf\u00e9 sürpriz")


def test_empty_passphrase_is_refused(tmp_path: Path, fast_kdf: KdfParams) -> None:
    with pytest.raises(ValueError, match="empty"):
        Vault.create(tmp_path, "", kdf=fast_kdf)


def test_recovery_code_unlocks_in_any_typing(created: VaultSetup) -> None:
    folder, original, code = created
    for typed in (code, code.lower(), code.replace("-", ""), code.replace("-", " ")):
        vault = Vault.load(folder)
        vault.unlock_with_recovery_code(typed)
        assert vault.dek == original.dek
        assert vault.unlocked_by == "recovery"


def test_change_passphrase_rewraps_the_same_key(created: VaultSetup) -> None:
    folder, vault, code = created
    key = bytes(vault.dek)
    vault.change_passphrase("nieuw wachtwoord")
    assert bytes(vault.dek) == key
    reopened = Vault.load(folder)
    with pytest.raises(WrongPassphrase):
        reopened.unlock(PASSPHRASE)
    reopened.unlock("nieuw wachtwoord")
    assert bytes(reopened.dek) == key
    by_code = Vault.load(folder)
    by_code.unlock_with_recovery_code(code)
    assert bytes(by_code.dek) == key


def test_changing_needs_an_unlocked_vault(created: VaultSetup) -> None:
    folder, _, _ = created
    vault = Vault.load(folder)
    with pytest.raises(VaultLocked):
        vault.change_passphrase("x")
    with pytest.raises(VaultLocked):
        vault.new_recovery_code()
    with pytest.raises(VaultLocked):
        vault.prepare_rekey("x")


def test_new_recovery_code_invalidates_the_old_one(created: VaultSetup) -> None:
    folder, vault, old_code = created
    new_code = vault.new_recovery_code()
    assert new_code != old_code
    with pytest.raises(WrongRecoveryCode):
        Vault.load(folder).unlock_with_recovery_code(old_code)
    reopened = Vault.load(folder)
    reopened.unlock_with_recovery_code(new_code)
    assert reopened.dek == vault.dek


def test_set_passphrase_after_recovery(created: VaultSetup) -> None:
    folder, vault, code = created
    with pytest.raises(VaultError):  # the normal flow uses change_passphrase
        vault.set_passphrase_after_recovery("x")
    recovered = Vault.load(folder)
    recovered.unlock_with_recovery_code(code)
    recovered.set_passphrase_after_recovery("na herstel")
    Vault.load(folder).unlock("na herstel")
    with pytest.raises(WrongPassphrase):
        Vault.load(folder).unlock(PASSPHRASE)


def test_lock_zeroes_the_same_bytearray_in_place(created: VaultSetup) -> None:
    _, vault, _ = created
    key = vault.dek
    assert any(key)
    vault.lock()
    assert vault.is_locked
    assert key == bytearray(32)
    with pytest.raises(VaultLocked):
        _ = vault.dek


def test_org_key_unlocks_and_wrong_or_garbled_keys_are_refused(
    tmp_path: Path, fast_kdf: KdfParams
) -> None:
    private_pem, public_pem = generate_org_keypair(b"it-afdeling")
    assert b"ENCRYPTED PRIVATE KEY" in private_pem
    assert b"BEGIN PUBLIC KEY" in public_pem
    vault, _ = Vault.create(tmp_path, PASSPHRASE, org_public_key_pem=public_pem, kdf=fast_kdf)
    assert vault.has_org_slot

    recovered = Vault.load(tmp_path)
    recovered.unlock_with_org_key(private_pem, b"it-afdeling")
    assert recovered.dek == vault.dek
    assert recovered.unlocked_by == "organisation"
    recovered.set_passphrase_after_recovery("door IT hersteld")
    Vault.load(tmp_path).unlock("door IT hersteld")

    with pytest.raises(InvalidOrgKey):
        Vault.load(tmp_path).unlock_with_org_key(private_pem, b"wrong password")
    other_private, _ = generate_org_keypair(None)
    with pytest.raises(InvalidOrgKey):
        Vault.load(tmp_path).unlock_with_org_key(other_private)
    with pytest.raises(InvalidOrgKey):
        Vault.load(tmp_path).unlock_with_org_key(b"-----BEGIN PRIVATE KEY-----\ngarbage\n")


def test_org_key_on_a_vault_without_org_slot(created: VaultSetup) -> None:
    folder, _, _ = created
    private_pem, _ = generate_org_keypair(None)
    with pytest.raises(NoOrgSlot):
        Vault.load(folder).unlock_with_org_key(private_pem)


@pytest.mark.parametrize(
    "pem",
    [
        b"",
        b"not a key",
        b"-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n",
        # A valid Ed25519 public key is not an X25519 key.
        b"-----BEGIN PUBLIC KEY-----\n"
        b"MCowBQYDK2VwAyEAGb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE=\n"
        b"-----END PUBLIC KEY-----\n",
    ],
)
def test_load_org_public_key_rejects_wrong_or_garbled_keys(
    pem: bytes, tmp_path: Path, fast_kdf: KdfParams
) -> None:
    with pytest.raises(InvalidOrgKey):
        load_org_public_key(pem)
    with pytest.raises(InvalidOrgKey):
        Vault.create(tmp_path, PASSPHRASE, org_public_key_pem=pem, kdf=fast_kdf)
    assert not Vault.exists(tmp_path)


def test_load_org_public_key_accepts_str_pem() -> None:
    _, public_pem = generate_org_keypair(None)
    load_org_public_key(public_pem.decode("ascii"))


def test_no_secret_in_messages_or_reprs(tmp_path: Path, fast_kdf: KdfParams) -> None:
    _, public_pem = generate_org_keypair(None)
    vault, code = Vault.create(tmp_path, PASSPHRASE, org_public_key_pem=public_pem, kdf=fast_kdf)
    secrets = [PASSPHRASE, code, code.replace("-", ""), vault.dek.hex(), repr(bytes(vault.dek))]
    texts = [repr(vault), str(vault)]
    reopened = Vault.load(tmp_path)
    texts.append(repr(reopened._loaded))
    for attempt in (
        lambda: reopened.unlock("nope " + PASSPHRASE[:3]),
        lambda: reopened.unlock_with_recovery_code(code[:-1] + ("0" if code[-1] != "0" else "1")),
        lambda: reopened.unlock_with_recovery_code(code + "X"),
    ):
        with pytest.raises(VaultError) as caught:
            attempt()
        texts.append(str(caught.value))
        texts.append(repr(caught.value))
    for text in texts:
        for secret in secrets:
            assert secret not in text
