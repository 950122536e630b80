from __future__ import annotations

import re

import pytest

from coach_app.security import WrongRecoveryCode
from coach_app.security.recovery_code import (
    format_recovery_code,
    new_recovery_code,
    parse_recovery_code,
)


def test_code_has_160_bits_and_is_shown_as_eight_groups_of_four() -> None:
    raw = new_recovery_code()
    assert len(raw) == 20
    shown = format_recovery_code(raw)
    assert re.fullmatch(r"([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}", shown)
    assert parse_recovery_code(shown) == raw


def test_known_encoding() -> None:
    assert format_recovery_code(bytes(20)) == "-".join(["0000"] * 8)
    assert format_recovery_code(b"\xff" * 20) == "-".join(["ZZZZ"] * 8)


def test_input_is_forgiving_about_case_separators_and_confusable_letters() -> None:
    raw = bytes.fromhex("00" * 19 + "21")  # ends in symbols "11"
    shown = format_recovery_code(raw)
    assert shown.endswith("0011")
    typed = shown.lower().replace("-", " ").replace("0", "o").replace("1", "l", 1)
    typed = typed[:-1] + "I"
    assert parse_recovery_code(typed) == raw
    assert parse_recovery_code(shown.replace("-", "")) == raw


@pytest.mark.parametrize(
    "typed", ["", "ABCD-EFGH", "U" * 32, "0" * 33, "0000-0000-0000-0000-0000-0000-0000-000!"]
)
def test_malformed_codes_are_refused_without_echoing_them(typed: str) -> None:
    with pytest.raises(WrongRecoveryCode) as caught:
        parse_recovery_code(typed)
    if typed:
        assert typed not in str(caught.value)
