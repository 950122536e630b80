"""Schema migrations, applied in code.

The Alembic environment lives inside the package (`coach_app/storage/migrations/`), so
migrating needs no alembic.ini and works from an installed wheel or a frozen build that ships
that folder as data.

Alembic (with Mako) is imported only when a migration is due: on every unlock the database is
usually at the newest revision already, which `needs_migration` tells from the revision files'
own `revision`/`down_revision` lines (read with `ast`) and the `alembic_version` table (read
with one query), exactly what Alembic would compare.
"""

from __future__ import annotations

import ast
import functools
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, text

from coach_app.storage.errors import MigrationError

if TYPE_CHECKING:
    from alembic.config import Config

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
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def _literal_revisions(node: ast.expr | None) -> tuple[str, ...]:
    """The revision ids of a `down_revision` value: None, a string, or a tuple/list of them."""
    if node is None:
        return ()
    value = ast.literal_eval(node)
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if isinstance(value, tuple | list) and all(isinstance(v, str) for v in value):
        return tuple(value)
    raise MigrationError(f"unexpected down_revision {value!r}")


def _revision_graph(folder: Path) -> dict[str, tuple[str, ...]]:
    """Each revision file's `revision` and `down_revision`, read without importing it."""
    graph: dict[str, tuple[str, ...]] = {}
    for path in sorted(folder.glob("*.py")):
        assigned: dict[str, ast.expr | None] = {}
        for node in ast.parse(path.read_text(encoding="utf-8"), str(path)).body:
            if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                assigned[node.target.id] = node.value
            elif isinstance(node, ast.Assign) and len(node.targets) == 1:
                target = node.targets[0]
                if isinstance(target, ast.Name):
                    assigned[target.id] = node.value
        if "revision" not in assigned:
            continue
        revision = _literal_revisions(assigned["revision"])
        if len(revision) != 1:
            raise MigrationError(f"{path.name} names no single revision")
        graph[revision[0]] = _literal_revisions(assigned.get("down_revision"))
    return graph


@functools.cache
def head_revisions() -> tuple[str, ...]:
    """The newest revision of each branch (features may add branches off one revision).

    Read from the packaged revision files; a test checks it against Alembic's own answer.
    """
    graph = _revision_graph(MIGRATIONS_DIR / "versions")
    parents = {parent for parents in graph.values() for parent in parents}
    heads = tuple(sorted(revision for revision in graph if revision not in parents))
    if not heads:
        raise MigrationError("no migration revisions are packaged")
    return heads


def head_revision() -> str:
    """The single newest revision; MigrationError while branches are not merged."""
    heads = head_revisions()
    if len(heads) != 1:
        raise MigrationError(f"migration branches are not merged: {', '.join(heads)}")
    return heads[0]


_VERSION_TABLE_EXISTS = text(
    "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
)
_VERSIONS = text("SELECT version_num FROM alembic_version")


def current_revisions(engine: Engine) -> tuple[str, ...]:
    """The revisions recorded in the database (Alembic's ``alembic_version`` table); empty
    for a database that was never migrated."""
    with engine.connect() as connection:
        if connection.execute(_VERSION_TABLE_EXISTS).first() is None:
            return ()
        return tuple(sorted(connection.execute(_VERSIONS).scalars()))


def current_revision(engine: Engine) -> str | None:
    """The single revision the database is at, or None for an empty database."""
    revisions = current_revisions(engine)
    if len(revisions) > 1:
        raise MigrationError(f"the database is on several branches: {', '.join(revisions)}")
    return revisions[0] if revisions else None


def needs_migration(engine: Engine) -> bool:
    return current_revisions(engine) != head_revisions()


def migrate(engine: Engine, revision: str = "heads") -> None:
    """Upgrade the database to `revision` (default: the newest), in one transaction.

    Nothing is imported or run when the database is at the newest revision already.
    """
    before = current_revisions(engine)
    if revision == "heads" and before == head_revisions():
        return
    from alembic import command

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
