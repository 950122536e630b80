"""Full-text search: the FTS5 index inside the encrypted database, its triggers and queries."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from pathlib import Path
from uuid import UUID, uuid4

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine, text

from coach_app.domain import CoachingService, Municipality
from coach_app.domain.search import match_expression, search_family_ids, search_words
from coach_app.storage import (
    checkpoint,
    close_database,
    current_revisions,
    head_revisions,
    migrate,
    open_database,
    sql_uow_factory,
)
from coach_app.storage.search import SEARCH_TRIGGERS, SqlSearchIndex
from tests.canaries import encodings
from tests.sqlcipher_pages import decrypted_pages

WHEN = datetime(2019, 4, 2, 10, 0, tzinfo=UTC)


def find(engine: Engine, query: str) -> frozenset[UUID]:
    with engine.connect() as connection:
        return search_family_ids(SqlSearchIndex(connection), query)


def family(service: CoachingService, name: str, town: str = "Enschede") -> UUID:
    return service.create_family(display_name=name, municipality=Municipality("GM0153", town)).id


@pytest.fixture
def families(service: CoachingService) -> dict[str, UUID]:
    yilmaz = family(service, "Familie Yılmaz")
    service.add_person(yilmaz, given_name="Şükrü", family_name="Yılmaz")
    service.record_visit(
        yilmaz,
        started_at=WHEN,
        duration_minutes=60,
        notes="Besproken: taalcursus bij het ROC, zwemles voor de kinderen.",
    )
    dijk = family(service, "Familie van Dijk", town="Hengelo")
    service.add_person(dijk, given_name="Zoë", family_name="van Dijk")
    service.record_visit(
        dijk, started_at=WHEN, duration_minutes=45, notes="Sollicitatie bij de coöperatie."
    )
    return {"yilmaz": yilmaz, "dijk": dijk}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("zwemles", {"yilmaz"}),  # a word only in a visit note
        ("zwem", {"yilmaz"}),  # prefix
        ("Şükrü", {"yilmaz"}),  # a person's name
        ("sukru", {"yilmaz"}),  # without diacritics
        ("SUKRU", {"yilmaz"}),
        ("yilmaz", {"yilmaz"}),  # the dotless ı folded
        ("Yılmaz", {"yilmaz"}),
        ("zoe", {"dijk"}),
        ("cooperatie", {"dijk"}),
        ("coöperatie", {"dijk"}),
        ("hengelo", {"dijk"}),  # municipality
        ("familie", {"yilmaz", "dijk"}),  # family names
        ("sukru taalcursus", {"yilmaz"}),  # every word, anywhere in the family
        ("sukru sollicitatie", set()),
        ("nergens", set()),
    ],
)
def test_finds_names_municipality_and_notes(
    engine: Engine, families: dict[str, UUID], query: str, expected: set[str]
) -> None:
    assert find(engine, query) == {families[key] for key in expected}


def test_updates_are_reflected(
    engine: Engine, service: CoachingService, families: dict[str, UUID]
) -> None:
    visit = service.list_visits(families["dijk"])[0]
    service.update_visit(dataclasses.replace(visit, notes="Fietsles geregeld."))
    assert find(engine, "cooperatie") == set()
    assert find(engine, "fietsles") == {families["dijk"]}

    renamed = dataclasses.replace(service.get_family(families["yilmaz"]), display_name="Gezin Kaya")
    service.update_family(renamed)
    assert find(engine, "kaya") == {families["yilmaz"]}
    assert find(engine, "familie") == {families["dijk"]}
    assert find(engine, "yilmaz") == {families["yilmaz"]}  # still a person's family name

    person = service.list_people(families["yilmaz"])[0]
    service.update_person(dataclasses.replace(person, given_name="Ayşe", family_name="Kaya"))
    assert find(engine, "sukru") == set()
    assert find(engine, "yilmaz") == set()
    assert find(engine, "ayse") == {families["yilmaz"]}


def test_deletions_are_reflected(
    engine: Engine, service: CoachingService, families: dict[str, UUID]
) -> None:
    visit = service.list_visits(families["yilmaz"])[0]
    with engine.begin() as connection:  # no use case deletes one visit yet; the trigger must
        connection.execute(text("DELETE FROM visit WHERE id = :id"), {"id": str(visit.id)})
    assert find(engine, "zwemles") == set()
    assert find(engine, "sukru") == {families["yilmaz"]}

    service.erase_family(families["yilmaz"])
    assert find(engine, "sukru") == set()
    assert find(engine, "familie") == {families["dijk"]}
    with engine.connect() as connection:
        left = connection.execute(
            text("SELECT count(*) FROM search_entry WHERE family_id = :id"),
            {"id": str(families["yilmaz"])},
        ).scalar_one()
        # The index holds one document per entry: none left over from the erased family.
        documents = connection.execute(text("SELECT count(*) FROM search_index_docsize"))
        entries = connection.execute(text("SELECT count(*) FROM search_entry"))
        assert documents.scalar_one() == entries.scalar_one()
    assert left == 0


HOSTILE = [
    "",
    "   ",
    '"',
    '""',
    '"unbalanced',
    "'",
    "NEAR",
    "NEAR(a b, 2)",
    "a NEAR b",
    "AND",
    "OR NOT",
    "*",
    "**",
    "zwem*",
    "-",
    "-zwemles",
    "^zwemles",
    "(",
    "((zwemles",
    "zwemles)",
    "text:zwemles",
    "{text}:zwemles",
    "family_id : x",
    "a+b",
    "\\",
    "\x00",
    "🙂",
    "ı",
    "%_",
    "a" * 5000,
    " ".join(["w"] * 100),
]


@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_input_never_raises(engine: Engine, families: dict[str, UUID], query: str) -> None:
    result = find(engine, query)
    assert isinstance(result, frozenset)


def test_operator_words_are_plain_words(engine: Engine, service: CoachingService) -> None:
    near = family(service, "Familie Near")
    assert find(engine, "NEAR") == {near}
    assert find(engine, "zwemles)") == set()
    assert find(engine, "-near") == {near}


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(query=st.text(max_size=40))
def test_any_text_is_a_valid_query(engine: Engine, query: str) -> None:
    assert isinstance(find(engine, query), frozenset)


def test_query_building() -> None:
    assert search_words("  Şükrü, YILMAZ-taal  sukru ") == ["şükrü", "yilmaz", "taal", "sukru"]
    assert search_words("a_b") == ["a", "b"]
    assert search_words('" * ( ) -') == []
    assert len(search_words(" ".join(f"w{i}" for i in range(20)))) == 8
    assert match_expression('ab"c') == '{text} : "ab""c" *'


def test_every_trigger_exists_at_head(engine: Engine) -> None:
    """A later migration that recreates family/person/visit (batch mode) drops the triggers."""
    with engine.connect() as connection:
        names = set(
            connection.execute(
                text("SELECT name FROM sqlite_master WHERE type = 'trigger'")
            ).scalars()
        )
        options = {
            row[0]: row[1]
            for row in connection.execute(text("SELECT k, v FROM search_index_config"))
        }
    assert set(SEARCH_TRIGGERS) <= names
    assert options.get("secure-delete") == 1


def test_migration_indexes_existing_rows(db_path: Path, dek: bytearray) -> None:
    engine = open_database(db_path, dek)
    try:
        migrate(engine, "0001")
        family_id = str(uuid4())
        now = datetime(2019, 1, 1)
        with engine.begin() as connection:
            connection.execute(
                text(
                    "INSERT INTO family (id, display_name, municipality_code, municipality_name,"
                    " address, phone, preferred_languages, status, assigned_coach, created_at,"
                    " updated_at, version) VALUES (:id, 'Familie Öztürk', 'GM0153', 'Enschede',"
                    " '', '', '[]', 'active', '', :now, :now, 1)"
                ),
                {"id": family_id, "now": now},
            )
            connection.execute(
                text(
                    "INSERT INTO visit (id, family_id, started_at, duration_minutes, mode, notes,"
                    " created_at, updated_at, version) VALUES (:id, :family, :now, 60, 'home',"
                    " 'Inburgeringsexamen gehaald', :now, :now, 1)"
                ),
                {"id": str(uuid4()), "family": family_id, "now": now},
            )
        migrate(engine)
        assert find(engine, "ozturk") == {UUID(family_id)}
        assert find(engine, "inburgering") == {UUID(family_id)}
    finally:
        close_database(engine)


def test_erased_family_leaves_no_trace_in_decrypted_pages(
    engine: Engine, service: CoachingService, db_path: Path, dek: bytearray
) -> None:
    """The index holds the folded terms ("xqzsukruwq") as well as a copy of the text: both
    must be overwritten on erasure, in every page of the file and the WAL, free ones too."""
    gone = family(service, "Xqzşükrüwq Ailesi")
    service.add_person(gone, given_name="Vbnçağlakp", family_name="Xqzşükrüwq")
    service.record_visit(gone, started_at=WHEN, duration_minutes=30, notes="Plmzwemlesjk gepland")
    kept = family(service, "Familie Behouden")
    service.record_visit(kept, started_at=WHEN, duration_minutes=30, notes="Trxfietslesbq")
    checkpoint(engine)
    secrets = ["Xqzşükrüwq", "sukruwq", "Vbnçağlakp", "caglakp", "Plmzwemlesjk", "zwemlesjk"]
    plain = b"".join(decrypted_pages(db_path, bytes(dek)))
    # The decoder works and the index really holds the folded terms before erasure.
    assert all(s.encode() in plain for s in secrets)
    assert find(engine, "xqzsukru") == {gone}

    service.erase_family(gone)
    checkpoint(engine)
    plain = b"".join(decrypted_pages(db_path, bytes(dek)))
    assert [s for s in secrets for enc in encodings(s) if enc in plain] == []
    assert b"trxfietslesbq" in plain  # the kept family's terms are still indexed
    assert find(engine, "trxfietsles") == {kept}


def test_upgrade_to_the_contentless_index_keeps_every_match_and_drops_the_copy(
    db_path: Path, dek: bytearray
) -> None:
    """From 0005 (an FTS5 table with a copy of every text) with data, to the contentless
    index: old and new rows are found, edits and deletions still reach the index, the old copy
    of the notes is gone from the file's pages, and the downgrade restores the old layout."""
    engine = open_database(db_path, dek)
    try:
        migrate(engine, "0005_merge_features")
        service = CoachingService(sql_uow_factory(engine))
        # The family row as revision 0005 stores it (today's service writes later tables too).
        old = uuid4()
        with engine.begin() as connection:
            connection.execute(
                text(
                    "INSERT INTO family (id, display_name, municipality_code, municipality_name,"
                    " address, phone, preferred_languages, status, assigned_coach, created_at,"
                    " updated_at, version) VALUES (:id, 'Familie Öztürk', 'GM0153', 'Almelo',"
                    " '', '', '[]', 'intake', '', :now, :now, 1)"
                ),
                {"id": str(old), "now": datetime(2019, 1, 1)},
            )
        service.add_person(old, given_name="Çağla", family_name="Öztürk")
        note = "Qvbinburgeringwx examen gehaald"
        service.record_visit(old, started_at=WHEN, duration_minutes=60, notes=note)
        checkpoint(engine)
        # Before: the note is in the visit row and again in the index's copy of the text.
        assert b"".join(decrypted_pages(db_path, bytes(dek))).count(note.encode()) == 2

        migrate(engine)
        assert current_revisions(engine) == head_revisions()
        checkpoint(engine)
        assert b"".join(decrypted_pages(db_path, bytes(dek))).count(note.encode()) == 1
        assert find(engine, "ozturk") == {old}
        assert find(engine, "cagla") == {old}
        assert find(engine, "almelo") == {old}
        assert find(engine, "qvbinburgering") == {old}

        new = family(service, "Familie Nieuw")
        visit = service.record_visit(new, started_at=WHEN, duration_minutes=30, notes="zwemles")
        assert find(engine, "zwemles") == {new}
        service.update_visit(dataclasses.replace(visit, notes="fietsles"))
        assert find(engine, "zwemles") == set()
        assert find(engine, "fietsles") == {new}
        service.erase_family(old)
        assert find(engine, "ozturk") == set()
        assert find(engine, "qvbinburgering") == set()

        migrate_down(engine, "0005_merge_features")
        with engine.connect() as connection:
            rows = connection.execute(
                text("SELECT DISTINCT family_id FROM search_index WHERE search_index MATCH :q"),
                {"q": "fietsles"},
            ).scalars()
            assert [UUID(r) for r in rows] == [new]
    finally:
        close_database(engine)


def migrate_down(engine: Engine, revision: str) -> None:
    from alembic import command

    from coach_app.storage import alembic_config

    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), revision)
