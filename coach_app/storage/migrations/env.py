"""Alembic environment of the local database.

Run only programmatically (`coach_app.storage.migrate`): the caller passes an open SQLAlchemy
connection in `config.attributes["connection"]`; there is no URL and no alembic.ini, so the
same code works from a wheel and from a PyInstaller build.
"""

from __future__ import annotations

from alembic import context

from coach_app.storage.models import Base
from coach_app.storage.search import include_in_autogenerate

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError(
        "run migrations through coach_app.storage.migrate(engine); "
        "the database is encrypted and has no URL"
    )

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
    # The FTS5 search index and its shadow tables have no model: autogenerate ignores them.
    include_name=include_in_autogenerate,
)
with context.begin_transaction():
    context.run_migrations()
