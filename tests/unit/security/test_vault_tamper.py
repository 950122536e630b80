"""A damaged or tampered vault file always gives a VaultError, never a key."""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from coach_app.security import (
    KdfParams,
    Vault,
    VaultCorrupt,
    VaultError,
    generate_org_keypair,
)
from coach_app.security._document import canonical_bytes, serialise

PASSPHRASE = "paard batterij nietje 42"  # as in conftest.py


@pytest.fixture
def full_vault(tmp_path: Path, fast_kdf: KdfParams) -> tuple[Path, bytes, str, bytes]:
    """A vault with all three slots and a pending rekey: (folder, dek, code, org private pem)."""
    private_pem, public_pem = generate_org_keypair(None)
    vault, _ = Vault.create(tmp_path, PASSPHRASE, org_public_key_pem=public_pem, kdf=fast_kdf)
    _, code = vault.prepare_rekey(PASSPHRASE)
    return tmp_path, bytes(vault.dek), code, private_pem


def try_every_unlock(folder: Path, code: str, private_pem: bytes, with_passphrase: bool) -> None:
    """Each unlock must fail with a VaultError; returning normally is a test failure."""
    attempts = [
        lambda vault: vault.unlock_with_recovery_code(code),
        lambda vault: vault.unlock_with_org_key(private_pem),
    ]
    if with_passphrase:
        attempts.append(lambda vault: vault.unlock(PASSPHRASE))
    for attempt in attempts:
        with pytest.raises(VaultError):
            attempt(Vault.load(folder))


def test_flipping_any_single_byte_is_reported_on_load(
    full_vault: tuple[Path, bytes, str, bytes],
) -> None:
    folder, _, code, _ = full_vault
    path = folder / "vault.json"
    original = path.read_bytes()
    assert len(original) > 1500
    for position in range(len(original)):
        for mask in (0x01, 0x20):
            damaged = bytearray(original)
            damaged[position] ^= mask
            path.write_bytes(bytes(damaged))
            with pytest.raises(VaultError):
                Vault.load(folder).unlock_with_recovery_code(code)
    path.write_bytes(original)
    Vault.load(folder).unlock_with_recovery_code(code)


@pytest.mark.parametrize("damage", [b"", b"{}", b"[]", b"null", b"\xff\xfe", b"{" * 5000])
def test_garbage_files_are_reported_as_damaged(created, damage: bytes) -> None:  # type: ignore[no-untyped-def]
    folder, _, _ = created
    (folder / "vault.json").write_bytes(damage)
    with pytest.raises(VaultCorrupt):
        Vault.load(folder)


def rewrite(path: Path, content: dict[str, Any]) -> None:
    """Write ``content`` with a valid checksum, as a deliberate attacker would."""
    content = {key: value for key, value in content.items() if key != "checksum"}
    content["checksum"] = hashlib.sha256(canonical_bytes(content)).hexdigest()
    path.write_bytes(serialise(content))


def leaves(value: Any, trail: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    if isinstance(value, dict):
        for key, child in value.items():
            yield from leaves(child, (*trail, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from leaves(child, (*trail, index))
    else:
        yield trail


def mutated(value: Any) -> Any:
    if isinstance(value, bool) or value is None:
        return 7
    if isinstance(value, int):
        return value + 1024 if value >= 65536 else value + 1
    assert isinstance(value, str)
    try:
        raw = bytearray(base64.b64decode(value, validate=True))
    except ValueError:
        return value[:-1] + ("0" if value[-1] != "0" else "1")
    raw[len(raw) // 2] ^= 0x01
    return base64.b64encode(bytes(raw)).decode("ascii")


def test_editing_any_field_with_a_recomputed_checksum_never_unlocks(
    full_vault: tuple[Path, bytes, str, bytes],
) -> None:
    folder, _, code, private_pem = full_vault
    path = folder / "vault.json"
    original = json.loads(path.read_bytes())
    trails = [trail for trail in leaves(original) if trail != ("checksum",)]
    assert len(trails) > 30
    for trail in trails:
        content = json.loads(json.dumps(original))
        parent = content
        for step in trail[:-1]:
            parent = parent[step]
        parent[trail[-1]] = mutated(parent[trail[-1]])
        rewrite(path, content)
        in_passphrase_slot = (
            trail[:2] == ("slots", 0) and original["slots"][0]["type"] == "passphrase"
        )
        try_every_unlock(folder, code, private_pem, with_passphrase=in_passphrase_slot)
    rewrite(path, original)
    Vault.load(folder).unlock(PASSPHRASE)


def test_swapping_slot_wraps_is_detected(full_vault: tuple[Path, bytes, str, bytes]) -> None:
    folder, _, code, private_pem = full_vault
    path = folder / "vault.json"
    content = json.loads(path.read_bytes())
    for slot in content["slots"]:
        wraps = slot["wraps"]
        wraps["current"], wraps["pending"] = wraps["pending"], wraps["current"]
    rewrite(path, content)
    try_every_unlock(folder, code, private_pem, with_passphrase=True)


def test_unknown_version_is_refused(created) -> None:  # type: ignore[no-untyped-def]
    folder, _, _ = created
    path = folder / "vault.json"
    content = json.loads(path.read_bytes())
    content["version"] = 2
    rewrite(path, content)
    with pytest.raises(VaultCorrupt, match="unknown format"):
        Vault.load(folder)


def test_huge_kdf_cost_in_a_forged_file_is_refused_before_deriving(created) -> None:  # type: ignore[no-untyped-def]
    folder, _, _ = created
    path = folder / "vault.json"
    content = json.loads(path.read_bytes())
    for slot in content["slots"]:
        if slot["type"] == "passphrase":
            slot["params"]["memory_kib"] = 64 * 1024 * 1024
    rewrite(path, content)
    with pytest.raises(VaultCorrupt):
        Vault.load(folder)


def test_stray_temp_files_do_not_prevent_opening(created) -> None:  # type: ignore[no-untyped-def]
    folder, vault, _ = created
    (folder / ".vault.json.abc123.tmp").write_bytes(b"half written")
    Vault.load(folder).unlock(PASSPHRASE)
    vault.change_passphrase("nieuw")
    assert sorted(path.name for path in folder.iterdir()) == ["vault.json"]
