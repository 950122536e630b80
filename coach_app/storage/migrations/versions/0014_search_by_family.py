"""Full-text index rowids that name their family: a search no longer looks up every match.

Revision ID: 0014_search_by_family
Revises: 0013_editor_drafts

``search_family(seq, family_id)`` gives each family a number that is never reused
(AUTOINCREMENT); every indexed row's rowid in ``search_index`` (and its ``search_entry.id``)
is ``seq << 24`` plus a counter within the family. A search reads the families straight from
the matching rowids (``rowid >> 24``) and looks up each family once, instead of one
``search_entry`` lookup per matching note (10,000 families and 200,000 visits: a common word
matched some 34,000 rows; issue 14). Up to 2^24 indexed rows per family.

The triggers keep the same names and the same secure deletion (FTS5 ``'delete'`` with the old
text, ``secure-delete`` on); the index is rebuilt from the rows, and the old index's pages are
overwritten as they are freed (``PRAGMA secure_delete``). The DDL is written out here (not
imported) so this revision stays what it was when later code changes; see
``coach_app/storage/search.py``.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0014_search_by_family"
down_revision: str | None = "0013_editor_drafts"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TRIGGERS = tuple(
    f"search_{table}_{event}"
    for table in ("family", "person", "visit")
    for event in ("insert", "update", "delete")
)

# What each table contributes (unchanged since 0006), with the Turkish dotless ı folded to i.
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
_PER_FAMILY = 1 << 24


def _remove(table: str) -> str:
    _, text = _SOURCES[table]
    return (
        "INSERT INTO search_index (search_index, rowid, text) VALUES ('delete', "
        f"(SELECT id FROM search_entry WHERE source = old.id), {text.format(r='old')}); "
        "DELETE FROM search_entry WHERE source = old.id;"
    )


def _new_add(table: str) -> str:
    family, text = _SOURCES[table]
    key = f"new.{family}"
    next_id = (
        f"(SELECT (s.seq << 24) + 1 + coalesce((SELECT max(e.id) FROM search_entry e "
        f"WHERE e.id BETWEEN (s.seq << 24) AND (s.seq << 24) + {_PER_FAMILY - 1}) "
        f"- (s.seq << 24), 0) FROM search_family s WHERE s.family_id = {key})"
    )
    return (
        # (Not INSERT OR IGNORE: an ignored insert still uses up an AUTOINCREMENT number.)
        f"INSERT INTO search_family (family_id) SELECT {key} WHERE NOT EXISTS "
        f"(SELECT 1 FROM search_family WHERE family_id = {key}); "
        f"INSERT INTO search_entry (id, source, family_id) VALUES ({next_id}, new.id, {key}); "
        "INSERT INTO search_index (rowid, text) "
        f"VALUES (last_insert_rowid(), {text.format(r='new')});"
    )


def _new_statements() -> list[str]:
    statements = [
        "CREATE TABLE search_family ("
        "seq INTEGER PRIMARY KEY AUTOINCREMENT, family_id VARCHAR(36) NOT NULL, "
        "CONSTRAINT uq_search_family_family_id UNIQUE (family_id))",
        "CREATE TABLE search_entry ("
        "id INTEGER NOT NULL, source VARCHAR(36) NOT NULL, family_id VARCHAR(36) NOT NULL, "
        "CONSTRAINT pk_search_entry PRIMARY KEY (id), "
        "CONSTRAINT uq_search_entry_source UNIQUE (source))",
        "CREATE VIRTUAL TABLE search_index USING fts5("
        "text, content = '', tokenize = 'unicode61 remove_diacritics 2')",
        "INSERT INTO search_index (search_index, rank) VALUES ('secure-delete', 1)",
    ]
    for table in ("family", "person", "visit"):
        statements += [
            f"CREATE TRIGGER search_{table}_insert AFTER INSERT ON {table} "
            f"BEGIN {_new_add(table)} END",
            f"CREATE TRIGGER search_{table}_update AFTER UPDATE OF {_WATCHED[table]} "
            f"ON {table} BEGIN {_remove(table)} {_new_add(table)} END",
        ]
    statements += [
        "CREATE TRIGGER search_family_delete AFTER DELETE ON family "
        f"BEGIN {_remove('family')} DELETE FROM search_family WHERE family_id = old.id; END",
        f"CREATE TRIGGER search_person_delete AFTER DELETE ON person BEGIN {_remove('person')} END",
        f"CREATE TRIGGER search_visit_delete AFTER DELETE ON visit BEGIN {_remove('visit')} END",
        # Index what is already there: families numbered in name order, their rows after.
        "INSERT INTO search_family (family_id) SELECT id FROM family ORDER BY display_name, id",
    ]
    rows = " UNION ALL ".join(
        f"SELECT id AS source, {family} AS family_id FROM {table}"
        for table, (family, _) in _SOURCES.items()
    )
    statements.append(
        "INSERT INTO search_entry (id, source, family_id) "
        "SELECT (s.seq << 24) + row_number() OVER (PARTITION BY r.family_id ORDER BY r.source), "
        f"r.source, r.family_id FROM ({rows}) AS r "
        "JOIN search_family s ON s.family_id = r.family_id"
    )
    for table, (_, text) in _SOURCES.items():
        statements.append(
            "INSERT INTO search_index (rowid, text) "
            f"SELECT search_entry.id, {text.format(r=table)} FROM {table} "
            f"JOIN search_entry ON search_entry.source = {table}.id"
        )
    return statements


# 0006's layout, for the downgrade.
def _old_add(table: str) -> str:
    family, text = _SOURCES[table]
    return (
        f"INSERT INTO search_entry (source, family_id) VALUES (new.id, new.{family}); "
        "INSERT INTO search_index (rowid, text) "
        f"VALUES (last_insert_rowid(), {text.format(r='new')});"
    )


def _old_statements() -> list[str]:
    statements = [
        "CREATE TABLE search_entry ("
        "id INTEGER NOT NULL, source VARCHAR(36) NOT NULL, family_id VARCHAR(36) NOT NULL, "
        "CONSTRAINT pk_search_entry PRIMARY KEY (id), "
        "CONSTRAINT uq_search_entry_source UNIQUE (source))",
        "CREATE VIRTUAL TABLE search_index USING fts5("
        "text, content = '', tokenize = 'unicode61 remove_diacritics 2')",
        "INSERT INTO search_index (search_index, rank) VALUES ('secure-delete', 1)",
    ]
    for table in ("family", "person", "visit"):
        statements += [
            f"CREATE TRIGGER search_{table}_insert AFTER INSERT ON {table} "
            f"BEGIN {_old_add(table)} END",
            f"CREATE TRIGGER search_{table}_update AFTER UPDATE OF {_WATCHED[table]} "
            f"ON {table} BEGIN {_remove(table)} {_old_add(table)} END",
            f"CREATE TRIGGER search_{table}_delete AFTER DELETE ON {table} "
            f"BEGIN {_remove(table)} END",
        ]
    for table, (family, text) in _SOURCES.items():
        statements += [
            f"INSERT INTO search_entry (source, family_id) SELECT id, {family} FROM {table}",
            "INSERT INTO search_index (rowid, text) "
            f"SELECT search_entry.id, {text.format(r=table)} FROM {table} "
            f"JOIN search_entry ON search_entry.source = {table}.id",
        ]
    return statements


def _drop_index() -> None:
    bind = op.get_bind()
    for trigger in _TRIGGERS:
        bind.exec_driver_sql(f"DROP TRIGGER IF EXISTS {trigger}")
    # With PRAGMA secure_delete the freed pages of the old index are overwritten.
    bind.exec_driver_sql("DROP TABLE search_index")
    bind.exec_driver_sql("DROP TABLE search_entry")


def upgrade() -> None:
    _drop_index()
    for statement in _new_statements():
        # Driver SQL: FTS5 commands are not SQLAlchemy text.
        op.get_bind().exec_driver_sql(statement)


def downgrade() -> None:
    _drop_index()
    op.get_bind().exec_driver_sql("DROP TABLE search_family")
    for statement in _old_statements():
        op.get_bind().exec_driver_sql(statement)
