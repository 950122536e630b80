"""Sealing a family's handover package to the receiving laptop's X25519 key, authenticated as
coming from the sending laptop (docs/decisions/0012-zero-knowledge-backups-and-handover.md).

The construction follows HPKE's Auth mode (RFC 9180 section 5.1.3) with the primitives of
``cryptography``: an ephemeral X25519 key E and the sender's static key S both agree with the
receiver's static key R; ``DH(E, R) || DH(S, R)`` goes through HKDF-SHA256 with a random salt
and the whole header as ``info``; the payload is AES-256-GCM under that key with the header as
associated data. So only R's holder can open a package, only S's holder can have made it, and
the package id and both laptops' ids cannot be changed without the package failing to open.

A package is::

    header  = b"CCHANDOVER" | version (1 byte, = 1) | package id (16) | sender id (16)
              | receiver id (16) | sender public key (32) | receiver public key (32)
              | ephemeral public key (32) | salt (16)
    payload = AES-256-GCM(key, nonce = 12 zero bytes, plaintext, associated data = header)

The zero nonce is safe because every package has its own key (fresh ephemeral key and salt).
Ids are UUIDs (16 bytes each). Errors: ``HandoverNotForThisLaptop`` (sealed for another
laptop: checked before any decryption), ``HandoverSenderUnknown`` (the sender's key is not the
one expected for the sender id), ``HandoverCorrupt`` (damaged, truncated, tampered with, or not
a package).
"""

from __future__ import annotations

import os
import struct
import uuid
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

__all__ = [
    "MAX_PAYLOAD_BYTES",
    "HandoverCorrupt",
    "HandoverError",
    "HandoverNotForThisLaptop",
    "HandoverSenderUnknown",
    "LaptopKeyPair",
    "PackageHeader",
    "open_package",
    "read_header",
    "seal_package",
]

_MAGIC = b"CCHANDOVER"
_VERSION = 1
_HEADER = struct.Struct(">10sB16s16s16s32s32s32s16s")
_INFO = b"coach-companion handover v1"
_NONCE = bytes(12)
#: The largest plaintext sealed in one package (256 MiB).
MAX_PAYLOAD_BYTES = 256 * 1024 * 1024


class HandoverError(Exception):
    """Base class of the errors of opening a handover package."""


class HandoverNotForThisLaptop(HandoverError):
    """The package was sealed for another laptop: only that laptop can open it."""


class HandoverSenderUnknown(HandoverError):
    """The package names a sender whose key is not the one the server lists for it."""


class HandoverCorrupt(HandoverError):
    """The package is damaged, truncated, tampered with, or not a handover package."""


def _raw(key: X25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


@dataclass(frozen=True)
class LaptopKeyPair:
    """A laptop's X25519 key pair. ``private`` is the raw 32 bytes (keep it in the encrypted
    database only); ``public`` the raw 32 bytes registered with the server."""

    private: bytes
    public: bytes

    def __repr__(self) -> str:
        return f"LaptopKeyPair(public={self.public.hex()[:16]}...)"

    @classmethod
    def generate(cls) -> LaptopKeyPair:
        private = X25519PrivateKey.generate()
        raw = private.private_bytes(
            serialization.Encoding.Raw,
            serialization.PrivateFormat.Raw,
            serialization.NoEncryption(),
        )
        return cls(raw, _raw(private.public_key()))

    def private_key(self) -> X25519PrivateKey:
        return X25519PrivateKey.from_private_bytes(self.private)


@dataclass(frozen=True)
class PackageHeader:
    """What a package says about itself before it is opened (nothing secret)."""

    package_id: uuid.UUID
    sender_id: uuid.UUID
    receiver_id: uuid.UUID
    sender_public_key: bytes
    receiver_public_key: bytes


def _key(shared: bytes, salt: bytes, header: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=_INFO + header).derive(shared)


def seal_package(
    plaintext: bytes,
    *,
    package_id: uuid.UUID,
    sender_id: uuid.UUID,
    sender: LaptopKeyPair,
    receiver_id: uuid.UUID,
    receiver_public_key: bytes,
) -> bytes:
    """Seal ``plaintext`` for the receiver, authenticated as the sender's. ``ValueError`` for a
    receiver key that is not a valid X25519 public key or a payload over the limit."""
    if len(plaintext) > MAX_PAYLOAD_BYTES:
        raise ValueError("the handover package is too large")
    try:
        receiver = X25519PublicKey.from_public_bytes(receiver_public_key)
    except ValueError as error:
        raise ValueError("the receiving laptop's public key is not an X25519 key") from error
    ephemeral = X25519PrivateKey.generate()
    header = _HEADER.pack(
        _MAGIC,
        _VERSION,
        package_id.bytes,
        sender_id.bytes,
        receiver_id.bytes,
        sender.public,
        receiver_public_key,
        _raw(ephemeral.public_key()),
        os.urandom(16),
    )
    shared = ephemeral.exchange(receiver) + sender.private_key().exchange(receiver)
    key = _key(shared, header[-16:], header)
    return header + AESGCM(key).encrypt(_NONCE, plaintext, header)


def read_header(package: bytes) -> PackageHeader:
    """The package's header; ``HandoverCorrupt`` if it is not a handover package."""
    if len(package) < _HEADER.size + 16:
        raise HandoverCorrupt("the file is too short to be a handover package")
    magic, version, package_id, sender_id, receiver_id, sender_key, receiver_key, _, _ = (
        _HEADER.unpack(package[: _HEADER.size])
    )
    if magic != _MAGIC or version != _VERSION:
        raise HandoverCorrupt("the file is not a handover package of a known format")
    return PackageHeader(
        uuid.UUID(bytes=package_id),
        uuid.UUID(bytes=sender_id),
        uuid.UUID(bytes=receiver_id),
        sender_key,
        receiver_key,
    )


def open_package(
    package: bytes,
    *,
    receiver_id: uuid.UUID,
    receiver: LaptopKeyPair,
    expected_sender_public_key: bytes,
) -> tuple[PackageHeader, bytes]:
    """Open a package sealed for this laptop; returns its header and plaintext.

    ``expected_sender_public_key``: the key the server lists for the header's sender id.
    Raises ``HandoverNotForThisLaptop``, ``HandoverSenderUnknown`` or ``HandoverCorrupt``.
    """
    header = read_header(package)
    if header.receiver_id != receiver_id or header.receiver_public_key != receiver.public:
        raise HandoverNotForThisLaptop("the package was sealed for another laptop")
    if header.sender_public_key != expected_sender_public_key:
        raise HandoverSenderUnknown("the package's sender key is not the one the server lists")
    raw_header = package[: _HEADER.size]
    ephemeral_bytes, salt = raw_header[-48:-16], raw_header[-16:]
    try:
        ephemeral = X25519PublicKey.from_public_bytes(ephemeral_bytes)
        sender = X25519PublicKey.from_public_bytes(header.sender_public_key)
        private = receiver.private_key()
        shared = private.exchange(ephemeral) + private.exchange(sender)
    except ValueError as error:  # a malformed or low-order point
        raise HandoverCorrupt("the package's keys are damaged") from error
    key = _key(shared, salt, raw_header)
    try:
        plaintext = AESGCM(key).decrypt(_NONCE, package[_HEADER.size :], raw_header)
    except InvalidTag:
        raise HandoverCorrupt(
            "the package is damaged, truncated, tampered with, or was not made by its sender"
        ) from None
    return header, plaintext
