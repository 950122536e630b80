"""Codes people copy by hand: one lenient parser for recovery codes and enrolment codes.

Qt-free and standard library only, so every layer (vault, sync, UI) can use it. A code is a
fixed number of symbols from an alphabet, shown in groups joined by hyphens. What people type,
paste or read aloud is accepted as long as the symbols are right:

- any case (``abcd`` = ``ABCD``; Turkish dotless ``ı`` and dotted ``İ`` read as ``I``);
- separators anywhere: spaces of any kind (no-break, narrow, ideographic), tabs, line breaks,
  hyphens and every other dash (en dash, em dash, minus sign, figure dash, non-breaking hyphen,
  soft hyphen), zero-width characters and a byte-order mark;
- full-width and other compatibility forms (Unicode NFKC: ``Ａ`` = ``A``);
- the look-alikes of the format (Crockford base32: ``O`` reads as ``0``, ``I`` and ``L`` as ``1``).

A code that still does not fit raises ``CodeError``, which says what is wrong in terms a UI can
put in plain words: empty, too short or too long by how many symbols, a character that is not
in the alphabet (which one, where), or (for formats with a check) a typo the check detected.
The message of a ``CodeError`` never repeats the code; only ``character`` holds the one
offending character, for the UI to show.

Formats
-------
``RECOVERY_CODE``
    32 Crockford base32 symbols (alphabet ``0-9 A-Z`` without ``I L O U``; source: Douglas
    Crockford, "Base32", https://www.crockford.com/base32.html), shown as 8 groups of 4.
    Codes made since this module: 150 random bits followed by a 10-bit CRC of them (generator
    x^10 + x^9 + x^5 + x^4 + x + 1, the CRC-10 of ITU-T I.610), which detects every single
    mistyped symbol and every swap of two neighbouring symbols (both are bursts of at most
    10 bits). Codes made before carry 160 random bits and no check; ``ParsedCode.check_ok``
    is then False (about 1 in 1,024 old codes happens to pass), so callers try such a code
    anyway and only report a typo when it does not open.
``ENROLMENT_CODE``
    16 symbols from ``ABCDEFGHJKLMNPQRSTUVWXYZ23456789`` (no ``I O 0 1``: the server's
    ``coach_server.security`` alphabet), shown as 4 groups of 4. No check symbols. The
    canonical form sent to the server is ``XXXX-XXXX-XXXX-XXXX``.

API::

    parse_code(text, fmt) -> ParsedCode        # CodeError when it cannot be a code
    ParsedCode.symbols / .canonical / .check_ok / .to_bytes()
    format_symbols(symbols, fmt) -> str        # grouped for reading aloud and printing
    new_recovery_code_bytes() -> bytes         # 20 bytes: 150 random bits + CRC-10
    parse_enrolment_code(text) -> str          # canonical enrolment code, or CodeError
"""

from __future__ import annotations

import enum
import secrets
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field

__all__ = [
    "ENROLMENT_CODE",
    "RECOVERY_CODE",
    "CodeError",
    "CodeFormat",
    "CodeProblem",
    "ParsedCode",
    "format_symbols",
    "new_recovery_code_bytes",
    "parse_code",
    "parse_enrolment_code",
    "symbol_count",
]

_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_CRC10_GENERATOR = 0x633  # x^10 + x^9 + x^5 + x^4 + x + 1 (ITU-T I.610), top bit included
_CRC_BITS = 10


class CodeProblem(enum.Enum):
    """What is wrong with a typed code."""

    EMPTY = "empty"
    TOO_SHORT = "too_short"  # ``count`` symbols missing
    TOO_LONG = "too_long"  # ``count`` symbols too many
    NOT_IN_ALPHABET = "not_in_alphabet"  # ``character`` at ``position`` (``group``)
    CHECK_FAILED = "check_failed"  # the symbols do not match the code's check symbols


class CodeError(ValueError):
    """A typed code that cannot be a code of its format.

    Attributes: ``problem`` (``CodeProblem``), ``format_name`` ("recovery" or "enrolment"),
    ``expected`` (symbols in a code), ``count`` (symbols missing or too many, else 0),
    ``character`` (the offending character as typed, else ""), ``position`` (1-based among the
    code's symbols, else 0) and ``group`` (1-based group of that position, else 0). The
    message names the problem but never the code.
    """

    def __init__(
        self,
        problem: CodeProblem,
        *,
        format_name: str,
        expected: int,
        count: int = 0,
        character: str = "",
        position: int = 0,
        group: int = 0,
    ) -> None:
        self.problem = problem
        self.format_name = format_name
        self.expected = expected
        self.count = count
        self.character = character
        self.position = position
        self.group = group
        detail = {
            CodeProblem.EMPTY: "nothing was typed",
            CodeProblem.TOO_SHORT: f"{count} symbol(s) short of {expected}",
            CodeProblem.TOO_LONG: f"{count} symbol(s) more than {expected}",
            CodeProblem.NOT_IN_ALPHABET: (
                f"symbol {position} (group {group}) is not in the code's alphabet"
            ),
            CodeProblem.CHECK_FAILED: "the check symbols do not match (a typo)",
        }[problem]
        super().__init__(f"the {format_name} code is malformed: {detail}")


def _crc10(value: int, bits: int) -> int:
    """CRC-10 (generator 0x633, initial value 0, no final XOR) of ``bits`` bits of ``value``."""
    remainder = 0
    for index in range(bits - 1, -1, -1):
        remainder = (remainder << 1) | ((value >> index) & 1)
        if remainder >> _CRC_BITS:
            remainder ^= _CRC10_GENERATOR
    for _ in range(_CRC_BITS):
        remainder <<= 1
        if remainder >> _CRC_BITS:
            remainder ^= _CRC10_GENERATOR
    return remainder


def _crc_check(symbols: str, alphabet: str) -> bool:
    """True if the last two symbols are the CRC-10 of the bits of the others."""
    number = 0
    for char in symbols:
        number = (number << 5) | alphabet.index(char)
    data_bits = 5 * len(symbols) - _CRC_BITS
    return _crc10(number >> _CRC_BITS, data_bits) == number & ((1 << _CRC_BITS) - 1)


@dataclass(frozen=True)
class CodeFormat:
    """A kind of code: its alphabet, length, grouping, look-alikes and optional check."""

    name: str
    alphabet: str
    length: int
    group: int
    look_alikes: Mapping[str, str] = field(default_factory=dict)
    crc_checked: bool = False  # the last two base32 symbols are a CRC-10 of the others

    @property
    def bits_per_symbol(self) -> int:
        return (len(self.alphabet) - 1).bit_length()


RECOVERY_CODE = CodeFormat(
    name="recovery",
    alphabet=_CROCKFORD,
    length=32,
    group=4,
    look_alikes={"O": "0", "I": "1", "L": "1", "İ": "1"},
    crc_checked=True,
)

ENROLMENT_CODE = CodeFormat(
    name="enrolment",
    alphabet="ABCDEFGHJKLMNPQRSTUVWXYZ23456789",
    length=16,
    group=4,
    look_alikes={"İ": "I"},  # still refused below (no I), but named as the letter typed
)


def _is_separator(char: str) -> bool:
    if char.isspace():
        return True
    category = unicodedata.category(char)
    # Pd: every dash; Zs/Zl/Zp: spaces and breaks; Cf: soft hyphen, zero-width space, BOM.
    return category in ("Pd", "Zs", "Zl", "Zp", "Cf") or char in "\u2212_."


@dataclass(frozen=True)
class ParsedCode:
    """A code as its canonical symbols. ``check_ok`` is True for formats without a check."""

    format: CodeFormat
    symbols: str = field(repr=False)
    check_ok: bool

    @property
    def canonical(self) -> str:
        """The symbols grouped with hyphens, as the code is printed."""
        return format_symbols(self.symbols, self.format)

    def to_bytes(self) -> bytes:
        """The symbols as a big-endian number of ``length * bits_per_symbol / 8`` bytes."""
        width = self.format.bits_per_symbol
        number = 0
        for char in self.symbols:
            number = (number << width) | self.format.alphabet.index(char)
        return number.to_bytes(self.format.length * width // 8, "big")


def parse_code(text: str, fmt: CodeFormat) -> ParsedCode:
    """Turn what someone typed or pasted into the code's symbols (see the module docstring).

    Raises ``CodeError``: ``EMPTY``; ``NOT_IN_ALPHABET`` for the first character that is neither
    a symbol, a look-alike nor a separator; then ``TOO_SHORT`` / ``TOO_LONG`` with the number
    of symbols missing or extra. A failed check is not an error here (``check_ok`` False),
    because codes made before the check existed carry none.
    """
    symbols: list[str] = []
    for raw_char in unicodedata.normalize("NFKC", text):
        if _is_separator(raw_char):
            continue
        # upper() turns the dotless ı into I; the dotted İ has no upper-case form to reach.
        char = raw_char if raw_char in fmt.look_alikes else raw_char.upper()
        char = fmt.look_alikes.get(char, char)
        if char not in fmt.alphabet:
            position = len(symbols) + 1
            raise CodeError(
                CodeProblem.NOT_IN_ALPHABET,
                format_name=fmt.name,
                expected=fmt.length,
                character=raw_char,
                position=position,
                group=(position - 1) // fmt.group + 1,
            )
        symbols.append(char)
    if not symbols:
        raise CodeError(CodeProblem.EMPTY, format_name=fmt.name, expected=fmt.length)
    if len(symbols) < fmt.length:
        raise CodeError(
            CodeProblem.TOO_SHORT,
            format_name=fmt.name,
            expected=fmt.length,
            count=fmt.length - len(symbols),
        )
    if len(symbols) > fmt.length:
        raise CodeError(
            CodeProblem.TOO_LONG,
            format_name=fmt.name,
            expected=fmt.length,
            count=len(symbols) - fmt.length,
        )
    compact = "".join(symbols)
    check_ok = _crc_check(compact, fmt.alphabet) if fmt.crc_checked else True
    return ParsedCode(fmt, compact, check_ok)


def symbol_count(text: str) -> int:
    """How many characters of ``text`` count towards a code (separators left out)."""
    return sum(1 for char in unicodedata.normalize("NFKC", text) if not _is_separator(char))


def format_symbols(symbols: str, fmt: CodeFormat) -> str:
    """Group ``symbols`` for reading aloud and printing, e.g. ``ABCD-EFGH-...``."""
    return "-".join(
        symbols[start : start + fmt.group] for start in range(0, len(symbols), fmt.group)
    )


def new_recovery_code_bytes() -> bytes:
    """20 bytes = 32 base32 symbols: 150 random bits, then their CRC-10."""
    data_bits = 5 * RECOVERY_CODE.length - _CRC_BITS
    data = secrets.randbits(data_bits)
    number = (data << _CRC_BITS) | _crc10(data, data_bits)
    return number.to_bytes(5 * RECOVERY_CODE.length // 8, "big")


def parse_enrolment_code(text: str) -> str:
    """The canonical enrolment code (``XXXX-XXXX-XXXX-XXXX``) of what was typed; ``CodeError``."""
    return parse_code(text, ENROLMENT_CODE).canonical
