"""A coach's own preferences, each declared once with its type and default, over QSettings.

Stored as an INI file in the data folder (never the system registry), so a data folder carries
its preferences and tests never read the developer's own. Preferences never hold personal data
and never override the organisation's policy (see ``coach_app.deployment``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QSettings

T = TypeVar("T")
SCHEMA_VERSION = 1


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    default: T
    kind: type


LANGUAGE = Setting("ui/language", "", str)
AUTO_LOCK_MINUTES = Setting("security/auto_lock_minutes", 5, int)
WINDOW_GEOMETRY = Setting("ui/window_geometry", b"", bytes)
VISIT_EDITOR_GEOMETRY = Setting("ui/visit_editor_geometry", b"", bytes)
# A folder on another drive for copies of the backups ("" = none); the deployment file's wins.
BACKUP_SECOND_FOLDER = Setting("backup/second_folder", "", str)

# Versioned upgrade hooks: UPGRADES[n] moves settings from version n to n + 1.
UPGRADES: dict[int, Callable[[QSettings], None]] = {}


class Preferences:
    def __init__(self, path: Path) -> None:
        self._settings = QSettings(str(path), QSettings.Format.IniFormat)
        self._upgrade()

    def _upgrade(self) -> None:
        version = int(self._settings.value("meta/version", 0) or 0)  # type: ignore[call-overload]
        while version < SCHEMA_VERSION:
            hook = UPGRADES.get(version)
            if hook is not None:
                hook(self._settings)
            version += 1
        self._settings.setValue("meta/version", SCHEMA_VERSION)

    def get(self, setting: Setting[T]) -> T:
        raw: Any = self._settings.value(setting.key, setting.default)
        if setting.kind is bytes:
            return bytes(raw) if raw is not None else setting.default  # type: ignore[return-value]
        try:
            return setting.kind(raw)  # type: ignore[no-any-return]
        except (TypeError, ValueError):
            return setting.default

    def set(self, setting: Setting[T], value: T) -> None:
        self._settings.setValue(setting.key, value)

    def sync(self) -> None:
        self._settings.sync()
