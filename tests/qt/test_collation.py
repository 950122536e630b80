"""Names sort as Dutch and Turkish readers expect: tussenvoegsels ignored, language order."""

from __future__ import annotations

from functools import cmp_to_key

from PySide6.QtCore import QLocale

from coach_app.ui.collation import NameCollator, sort_text


def ordered(names: list[str], language: str) -> list[str]:
    return sorted(names, key=cmp_to_key(NameCollator(QLocale(language)).compare))


def test_the_tussenvoegsel_does_not_decide_the_place() -> None:
    assert sort_text("Familie de Bruin") == "Bruin"
    assert sort_text("van der Berg") == "Berg"
    assert sort_text("in 't Veld") == "Veld"
    assert sort_text("De") == "De"  # a name that is only a prefix stays
    assert sort_text("Familie") == "Familie"
    assert sort_text("Dekker") == "Dekker"  # "de" only as a separate word
    names = [
        "Familie Dekker",
        "Familie de Bruin",
        "Familie Aksu",
        "Familie van Dam",
        "Familie Cohen",
    ]
    assert ordered(names, "nl") == [
        "Familie Aksu",
        "Familie de Bruin",
        "Familie Cohen",
        "Familie van Dam",
        "Familie Dekker",
    ]


def test_turkish_letters_sort_in_turkish_order() -> None:
    names = [
        "Familie Çelik",
        "Familie Cemal",
        "Familie Şahin",
        "Familie Sarı",
        "Familie Işık",
        "Familie İnce",
    ]
    assert ordered(names, "tr") == [
        "Familie Cemal",
        "Familie Çelik",
        "Familie Işık",
        "Familie İnce",
        "Familie Sarı",
        "Familie Şahin",
    ]


def test_numbers_and_case() -> None:
    assert ordered(["Familie 10", "Familie 9", "familie 1"], "nl") == [
        "familie 1",
        "Familie 9",
        "Familie 10",
    ]


def test_the_families_list_sorts_by_the_name_without_its_prefix(qtbot) -> None:  # type: ignore[no-untyped-def]
    from uuid import uuid4

    from PySide6.QtCore import Qt

    from coach_app.domain.entities import FamilySummary
    from coach_app.domain.enums import ProgrammeStatus
    from coach_app.ui.families_model import FamiliesModel

    model = FamiliesModel()
    names = ["Familie Dekker", "Familie de Bruin", "Familie Aksu", "Familie van Dam"]
    model.set_families(
        [
            FamilySummary(
                id=uuid4(),
                display_name=n,
                municipality_name="Enschede",
                status=ProgrammeStatus.ACTIVE,
                people_count=1,
                visit_count=0,
                open_goal_count=0,
                last_visit_at=None,
            )
            for n in names
        ]
    )
    model.set_collator(NameCollator(QLocale("nl")))
    model.sort(FamiliesModel.NAME, Qt.SortOrder.AscendingOrder)
    shown = [model.index(row, FamiliesModel.NAME).data() for row in range(model.rowCount())]
    assert shown == ["Familie Aksu", "Familie de Bruin", "Familie van Dam", "Familie Dekker"]


def test_places_order_many_names_as_compare_orders_two() -> None:
    """``places`` (sort keys for item models) gives the order of ``compare``, ties included."""
    names = [
        "Familie Şahin",
        "familie Sahin",
        "Familie Sahin",
        "Familie de Bruin",
        "Bruin",
        "Familie 10",
        "Familie 9",
        "van der Berg",
        "Familie Işık",
        "Familie İnce",
        "Familie Zoë",
    ]
    for language in ("nl", "tr", "en"):
        collator = NameCollator(QLocale(language))
        places = collator.places(names)
        by_places = [name for _, name in sorted(zip(places, names, strict=True))]
        assert by_places == ordered(names, language)
        assert sorted(places) == list(range(len(names)))
