"""Full-text search over a coach's families: names, people's names, municipality, visit notes.

The index itself lives in storage (SQLite FTS5 inside the encrypted database); this module turns
what a person typed into safe index queries and combines their answers::

    ids = search_family_ids(index, "ayse taal")  # families matching every word, anywhere

Matching rules: case, accents and the Turkish dotless ı are ignored ("sukru" finds "Şükrü",
"yilmaz" finds "Yılmaz"); every word matches as a prefix ("taal" finds "taalcursus"); a family
matches when each word is found somewhere in its name, its people's names, its municipality or
any of its visit notes. Any input is safe: quotes, operators (``NEAR``, ``AND``, ``*``, ``-``),
brackets and empty text never reach the index as syntax.
"""

from __future__ import annotations

import re
from typing import Protocol
from uuid import UUID

__all__ = [
    "MAX_SEARCH_WORDS",
    "SearchIndex",
    "fold_for_search",
    "match_expression",
    "search_family_ids",
    "search_words",
]

MAX_SEARCH_WORDS = 8
MAX_WORD_LENGTH = 64

# The index's tokenizer (unicode61) splits on everything that is not a letter or a digit, so
# the query splits the same way; "_" is a separator there too.
_WORD = re.compile(r"[^\W_]+")


class SearchIndex(Protocol):
    """Answers one safe FTS5 MATCH expression with the ids of the families it matches."""

    def family_ids_matching(self, expression: str) -> frozenset[UUID]: ...


def fold_for_search(text: str) -> str:
    """What the index stores and the query uses: the dotless ı folded to i (the tokenizer
    already folds case and other accents, but keeps ı a letter of its own)."""
    return text.replace("ı", "i").replace("İ", "I")


def search_words(text: str) -> list[str]:
    """The words of a search, as the index's tokenizer would split them (at most 8)."""
    words = [w[:MAX_WORD_LENGTH] for w in _WORD.findall(fold_for_search(text).casefold())]
    unique = list(dict.fromkeys(words))
    return unique[:MAX_SEARCH_WORDS]


def match_expression(word: str) -> str:
    """An FTS5 MATCH expression for one word: a quoted prefix query on the ``text`` column.

    Quoting makes every character a literal (a double quote inside is doubled), so the words
    ``NEAR``, ``AND``, ``OR``, ``NOT`` and characters like ``*``, ``-``, ``(``, ``:`` are plain
    text, never syntax.
    """
    quoted = '"' + word.replace('"', '""') + '"'
    return "{text} : " + quoted + " *"


def search_family_ids(index: SearchIndex, text: str) -> frozenset[UUID]:
    """Families in which every word of ``text`` is found (as a prefix); empty text finds none."""
    words = search_words(text)
    if not words:
        return frozenset()
    result: frozenset[UUID] | None = None
    for word in words:
        found = index.family_ids_matching(match_expression(word))
        result = found if result is None else result & found
        if not result:
            return frozenset()
    return result if result is not None else frozenset()
