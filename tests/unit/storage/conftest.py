"""Every storage test gets a fresh, migrated, encrypted database with a random data key."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine

from coach_app.domain import CoachingService
from coach_app.storage import close_database, migrate, open_database, sql_uow_factory


@pytest.fixture
def dek() -> bytearray:
    return bytearray(os.urandom(32))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "coach.db"


@pytest.fixture
def engine(db_path: Path, dek: bytearray) -> Iterator[Engine]:
    engine = open_database(db_path, dek)
    migrate(engine)
    yield engine
    close_database(engine)


@pytest.fixture
def service(engine: Engine) -> CoachingService:
    return CoachingService(sql_uow_factory(engine))
