"""The passphrase rule: zxcvbn score 3 or more and at least 10 characters (both sides)."""

from __future__ import annotations

import pytest

from coach_app.passphrase import MIN_LENGTH, MIN_SCORE, assess


@pytest.mark.parametrize(
    "guessable",
    ["aaaaaaaaaa", "password123", "qwertyuiop", "1234567890", "Welkom2020", "coachcompanion1"],
)
def test_guessable_passphrases_are_refused_with_advice(guessable: str) -> None:
    strength = assess(guessable)
    assert strength.score < MIN_SCORE
    assert not strength.acceptable
    assert strength.warning or strength.suggestions


@pytest.mark.parametrize(
    "strong", ["paard batterij nietje 42", "rode fiets onder de brug", "a quiet kitchen table"]
)
def test_unguessable_passphrases_are_accepted(strong: str) -> None:
    assert assess(strong).acceptable


def test_length_boundary() -> None:
    assert assess("kX9#vq2!Lm").acceptable  # 10 characters, random: accepted
    short = assess("kX9#vq2!L")  # 9
    assert short.too_short
    assert not short.acceptable
    assert len("kX9#vq2!Lm") == MIN_LENGTH


def test_the_organisation_s_name_counts_as_guessable() -> None:
    plain = assess("stichting voorbeeld")
    named = assess("stichting voorbeeld", ["Stichting", "Voorbeeld"])
    assert named.score <= plain.score


def test_very_long_passphrases_are_scored_without_error() -> None:
    assert assess("woord " * 50).score >= 0
