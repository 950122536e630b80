"""Revision 0014: the full-text index's rowids name their family (``seq << 24`` + a counter), so a
search looks each family up once instead of every matching row (issue 14)."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from pathlib import Path
from uuid import UUID, uuid4

from sqlalchemy import Engine, text

from coach_app.domain import CoachingService, Municipality
from coach_app.domain.search import search_family_ids
from coach_app.storage import (
    checkpoint,
    close_database,
    current_revisions,
    head_revisions,
    migrate,
    open_database,
    sql_uow_factory,
)
from coach_app.storage.search import SqlSearchIndex
from tests.sqlcipher_pages import decrypted_pages

WHEN = datetime(2019, 4, 2, 10, 0, tzinfo=UTC)
BEFORE = "0013_editor_drafts"


def find(engine: Engine, query: str) -> frozenset[UUID]:
    with engine.connect() as connection:
        return search_family_ids(SqlSearchIndex(connection), query)


def family(service: CoachingService, name: str) -> UUID:
    return service.create_family(
        display_name=name, municipality=Municipality("GM0153", "Enschede")
    ).id


def entries(engine: Engine, family_id: UUID) -> list[int]:
    with engine.connect() as connection:
        return list(
            connection.execute(
                text("SELECT id FROM search_entry WHERE family_id = :id ORDER BY id"),
                {"id": str(family_id)},
            ).scalars()
        )


def numbers(engine: Engine) -> dict[str, int]:
    with engine.connect() as connection:
        rows = connection.execute(text("SELECT family_id, seq FROM search_family"))
        return {str(row[0]): int(row[1]) for row in rows}


def migrate_down(engine: Engine, revision: str) -> None:
    from alembic import command

    from coach_app.storage import alembic_config

    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), revision)


def test_upgrade_keeps_every_match_and_numbers_rows_by_family(
    db_path: Path, dek: bytearray
) -> None:
    """From 0013 with data: old rows are found after the upgrade, every row's index id carries
    its family's number, new rows and edits reach the index, an erased family leaves neither
    its terms nor its number, and the downgrade restores 0013's index with every match."""
    engine = open_database(db_path, dek)
    try:
        migrate(engine, BEFORE)
        service = CoachingService(sql_uow_factory(engine))
        ozturk = family(service, "Familie Öztürk")
        service.add_person(ozturk, given_name="Çağla", family_name="Öztürk")
        for note in ("Qvbinburgeringwx examen gehaald", "zwemles gepland", "zwemles gehaald"):
            service.record_visit(ozturk, started_at=WHEN, duration_minutes=60, notes=note)
        kaya = family(service, "Familie Kaya")
        service.record_visit(kaya, started_at=WHEN, duration_minutes=30, notes="zwemles")

        migrate(engine)
        assert current_revisions(engine) == head_revisions()
        assert find(engine, "ozturk") == {ozturk}
        assert find(engine, "cagla") == {ozturk}
        assert find(engine, "qvbinburgering") == {ozturk}
        assert find(engine, "zwemles") == {ozturk, kaya}
        number = numbers(engine)
        assert sorted(number.values()) == [1, 2]  # numbered in name order: Kaya, Öztürk
        assert [i >> 24 for i in entries(engine, ozturk)] == [number[str(ozturk)]] * 5
        assert [i & 0xFFFFFF for i in entries(engine, ozturk)] == [1, 2, 3, 4, 5]

        new = family(service, "Familie Nieuw")
        visit = service.record_visit(new, started_at=WHEN, duration_minutes=30, notes="fietsles")
        assert [i >> 24 for i in entries(engine, new)] == [3, 3]
        service.update_visit(dataclasses.replace(visit, notes="taalles"))
        assert find(engine, "fietsles") == set()
        assert find(engine, "taalles") == {new}

        service.erase_family(ozturk)
        assert find(engine, "zwemles") == {kaya}
        assert find(engine, "qvbinburgering") == set()
        assert str(ozturk) not in numbers(engine)
        again = family(service, "Familie Opnieuw")  # a number is never given out twice
        assert numbers(engine)[str(again)] == 4
        checkpoint(engine)
        plain = b"".join(decrypted_pages(db_path, bytes(dek)))
        assert b"qvbinburgeringwx" not in plain

        migrate_down(engine, BEFORE)
        with engine.connect() as connection:
            rows = connection.execute(
                text(
                    "SELECT DISTINCT search_entry.family_id FROM search_index "
                    "JOIN search_entry ON search_entry.id = search_index.rowid "
                    "WHERE search_index MATCH :q"
                ),
                {"q": "zwemles"},
            ).scalars()
            assert [UUID(r) for r in rows] == [kaya]
        migrate(engine)
        assert find(engine, "taalles") == {new}
    finally:
        close_database(engine)


def test_many_matching_rows_of_one_family_answer_that_family_once(
    service: CoachingService, engine: Engine
) -> None:
    busy, quiet = family(service, "Familie Druk"), family(service, "Familie Rustig")
    for n in range(30):
        service.record_visit(busy, started_at=WHEN, duration_minutes=30, notes=f"zwemles {n}")
    service.add_person(quiet, given_name="Zwemmer", family_name="Rustig")
    with engine.connect() as connection:
        rows = connection.execute(
            text(
                "SELECT family_id FROM search_family WHERE seq IN "
                "(SELECT rowid >> 24 FROM search_index WHERE search_index MATCH :q)"
            ),
            {"q": '"zwem"*'},
        ).all()
    assert sorted(UUID(r[0]) for r in rows) == sorted([busy, quiet])
    assert find(engine, "zwem") == {busy, quiet}
    assert find(engine, "zwem druk") == {busy}
    assert uuid4() not in find(engine, "zwem")
