"""Alembic: upgrade from an empty database and no drift between models and migrations."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from conftest import create_pg_database
from sqlalchemy import inspect

from coach_server.db import alembic_config, create_db_engine, upgrade


@pytest.fixture
def empty_database_url(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if backend == "postgres":
        return create_pg_database(request.getfixturevalue("pg_cluster"))
    return f"sqlite:///{tmp_path / 'empty.sqlite3'}"


def test_upgrade_from_empty_then_check_finds_no_drift(empty_database_url: str) -> None:
    engine = create_db_engine(empty_database_url)
    try:
        upgrade(engine)
        upgrade(engine)  # idempotent: every start applies migrations
        tables = set(inspect(engine).get_table_names())
        assert {"devices", "received_records", "latest_records", "audit_log"} <= tables
    finally:
        engine.dispose()
    command.check(alembic_config(empty_database_url))


def test_downgrade_to_base_and_back(empty_database_url: str) -> None:
    config = alembic_config(empty_database_url)
    command.upgrade(config, "head")
    command.downgrade(config, "base")
    engine = create_db_engine(empty_database_url)
    try:
        assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
    finally:
        engine.dispose()
    command.upgrade(config, "head")
