"""The full-text search index: SQLite FTS5 inside the encrypted database.

Three tables (migrations ``0006_contentless_search`` and ``0014_search_by_family``):

- ``search_index(text)``: a contentless FTS5 table (``content=''``), tokenized
  ``unicode61 remove_diacritics 2`` (case and accents folded). It holds the terms of each
  family's display name and municipality, each person's given and family name and each visit's
  notes, and no copy of the text itself;
- ``search_family(seq, family_id)``: a number per family, never reused;
- ``search_entry(id, source, family_id)``: one row per indexed family, person or visit: the
  index's integer rowid (``id``), the row's own id (``source``) and its family. The rowid is
  the family's ``seq << 24`` plus a counter, so a search gets the families straight from the
  matching rowids and looks each family up once, however many of its notes match.

SQL triggers on ``family``, ``person`` and ``visit`` keep both current for every writer,
erasure included. A row's terms are removed with FTS5's ``'delete'`` command and the row's old
values, and the ``secure-delete`` option takes them out of the index at once (with
``PRAGMA secure_delete`` the freed bytes are zeroed), so an erased family leaves nothing
behind. (A contentless-delete table would only mark deleted rows until a later merge.) A
search reads the matching rowids and one small ``search_family`` row per family, not the
notes: at 10,000 families and 200,000 visits a common word matches some 34,000 rows, and
looking up each one's ``search_entry`` took most of the search's time (issue 14).

Caution for later migrations: Alembic's batch mode recreates a table on SQLite, which drops
its triggers. A migration that recreates ``family``, ``person`` or ``visit`` must create the
triggers again (see ``SEARCH_TRIGGERS``; a storage test checks they exist at head), and the
``'delete'`` command must always be given the text exactly as it was indexed.
"""

from __future__ import annotations

from collections.abc import MutableMapping
from functools import lru_cache
from typing import Any
from uuid import UUID

from sqlalchemy import Connection, text

from coach_app.domain.search import SearchIndex

__all__ = [
    "SEARCH_ENTRY_TABLE",
    "SEARCH_FAMILY_TABLE",
    "SEARCH_TABLE",
    "SEARCH_TRIGGERS",
    "SqlSearchIndex",
    "family_uuid",
    "include_in_autogenerate",
    "is_search_table",
]

SEARCH_TABLE = "search_index"
SEARCH_ENTRY_TABLE = "search_entry"
SEARCH_FAMILY_TABLE = "search_family"
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
    """True for the index's tables: the FTS5 table, its shadow tables, ``search_entry`` and
    ``search_family`` (which no SQLAlchemy model describes: only the triggers write them)."""
    if name is None:
        return False
    return name in (SEARCH_TABLE, SEARCH_ENTRY_TABLE, SEARCH_FAMILY_TABLE) or any(
        name == SEARCH_TABLE + s for s in _SHADOW_SUFFIXES
    )


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
        # A common word matches thousands of families (up to 9,000 of 10,000 in the issue 14
        # benchmark, where the SQL answers in 5-15 ms). The ids come back as one text (no
        # Python object per row) and each id text becomes a UUID once per process: a search
        # that allocates thousands of objects sets off Python's full garbage collection, which
        # walks every object the Families list holds (100-170 ms at 10,000 families).
        joined = self._connection.execute(_MATCHING_FAMILIES, {"q": expression}).scalar()
        return frozenset(map(family_uuid, joined.split())) if joined else frozenset()


#: Built once. The index answers rowids; their upper bits number the families. The ids are
#: UUID text (no spaces), joined by spaces.
_MATCHING_FAMILIES = text(
    "SELECT group_concat(family_id, ' ') FROM search_family WHERE seq IN "
    "(SELECT rowid >> 24 FROM search_index WHERE search_index MATCH :q)"
)

#: Family id text to UUID, remembered: the same few thousand families come back on every
#: search and every Families list (``SqlFamilyRepository.summaries``). Bounded (64k ids, a few
#: MB) so a long session cannot grow it without end; ids are random UUIDs, no personal data.
family_uuid = lru_cache(maxsize=1 << 16)(UUID)
