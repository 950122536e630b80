"""Tokens, enrolment codes and Argon2id password hashes."""

from __future__ import annotations

import re

from coach_server.security import (
    generate_enrolment_code,
    generate_token,
    hash_password,
    hash_secret,
    verify_password,
)


def test_tokens_are_random_and_hashed_with_sha256() -> None:
    first, second = generate_token(), generate_token()
    assert first != second
    assert len(first) >= 43
    assert re.fullmatch(r"[0-9a-f]{64}", hash_secret(first))
    assert hash_secret(first) != hash_secret(second)


def test_enrolment_codes_are_readable_groups() -> None:
    assert re.fullmatch(r"[A-HJ-NP-Z2-9]{4}(-[A-HJ-NP-Z2-9]{4}){3}", generate_enrolment_code())


def test_passwords_are_argon2id_hashes_that_verify() -> None:
    stored = hash_password("correct horse", memory_kib=1024, iterations=1)
    assert stored.startswith("$argon2id$")
    assert "correct horse" not in stored
    assert verify_password("correct horse", stored)
    assert not verify_password("wrong horse", stored)
    assert not verify_password("correct horse", "not a hash")
