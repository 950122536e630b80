"""Revision 0012 (the off-laptop service) upgrades a database holding data, and back."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from conftest import create_pg_database
from sqlalchemy import inspect, text

from coach_server.db import alembic_config, create_db_engine

REVISION = "0012"
NEW_TABLES = {"device_keys", "offsite_files", "offsite_chunks", "handovers", "handover_pids"}


@pytest.fixture
def empty_database_url(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if backend == "postgres":
        return create_pg_database(request.getfixturevalue("pg_cluster"))
    return f"sqlite:///{tmp_path / 'empty.sqlite3'}"


def test_upgrade_keeps_devices_and_records_and_downgrade_removes_only_the_new_tables(
    empty_database_url: str,
) -> None:
    config = alembic_config(empty_database_url)
    previous = ScriptDirectory.from_config(config).get_revision(REVISION).down_revision
    assert isinstance(previous, str)
    command.upgrade(config, previous)
    engine = create_db_engine(empty_database_url)
    now = datetime(2020, 3, 18, 10, tzinfo=UTC).replace(tzinfo=None)
    try:
        with engine.begin() as connection:
            connection.execute(
                text(
                    "INSERT INTO devices (id, coach_name, token_hash, created_at) "
                    "VALUES (:id, 'Coach A', :hash, :now)"
                ),
                {"id": "3f1d2c4b-5a69-4e7f-8a9b-0c1d2e3f4a5b", "hash": "a" * 64, "now": now},
            )
        command.upgrade(config, REVISION)
        assert set(inspect(engine).get_table_names()) >= NEW_TABLES
        with engine.begin() as connection:
            assert connection.execute(text("SELECT coach_name FROM devices")).scalar() == "Coach A"
            connection.execute(
                text(
                    "INSERT INTO device_keys (device_id, public_key, registered_at) "
                    "VALUES (:id, :key, :now)"
                ),
                {"id": "3f1d2c4b-5a69-4e7f-8a9b-0c1d2e3f4a5b", "key": "A" * 43 + "=", "now": now},
            )
        command.downgrade(config, previous)
        tables = set(inspect(engine).get_table_names())
        assert not NEW_TABLES & tables
        with engine.begin() as connection:
            assert connection.execute(text("SELECT count(*) FROM devices")).scalar() == 1
    finally:
        engine.dispose()
