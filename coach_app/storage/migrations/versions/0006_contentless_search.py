"""Contentless full-text index: the index keeps terms only, no second copy of names and notes.

Revision ID: 0006_contentless_search
Revises: 0005_merge_features

``search_index`` becomes a contentless FTS5 table (``content=''``) holding only the folded
terms; ``search_entry`` maps each indexed row (family, person, visit) to the index's integer
rowid and its family. Triggers remove a row's terms with FTS5's ``'delete'`` command and the
row's old values, so with the ``secure-delete`` option the terms leave the index at once (a
contentless-delete table would only mark them deleted until a later merge). A search reads
the small ``search_entry`` rows instead of every matching note's copy.

The DDL is written out here (not imported) so this revision stays what it was when later code
changes. See ``coach_app/storage/search.py`` for the design.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0006_contentless_search"
down_revision: str | Sequence[str] | None = "0005_merge_features"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

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

# What each table contributes, with the Turkish dotless ı folded to i (the tokenizer folds
# case and other accents but keeps ı a letter of its own; the query folds it the same way).
_SOURCES = {
    "family": ("id", "replace({r}.display_name || ' ' || {r}.municipality_name, 'ı', 'i')"),
    "person": ("family_id", "replace({r}.given_name || ' ' || {r}.family_name, 'ı', 'i')"),
    "visit": ("family_id", "replace({r}.notes, 'ı', 'i')"),
}
_WATCHED = {
    "family": "display_name, municipality_name",
    "person": "given_name, family_name, family_id",
    "visit": "notes, family_id",
}


def _add(table: str) -> str:
    family, text = _SOURCES[table]
    return (
        f"INSERT INTO search_entry (source, family_id) VALUES (new.id, new.{family}); "
        "INSERT INTO search_index (rowid, text) "
        f"VALUES (last_insert_rowid(), {text.format(r='new')});"
    )


def _remove(table: str) -> str:
    _, text = _SOURCES[table]
    return (
        "INSERT INTO search_index (search_index, rowid, text) VALUES ('delete', "
        f"(SELECT id FROM search_entry WHERE source = old.id), {text.format(r='old')}); "
        "DELETE FROM search_entry WHERE source = old.id;"
    )


def _statements() -> list[str]:
    statements = [
        "CREATE TABLE search_entry ("
        "id INTEGER NOT NULL, source VARCHAR(36) NOT NULL, family_id VARCHAR(36) NOT NULL, "
        "CONSTRAINT pk_search_entry PRIMARY KEY (id), "
        "CONSTRAINT uq_search_entry_source UNIQUE (source))",
        "CREATE VIRTUAL TABLE search_index USING fts5("
        "text, content = '', tokenize = 'unicode61 remove_diacritics 2')",
        # Remove a deleted row's terms from the index at once, not at the next merge.
        "INSERT INTO search_index (search_index, rank) VALUES ('secure-delete', 1)",
    ]
    for table in ("family", "person", "visit"):
        statements += [
            f"CREATE TRIGGER search_{table}_insert AFTER INSERT ON {table} "
            f"BEGIN {_add(table)} END",
            f"CREATE TRIGGER search_{table}_update AFTER UPDATE OF {_WATCHED[table]} "
            f"ON {table} BEGIN {_remove(table)} {_add(table)} END",
            f"CREATE TRIGGER search_{table}_delete AFTER DELETE ON {table} "
            f"BEGIN {_remove(table)} END",
        ]
    # Index what is already there.
    for table, (family, text) in _SOURCES.items():
        statements += [
            f"INSERT INTO search_entry (source, family_id) SELECT id, {family} FROM {table}",
            "INSERT INTO search_index (rowid, text) "
            f"SELECT search_entry.id, {text.format(r=table)} FROM {table} "
            f"JOIN search_entry ON search_entry.source = {table}.id",
        ]
    return statements


# 0003's layout, for the downgrade.
_OLD_FAMILY_TEXT = "replace(new.display_name || ' ' || new.municipality_name, 'ı', 'i')"
_OLD_PERSON_TEXT = "replace(new.given_name || ' ' || new.family_name, 'ı', 'i')"
_OLD_VISIT_TEXT = "replace(new.notes, 'ı', 'i')"


def _old_insert(kind: str, family_id: str, text: str) -> str:
    return (
        "INSERT INTO search_index (family_id, kind, source, text) "
        f"VALUES ({family_id}, '{kind}', replace(new.id, '-', ''), {text});"
    )


_OLD_DELETE = (
    "DELETE FROM search_index WHERE search_index MATCH "
    "('{source} : \"' || replace(old.id, '-', '') || '\"');"
)
_OLD_STATEMENTS = (
    "CREATE VIRTUAL TABLE search_index USING fts5("
    "family_id UNINDEXED, kind UNINDEXED, source, text, "
    "tokenize = 'unicode61 remove_diacritics 2')",
    "INSERT INTO search_index (search_index, rank) VALUES ('secure-delete', 1)",
    f"CREATE TRIGGER search_family_insert AFTER INSERT ON family BEGIN "
    f"{_old_insert('family', 'new.id', _OLD_FAMILY_TEXT)} END",
    f"CREATE TRIGGER search_family_update AFTER UPDATE OF display_name, municipality_name "
    f"ON family BEGIN {_OLD_DELETE} {_old_insert('family', 'new.id', _OLD_FAMILY_TEXT)} END",
    f"CREATE TRIGGER search_family_delete AFTER DELETE ON family BEGIN {_OLD_DELETE} END",
    f"CREATE TRIGGER search_person_insert AFTER INSERT ON person BEGIN "
    f"{_old_insert('person', 'new.family_id', _OLD_PERSON_TEXT)} END",
    f"CREATE TRIGGER search_person_update AFTER UPDATE OF given_name, family_name, family_id "
    f"ON person BEGIN {_OLD_DELETE} {_old_insert('person', 'new.family_id', _OLD_PERSON_TEXT)} END",
    f"CREATE TRIGGER search_person_delete AFTER DELETE ON person BEGIN {_OLD_DELETE} END",
    f"CREATE TRIGGER search_visit_insert AFTER INSERT ON visit BEGIN "
    f"{_old_insert('visit', 'new.family_id', _OLD_VISIT_TEXT)} END",
    f"CREATE TRIGGER search_visit_update AFTER UPDATE OF notes, family_id "
    f"ON visit BEGIN {_OLD_DELETE} {_old_insert('visit', 'new.family_id', _OLD_VISIT_TEXT)} END",
    f"CREATE TRIGGER search_visit_delete AFTER DELETE ON visit BEGIN {_OLD_DELETE} END",
    "INSERT INTO search_index (family_id, kind, source, text) "
    "SELECT id, 'family', replace(id, '-', ''), "
    "replace(display_name || ' ' || municipality_name, 'ı', 'i') FROM family",
    "INSERT INTO search_index (family_id, kind, source, text) "
    "SELECT family_id, 'person', replace(id, '-', ''), "
    "replace(given_name || ' ' || family_name, 'ı', 'i') FROM person",
    "INSERT INTO search_index (family_id, kind, source, text) "
    "SELECT family_id, 'visit', replace(id, '-', ''), replace(notes, 'ı', 'i') FROM visit",
)


def _drop_triggers() -> None:
    bind = op.get_bind()
    for trigger in _TRIGGERS:
        bind.exec_driver_sql(f"DROP TRIGGER IF EXISTS {trigger}")


def upgrade() -> None:
    bind = op.get_bind()
    _drop_triggers()
    # With PRAGMA secure_delete the old index's pages (it held a copy of every note) are
    # overwritten as they are freed.
    bind.exec_driver_sql("DROP TABLE search_index")
    for statement in _statements():
        # Driver SQL: FTS5 commands are not SQLAlchemy text.
        bind.exec_driver_sql(statement)


def downgrade() -> None:
    bind = op.get_bind()
    _drop_triggers()
    bind.exec_driver_sql("DROP TABLE search_index")
    bind.exec_driver_sql("DROP TABLE search_entry")
    for statement in _OLD_STATEMENTS:
        bind.exec_driver_sql(statement)
