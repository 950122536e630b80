"""The lenient code parser: recovery and enrolment codes as people type, paste and misread them."""

from __future__ import annotations

import secrets
from pathlib import Path

import pytest

from coach_app.security import KdfParams, TooManyAttempts, UnlockBackoff, Vault, WrongRecoveryCode
from coach_app.security.codes import (
    ENROLMENT_CODE,
    RECOVERY_CODE,
    CodeError,
    CodeProblem,
    parse_code,
    parse_enrolment_code,
)
from coach_app.security.recovery_code import (
    format_recovery_code,
    new_recovery_code,
    parse_recovery_code,
    parse_recovery_code_checked,
)

CODE = "7K3M-Q9XA-2B4C-HJ8N-PRST-VWYZ-0D1E-FG56"


def forms(code: str) -> dict[str, str]:
    """Ways people copy a printed code."""
    compact = code.replace("-", "")
    groups = code.split("-")
    return {
        "as printed": code,
        "lower case": code.lower(),
        "spaces": " ".join(groups),
        "no separators": compact,
        "en dashes": "\u2013".join(groups),
        "em dashes": "\u2014".join(groups),
        "minus signs": "\u2212".join(groups),
        "no-break spaces": "\u00a0".join(groups),
        "narrow no-break spaces": "\u202f".join(groups),
        "two lines": "-".join(groups[:4]) + "-\n" + "-".join(groups[4:]),
        "windows line break": " ".join(groups[:4]) + "\r\n" + " ".join(groups[4:]),
        "trailing newline": code + "\n",
        "leading and trailing blanks": "  \t" + code + " \n\n",
        "zero-width space and soft hyphen": "\u200b".join(groups[:4]) + "\u00ad" + compact[16:],
        "full-width": "".join(chr(ord(c) + 0xFEE0) if c != "-" else "－" for c in code),
        "mixed": " ".join(groups[:2]).lower() + "\u2013" + "\u00a0".join(groups[2:]),
    }


@pytest.mark.parametrize("form", list(forms(CODE)))
def test_every_typed_form_gives_the_same_symbols(form: str) -> None:
    assert parse_code(forms(CODE)[form], RECOVERY_CODE).symbols == CODE.replace("-", "")


def test_look_alikes_read_as_the_symbols_they_resemble() -> None:
    parsed = parse_code("o0Oo-iIlL-1ıİ1" + "-0000" * 5, RECOVERY_CODE)
    assert parsed.symbols == "0000" + "1111" + "1111" + "0000" * 5


@pytest.mark.parametrize(
    ("typed", "problem", "count"),
    [
        ("", CodeProblem.EMPTY, 0),
        (" -\u2013\n", CodeProblem.EMPTY, 0),
        (CODE[:-1], CodeProblem.TOO_SHORT, 1),  # 31 symbols
        (CODE[:9], CodeProblem.TOO_SHORT, 24),
        (CODE + "A", CodeProblem.TOO_LONG, 1),  # 33 symbols
        (CODE + "-" + CODE[:4], CodeProblem.TOO_LONG, 4),
    ],
)
def test_length_errors_say_by_how_many(typed: str, problem: CodeProblem, count: int) -> None:
    with pytest.raises(CodeError) as caught:
        parse_code(typed, RECOVERY_CODE)
    assert caught.value.problem is problem
    assert caught.value.count == count
    assert caught.value.expected == 32


def test_exactly_the_right_length_parses() -> None:
    assert len(parse_code(CODE, RECOVERY_CODE).symbols) == 32


@pytest.mark.parametrize(
    ("typed", "character", "position", "group"),
    [
        ("U" + CODE[1:], "U", 1, 1),
        (CODE[:10] + "!" + CODE[11:], "!", 9, 3),  # position among symbols, dashes skipped
        (CODE[:-1] + "é", "é", 32, 8),
    ],
)
def test_a_character_outside_the_alphabet_is_named(
    typed: str, character: str, position: int, group: int
) -> None:
    with pytest.raises(CodeError) as caught:
        parse_code(typed, RECOVERY_CODE)
    error = caught.value
    assert error.problem is CodeProblem.NOT_IN_ALPHABET
    assert (error.character, error.position, error.group) == (character, position, group)


def test_error_messages_never_repeat_the_code() -> None:
    for typed in (CODE[:-1], CODE + "Z", CODE[:5] + "!" + CODE[6:]):
        with pytest.raises(CodeError) as caught:
            parse_code(typed, RECOVERY_CODE)
        assert CODE[:9] not in str(caught.value)
        assert CODE.replace("-", "")[:8] not in str(caught.value)


def test_today_message_counted_wrongly_is_fixed() -> None:
    """The old parser said "it has 32 characters" for a code that had 32; now it says 31/33."""
    with pytest.raises(WrongRecoveryCode) as caught:
        parse_recovery_code(CODE[:-1])
    assert caught.value.malformed is not None
    assert "1 symbol(s) short of 32" in str(caught.value)


# --- the recovery code's check symbols ------------------------------------------------------


def test_new_codes_pass_their_check_and_old_codes_mostly_do_not() -> None:
    for _ in range(50):
        assert parse_recovery_code_checked(format_recovery_code(new_recovery_code())).check_ok
    old = [
        parse_recovery_code_checked(format_recovery_code(secrets.token_bytes(20)))
        for _ in range(200)
    ]
    assert sum(p.check_ok for p in old) < 10  # about 1 in 1,024 by chance


def test_every_single_mistyped_symbol_and_every_swap_is_detected() -> None:
    symbols = parse_code(format_recovery_code(new_recovery_code()), RECOVERY_CODE).symbols
    alphabet = RECOVERY_CODE.alphabet
    missed = []
    for index, original in enumerate(symbols):
        for replacement in alphabet:
            if replacement != original:
                typed = symbols[:index] + replacement + symbols[index + 1 :]
                if parse_code(typed, RECOVERY_CODE).check_ok:
                    missed.append(("substitution", index, replacement))
    for index in range(len(symbols) - 1):
        if symbols[index] != symbols[index + 1]:
            typed = symbols[:index] + symbols[index + 1] + symbols[index] + symbols[index + 2 :]
            if parse_code(typed, RECOVERY_CODE).check_ok:
                missed.append(("swap", index, ""))
    assert missed == []


# --- the vault with recovery codes ----------------------------------------------------------


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def vault_and_code(tmp_path: Path) -> tuple[Path, str]:
    vault, code = Vault.create(tmp_path, "a passphrase nobody guesses", kdf=KdfParams())
    vault.lock()
    return tmp_path, code


@pytest.mark.parametrize("form", list(forms(CODE)))
def test_the_vault_opens_with_its_code_in_every_form(
    vault_and_code: tuple[Path, str], form: str
) -> None:
    folder, code = vault_and_code
    vault = Vault.load(folder)
    vault.unlock_with_recovery_code(forms(code)[form])
    assert vault.unlocked_by == "recovery"


def test_a_mistyped_symbol_is_reported_as_a_typo(vault_and_code: tuple[Path, str]) -> None:
    folder, code = vault_and_code
    wrong = ("1" if code[0] != "1" else "2") + code[1:]
    with pytest.raises(WrongRecoveryCode) as caught:
        Vault.load(folder).unlock_with_recovery_code(wrong)
    assert caught.value.typo
    assert caught.value.malformed is None


def test_a_well_formed_code_of_another_vault_is_not_called_a_typo(
    vault_and_code: tuple[Path, str],
) -> None:
    folder, _ = vault_and_code
    other = format_recovery_code(new_recovery_code())
    with pytest.raises(WrongRecoveryCode) as caught:
        Vault.load(folder).unlock_with_recovery_code(other)
    assert not caught.value.typo
    assert caught.value.malformed is None


def test_a_code_made_before_the_check_still_opens_its_vault(tmp_path: Path) -> None:
    legacy = secrets.token_bytes(20)
    while parse_recovery_code_checked(format_recovery_code(legacy)).check_ok:
        legacy = secrets.token_bytes(20)
    import coach_app.security.vault as vault_module

    original = vault_module.new_recovery_code
    vault_module.new_recovery_code = lambda: legacy  # type: ignore[assignment]
    try:
        vault, code = Vault.create(tmp_path, "a passphrase nobody guesses", kdf=KdfParams())
    finally:
        vault_module.new_recovery_code = original  # type: ignore[assignment]
    vault.lock()
    assert parse_recovery_code(code) == legacy
    reopened = Vault.load(tmp_path)
    reopened.unlock_with_recovery_code(code.lower().replace("-", " "))
    assert reopened.unlocked_by == "recovery"


def test_wrong_codes_back_off_and_malformed_ones_are_not_counted(
    vault_and_code: tuple[Path, str],
) -> None:
    folder, code = vault_and_code
    clock = FakeClock()
    vault = Vault.load(folder, recovery_backoff=UnlockBackoff(clock=clock))
    for _ in range(10):  # malformed: refused before anything is tried
        with pytest.raises(WrongRecoveryCode) as caught:
            vault.unlock_with_recovery_code(code[:-2])
        assert caught.value.malformed is not None
    other = format_recovery_code(new_recovery_code())
    for _ in range(3):
        with pytest.raises(WrongRecoveryCode):
            vault.unlock_with_recovery_code(other)
    with pytest.raises(TooManyAttempts) as waiting:
        vault.unlock_with_recovery_code(code)  # even the right code waits its turn
    assert waiting.value.retry_after_seconds == pytest.approx(2.0)
    clock.now += 2.0
    vault.unlock_with_recovery_code(code)
    assert vault.unlocked_by == "recovery"


def test_wrong_codes_do_not_slow_the_passphrase_down(vault_and_code: tuple[Path, str]) -> None:
    folder, _ = vault_and_code
    vault = Vault.load(folder)
    other = format_recovery_code(new_recovery_code())
    for _ in range(4):
        with pytest.raises((WrongRecoveryCode, TooManyAttempts)):
            vault.unlock_with_recovery_code(other)
    vault.unlock("a passphrase nobody guesses")


# --- enrolment codes ------------------------------------------------------------------------


def test_the_enrolment_alphabet_is_the_server_s() -> None:
    from coach_server.security import _CODE_ALPHABET, generate_enrolment_code

    assert sorted(ENROLMENT_CODE.alphabet) == sorted(_CODE_ALPHABET)
    for _ in range(20):
        code = generate_enrolment_code()
        assert parse_enrolment_code(code) == code


@pytest.mark.parametrize(
    "typed",
    [
        "DGWT 2UWP J44B DVA3",
        "DGWT2UWPJ44BDVA3",
        "dgwt-2uwp-j44b-dva3",
        "DGWT\u20132UWP\u2013J44B\u2013DVA3",
        "DGWT\u00a02UWP\nJ44B DVA3\n",
    ],
)
def test_enrolment_codes_as_people_type_them(typed: str) -> None:
    assert parse_enrolment_code(typed) == "DGWT-2UWP-J44B-DVA3"


def test_an_enrolment_code_never_has_zero_or_one() -> None:
    with pytest.raises(CodeError) as caught:
        parse_enrolment_code("DGWT-2UWP-J44B-DVA0")
    assert caught.value.problem is CodeProblem.NOT_IN_ALPHABET
    assert caught.value.character == "0"
    assert caught.value.group == 4
    with pytest.raises(CodeError) as short:
        parse_enrolment_code("DGWT-2UWP-J44B")
    assert short.value.count == 4
