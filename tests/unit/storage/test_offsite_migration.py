"""Revision 0012_offsite (key pair, upload state, handovers) upgrades a database holding
families, and downgrades without touching them."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from coach_app.domain import CoachingService, Municipality
from coach_app.storage import (
    alembic_config,
    close_database,
    migrate,
    open_database,
    sql_uow_factory,
)

REVISION = "0012_offsite"
NEW_TABLES = {"laptop_key", "offsite_state", "outgoing_handover", "incoming_handover"}


def test_upgrade_from_the_previous_revision_with_data_and_back(
    db_path: Path, dek: bytearray
) -> None:
    engine = open_database(db_path, dek)
    try:
        with engine.connect() as connection:
            script = ScriptDirectory.from_config(alembic_config(connection))
        previous = script.get_revision(REVISION).down_revision
        assert isinstance(previous, str)
        migrate(engine, previous)
        family = CoachingService(sql_uow_factory(engine)).create_family(
            display_name="Family before the upgrade",
            municipality=Municipality("GM0153", "Enschede"),
            start_date=date(2019, 3, 1),
        )
        migrate(engine, REVISION)
        assert set(inspect(engine).get_table_names()) >= NEW_TABLES
        read = CoachingService(sql_uow_factory(engine)).get_family(family.id)
        assert read.display_name == "Family before the upgrade"
        with engine.begin() as connection:
            connection.execute(
                text(
                    "INSERT INTO laptop_key (id, private_key, public_key, created_at) "
                    "VALUES (1, :private, :public, :now)"
                ),
                {
                    "private": bytes(32),
                    "public": bytes(32),
                    "now": datetime(2020, 3, 18, tzinfo=UTC).replace(tzinfo=None),
                },
            )
            command.downgrade(alembic_config(connection), previous)
        assert not set(inspect(engine).get_table_names()) & NEW_TABLES
        read = CoachingService(sql_uow_factory(engine)).get_family(family.id)
        assert read.display_name == "Family before the upgrade"
    finally:
        close_database(engine)
