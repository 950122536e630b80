"""Server settings: declared once, read from ``COACH_SERVER_*`` variables and CLI flags."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Literal, Self

import platformdirs
from pydantic import Field, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

__all__ = ["DEFAULT_SECRET", "InsecureSettingsError", "Settings"]

#: The placeholder secret; accepted in development only.
DEFAULT_SECRET = "change-me-development-only"  # noqa: S105 - a placeholder refused in production


class InsecureSettingsError(ValueError):
    """Production settings that would be unsafe; the message names each problem."""


def _default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir("coach-server", appauthor=False))


class Settings(BaseSettings):
    """Everything the server reads at start.

    In production the server refuses to start when the secret key is missing, is the
    placeholder or is shorter than 32 characters; when the database is SQLite (production is
    PostgreSQL: several workers share one database); when the data folder lies in the system's
    temporary folder; or when Argon2id is weakened below 64 MiB / 3 iterations.
    """

    model_config = SettingsConfigDict(env_prefix="COACH_SERVER_", extra="forbid")

    environment: Literal["development", "production"] = "development"
    data_dir: Path = Field(default_factory=_default_data_dir)
    database_url: str | None = Field(
        default=None, description="SQLAlchemy URL; default: SQLite file in the data folder."
    )
    secret_key: SecretStr = SecretStr(DEFAULT_SECRET)
    host: str = "127.0.0.1"
    port: int = Field(default=8000, ge=1, le=65535)
    leader_token_ttl_minutes: int = Field(default=8 * 60, ge=1, le=7 * 24 * 60)
    enrolment_code_max_ttl_hours: int = Field(default=7 * 24, ge=1)
    api_threshold: int = Field(default=5, ge=5)
    export_threshold: int = Field(default=10, ge=5)
    argon2_memory_kib: int = Field(default=64 * 1024, ge=8)
    argon2_iterations: int = Field(default=3, ge=1)
    inactive_after_weeks: int = Field(default=6, ge=1)

    @model_validator(mode="after")
    def _refuse_insecure_production(self) -> Self:
        if self.environment != "production":
            return self
        problems: list[str] = []
        secret = self.secret_key.get_secret_value()
        if secret == DEFAULT_SECRET or len(secret) < 32:
            problems.append("COACH_SERVER_SECRET_KEY must be set to at least 32 random characters")
        if self.database_url is None or self.database_url.startswith("sqlite"):
            problems.append("COACH_SERVER_DATABASE_URL must point to PostgreSQL in production")
        tmp = Path(tempfile.gettempdir()).resolve()
        if self.data_dir.resolve().is_relative_to(tmp):
            problems.append(f"the data folder {self.data_dir} lies in the temporary folder {tmp}")
        if self.argon2_memory_kib < 64 * 1024 or self.argon2_iterations < 3:
            problems.append("Argon2id needs at least 64 MiB and 3 iterations in production")
        if problems:
            raise InsecureSettingsError(
                "refusing insecure production settings: " + "; ".join(problems)
            )
        return self

    @property
    def effective_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{self.data_dir / 'coach-server.sqlite3'}"
