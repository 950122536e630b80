"""The deployment file: what an organisation decides for all its laptops.

IT staff ship ``deployment.toml`` beside the executable or in the platform's site config folder.
It holds policy, not preferences: server URL, organisation name, the organisation's public
recovery key, the auto-lock policy, the default language, the summary thresholds and the
programme's time zone. A coach's own preferences never override it. Every problem is reported
in plain words naming the field.

Example::

    [organisation]
    name = "Stichting Voorbeeld"
    recovery_public_key = \"\"\"
    -----BEGIN PUBLIC KEY-----
    ...
    -----END PUBLIC KEY-----
    \"\"\"

    [server]
    url = "https://coach.example.org"

    [policy]
    auto_lock_max_minutes = 5
    default_language = "nl"

    [summary]
    threshold = 5
    export_threshold = 10

    [programme]
    time_zone = "Europe/Amsterdam"   # IANA name; decides "today", and every month and ISO week
    [backup]
    second_folder = "E:/CoachCompanion"   # copies of the encrypted backups; ~ is expanded
"""

from __future__ import annotations

import sys
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from coach_app.server_url import check_server_url

FILE_NAME = "deployment.toml"
LANGUAGES = ("nl", "tr", "en")
MIN_THRESHOLD = 5
DEFAULT_TIME_ZONE = "Europe/Amsterdam"
_KNOWN = {
    "organisation": {"name", "recovery_public_key", "recovery_public_key_file"},
    "server": {"url"},
    "policy": {"auto_lock_max_minutes", "default_language"},
    "summary": {"threshold", "export_threshold"},
    "programme": {"time_zone"},
    "backup": {"second_folder"},
}


class DeploymentError(Exception):
    """The deployment file cannot be used; the message says what is wrong, in plain words."""


@dataclass(frozen=True)
class Deployment:
    source: Path | None = None
    organisation_name: str = ""
    recovery_public_key_pem: bytes | None = None
    server_url: str = ""
    auto_lock_max_minutes: int = 5
    default_language: str = "nl"
    summary_threshold: int = 5
    export_threshold: int = 10
    #: The programme's IANA time zone: "today", and the months and ISO weeks of every record.
    time_zone: str = DEFAULT_TIME_ZONE
    backup_second_folder: Path | None = None  # set by the organisation: the coach cannot change


def candidate_paths(site_dirs: Iterable[Path]) -> list[Path]:
    """Beside the executable first (frozen build), then the site config folders."""
    paths = []
    if getattr(sys, "frozen", False):
        paths.append(Path(sys.executable).resolve().parent / FILE_NAME)
    paths.extend(Path(d) / FILE_NAME for d in site_dirs)
    return paths


def find_and_load(explicit: Path | None, site_dirs: Iterable[Path]) -> Deployment:
    """Load the explicit file if given, else the first one found; defaults when there is none."""
    if explicit is not None:
        if not explicit.is_file():
            raise DeploymentError(f"The deployment file {explicit} does not exist.")
        return load(explicit)
    for path in candidate_paths(site_dirs):
        if path.is_file():
            return load(path)
    return Deployment()


def load(path: Path) -> Deployment:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError as exc:
        raise DeploymentError(f"The deployment file {path} is not UTF-8 text.") from exc
    except tomllib.TOMLDecodeError as exc:
        raise DeploymentError(f"The deployment file {path} is not valid TOML: {exc}.") from exc
    except OSError as exc:
        raise DeploymentError(f"The deployment file {path} cannot be read: {exc}.") from exc
    return parse(data, source=path)


def parse(data: Mapping[str, Any], *, source: Path | None = None) -> Deployment:
    where = f" in {source}" if source else ""
    for section, value in data.items():
        if section not in _KNOWN:
            raise DeploymentError(f"Unknown section [{section}]{where}.")
        if not isinstance(value, dict):
            raise DeploymentError(f"[{section}]{where} must be a table.")
        unknown = set(value) - _KNOWN[section]
        if unknown:
            raise DeploymentError(f"Unknown setting {section}.{sorted(unknown)[0]}{where}.")

    org = data.get("organisation", {})
    server = data.get("server", {})
    policy = data.get("policy", {})
    summary = data.get("summary", {})
    programme = data.get("programme", {})
    backup = data.get("backup", {})

    name = _string(org, "organisation", "name", where)
    key_pem = _recovery_key(org, source, where)
    url = _string(server, "server", "url", where)
    problem = check_server_url(url) if url else None
    if problem == "bad_url":
        raise DeploymentError(
            f"server.url{where} must be an https:// address, like https://coach.example.org."
        )
    if problem == "insecure_url":
        raise DeploymentError(
            f"server.url{where} must start with https://; plain http:// is only allowed for a "
            "server on the same computer (localhost)."
        )
    minutes = _integer(policy, "policy", "auto_lock_max_minutes", 5, where)
    if not 1 <= minutes <= 240:
        raise DeploymentError(f"policy.auto_lock_max_minutes{where} must be between 1 and 240.")
    language = _string(policy, "policy", "default_language", where) or "nl"
    if language not in LANGUAGES:
        raise DeploymentError(
            f"policy.default_language{where} must be one of {', '.join(LANGUAGES)}."
        )
    threshold = _integer(summary, "summary", "threshold", 5, where)
    export_threshold = _integer(summary, "summary", "export_threshold", 10, where)
    if threshold < MIN_THRESHOLD or export_threshold < MIN_THRESHOLD:
        raise DeploymentError(f"Summary thresholds{where} can never be below {MIN_THRESHOLD}.")
    time_zone = _time_zone(programme, where)
    second = _string(backup, "backup", "second_folder", where)
    second_folder = Path(second).expanduser() if second else None
    if second_folder is not None and not second_folder.is_absolute():
        raise DeploymentError(
            f"backup.second_folder{where} must be a full path, like E:/CoachCompanion."
        )
    return Deployment(
        source=source,
        organisation_name=name,
        recovery_public_key_pem=key_pem,
        server_url=url.rstrip("/"),
        auto_lock_max_minutes=minutes,
        default_language=language,
        summary_threshold=threshold,
        export_threshold=export_threshold,
        time_zone=time_zone,
        backup_second_folder=second_folder,
    )


def _time_zone(programme: Mapping[str, Any], where: str) -> str:
    name = _string(programme, "programme", "time_zone", where) or DEFAULT_TIME_ZONE
    problem = f"programme.time_zone{where} must be a time zone name such as Europe/Amsterdam"
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise DeploymentError(
            f"{problem}; {name!r} is not known on this computer (check the spelling)."
        ) from exc
    return name


def _string(table: Mapping[str, Any], section: str, key: str, where: str) -> str:
    value = table.get(key, "")
    if not isinstance(value, str):
        raise DeploymentError(f"{section}.{key}{where} must be text.")
    return value.strip()


def _integer(table: Mapping[str, Any], section: str, key: str, default: int, where: str) -> int:
    value = table.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int):
        raise DeploymentError(f"{section}.{key}{where} must be a whole number.")
    return value


def _recovery_key(org: Mapping[str, Any], source: Path | None, where: str) -> bytes | None:
    inline = _string(org, "organisation", "recovery_public_key", where)
    file_name = _string(org, "organisation", "recovery_public_key_file", where)
    if inline and file_name:
        raise DeploymentError(
            f"Give organisation.recovery_public_key or recovery_public_key_file{where}, not both."
        )
    if file_name:
        path = Path(file_name)
        if not path.is_absolute() and source is not None:
            path = source.parent / path
        try:
            pem = path.read_bytes()
        except OSError as exc:
            raise DeploymentError(
                f"The organisation's recovery key file {path} cannot be read."
            ) from exc
    elif inline:
        pem = inline.encode("ascii", errors="replace")
    else:
        return None
    # cryptography loads only when a deployment file names a key (start-up time)
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

    try:
        key = serialization.load_pem_public_key(pem)
    except ValueError as exc:
        raise DeploymentError(
            f"The organisation's recovery key{where} is not a valid PEM public key."
        ) from exc
    if not isinstance(key, X25519PublicKey):
        raise DeploymentError(
            f"The organisation's recovery key{where} must be an X25519 public key "
            "(made with `coach-app org-keygen`)."
        )
    return key.public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
