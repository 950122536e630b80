"""Settings refuse insecure defaults outside development."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from coach_server.settings import Settings


def test_development_defaults_use_sqlite_in_the_data_folder(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path)
    assert settings.effective_database_url == f"sqlite:///{tmp_path / 'coach-server.sqlite3'}"


def test_environment_variables_are_read(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("COACH_SERVER_PORT", "9000")
    monkeypatch.setenv("COACH_SERVER_DATA_DIR", str(tmp_path))
    settings = Settings()
    assert settings.port == 9000
    assert settings.data_dir == tmp_path


def test_production_refuses_every_insecure_default(tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as caught:
        Settings(environment="production", data_dir=tmp_path, argon2_memory_kib=1024)
    message = str(caught.value)
    assert "SECRET_KEY" in message
    assert "PostgreSQL" in message
    assert "temporary folder" in message
    assert "Argon2id" in message


def test_production_accepts_a_secure_configuration(tmp_path: Path) -> None:
    settings = Settings(
        environment="production",
        data_dir=Path("/var/lib/coach-server"),
        database_url="postgresql+psycopg://coach@db/coach",
        secret_key="x" * 40,  # type: ignore[arg-type]
    )
    assert settings.environment == "production"


def test_thresholds_cannot_be_configured_below_five() -> None:
    with pytest.raises(ValidationError):
        Settings(api_threshold=3)
