"""A pseudo-locale for developers: ``coach-app --lang pseudo``.

Every translated string comes back about 40 % longer, with accented letters and in brackets
("Families" -> "[Fáɱíłíéš ·····]"), so layouts that would break with longer Dutch or Turkish
texts, strings that bypass translation (they stay plain) and clipped labels show at a glance.
Placeholders (``%1``, ``%n``, ``%L1``), the ``&`` of keyboard mnemonics with its letter, and
rich-text tags are kept intact, so the app behaves exactly as in a real language.
"""

from __future__ import annotations

import math
import re

from PySide6.QtCore import QObject, QTranslator

__all__ = ["PSEUDO", "PseudoTranslator", "pseudo_translate"]

PSEUDO = "pseudo"
EXPANSION = 0.4
PAD = "·"

_ACCENTS = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "áƀçďéƒĝĥíĵķłɱñöþǫŕšťüṽŵẋýžÁƁÇĎÉƑĜĤÍĴĶŁṀÑÖÞǪŔŠŤÜṼŴẊÝŽ",
)
# Kept as they are: placeholders, a mnemonic (or an escaped "&&"), tags and entities.
_KEEP = re.compile(r"%L?\d+|%n|&[a-zA-Z]+;|&#\d+;|&&|&.|<[^>]*>")


def pseudo_translate(text: str) -> str:
    """The pseudo-locale form of ``text`` (empty stays empty)."""
    if not text:
        return text
    parts: list[str] = []
    position = 0
    for match in _KEEP.finditer(text):
        parts.append(text[position : match.start()].translate(_ACCENTS))
        parts.append(match.group())
        position = match.end()
    parts.append(text[position:].translate(_ACCENTS))
    padding = PAD * max(1, math.ceil(len(text) * EXPANSION) - 3)
    return "[" + "".join(parts) + " " + padding + "]"


class PseudoTranslator(QTranslator):
    """Translates every string of every context into the pseudo-locale."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def isEmpty(self) -> bool:
        return False

    def language(self) -> str:
        return PSEUDO

    def translate(
        self,
        context: str,
        sourceText: str,  # noqa: N803 - Qt's parameter name
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        return pseudo_translate(sourceText) if sourceText else None
