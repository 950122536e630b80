"""The demo folder is built relative to today and built again when it has grown stale; a
folder with real data is never touched."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from coach_app import demo
from coach_app.app import DEMO_FRESH_DAYS, DEMO_PASSPHRASE, demo_built_on, prepare_demo
from coach_app.deployment import Deployment
from coach_app.domain import CoachingService, Municipality
from coach_app.paths import DataFolder
from coach_app.security import KdfParams
from coach_app.workspace import Workspace

DAY = date(2026, 11, 30)


@pytest.fixture
def small_demo(monkeypatch: pytest.MonkeyPatch) -> list[date]:
    """One family instead of sixty (the demo's content is tested in tests/unit/storage)."""
    days: list[date] = []

    def populate(service: CoachingService, **kwargs: Any) -> None:
        days.append(kwargs["today"])
        service.create_family(
            display_name=f"Demo {kwargs['today']}", municipality=Municipality("GM0153", "Enschede")
        )

    monkeypatch.setattr(demo, "populate_demo", populate)
    return days


def names(folder: DataFolder) -> list[str]:
    workspace = Workspace(folder, kdf=KdfParams())
    workspace.unlock(DEMO_PASSPHRASE)
    try:
        return [f.display_name for f in workspace.service.list_families()]
    finally:
        workspace.lock()


def test_a_stale_demo_is_built_again_a_fresh_one_is_kept(
    tmp_path: Path, small_demo: list[date]
) -> None:
    folder = DataFolder(tmp_path / "demo")
    folder.ensure()
    prepare_demo(folder, Deployment(), today=DAY)
    assert demo_built_on(folder) == DAY
    prepare_demo(folder, Deployment(), today=DAY + timedelta(days=DEMO_FRESH_DAYS))
    assert small_demo == [DAY]  # still fresh: kept
    later = DAY + timedelta(days=DEMO_FRESH_DAYS + 1)
    prepare_demo(folder, Deployment(), today=later)
    assert small_demo == [DAY, later]
    assert demo_built_on(folder) == later
    assert names(folder) == [f"Demo {later}"]


def test_real_data_is_never_replaced_by_a_demo(tmp_path: Path, small_demo: list[date]) -> None:
    folder = DataFolder(tmp_path / "real")
    folder.ensure()
    Workspace(folder, kdf=KdfParams()).create("a real coach's passphrase")
    before = folder.vault.read_bytes()
    prepare_demo(folder, Deployment(), today=DAY)
    assert small_demo == []
    assert folder.vault.read_bytes() == before
