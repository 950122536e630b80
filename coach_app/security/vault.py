"""The vault: the database's data key (DEK), stored only wrapped, in key slots.

The DEK is 256 random bits held in a ``bytearray`` while the vault is unlocked. The vault file
``vault.json`` in the data folder (format: see ``coach_app.security._document``) holds:

- a passphrase slot: Argon2id(passphrase, salt, ``KdfParams``) -> AES-256-GCM key;
- a recovery slot: HKDF-SHA256(recovery code bytes, salt) -> AES-256-GCM key; the 160-bit
  code is shown once, as 8 groups of 4 Crockford base32 characters;
- optionally an organisation slot: the DEK sealed to the organisation's X25519 public key.

Every slot wraps every live key: the current DEK, and the pending DEK while a rekey is under way.
Each wrap's associated data is the slot id, type, parameters and key generation. An unkeyed
SHA-256 checksum reports accidental damage on ``load``; a MAC keyed from the DEK (HKDF, info
``vault-mac-v1``) over the whole content reports any edit after unlocking. Every change writes
a complete new file atomically (temp file, fsync, ``os.replace``, fsync the folder), so a crash
at any moment leaves either the old or the new file. A wrong passphrase writes nothing.

API::

    Vault.exists(folder) -> bool
    Vault.create(folder, passphrase, *, org_public_key_pem=None, kdf=None, backoff=None)
        -> tuple[Vault, str]                      # unlocked vault, recovery code (show once)
    Vault.load(folder, *, backoff=None) -> Vault  # locked; VaultMissing / VaultCorrupt
    vault.unlock(passphrase)                      # WrongPassphrase / TooManyAttempts
    vault.unlock_with_recovery_code(code)         # WrongRecoveryCode / TooManyAttempts
    vault.unlock_with_org_key(private_key_pem, password=None)  # InvalidOrgKey / NoOrgSlot
    vault.is_locked; vault.lock()                 # lock() zeroes the key bytearrays in place
    vault.dek -> bytearray                        # VaultLocked when locked; do not keep it
    vault.pending_dek -> bytearray | None
    vault.key_generation -> int
    vault.unlocked_by -> "passphrase" | "recovery" | "organisation" | None
    vault.change_passphrase(new_passphrase, *, kdf=None)
    vault.set_passphrase_after_recovery(new_passphrase)
    vault.new_recovery_code() -> str              # the old code stops working
    vault.prepare_rekey(passphrase) -> tuple[bytearray, str]   # (pending DEK, new recovery code)
    vault.finish_rekey(); vault.cancel_rekey()

Back-off: after 3 wrong passphrases each further ``unlock`` must wait 2, 4, 8 ... seconds (at
most 5 minutes); a call that comes too early raises ``TooManyAttempts(retry_after_seconds)``
without running the KDF. Wrong recovery codes back off the same way, on their own count (a
malformed code is refused before it is tried and is not counted). The counts live in the
``UnlockBackoff`` objects given to ``load`` (by default one each per ``Vault`` object), so the
app should keep one ``Vault`` per session.

Rekey protocol (suspected compromise), crash-safe together with the storage layer:

1. ``dek, code = vault.prepare_rekey(passphrase)``: makes a new DEK and writes it as *pending*,
   wrapped in every slot beside the current one. Wrapping needs each slot's secret, so the
   passphrase is given again (it may be a new one) and the recovery slot gets a new code (show
   it; the old code stops working, as it may be compromised). The organisation slot is resealed
   with its stored public key.
2. The storage layer runs ``PRAGMA rekey`` with the pending DEK.
3. ``vault.finish_rekey()`` makes the pending DEK current and drops the old one.

On every start, after unlock, the opener tries ``dek``; if that does not open the database and
``pending_dek`` is not None, it tries ``pending_dek`` and, if that opens it, calls
``finish_rekey()`` (the crash came between steps 2 and 3). If ``dek`` opens the database while
a key is pending (crash between steps 1 and 2), it either repeats step 2 and 3 or calls
``cancel_rekey()``.

The vault is not safe for concurrent writers: one app instance owns the data folder.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import Literal

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from coach_app.security import _document as doc
from coach_app.security._atomic import atomic_write_bytes, remove_stale_temp_files
from coach_app.security.backoff import UnlockBackoff
from coach_app.security.errors import (
    InvalidOrgKey,
    NoOrgSlot,
    VaultCorrupt,
    VaultError,
    VaultExists,
    VaultLocked,
    VaultMissing,
    WrongPassphrase,
    WrongRecoveryCode,
)
from coach_app.security.kdf import SALT_BYTES, KdfParams, calibrate_kdf, derive_passphrase_key
from coach_app.security.org_key import (
    SealedKey,
    load_org_private_key,
    load_org_public_key,
    public_key_bytes,
    seal,
    unseal,
)
from coach_app.security.recovery_code import (
    format_recovery_code,
    new_recovery_code,
    parse_recovery_code_checked,
)

__all__ = ["DEK_BYTES", "VAULT_FILE_NAME", "UnlockMethod", "Vault", "open_backup_key_slots"]

VAULT_FILE_NAME = "vault.json"
DEK_BYTES = 32
NONCE_BYTES = 12
_RECOVERY_INFO = b"vault-recovery-v1"

UnlockMethod = Literal["passphrase", "recovery", "organisation"]
# Opens one wrap of a slot for a generation; raises InvalidTag if it does not open.
_Opener = Callable[["doc.Wrap | SealedKey", bytes], bytes]


def _zero(buffer: bytearray | None) -> None:
    if buffer is not None:
        buffer[:] = bytes(len(buffer))


def _new_slot_id() -> str:
    return secrets.token_hex(8)


def _symmetric_opener(slot_key: bytes) -> _Opener:
    aead = AESGCM(slot_key)

    def open_wrap(wrap: doc.Wrap | SealedKey, associated_data: bytes) -> bytes:
        if not isinstance(wrap, doc.Wrap):
            raise InvalidTag()
        return aead.decrypt(wrap.nonce, wrap.ciphertext, associated_data)

    return open_wrap


def _recovery_key(code: bytes, salt: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=_RECOVERY_INFO).derive(code)


class Vault:
    """The key slots of one data folder. Use ``create`` or ``load``, not the constructor."""

    def __init__(
        self,
        folder: Path,
        loaded: doc.LoadedDocument,
        backoff: UnlockBackoff | None = None,
        recovery_backoff: UnlockBackoff | None = None,
    ) -> None:
        self._folder = folder
        self._loaded = loaded
        self._backoff = backoff if backoff is not None else UnlockBackoff()
        self._recovery_backoff = (
            recovery_backoff if recovery_backoff is not None else UnlockBackoff()
        )
        self._dek: bytearray | None = None
        self._pending: bytearray | None = None
        self._unlocked_by: UnlockMethod | None = None

    def __repr__(self) -> str:
        state = "locked" if self.is_locked else f"unlocked by {self._unlocked_by}"
        return f"<Vault {state}, key generation {self.key_generation}>"

    # --- opening ---------------------------------------------------------------------------

    @staticmethod
    def path(folder: Path | str) -> Path:
        return Path(folder) / VAULT_FILE_NAME

    @classmethod
    def exists(cls, folder: Path | str) -> bool:
        return cls.path(folder).is_file()

    @classmethod
    def load(
        cls,
        folder: Path | str,
        *,
        backoff: UnlockBackoff | None = None,
        recovery_backoff: UnlockBackoff | None = None,
    ) -> Vault:
        """Read and validate the vault file; the vault is returned locked.

        ``backoff`` counts wrong passphrases, ``recovery_backoff`` wrong recovery codes (each
        defaults to a fresh ``UnlockBackoff``).
        """
        path = cls.path(folder)
        try:
            raw = path.read_bytes()
        except FileNotFoundError as error:
            raise VaultMissing("there is no vault file in the data folder") from error
        return cls(Path(folder), doc.parse_file_bytes(raw), backoff, recovery_backoff)

    @classmethod
    def create(
        cls,
        folder: Path | str,
        passphrase: str,
        *,
        org_public_key_pem: bytes | str | None = None,
        kdf: KdfParams | None = None,
        backoff: UnlockBackoff | None = None,
    ) -> tuple[Vault, str]:
        """Make a new data key and vault file; return the unlocked vault and the recovery code.

        ``kdf`` defaults to ``calibrate_kdf()``. Raises ``VaultExists`` if the folder already
        has a vault, ``InvalidOrgKey`` for a bad organisation key.
        """
        folder = Path(folder)
        if cls.exists(folder):
            raise VaultExists("the data folder already has a vault file")
        org_key = (
            load_org_public_key(org_public_key_pem) if org_public_key_pem is not None else None
        )
        params = kdf if kdf is not None else calibrate_kdf()
        folder.mkdir(parents=True, exist_ok=True)
        dek = bytearray(secrets.token_bytes(DEK_BYTES))
        placeholder = doc.LoadedDocument(doc.VaultDocument(1, None, ()), b"")
        vault = cls(folder, placeholder, backoff)
        vault._dek, vault._unlocked_by = dek, "passphrase"
        try:
            slots = [vault._passphrase_slot(passphrase, params)]
            recovery_slot, code = vault._recovery_slot()
            slots.append(recovery_slot)
            if org_key is not None:
                slots.append(vault._org_slot(org_key))
            vault._commit(doc.VaultDocument(1, None, tuple(slots)))
        except BaseException:
            vault.lock()
            raise
        return vault, code

    @classmethod
    def create_from_backup(
        cls,
        folder: Path | str,
        dek: bytes | bytearray,
        key_slots: bytes,
        passphrase: str,
        *,
        kdf: KdfParams | None = None,
    ) -> Vault:
        """A vault for a database restored on a new laptop: the backup's data key under a new
        passphrase slot, beside the backup's recovery and organisation slots (copied verbatim,
        so the same recovery code and organisation key keep working). Returned unlocked.

        Raises ``VaultExists`` if the folder already has a vault, ``VaultCorrupt`` for
        malformed slots.
        """
        folder = Path(folder)
        if cls.exists(folder):
            raise VaultExists("the data folder already has a vault file")
        generation, slots = doc.parse_backup_slots(key_slots)
        params = kdf if kdf is not None else calibrate_kdf()
        folder.mkdir(parents=True, exist_ok=True)
        placeholder = doc.LoadedDocument(doc.VaultDocument(generation, None, ()), b"")
        vault = cls(folder, placeholder)
        vault._dek, vault._unlocked_by = bytearray(dek), "passphrase"
        try:
            passphrase_slot = vault._passphrase_slot(passphrase, params)
            vault._commit(doc.VaultDocument(generation, None, (passphrase_slot, *slots)))
        except BaseException:
            vault.lock()
            raise
        return vault

    # --- state -----------------------------------------------------------------------------

    @property
    def is_locked(self) -> bool:
        return self._dek is None

    @property
    def unlocked_by(self) -> UnlockMethod | None:
        return self._unlocked_by

    @property
    def key_generation(self) -> int:
        return self._loaded.document.key_generation

    @property
    def has_org_slot(self) -> bool:
        return self._loaded.document.slot("organisation") is not None

    @property
    def kdf_params(self) -> KdfParams:
        return self._slot("passphrase").kdf_params()

    @property
    def dek(self) -> bytearray:
        """The current data key. Callers must not keep a reference to it."""
        if self._dek is None:
            raise VaultLocked()
        return self._dek

    @property
    def pending_dek(self) -> bytearray | None:
        """The data key of a rekey in progress, or None. Raises ``VaultLocked`` when locked."""
        if self._dek is None:
            raise VaultLocked()
        return self._pending

    def lock(self) -> None:
        """Zero the key bytearrays in place and drop them."""
        _zero(self._dek)
        _zero(self._pending)
        self._dek = self._pending = None
        self._unlocked_by = None

    # --- unlocking -------------------------------------------------------------------------

    def unlock(self, passphrase: str) -> None:
        """Unlock with the passphrase (subject to back-off)."""
        self._backoff.check()
        slot = self._slot("passphrase")
        slot_key = derive_passphrase_key(passphrase, slot.param_bytes("salt"), slot.kdf_params())
        try:
            self._open(slot, _symmetric_opener(slot_key), "passphrase")
        except InvalidTag:
            self._backoff.record_failure()
            raise WrongPassphrase() from None
        self._backoff.record_success()

    def unlock_with_recovery_code(self, code: str) -> None:
        """Unlock with the recovery code, typed as people type it (see ``codes``).

        Raises ``WrongRecoveryCode`` (``malformed`` set, nothing tried, no back-off counted)
        when the text cannot be a recovery code; ``TooManyAttempts`` when a well-formed code
        comes too early after repeated failures; ``WrongRecoveryCode`` (``typo`` True when its
        check symbols do not match) when it does not open the vault.
        """
        parsed = parse_recovery_code_checked(code)
        self._recovery_backoff.check()
        slot = self._slot("recovery")
        slot_key = _recovery_key(parsed.to_bytes(), slot.param_bytes("salt"))
        try:
            self._open(slot, _symmetric_opener(slot_key), "recovery")
        except InvalidTag:
            self._recovery_backoff.record_failure()
            raise WrongRecoveryCode(
                "the recovery code does not open the vault", typo=not parsed.check_ok
            ) from None
        self._recovery_backoff.record_success()

    def unlock_with_org_key(
        self, private_key_pem: bytes | str, password: bytes | None = None
    ) -> None:
        """Unlock with the organisation's private key (IT recovery)."""
        slot = self._loaded.document.slot("organisation")
        if slot is None:
            raise NoOrgSlot()
        private_key = load_org_private_key(private_key_pem, password)
        if public_key_bytes(private_key.public_key()) != slot.param_bytes("public_key"):
            raise InvalidOrgKey("this is not the organisation key this vault was sealed to")

        def open_wrap(wrap: doc.Wrap | SealedKey, associated_data: bytes) -> bytes:
            if not isinstance(wrap, SealedKey):
                raise InvalidTag()
            return unseal(private_key, wrap, associated_data)

        try:
            self._open(slot, open_wrap, "organisation")
        except InvalidTag:
            raise VaultCorrupt(
                "the vault file is damaged: the organisation slot does not open"
            ) from None

    def _open(self, slot: doc.Slot, open_wrap: _Opener, method: UnlockMethod) -> None:
        """Unwrap the current (and pending) key of ``slot``, verify the MAC, then keep them."""
        document = self._loaded.document
        dek = bytearray(open_wrap(slot.current, slot.associated_data(document.key_generation)))
        pending: bytearray | None = None
        try:
            doc.verify_mac(self._loaded, dek)
            if document.pending_generation is not None and slot.pending is not None:
                try:
                    opened = open_wrap(
                        slot.pending, slot.associated_data(document.pending_generation)
                    )
                except InvalidTag:
                    raise VaultCorrupt(
                        "the vault file is damaged: the pending key does not open"
                    ) from None
                pending = bytearray(opened)
        except BaseException:
            _zero(dek)
            raise
        self.lock()
        self._dek, self._pending, self._unlocked_by = dek, pending, method

    # --- changing slots --------------------------------------------------------------------

    def change_passphrase(self, new_passphrase: str, *, kdf: KdfParams | None = None) -> None:
        """Rewrap the same data key(s) under a new passphrase (fresh salt and slot id)."""
        self._require_unlocked()
        params = kdf if kdf is not None else self.kdf_params
        self._commit(
            self._loaded.document.replace_slot(self._passphrase_slot(new_passphrase, params))
        )

    def set_passphrase_after_recovery(self, new_passphrase: str) -> None:
        """Set a new passphrase after unlocking with the recovery code or organisation key."""
        self._require_unlocked()
        if self._unlocked_by == "passphrase":
            raise VaultError("set_passphrase_after_recovery needs a recovery unlock")
        self.change_passphrase(new_passphrase)
        self._unlocked_by = "passphrase"  # the coach knows the passphrase again

    def new_recovery_code(self) -> str:
        """Replace the recovery slot; return the new code (show it once).

        The old code stops working.
        """
        self._require_unlocked()
        slot, code = self._recovery_slot()
        self._commit(self._loaded.document.replace_slot(slot))
        return code

    def backup_key_slots(self) -> bytes:
        """The recovery and organisation slots for a backup's header (never the passphrase
        slot): with them a backup opens on a new laptop (``open_backup_key_slots``)."""
        return doc.backup_slots_bytes(self._loaded.document)

    # --- rekey -----------------------------------------------------------------------------

    def prepare_rekey(self, passphrase: str) -> tuple[bytearray, str]:
        """Step 1 of a rekey: persist a new pending data key in every slot.

        Returns the pending key (also ``pending_dek``) and the new recovery code. ``passphrase``
        becomes the passphrase (it may be the old one). See the module docstring for the protocol.
        """
        self._require_unlocked()
        document = self._loaded.document
        if document.pending_generation is not None:
            raise VaultError("a rekey is already pending: finish or cancel it first")
        params = self.kdf_params
        org = document.slot("organisation")
        self._pending = bytearray(secrets.token_bytes(DEK_BYTES))
        try:
            rekeying = doc.VaultDocument(document.key_generation, document.key_generation + 1, ())
            self._loaded = doc.LoadedDocument(rekeying, self._loaded.mac)
            slots = [self._passphrase_slot(passphrase, params)]
            recovery_slot, code = self._recovery_slot()
            slots.append(recovery_slot)
            if org is not None:
                slots.append(
                    self._org_slot(X25519PublicKey.from_public_bytes(org.param_bytes("public_key")))
                )
            self._commit(
                doc.VaultDocument(
                    rekeying.key_generation, rekeying.pending_generation, tuple(slots)
                )
            )
        except BaseException:
            self._loaded = doc.LoadedDocument(document, self._loaded.mac)
            _zero(self._pending)
            self._pending = None
            raise
        return self._pending, code

    def finish_rekey(self) -> None:
        """Step 3 of a rekey: the pending key becomes the current one; the old one is dropped."""
        self._require_unlocked()
        document = self._loaded.document
        if document.pending_generation is None or self._pending is None:
            raise VaultError("no rekey is pending")
        slots = tuple(
            doc.Slot(slot.slot_id, slot.slot_type, slot.params, slot.pending)
            for slot in document.slots
            if slot.pending is not None
        )
        old = self._dek
        self._dek = self._pending
        try:
            self._commit(doc.VaultDocument(document.pending_generation, None, slots))
        except BaseException:
            self._dek = old
            raise
        _zero(old)
        self._pending = None

    def cancel_rekey(self) -> None:
        """Drop the pending key (the database was not rekeyed)."""
        self._require_unlocked()
        document = self._loaded.document
        if document.pending_generation is None:
            raise VaultError("no rekey is pending")
        slots = tuple(doc.Slot(s.slot_id, s.slot_type, s.params, s.current) for s in document.slots)
        self._commit(doc.VaultDocument(document.key_generation, None, slots))
        _zero(self._pending)
        self._pending = None

    # --- internals -------------------------------------------------------------------------

    def _require_unlocked(self) -> None:
        if self._dek is None:
            raise VaultLocked()

    def _slot(self, slot_type: doc.SlotType) -> doc.Slot:
        slot = self._loaded.document.slot(slot_type)
        if slot is None:  # parse_file_bytes guarantees passphrase and recovery slots
            raise VaultCorrupt(f"the vault file has no {slot_type} slot")
        return slot

    def _live_keys(self) -> list[tuple[int, bytearray]]:
        assert self._dek is not None
        document = self._loaded.document
        keys = [(document.key_generation, self._dek)]
        if document.pending_generation is not None and self._pending is not None:
            keys.append((document.pending_generation, self._pending))
        return keys

    def _build_slot(
        self,
        slot_type: doc.SlotType,
        params: dict[str, object],
        wrap: Callable[[bytearray, bytes], doc.Wrap | SealedKey],
    ) -> doc.Slot:
        slot = doc.Slot(_new_slot_id(), slot_type, params, doc.Wrap(b"", b""))
        wraps = [
            wrap(key, slot.associated_data(generation)) for generation, key in self._live_keys()
        ]
        return doc.Slot(
            slot.slot_id, slot_type, params, wraps[0], wraps[1] if len(wraps) > 1 else None
        )

    @staticmethod
    def _symmetric_wrapper(slot_key: bytes) -> Callable[[bytearray, bytes], doc.Wrap | SealedKey]:
        aead = AESGCM(slot_key)

        def wrap(key: bytearray, associated_data: bytes) -> doc.Wrap | SealedKey:
            nonce = os.urandom(NONCE_BYTES)
            return doc.Wrap(nonce, aead.encrypt(nonce, key, associated_data))

        return wrap

    def _passphrase_slot(self, passphrase: str, params: KdfParams) -> doc.Slot:
        salt = os.urandom(SALT_BYTES)
        slot_params: dict[str, object] = {
            "kdf": "argon2id",
            "salt": doc.b64(salt),
            "memory_kib": params.memory_kib,
            "iterations": params.iterations,
            "lanes": params.lanes,
        }
        slot_key = derive_passphrase_key(passphrase, salt, params)
        return self._build_slot("passphrase", slot_params, self._symmetric_wrapper(slot_key))

    def _recovery_slot(self) -> tuple[doc.Slot, str]:
        code = new_recovery_code()
        salt = os.urandom(SALT_BYTES)
        wrapper = self._symmetric_wrapper(_recovery_key(code, salt))
        slot = self._build_slot("recovery", {"salt": doc.b64(salt)}, wrapper)
        return slot, format_recovery_code(code)

    def _org_slot(self, org_key: X25519PublicKey) -> doc.Slot:
        def wrap(key: bytearray, associated_data: bytes) -> doc.Wrap | SealedKey:
            return seal(org_key, key, associated_data)

        return self._build_slot(
            "organisation", {"public_key": doc.b64(public_key_bytes(org_key))}, wrap
        )

    def _commit(self, document: doc.VaultDocument) -> None:
        """Write ``document`` (MAC keyed from the current key) atomically; then adopt it."""
        assert self._dek is not None
        raw = document.to_file_bytes(self._dek)
        path = self.path(self._folder)
        remove_stale_temp_files(path)
        atomic_write_bytes(path, raw)  # fsyncs the file and the folder
        self._loaded = doc.LoadedDocument(document, document.mac(self._dek))


def open_backup_key_slots(
    key_slots: bytes,
    *,
    recovery_code: str | None = None,
    org_private_key_pem: bytes | str | None = None,
    org_key_password: bytes | None = None,
    recovery_backoff: UnlockBackoff | None = None,
) -> bytearray:
    """The data key of a backup, from its key slots and the recovery code or the organisation's
    private key (exactly one of them). The caller checks the key by decrypting the backup.

    Raises ``WrongRecoveryCode`` (``malformed`` / ``typo`` as for ``unlock_with_recovery_code``),
    ``TooManyAttempts`` (with ``recovery_backoff``), ``NoOrgSlot``, ``InvalidOrgKey`` and
    ``VaultCorrupt`` (malformed slots or an organisation slot that does not open).
    """
    if (recovery_code is None) == (org_private_key_pem is None):
        raise ValueError("give the recovery code or the organisation key, not both or neither")
    generation, slots = doc.parse_backup_slots(key_slots)
    by_type = {slot.slot_type: slot for slot in slots}
    if recovery_code is not None:
        parsed = parse_recovery_code_checked(recovery_code)
        if recovery_backoff is not None:
            recovery_backoff.check()
        slot = by_type["recovery"]
        slot_key = _recovery_key(parsed.to_bytes(), slot.param_bytes("salt"))
        try:
            dek = _symmetric_opener(slot_key)(slot.current, slot.associated_data(generation))
        except InvalidTag:
            if recovery_backoff is not None:
                recovery_backoff.record_failure()
            raise WrongRecoveryCode(
                "the recovery code does not open this backup", typo=not parsed.check_ok
            ) from None
        if recovery_backoff is not None:
            recovery_backoff.record_success()
        return bytearray(dek)
    org = by_type.get("organisation")
    if org is None:
        raise NoOrgSlot()
    assert org_private_key_pem is not None
    private_key = load_org_private_key(org_private_key_pem, org_key_password)
    if public_key_bytes(private_key.public_key()) != org.param_bytes("public_key"):
        raise InvalidOrgKey("this is not the organisation key this backup was sealed to")
    if not isinstance(org.current, SealedKey):  # parse guarantees it
        raise VaultCorrupt("the backup's organisation slot is damaged")
    try:
        return bytearray(unseal(private_key, org.current, org.associated_data(generation)))
    except InvalidTag:
        raise VaultCorrupt("the backup's organisation slot does not open") from None
