"""Dutch, Turkish and English are complete, and the .ts files are current with the code."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from coach_app.i18n import build


@pytest.mark.parametrize("ts", build.ts_files(), ids=lambda p: p.name)
def test_no_unfinished_entries(ts: Path) -> None:
    assert build.unfinished(ts) == []


def test_every_string_in_the_code_is_in_the_ts_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copies = tmp_path / "translations"
    shutil.copytree(build.SOURCES, copies)
    monkeypatch.setattr(build, "SOURCES", copies)
    build.update()
    for ts in build.ts_files():
        assert build.unfinished(ts) == [], f"{ts.name}: run python -m coach_app.i18n.build --update"
