"""Alembic environment; run programmatically from coach_server.db (a connection is passed in)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from coach_server.db import create_db_engine
from coach_server.models import Base
from coach_server.models_offsite import DeviceKey  # noqa: F401 - its tables join Base
from coach_server.sign_in_limits import RateLimitCounter  # noqa: F401 - its table joins Base

target_metadata = Base.metadata


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = context.config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = create_db_engine(context.config.get_main_option("sqlalchemy.url") or "")
    try:
        with engine.connect() as new_connection:
            _run(new_connection)
    finally:
        engine.dispose()


if context.is_offline_mode():
    raise RuntimeError("offline (SQL script) migrations are not supported")
run_migrations_online()
