"""All of one family's rows, found by walking the schema: what a handover carries and erases.

A table belongs to a family when it is ``family`` itself, has a ``family_id`` column, or has a
foreign key to a table that belongs to a family (``visit_topic`` through ``visit``,
``milestone`` through ``goal``, ...). So a table another change adds later (a dated history,
drafts of another editor) is carried and erased without this module changing; a test fails
when a table is neither a family's nor listed here as the laptop's own.

- Carried in a package: every family table except drafts (``*draft*``), plus the family's
  pseudonymous ids (``sync_pid``) and their outbox rows (``sync_outbox``, by pid), so the
  anonymised records continue under the receiver with the same pids and versions.
- Erased after a handover: every family table, drafts included, plus its pids and outbox rows,
  without tombstones (the records now belong to the receiver).

Rows are copied as the database stores them (text, integers, reals, blobs, NULL), never
through the entities, so nothing is lost or re-derived. Functions take a connection or a
session and never commit.
"""

from __future__ import annotations

import base64
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import ColumnElement, Connection, Table, literal_column, select

from coach_app.storage.models import Base

__all__ = [
    "LAPTOP_TABLES",
    "carried_tables",
    "decode_value",
    "encode_value",
    "erase_family_rows",
    "family_pids",
    "family_tables",
    "insert_rows",
    "read_family_rows",
]

ROOT = "family"
PID_TABLE = "sync_pid"
OUTBOX_TABLE = "sync_outbox"
#: Tables of the laptop itself, never a family's (sync state, keys, upload and handover state).
LAPTOP_TABLES = frozenset(
    {
        "sync_state",
        "laptop_key",
        "offsite_state",
        "outgoing_handover",
        "incoming_handover",
    }
)


def _is_draft(table: Table) -> bool:
    return "draft" in table.name


def family_tables() -> list[Table]:
    """Every table holding a family's rows, parents before children (drafts included)."""
    owned: list[Table] = []
    names: set[str] = set()
    for table in Base.metadata.sorted_tables:
        if table.name in LAPTOP_TABLES or table.name == OUTBOX_TABLE:
            continue
        linked = any(fk.column.table.name in names for fk in table.foreign_keys)
        if table.name == ROOT or "family_id" in table.c or linked:
            owned.append(table)
            names.add(table.name)
    return owned


def carried_tables() -> list[Table]:
    """The tables a handover package carries: the family's, but not drafts; then the outbox."""
    carried = [t for t in family_tables() if not _is_draft(t)]
    return [*carried, Base.metadata.tables[OUTBOX_TABLE]]


def _membership(
    table: Table, family_id: str, parents: dict[str, ColumnElement[bool]]
) -> ColumnElement[bool]:
    """Where-clause selecting ``table``'s rows of the family (``parents``: the clauses of the
    tables before it)."""
    if table.name == ROOT:
        return table.c.id == family_id
    if "family_id" in table.c:
        return table.c.family_id == family_id
    for fk in sorted(table.foreign_keys, key=lambda f: f.parent.name):
        parent = fk.column.table
        if parent.name in parents:
            return fk.parent.in_(select(fk.column).where(parents[parent.name]))
    raise ValueError(f"table {table.name} does not belong to a family")


def _wheres(family_id: str, tables: Iterable[Table]) -> dict[str, ColumnElement[bool]]:
    clauses: dict[str, ColumnElement[bool]] = {}
    pid_table = Base.metadata.tables[PID_TABLE]
    for table in tables:
        if table.name == OUTBOX_TABLE:
            pids = select(pid_table.c.pid).where(pid_table.c.family_id == family_id)
            clauses[table.name] = table.c.pid.in_(pids)
        else:
            clauses[table.name] = _membership(table, family_id, clauses)
    return clauses


def encode_value(value: object) -> object:
    """A stored value as JSON: blobs as ``{"b64": ...}``, everything else as it is."""
    if isinstance(value, bytes | bytearray | memoryview):
        return {"b64": base64.b64encode(bytes(value)).decode("ascii")}
    if value is None or isinstance(value, str | int | float):
        return value
    raise TypeError(f"unexpected stored value of type {type(value).__name__}")


def decode_value(value: object) -> object:
    if isinstance(value, dict):
        return base64.b64decode(str(value["b64"]))
    return value


def read_family_rows(
    connection: Connection, family_id: str, tables: Sequence[Table]
) -> dict[str, dict[str, Any]]:
    """``{table: {"columns": [...], "rows": [[...], ...]}}`` of the family, stored values as
    JSON-ready values (see `encode_value`); tables in the order given."""
    clauses = _wheres(family_id, tables)
    found: dict[str, dict[str, Any]] = {}
    for table in tables:
        columns = [c.name for c in table.c]
        if table.name == OUTBOX_TABLE:
            columns.remove("seq")  # the receiver's queue numbers its own rows
        selected: list[ColumnElement[Any]] = [literal_column(f'"{name}"') for name in columns]
        query = select(*selected).select_from(table).where(clauses[table.name])
        rows = connection.execute(query).all()
        found[table.name] = {
            "columns": columns,
            "rows": [[encode_value(v) for v in row] for row in rows],
        }
    return found


def insert_rows(connection: Connection, tables: dict[str, dict[str, Any]]) -> int:
    """Insert rows read by `read_family_rows` (on another laptop), parents first; the number of
    rows. Raises ``ValueError`` when a table or column is unknown here."""
    known = Base.metadata.tables
    inserted = 0
    order = [t.name for t in Base.metadata.sorted_tables]
    for name in sorted(tables, key=lambda n: order.index(n) if n in order else -1):
        if name not in known:
            raise ValueError(f"the package has a table this version does not know: {name}")
        columns = list(tables[name]["columns"])
        missing = set(columns) - set(known[name].c.keys())
        if missing:
            raise ValueError(f"the package has columns this version does not know in {name}")
        rows = tables[name]["rows"]
        if not rows:
            continue
        quoted = ", ".join(f'"{c}"' for c in columns)
        marks = ", ".join("?" for _ in columns)
        connection.exec_driver_sql(
            f'INSERT INTO "{name}" ({quoted}) VALUES ({marks})',  # noqa: S608 - names from the schema
            [tuple(decode_value(v) for v in row) for row in rows],
        )
        inserted += len(rows)
    return inserted


def family_pids(connection: Connection, family_id: str) -> list[str]:
    table = Base.metadata.tables[PID_TABLE]
    return list(connection.scalars(select(table.c.pid).where(table.c.family_id == family_id)))


def erase_family_rows(connection: Connection, family_id: str) -> int:
    """Delete every row of the family (drafts, pids and outbox rows included), children first;
    no tombstone is queued. The number of rows deleted."""
    tables = [*family_tables(), Base.metadata.tables[OUTBOX_TABLE]]
    clauses = _wheres(family_id, tables)
    outbox = Base.metadata.tables[OUTBOX_TABLE]
    deleted = 0
    # The outbox rows are found through the pids: delete them first.
    deleted += connection.execute(outbox.delete().where(clauses[OUTBOX_TABLE])).rowcount or 0
    for table in reversed(family_tables()):
        result = connection.execute(table.delete().where(clauses[table.name]))
        deleted += result.rowcount or 0
    return deleted
