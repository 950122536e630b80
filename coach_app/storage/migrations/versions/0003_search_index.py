"""Full-text search index (FTS5) over family and people's names, municipality and visit notes.

Revision ID: 0003_search_index
Revises: 0001

The DDL is written out here (not imported) so this revision stays what it was when later code
changes. See ``coach_app/storage/search.py`` for the design.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0003_search_index"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The tokenizer folds case and accents but keeps the Turkish dotless ı: fold it to i here
# (the query folds it the same way, see coach_app.domain.search.fold_for_search).
_FAMILY_TEXT = "replace(new.display_name || ' ' || new.municipality_name, 'ı', 'i')"
_PERSON_TEXT = "replace(new.given_name || ' ' || new.family_name, 'ı', 'i')"
_VISIT_TEXT = "replace(new.notes, 'ı', 'i')"


def _insert(kind: str, family_id: str, text: str) -> str:
    """Trigger SQL from this module's constants only (no outside input)."""
    return (
        "INSERT INTO search_index (family_id, kind, source, text) "  # noqa: S608
        f"VALUES ({family_id}, '{kind}', replace(new.id, '-', ''), {text});"
    )


_DELETE = (
    "DELETE FROM search_index WHERE search_index MATCH "
    "('{source} : \"' || replace(old.id, '-', '') || '\"');"
)

_STATEMENTS = (
    "CREATE VIRTUAL TABLE search_index USING fts5("
    "family_id UNINDEXED, kind UNINDEXED, source, text, "
    "tokenize = 'unicode61 remove_diacritics 2')",
    # Remove a deleted row's terms from the index at once, not at the next merge.
    "INSERT INTO search_index (search_index, rank) VALUES ('secure-delete', 1)",
    f"CREATE TRIGGER search_family_insert AFTER INSERT ON family BEGIN "
    f"{_insert('family', 'new.id', _FAMILY_TEXT)} END",
    f"CREATE TRIGGER search_family_update AFTER UPDATE OF display_name, municipality_name "
    f"ON family BEGIN {_DELETE} {_insert('family', 'new.id', _FAMILY_TEXT)} END",
    f"CREATE TRIGGER search_family_delete AFTER DELETE ON family BEGIN {_DELETE} END",
    f"CREATE TRIGGER search_person_insert AFTER INSERT ON person BEGIN "
    f"{_insert('person', 'new.family_id', _PERSON_TEXT)} END",
    f"CREATE TRIGGER search_person_update AFTER UPDATE OF given_name, family_name, family_id "
    f"ON person BEGIN {_DELETE} {_insert('person', 'new.family_id', _PERSON_TEXT)} END",
    f"CREATE TRIGGER search_person_delete AFTER DELETE ON person BEGIN {_DELETE} END",
    f"CREATE TRIGGER search_visit_insert AFTER INSERT ON visit BEGIN "
    f"{_insert('visit', 'new.family_id', _VISIT_TEXT)} END",
    f"CREATE TRIGGER search_visit_update AFTER UPDATE OF notes, family_id "
    f"ON visit BEGIN {_DELETE} {_insert('visit', 'new.family_id', _VISIT_TEXT)} END",
    f"CREATE TRIGGER search_visit_delete AFTER DELETE ON visit BEGIN {_DELETE} END",
    # Index what is already there.
    "INSERT INTO search_index (family_id, kind, source, text) "
    "SELECT id, 'family', replace(id, '-', ''), "
    "replace(display_name || ' ' || municipality_name, 'ı', 'i') FROM family",
    "INSERT INTO search_index (family_id, kind, source, text) "
    "SELECT family_id, 'person', replace(id, '-', ''), "
    "replace(given_name || ' ' || family_name, 'ı', 'i') FROM person",
    "INSERT INTO search_index (family_id, kind, source, text) "
    "SELECT family_id, 'visit', replace(id, '-', ''), replace(notes, 'ı', 'i') FROM visit",
)

_TRIGGERS = (
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


def upgrade() -> None:
    bind = op.get_bind()
    for statement in _STATEMENTS:
        # Driver SQL: the MATCH syntax's ":" must not be read as a bound parameter.
        bind.exec_driver_sql(statement)


def downgrade() -> None:
    bind = op.get_bind()
    for trigger in _TRIGGERS:
        bind.exec_driver_sql(f"DROP TRIGGER IF EXISTS {trigger}")
    bind.exec_driver_sql("DROP TABLE IF EXISTS search_index")
