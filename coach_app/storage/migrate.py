"""Schema migrations, applied in code.

The Alembic environment lives inside the package (`coach_app/storage/migrations/`), so
migrating needs no alembic.ini and works from an installed wheel or a frozen build that ships
that folder as data.
"""

from __future__ import annotations

import logging
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

from coach_app.storage.errors import MigrationError

__all__ = [
    "MIGRATIONS_DIR",
    "alembic_config",
    "current_revision",
    "head_revision",
    "migrate",
    "needs_migration",
]

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic `Config` built in code, pointing at the packaged migrations."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    if head is None:
        raise MigrationError("no migration revisions are packaged")
    return head


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at, or None for an empty database."""
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def needs_migration(engine: Engine) -> bool:
    return current_revision(engine) != head_revision()


def migrate(engine: Engine, revision: str = "head") -> None:
    """Upgrade the database to `revision` (default: the newest), in one transaction."""
    before = current_revision(engine)
    try:
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), revision)
    except MigrationError:
        raise
    except Exception as exc:
        raise MigrationError(
            f"migrating from {before} to {revision} failed: {type(exc).__name__}"
        ) from exc
    log.info("database schema migrated from %s to %s", before, current_revision(engine))
