"""The organisation's recovery key pair (X25519) and sealing a key to its public half.

IT staff run ``generate_org_keypair`` once, keep the private PEM offline and put the public PEM
in the deployment file. A sealed key is: ephemeral X25519 public key, HKDF salt, AES-GCM nonce
and ciphertext; only the holder of the organisation's private key can open it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from cryptography.exceptions import InvalidTag, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from coach_app.security.errors import InvalidOrgKey

__all__ = [
    "SealedKey",
    "generate_org_keypair",
    "load_org_private_key",
    "load_org_public_key",
    "public_key_bytes",
    "seal",
    "unseal",
]

_SEAL_INFO = b"vault-org-seal-v1"
SALT_BYTES = 16
NONCE_BYTES = 12


@dataclass(frozen=True)
class SealedKey:
    """A key sealed to an X25519 public key. Holds no secret, but is kept out of reprs."""

    ephemeral_public_key: bytes = field(repr=False)
    salt: bytes = field(repr=False)
    nonce: bytes = field(repr=False)
    ciphertext: bytes = field(repr=False)


def generate_org_keypair(passphrase: bytes | None) -> tuple[bytes, bytes]:
    """Return ``(private_pem, public_pem)`` for a new organisation recovery key.

    The private key is PKCS#8, encrypted with ``passphrase`` when one is given; the public
    key is SubjectPublicKeyInfo.
    """
    private_key = X25519PrivateKey.generate()
    encryption: serialization.KeySerializationEncryption = (
        serialization.BestAvailableEncryption(passphrase)
        if passphrase
        else serialization.NoEncryption()
    )
    private_pem = private_key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, encryption
    )
    public_pem = private_key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return private_pem, public_pem


def _as_bytes(pem: bytes | str) -> bytes:
    return pem.encode("ascii", errors="replace") if isinstance(pem, str) else pem


def load_org_public_key(pem: bytes | str) -> X25519PublicKey:
    """Parse and check an organisation public key; ``InvalidOrgKey`` if it is not one."""
    try:
        key = serialization.load_pem_public_key(_as_bytes(pem))
    except (ValueError, TypeError, UnsupportedAlgorithm) as error:
        raise InvalidOrgKey("the organisation public key is not a readable PEM public key") from (
            error
        )
    if not isinstance(key, X25519PublicKey):
        raise InvalidOrgKey("the organisation public key is not an X25519 key")
    return key


def load_org_private_key(pem: bytes | str, password: bytes | None = None) -> X25519PrivateKey:
    """Parse an organisation private key; ``InvalidOrgKey`` if garbled, wrong password or type."""
    try:
        key = serialization.load_pem_private_key(_as_bytes(pem), password=password or None)
    except (ValueError, TypeError, UnsupportedAlgorithm) as error:
        raise InvalidOrgKey(
            "the organisation private key is unreadable or its password is wrong"
        ) from error
    if not isinstance(key, X25519PrivateKey):
        raise InvalidOrgKey("the organisation private key is not an X25519 key")
    return key


def public_key_bytes(key: X25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def _sealing_key(shared: bytes, salt: bytes, ephemeral: bytes, recipient: bytes) -> bytes:
    hkdf = HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=salt,
        info=_SEAL_INFO + ephemeral + recipient,
    )
    return hkdf.derive(shared)


def seal(
    recipient: X25519PublicKey, secret: bytes | bytearray, associated_data: bytes
) -> SealedKey:
    """Encrypt ``secret`` so that only the holder of ``recipient``'s private key can read it."""
    ephemeral_private = X25519PrivateKey.generate()
    ephemeral = public_key_bytes(ephemeral_private.public_key())
    salt = os.urandom(SALT_BYTES)
    nonce = os.urandom(NONCE_BYTES)
    shared = ephemeral_private.exchange(recipient)
    key = _sealing_key(shared, salt, ephemeral, public_key_bytes(recipient))
    ciphertext = AESGCM(key).encrypt(nonce, secret, associated_data)
    return SealedKey(ephemeral, salt, nonce, ciphertext)


def unseal(private_key: X25519PrivateKey, sealed: SealedKey, associated_data: bytes) -> bytes:
    """Open a sealed key. Raises ``cryptography.exceptions.InvalidTag`` if it does not open."""
    try:
        peer = X25519PublicKey.from_public_bytes(sealed.ephemeral_public_key)
        shared = private_key.exchange(peer)
    except ValueError as error:  # malformed or low-order ephemeral key
        raise InvalidTag() from error
    recipient = public_key_bytes(private_key.public_key())
    key = _sealing_key(shared, sealed.salt, sealed.ephemeral_public_key, recipient)
    return AESGCM(key).decrypt(sealed.nonce, sealed.ciphertext, associated_data)
