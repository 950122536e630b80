"""Server settings: declared once, read from ``COACH_SERVER_*`` variables and CLI flags."""

from __future__ import annotations

import json
import re
import tempfile
from pathlib import Path
from typing import Any, Literal, Self
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import platformdirs
from pydantic import Field, SecretStr, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict, SettingsError
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from coach_server.age_groups import DEFAULT_AGE_GROUPS, check_age_groups

__all__ = [
    "DEFAULT_SECRET",
    "InsecureSettingsError",
    "Settings",
    "describe_setting",
    "normalise_database_url",
    "setting_errors",
    "settings_source_error",
]

#: The placeholder secret; accepted in development only.
DEFAULT_SECRET = "change-me-development-only"  # noqa: S105 - a placeholder refused in production


class InsecureSettingsError(ValueError):
    """Production settings that would be unsafe; the message names each problem."""


def normalise_database_url(url: str) -> str:
    """``url`` checked and with the driver the server ships: ``postgresql://`` (and the old
    ``postgres://``) become ``postgresql+psycopg://``. Raises ValueError naming what is wrong
    (the password never appears in the message)."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise ValueError(
            "is not a database URL; use postgresql+psycopg://USER:PASSWORD@HOST:5432/DATABASE "
            "or sqlite:///PATH"
        ) from None
    backend = parsed.get_backend_name()
    if parsed.drivername in ("postgres", "postgresql"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    elif backend == "postgresql" and parsed.drivername != "postgresql+psycopg":
        raise ValueError(f"uses the driver {parsed.drivername!r}; use postgresql+psycopg://")
    elif backend not in ("postgresql", "sqlite"):
        raise ValueError(
            f"names the database {backend!r}; only PostgreSQL and SQLite are supported"
        )
    if backend == "postgresql" and not parsed.database:
        raise ValueError("names no database; add it after the host: ...@HOST:5432/DATABASE")
    return parsed.render_as_string(hide_password=False)


#: Command-line flags of the settings that have one.
_FLAGS = {
    "data_dir": "--data-dir",
    "database_url": "--database-url",
    "host": "--host",
    "port": "--port",
    "workers": "--workers",
    "forwarded_allow_ips": "--forwarded-allow-ips",
}
#: Settings whose given value is never repeated in a message.
_SECRET = {"secret_key", "database_url"}


def describe_setting(field: str) -> str:
    """How an operator sets ``field``: ``--port or COACH_SERVER_PORT``."""
    variable = f"COACH_SERVER_{field.upper()}"
    flag = _FLAGS.get(field)
    return f"{flag} or {variable}" if flag else variable


def setting_errors(error: ValidationError) -> list[str]:
    """One plain line per problem, each naming the setting (flag and environment variable)
    and, unless it is secret, the value given; no pydantic "Value error, " prefixes.

    ``port (--port or COACH_SERVER_PORT) must be at least 1, not 0``"""
    lines = []
    for item in error.errors():
        location = [str(part) for part in item.get("loc", ())]
        message = str(item.get("msg", "is not valid")).removeprefix("Value error, ")
        if not location:  # a whole-model check (production safety) names its settings itself
            lines.append(message)
            continue
        field = location[0]
        if item.get("type") == "extra_forbidden":
            lines.append(f"{describe_setting(field)} is not a setting of coach-server")
            continue
        given = item.get("input")
        shown = "" if field in _SECRET or isinstance(given, dict) else f", not {_shown(given)}"
        lines.append(f"{field} ({describe_setting(field)}) {_phrase(item, message)}{shown}")
    return lines


_SOURCE_FIELD = re.compile(r'field "([a-z0-9_]+)"')


def settings_source_error(error: SettingsError) -> str:
    """A value pydantic-settings could not even read (``COACH_SERVER_AGE_GROUPS='{bad json'``)
    as one plain line naming the setting, never repeating the value.

    ``age_groups (COACH_SERVER_AGE_GROUPS) is not valid JSON: Expecting property name ...``"""
    match = _SOURCE_FIELD.search(str(error))
    cause = error.__cause__
    reason = str(cause).strip().splitlines()[0] if cause and str(cause).strip() else ""
    if isinstance(cause, json.JSONDecodeError):
        reason = f"is not valid JSON: {cause.msg} (column {cause.colno})"
    elif reason:
        reason = f"cannot be read: {reason}"
    else:
        reason = "cannot be read"
    if match is None:
        return f"a setting {reason}" if reason else str(error)
    field = match[1]
    return f"{field} ({describe_setting(field)}) {reason}"


def _phrase(item: Any, message: str) -> str:
    """pydantic's error as a phrase after the setting's name."""
    context = item.get("ctx") or {}
    kind = item.get("type")
    if kind == "greater_than_equal":
        return f"must be at least {context.get('ge')}"
    if kind == "less_than_equal":
        return f"must be at most {context.get('le')}"
    if kind in ("int_parsing", "int_type", "int_from_float"):
        return "must be a whole number"
    if kind == "literal_error":
        return f"must be {context.get('expected')}"
    if kind == "value_error":
        return message  # our own validators phrase it: "is not a database URL; ..."
    return "is not valid: " + message[:1].lower() + message[1:]


def _shown(value: object) -> str:
    return str(value) if isinstance(value, str | int) and str(value).strip() else repr(value)


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
    workers: int = Field(default=1, ge=1, le=64, description="Server processes (uvicorn).")
    forwarded_allow_ips: str = Field(
        default="127.0.0.1",
        description=(
            "Addresses of reverse proxies whose X-Forwarded-For/-Proto headers are trusted "
            "(comma-separated, or * behind a private network only). The client address the "
            "sign-in rate limit counts comes from these headers."
        ),
    )
    leader_token_ttl_minutes: int = Field(default=8 * 60, ge=1, le=12 * 60)
    leader_idle_minutes: int = Field(default=30, ge=1, le=12 * 60)
    sign_in_limit_per_username: str = "10 per 15 minutes"
    sign_in_limit_per_address: str = "50 per 15 minutes"
    enrolment_code_max_ttl_hours: int = Field(default=7 * 24, ge=1)
    api_threshold: int = Field(default=5, ge=5)
    export_threshold: int = Field(default=10, ge=5)
    argon2_memory_kib: int = Field(default=64 * 1024, ge=8)
    argon2_iterations: int = Field(default=3, ge=1)
    inactive_after_weeks: int = Field(default=6, ge=1)
    backup_keep: int = Field(
        default=7, ge=1, le=100, description="Complete backups kept per laptop (the newest)."
    )
    backup_quota_bytes: int = Field(
        default=512 * 1024 * 1024,
        ge=1024 * 1024,
        description="The most bytes of backups kept per laptop; a larger backup is refused.",
    )
    programme_time_zone: str = Field(
        default="Europe/Amsterdam",
        description="IANA time zone of the programme: months and weeks are taken in it.",
    )
    age_groups: dict[str, list[str]] = Field(
        default_factory=lambda: {k: list(v) for k, v in DEFAULT_AGE_GROUPS.items()},
        description="Reporting age groups by age band (coach_server/age_groups.py).",
    )

    @field_validator("age_groups")
    @classmethod
    def _age_groups(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        try:
            check_age_groups(value)
        except ValueError as exc:
            raise ValueError(f"is not valid: {exc}") from None
        return value

    @field_validator("programme_time_zone")
    @classmethod
    def _time_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(
                "is not a known time zone (an IANA name such as Europe/Amsterdam)"
            ) from None
        return value

    @field_validator("sign_in_limit_per_username", "sign_in_limit_per_address")
    @classmethod
    def _rate_limit(cls, value: str) -> str:
        from coach_server.sign_in_limits import parse_limit

        parse_limit(value)
        return value

    @field_validator("database_url")
    @classmethod
    def _database_url(cls, value: str | None) -> str | None:
        if value is None or not value.strip():
            return None
        return normalise_database_url(value.strip())

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
