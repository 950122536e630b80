"""Where a coach's data lives: one data folder holds the vault, the database and its companions."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "CoachCompanion"
APP_AUTHOR = "CoachCompanion"


@dataclass(frozen=True)
class DataFolder:
    """The files of one coach's data folder. Nothing outside it holds personal data."""

    root: Path

    @property
    def vault(self) -> Path:
        return self.root / "vault.json"

    @property
    def database(self) -> Path:
        return self.root / "coach.db"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def settings(self) -> Path:
        return self.root / "settings.ini"

    @property
    def demo_marker(self) -> Path:
        return self.root / "DEMO"

    def ensure(self) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        self.logs.mkdir(exist_ok=True)
        self.backups.mkdir(exist_ok=True)


def default_data_dir() -> Path:
    return platformdirs.user_data_path(APP_NAME, APP_AUTHOR)


def default_demo_dir() -> Path:
    return platformdirs.user_data_path(APP_NAME, APP_AUTHOR) / "demo"


def site_config_dirs() -> list[Path]:
    """Folders where IT staff may put deployment.toml, most specific first."""
    return [
        Path(p)
        for p in platformdirs.site_config_dir(APP_NAME, APP_AUTHOR, multipath=True).split(":")
        if p
    ]
