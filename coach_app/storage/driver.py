"""`DriverStatement`: a Core statement compiled once and run on the driver's own cursor.

Saving a visit is the app's hot path: ten statements and a commit in one transaction. Through
``Connection.execute`` SQLAlchemy spends 10-30 µs of Python on each statement (an execution
context, parameter and result processing, a result object): on a save that was a quarter of
the time, as much as SQLCipher spent on the statements themselves (issue 14; measured with
``benchmarks/bench_storage.py`` and a sampling profiler).

A `DriverStatement` is compiled once for SQLite. `DriverStatement.run` converts the parameters
with the type processors SQLAlchemy itself would use (``TypeEngine.bind_processor``), runs the SQL
on the DB-API connection under the given `Connection`, in its transaction (begun first if none
is), and converts result rows with ``TypeEngine.result_processor``. Two things of SQLAlchemy's
own path are kept:

- the engine's ``before_cursor_execute`` listeners are called with the SQL and the driver's
  parameters, so tracing and the save benchmark's replay see exactly what the driver gets;
- a driver error is turned into the same storage error the engine's error handler raises
  (`coach_app.storage.engine.storage_error`: `DatabaseCorrupt`, `DiskFull`, ...), else into
  SQLAlchemy's ``DBAPIError`` wrapping it, as ``Connection.execute`` would raise.

Statements that need SQLAlchemy's execution-time work are refused when built (``ValueError``):
expanding ``IN`` parameters, column defaults computed at execution, ``RETURNING``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, Final

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Connection
from sqlalchemy.dialects import sqlite
from sqlalchemy.exc import DBAPIError
from sqlalchemy.sql import ClauseElement
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.selectable import SelectBase

from coach_app.storage.engine import storage_error

__all__ = ["DriverStatement"]

#: The dialect the app's engine uses (``sqlite://`` with the ``sqlcipher3`` module: qmark).
_DIALECT: Final = sqlite.dialect(paramstyle="qmark")

Row = tuple[Any, ...]
_Processor = Callable[[Any], Any] | None
#: (parameter name, its processor, whether the caller must give it, the statement's own value)
_Parameter = tuple[str, _Processor, bool, Any]


class DriverStatement:
    """``statement`` compiled once for SQLite, to `run` on a `Connection`'s driver cursor.

    ``column_keys``: for an ``INSERT``, the columns the caller gives (as ``insert()`` compiles
    for the keys of its parameters); every one must be given to `run`. Raises ``ValueError``
    for a statement that needs SQLAlchemy's execution-time work (see the module docstring).
    """

    __slots__ = ("_converts", "_parameters", "_result", "is_select", "sql")

    def __init__(
        self, statement: ClauseElement, *, column_keys: Sequence[str] | None = None
    ) -> None:
        compiled = statement.compile(
            dialect=_DIALECT, column_keys=None if column_keys is None else list(column_keys)
        )
        assert isinstance(compiled, SQLCompiler)
        if (
            getattr(compiled, "insert_prefetch", None)
            or getattr(compiled, "update_prefetch", None)
            or getattr(compiled, "postfetch", None)
            or compiled.effective_returning
        ):
            raise ValueError("the statement needs execution-time defaults or RETURNING")
        self.sql: str = compiled.string
        parameters: list[_Parameter] = []
        for name in compiled.positiontup or ():
            bind = compiled.binds[name]
            if bind.expanding or bind.callable is not None:
                raise ValueError(f"parameter {name!r} is expanding or computed at execution")
            processor = bind.type.dialect_impl(_DIALECT).bind_processor(_DIALECT)
            parameters.append((name, processor, bind.required, bind.value))
        self._parameters: tuple[_Parameter, ...] = tuple(parameters)
        self.is_select = isinstance(statement, SelectBase)
        self._result: tuple[_Processor, ...] = ()
        if isinstance(statement, SelectBase):
            self._result = tuple(
                column.type.dialect_impl(_DIALECT).result_processor(_DIALECT, None)
                for column in statement.selected_columns
            )
        self._converts = any(p is not None for p in self._result)

    def driver_parameters(self, values: Mapping[str, Any]) -> tuple[Any, ...]:
        """The positional parameters the driver gets for ``values`` (name -> Python value);
        raises ``KeyError`` naming a required parameter that is missing."""
        out = []
        for name, processor, required, default in self._parameters:
            value = values[name] if required else values.get(name, default)
            out.append(value if processor is None else processor(value))
        return tuple(out)

    def run(
        self, connection: Connection, values: Mapping[str, Any] | Sequence[Mapping[str, Any]]
    ) -> list[Row]:
        """Run on ``connection`` (in its transaction) with one mapping of values, or with a
        list of them (``executemany``). Returns the result rows (converted to Python values as
        SQLAlchemy would), or ``[]`` for a statement that returns none. Raises a
        `coach_app.storage.errors.StorageError` or ``sqlalchemy.exc.DBAPIError`` as
        ``Connection.execute`` would."""
        parameters: Any
        if isinstance(values, Mapping):
            many = False
            parameters = self.driver_parameters(values)
        else:
            many = True
            parameters = [self.driver_parameters(v) for v in values]
        if not connection.in_transaction():
            connection.begin()  # as Connection.execute's autobegin: commit() then commits it
        dbapi = connection.connection.dbapi_connection
        assert dbapi is not None
        cursor = dbapi.cursor()
        for listener in connection.dispatch.before_cursor_execute:
            listener(connection, cursor, self.sql, parameters, None, many)
        try:
            if many:
                cursor.executemany(self.sql, parameters)
                return []
            cursor.execute(self.sql, parameters)
            if not self.is_select:
                return []
            rows: list[Row] = list(cursor.fetchall())
        except sqlcipher.Error as exc:
            wrapped = DBAPIError.instance(self.sql, parameters, exc, sqlcipher.Error)
            cause = storage_error(connection.engine, exc)
            if cause is not None:
                raise cause from wrapped
            raise wrapped from exc
        finally:
            cursor.close()
        if self._converts:
            processors = self._result
            return [
                tuple(v if p is None else p(v) for p, v in zip(processors, row, strict=True))
                for row in rows
            ]
        return rows

    def first(self, connection: Connection, values: Mapping[str, Any]) -> Row | None:
        """The first result row, or None."""
        rows = self.run(connection, values)
        return rows[0] if rows else None

    def scalar(self, connection: Connection, values: Mapping[str, Any]) -> Any:
        """The first column of the first row, or None."""
        rows = self.run(connection, values)
        return rows[0][0] if rows else None
