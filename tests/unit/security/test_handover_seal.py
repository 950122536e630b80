"""Handover packages: only the receiver opens them, only the sender can have made them."""

from __future__ import annotations

import os
import uuid

import pytest

from coach_app.security.handover_seal import (
    HandoverCorrupt,
    HandoverNotForThisLaptop,
    HandoverSenderUnknown,
    LaptopKeyPair,
    open_package,
    read_header,
    seal_package,
)

A, B, C = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
KEYS = {A: LaptopKeyPair.generate(), B: LaptopKeyPair.generate(), C: LaptopKeyPair.generate()}
PLAINTEXT = b"the family's rows " * 1000


def _sealed(package_id: uuid.UUID | None = None) -> bytes:
    return seal_package(
        PLAINTEXT,
        package_id=package_id or uuid.uuid4(),
        sender_id=A,
        sender=KEYS[A],
        receiver_id=B,
        receiver_public_key=KEYS[B].public,
    )


def test_the_receiver_opens_what_the_sender_sealed() -> None:
    package_id = uuid.uuid4()
    package = _sealed(package_id)
    header, plaintext = open_package(
        package, receiver_id=B, receiver=KEYS[B], expected_sender_public_key=KEYS[A].public
    )
    assert plaintext == PLAINTEXT
    assert (header.package_id, header.sender_id, header.receiver_id) == (package_id, A, B)
    assert read_header(package) == header
    assert PLAINTEXT[:20] not in package


def test_a_package_sealed_for_b_fails_on_c() -> None:
    package = _sealed()
    with pytest.raises(HandoverNotForThisLaptop):
        open_package(
            package, receiver_id=C, receiver=KEYS[C], expected_sender_public_key=KEYS[A].public
        )


def test_c_cannot_open_it_by_rewriting_the_header_to_name_itself() -> None:
    package = bytearray(_sealed())
    receiver_at = 10 + 1 + 16 + 16
    package[receiver_at : receiver_at + 16] = C.bytes
    key_at = receiver_at + 16 + 32
    package[key_at : key_at + 32] = KEYS[C].public
    with pytest.raises(HandoverCorrupt):
        open_package(
            bytes(package),
            receiver_id=C,
            receiver=KEYS[C],
            expected_sender_public_key=KEYS[A].public,
        )


def test_a_sender_key_other_than_the_servers_is_refused() -> None:
    with pytest.raises(HandoverSenderUnknown):
        open_package(
            _sealed(), receiver_id=B, receiver=KEYS[B], expected_sender_public_key=KEYS[C].public
        )


def test_a_third_laptop_cannot_pass_its_package_off_as_the_senders() -> None:
    forged = bytearray(
        seal_package(
            PLAINTEXT,
            package_id=uuid.uuid4(),
            sender_id=A,  # claims to be A ...
            sender=KEYS[C],  # ... but holds C's key
            receiver_id=B,
            receiver_public_key=KEYS[B].public,
        )
    )
    sender_key_at = 10 + 1 + 16 * 3
    forged[sender_key_at : sender_key_at + 32] = KEYS[A].public
    with pytest.raises(HandoverCorrupt):
        open_package(
            bytes(forged),
            receiver_id=B,
            receiver=KEYS[B],
            expected_sender_public_key=KEYS[A].public,
        )


@pytest.mark.parametrize("where", [11, 20, 60, 150, 170, 200, -1])
def test_any_changed_byte_or_truncation_is_refused(where: int) -> None:
    package = bytearray(_sealed())
    package[where] ^= 0x01
    with pytest.raises((HandoverCorrupt, HandoverNotForThisLaptop, HandoverSenderUnknown)):
        open_package(
            bytes(package),
            receiver_id=B,
            receiver=KEYS[B],
            expected_sender_public_key=KEYS[A].public,
        )
    whole = _sealed()
    for cut in (len(whole) - 1, 200, 100, 5, 0):
        with pytest.raises(HandoverCorrupt):
            open_package(
                whole[:cut],
                receiver_id=B,
                receiver=KEYS[B],
                expected_sender_public_key=KEYS[A].public,
            )


def test_a_bad_receiver_key_is_refused_when_sealing() -> None:
    with pytest.raises(ValueError, match="X25519"):
        seal_package(
            b"x",
            package_id=uuid.uuid4(),
            sender_id=A,
            sender=KEYS[A],
            receiver_id=B,
            receiver_public_key=os.urandom(31),
        )
