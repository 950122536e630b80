"""The demo data: realistic shape, deterministic for a seed."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

from coach_app.demo import DEMO_MUNICIPALITIES, populate_demo
from coach_app.domain import CoachingService
from coach_app.storage import close_database, migrate, open_database, sql_uow_factory

_VOLATILE = re.compile(r"^(id|.*_id|created_at|updated_at|recorded_at|exported_at)$")


def _content(value: Any) -> Any:
    """An export without ids and record timestamps (which differ between runs)."""
    if isinstance(value, dict):
        return {
            k: len(v) if k == "people_present" else _content(v)
            for k, v in value.items()
            if not _VOLATILE.match(k)
        }
    if isinstance(value, list):
        return [_content(v) for v in value]
    return value


def _demo(path: Path, families: int, seed: int) -> list[Any]:
    engine = open_database(path, os.urandom(32))
    try:
        migrate(engine)
        service = CoachingService(sql_uow_factory(engine))
        populate_demo(service, families=families, seed=seed)
        return [_content(service.export_family(f.id)) for f in service.list_families()]
    finally:
        close_database(engine)


def test_demo_is_deterministic_for_a_seed(tmp_path: Path) -> None:
    first = _demo(tmp_path / "a.db", 4, 7)
    assert first == _demo(tmp_path / "b.db", 4, 7)
    assert first != _demo(tmp_path / "c.db", 4, 8)


def test_demo_has_the_programmes_shape(service: CoachingService) -> None:
    populate_demo(service, families=12)
    summaries = service.list_families()
    assert len(summaries) == 12
    assert {s.municipality_name for s in summaries} <= {m.name for m in DEMO_MUNICIPALITIES}
    assert 18 <= sum(s.people_count for s in summaries) <= 40
    assert all(s.visit_count >= 3 for s in summaries)
    family = summaries[0].id
    assert service.current_consent(family).coaching
    assert service.list_goals(family)
    assert service.list_assessments(family)
