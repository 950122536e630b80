"""The vault file: its data model, strict parsing, canonical bytes, checksum and MAC.

File layout (``vault.json``, UTF-8/ASCII JSON, keys sorted, 2-space indent, final newline)::

    {
      "format": "coach-companion-vault", "version": 1,
      "key_generation": 1,            # generation of the current data key
      "pending_generation": null,     # key_generation + 1 while a rekey is pending
      "slots": [
        {"id": hex, "type": "passphrase",
         "params": {"kdf": "argon2id", "salt": b64, "memory_kib": int, "iterations": int,
                    "lanes": int},
         "wraps": {"current": {"nonce": b64, "ciphertext": b64}, "pending": {...}?}},
        {"id": hex, "type": "recovery", "params": {"salt": b64}, "wraps": {...}},
        {"id": hex, "type": "organisation", "params": {"public_key": b64},
         "wraps": {"current": {"ephemeral_public_key": b64, "salt": b64, "nonce": b64,
                               "ciphertext": b64}, ...}}
      ],
      "mac": b64,        # HMAC-SHA256, key HKDF(current data key, info "vault-mac-v1"),
                         # over the canonical bytes of everything except "mac" and "checksum"
      "checksum": hex    # SHA-256 over the canonical bytes of everything except "checksum"
    }

Canonical bytes: ``json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=True)``.
The file must also be byte-for-byte the serialisation this module writes, so any change of any
byte is reported as damage. The associated data of every wrap is the canonical bytes of
``{"slot_id", "slot_type", "params", "generation"}``.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from coach_app.security.errors import VaultCorrupt
from coach_app.security.kdf import KdfParams
from coach_app.security.org_key import SealedKey

FORMAT_NAME = "coach-companion-vault"
FORMAT_VERSION = 1
_MAC_INFO = b"vault-mac-v1"

SlotType = Literal["passphrase", "recovery", "organisation"]

_DAMAGED = "the vault file is damaged"


def canonical_bytes(value: object) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode(
        "ascii"
    )


def serialise(value: Mapping[str, object]) -> bytes:
    return (json.dumps(value, sort_keys=True, indent=2, ensure_ascii=True) + "\n").encode("ascii")


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


@dataclass(frozen=True)
class Wrap:
    """A data key encrypted with AES-256-GCM under a slot key."""

    nonce: bytes = field(repr=False)
    ciphertext: bytes = field(repr=False)


@dataclass(frozen=True)
class Slot:
    """One way to reach the data key(s). ``params`` is what the slot's key derivation needs."""

    slot_id: str
    slot_type: SlotType
    params: Mapping[str, object]
    current: Wrap | SealedKey = field(repr=False)
    pending: Wrap | SealedKey | None = field(default=None, repr=False)

    def associated_data(self, generation: int) -> bytes:
        return canonical_bytes(
            {
                "slot_id": self.slot_id,
                "slot_type": self.slot_type,
                "params": dict(self.params),
                "generation": generation,
            }
        )

    def param_bytes(self, name: str) -> bytes:
        value = self.params[name]
        assert isinstance(value, str)
        return base64.b64decode(value)

    def kdf_params(self) -> KdfParams:
        memory, iterations, lanes = (
            self.params["memory_kib"],
            self.params["iterations"],
            self.params["lanes"],
        )
        assert isinstance(memory, int)
        assert isinstance(iterations, int)
        assert isinstance(lanes, int)
        return KdfParams(memory_kib=memory, iterations=iterations, lanes=lanes)


@dataclass(frozen=True)
class VaultDocument:
    key_generation: int
    pending_generation: int | None
    slots: tuple[Slot, ...]

    def slot(self, slot_type: SlotType) -> Slot | None:
        for slot in self.slots:
            if slot.slot_type == slot_type:
                return slot
        return None

    def replace_slot(self, new: Slot) -> VaultDocument:
        others = tuple(slot for slot in self.slots if slot.slot_type != new.slot_type)
        return VaultDocument(self.key_generation, self.pending_generation, (*others, new))

    def body(self) -> dict[str, object]:
        return {
            "format": FORMAT_NAME,
            "version": FORMAT_VERSION,
            "key_generation": self.key_generation,
            "pending_generation": self.pending_generation,
            "slots": [_slot_json(slot) for slot in self.slots],
        }

    def mac(self, data_key: bytes | bytearray) -> bytes:
        return compute_mac(data_key, self.body())

    def to_file_bytes(self, data_key: bytes | bytearray) -> bytes:
        content: dict[str, object] = self.body()
        content["mac"] = b64(self.mac(data_key))
        content["checksum"] = hashlib.sha256(canonical_bytes(content)).hexdigest()
        return serialise(content)


def compute_mac(data_key: bytes | bytearray, body: Mapping[str, object]) -> bytes:
    mac_key = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_MAC_INFO).derive(data_key)
    return hmac.new(mac_key, canonical_bytes(body), hashlib.sha256).digest()


def _wrap_json(wrap: Wrap | SealedKey) -> dict[str, str]:
    if isinstance(wrap, SealedKey):
        return {
            "ephemeral_public_key": b64(wrap.ephemeral_public_key),
            "salt": b64(wrap.salt),
            "nonce": b64(wrap.nonce),
            "ciphertext": b64(wrap.ciphertext),
        }
    return {"nonce": b64(wrap.nonce), "ciphertext": b64(wrap.ciphertext)}


def _slot_json(slot: Slot) -> dict[str, object]:
    wraps = {"current": _wrap_json(slot.current)}
    if slot.pending is not None:
        wraps["pending"] = _wrap_json(slot.pending)
    return {"id": slot.slot_id, "type": slot.slot_type, "params": dict(slot.params), "wraps": wraps}


# --- parsing -------------------------------------------------------------------------------


@dataclass(frozen=True)
class LoadedDocument:
    document: VaultDocument
    mac: bytes = field(repr=False)


def _corrupt(detail: str) -> VaultCorrupt:
    return VaultCorrupt(f"{_DAMAGED}: {detail}")


def _object(value: object, keys: set[str], where: str) -> dict[str, Any]:
    if not isinstance(value, dict) or set(value) != keys:
        raise _corrupt(f"unexpected structure in {where}")
    return value


def _integer(value: object, where: str, minimum: int = 1) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < minimum:
        raise _corrupt(f"{where} is not a valid number")
    return value


def _bytes(value: object, length: int | None, where: str) -> bytes:
    if not isinstance(value, str):
        raise _corrupt(f"{where} is not text")
    try:
        data = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError) as error:
        raise _corrupt(f"{where} is not base64") from error
    if b64(data) != value or (length is not None and len(data) != length):
        raise _corrupt(f"{where} has the wrong length")
    return data


_WRAPPED_KEY_BYTES = 32 + 16


def _parse_wrap(value: object, slot_type: str, where: str) -> Wrap | SealedKey:
    if slot_type == "organisation":
        data = _object(value, {"ephemeral_public_key", "salt", "nonce", "ciphertext"}, where)
        return SealedKey(
            _bytes(data["ephemeral_public_key"], 32, where),
            _bytes(data["salt"], 16, where),
            _bytes(data["nonce"], 12, where),
            _bytes(data["ciphertext"], _WRAPPED_KEY_BYTES, where),
        )
    data = _object(value, {"nonce", "ciphertext"}, where)
    return Wrap(
        _bytes(data["nonce"], 12, where), _bytes(data["ciphertext"], _WRAPPED_KEY_BYTES, where)
    )


def _parse_params(slot_type: str, value: object, where: str) -> dict[str, object]:
    if slot_type == "passphrase":
        params = _object(value, {"kdf", "salt", "memory_kib", "iterations", "lanes"}, where)
        if params["kdf"] != "argon2id":
            raise _corrupt(f"{where} names an unknown key derivation")
        _bytes(params["salt"], 16, where)
        try:
            KdfParams(
                memory_kib=_integer(params["memory_kib"], where),
                iterations=_integer(params["iterations"], where),
                lanes=_integer(params["lanes"], where),
            )
        except ValueError as error:
            raise _corrupt(f"{where} has key derivation costs out of range") from error
        return dict(params)
    if slot_type == "recovery":
        params = _object(value, {"salt"}, where)
        _bytes(params["salt"], 16, where)
        return dict(params)
    params = _object(value, {"public_key"}, where)
    _bytes(params["public_key"], 32, where)
    return dict(params)


def _parse_slot(value: object, index: int, pending: bool) -> Slot:
    where = f"slot {index}"
    data = _object(value, {"id", "type", "params", "wraps"}, where)
    slot_id, slot_type = data["id"], data["type"]
    if not isinstance(slot_id, str) or len(slot_id) != 16 or slot_id.strip("0123456789abcdef"):
        raise _corrupt(f"{where} has an invalid id")
    if slot_type not in ("passphrase", "recovery", "organisation"):
        raise _corrupt(f"{where} has an unknown type")
    params = _parse_params(slot_type, data["params"], where)
    wraps = _object(data["wraps"], {"current", "pending"} if pending else {"current"}, where)
    return Slot(
        slot_id=slot_id,
        slot_type=slot_type,
        params=params,
        current=_parse_wrap(wraps["current"], slot_type, where),
        pending=_parse_wrap(wraps["pending"], slot_type, where) if pending else None,
    )


def parse_file_bytes(raw: bytes) -> LoadedDocument:
    """Parse and validate ``vault.json``; any deviation raises ``VaultCorrupt``."""
    try:
        content = json.loads(raw.decode("ascii"))
    except (UnicodeDecodeError, ValueError) as error:
        raise _corrupt("it is not valid JSON") from error
    if not isinstance(content, dict):
        raise _corrupt("it is not a JSON object")
    if content.get("format") != FORMAT_NAME or content.get("version") != FORMAT_VERSION:
        raise VaultCorrupt("the vault file has an unknown format or version")
    checksum = content.get("checksum")
    without_checksum = {key: value for key, value in content.items() if key != "checksum"}
    expected = hashlib.sha256(canonical_bytes(without_checksum)).hexdigest()
    if not isinstance(checksum, str) or not hmac.compare_digest(checksum, expected):
        raise _corrupt("its checksum does not match")
    if serialise(content) != raw:
        raise _corrupt("it is not in canonical form")
    data = _object(
        content,
        {"format", "version", "key_generation", "pending_generation", "slots", "mac", "checksum"},
        "the file",
    )
    generation = _integer(data["key_generation"], "key_generation")
    pending_generation = data["pending_generation"]
    if pending_generation is not None and pending_generation != generation + 1:
        raise _corrupt("pending_generation is invalid")
    slots_json = data["slots"]
    if not isinstance(slots_json, list):
        raise _corrupt("slots is not a list")
    slots = tuple(
        _parse_slot(slot, index, pending_generation is not None)
        for index, slot in enumerate(slots_json)
    )
    types = [slot.slot_type for slot in slots]
    if types.count("passphrase") != 1 or types.count("recovery") != 1:
        raise _corrupt("it needs exactly one passphrase slot and one recovery slot")
    if types.count("organisation") > 1 or len({slot.slot_id for slot in slots}) != len(slots):
        raise _corrupt("it has duplicate slots")
    mac = _bytes(data["mac"], 32, "mac")
    return LoadedDocument(VaultDocument(generation, pending_generation, slots), mac)


def verify_mac(loaded: LoadedDocument, data_key: bytes | bytearray) -> None:
    """Raise ``VaultCorrupt`` unless the MAC, keyed from ``data_key``, matches the content."""
    if not hmac.compare_digest(loaded.mac, loaded.document.mac(data_key)):
        raise VaultCorrupt("the vault file has been tampered with: its MAC does not match")


# --- the key slots a backup carries ----------------------------------------------------------

BACKUP_SLOTS_FORMAT = "coach-companion-backup-slots"


def backup_slots_bytes(document: VaultDocument) -> bytes:
    """The recovery and organisation slots (current wraps) as canonical JSON; never the
    passphrase slot."""
    slots = [
        _slot_json(Slot(slot.slot_id, slot.slot_type, slot.params, slot.current))
        for slot in document.slots
        if slot.slot_type != "passphrase"
    ]
    return canonical_bytes(
        {
            "format": BACKUP_SLOTS_FORMAT,
            "version": 1,
            "key_generation": document.key_generation,
            "slots": slots,
        }
    )


def parse_backup_slots(raw: bytes) -> tuple[int, tuple[Slot, ...]]:
    """(key generation, slots) of a backup's key slots; ``VaultCorrupt`` if malformed."""
    try:
        content = json.loads(raw.decode("ascii"))
    except (UnicodeDecodeError, ValueError) as error:
        raise _corrupt("the backup's key slots are not valid JSON") from error
    data = _object(content, {"format", "version", "key_generation", "slots"}, "backup slots")
    if data["format"] != BACKUP_SLOTS_FORMAT or data["version"] != 1:
        raise VaultCorrupt("the backup's key slots have an unknown format")
    generation = _integer(data["key_generation"], "key_generation")
    if not isinstance(data["slots"], list):
        raise _corrupt("the backup's slots are not a list")
    slots = tuple(_parse_slot(slot, index, False) for index, slot in enumerate(data["slots"]))
    types = [slot.slot_type for slot in slots]
    if "passphrase" in types or types.count("recovery") != 1 or types.count("organisation") > 1:
        raise _corrupt("the backup carries an unexpected set of slots")
    return generation, slots
