"""The full-text search index: SQLite FTS5 inside the encrypted database.

One virtual table, ``search_index(family_id UNINDEXED, kind UNINDEXED, source, text)``,
tokenized ``unicode61 remove_diacritics 2`` (case and accents folded), holds one row per family
(display name and municipality), per person (given and family name) and per visit (notes).
``source`` is the row's id without dashes, a single token, so triggers find "their" index row
through the index itself. SQL triggers on ``family``, ``person`` and ``visit`` keep it current
for every writer, erasure included, and FTS5's ``secure-delete`` option removes a deleted row's
terms from the index at once (with ``PRAGMA secure_delete`` the freed bytes are zeroed), so an
erased family leaves nothing behind. The schema is created by migration ``0003_search_index``.

Caution for later migrations: Alembic's batch mode recreates a table on SQLite, which drops
its triggers. A migration that recreates ``family``, ``person`` or ``visit`` must create the
triggers again (see ``SEARCH_TRIGGERS``; a storage test checks they exist at head).
"""

from __future__ import annotations

from collections.abc import MutableMapping
from typing import Any
from uuid import UUID

from sqlalchemy import Connection, text

from coach_app.domain.search import SearchIndex

__all__ = [
    "SEARCH_TABLE",
    "SEARCH_TRIGGERS",
    "SqlSearchIndex",
    "include_in_autogenerate",
    "is_search_table",
]

SEARCH_TABLE = "search_index"
# FTS5 keeps its data in these shadow tables beside the virtual table.
_SHADOW_SUFFIXES = ("_data", "_idx", "_content", "_docsize", "_config")
SEARCH_TRIGGERS = (
    "search_family_insert",
    "search_family_update",
    "search_family_delete",
    "search_person_insert",
    "search_person_update",
    "search_person_delete",
    "search_visit_insert",
    "search_visit_update",
    "search_visit_delete",
)


def is_search_table(name: str | None) -> bool:
    """True for the FTS5 table and its shadow tables (which no SQLAlchemy model describes)."""
    if name is None:
        return False
    return name == SEARCH_TABLE or any(name == SEARCH_TABLE + s for s in _SHADOW_SUFFIXES)


def include_in_autogenerate(
    name: str | None, type_: str, parent_names: MutableMapping[Any, str | None]
) -> bool:
    """Alembic ``include_name`` hook: compare everything but the search index's tables."""
    return not (type_ == "table" and is_search_table(name))


class SqlSearchIndex(SearchIndex):
    """``SearchIndex`` over one connection (the caller owns it; reading needs no commit)."""

    def __init__(self, connection: Connection) -> None:
        self._connection = connection

    def family_ids_matching(self, expression: str) -> frozenset[UUID]:
        rows = self._connection.execute(
            text("SELECT DISTINCT family_id FROM search_index WHERE search_index MATCH :q"),
            {"q": expression},
        )
        return frozenset(UUID(row[0]) for row in rows)
