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
    "current_revisions",
    "head_revision",
    "head_revisions",
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


def head_revisions() -> tuple[str, ...]:
    """The newest revision of each branch (features may add branches off one revision)."""
    heads = tuple(sorted(ScriptDirectory.from_config(alembic_config()).get_heads()))
    if not heads:
        raise MigrationError("no migration revisions are packaged")
    return heads


def head_revision() -> str:
    """The single newest revision; MigrationError while branches are not merged."""
    heads = head_revisions()
    if len(heads) != 1:
        raise MigrationError(f"migration branches are not merged: {', '.join(heads)}")
    return heads[0]


def current_revisions(engine: Engine) -> tuple[str, ...]:
    with engine.connect() as connection:
        return tuple(sorted(MigrationContext.configure(connection).get_current_heads()))


def current_revision(engine: Engine) -> str | None:
    """The single revision the database is at, or None for an empty database."""
    revisions = current_revisions(engine)
    if len(revisions) > 1:
        raise MigrationError(f"the database is on several branches: {', '.join(revisions)}")
    return revisions[0] if revisions else None


def needs_migration(engine: Engine) -> bool:
    return current_revisions(engine) != head_revisions()


def migrate(engine: Engine, revision: str = "heads") -> None:
    """Upgrade the database to `revision` (default: the newest), in one transaction."""
    before = current_revisions(engine)
    try:
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), revision)
    except MigrationError:
        raise
    except Exception as exc:
        raise MigrationError(
            f"migrating from {before} to {revision} failed: {type(exc).__name__}"
        ) from exc
    log.info("database schema migrated from %s to %s", before, current_revisions(engine))
