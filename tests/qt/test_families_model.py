"""The Families list's model: prepared rows, sorted and filtered in Python (issue 14), driven
through a real view (header clicks, selection) and checked by the model tester."""

from __future__ import annotations

from datetime import UTC, datetime
from uuid import UUID, uuid4

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView
from pytestqt.qtbot import QtBot

from coach_app.domain.entities import FamilySummary
from coach_app.domain.enums import ProgrammeStatus
from coach_app.domain.enums import ProgrammeStatus as S
from coach_app.ui.families_model import FamiliesModel, searchable

ASC, DESC = Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder


def family(
    name: str,
    place: str = "Enschede",
    status: ProgrammeStatus = S.ACTIVE,
    people: int = 1,
    visits: int = 0,
    goals: int = 0,
    last: datetime | None = None,
) -> FamilySummary:
    return FamilySummary(
        id=uuid4(),
        display_name=name,
        municipality_name=place,
        status=status,
        people_count=people,
        visit_count=visits,
        open_goal_count=goals,
        last_visit_at=last,
    )


def day(year: int, month: int, date: int) -> datetime:
    return datetime(year, month, date, 10, tzinfo=UTC)


ROWS = [
    family("Familie Şahin", "Hengelo", S.PAUSED, 3, 5, 1, day(2019, 5, 1)),
    family("Familie Sanne", "Almelo", S.ACTIVE, 2, 9, 0, None),
    family("Familie Sahin", "Enschede", S.INTAKE, 4, 1, 2, day(2020, 1, 3)),
    family("familie Zoë", "Borne", S.ACTIVE, 1, 0, 3, day(2018, 9, 9)),
    family("Familie Yılmaz", "Enschede", S.WITHDRAWN, 5, 5, 0, day(2019, 5, 2)),
]  # fmt: skip


def names(model: FamiliesModel) -> list[str]:
    return [model.family_at(row).display_name for row in range(model.rowCount())]


@pytest.fixture
def view(qtbot: QtBot) -> QTableView:
    view = QTableView()
    qtbot.addWidget(view)
    model = FamiliesModel(view)
    view.setModel(model)
    view.setSortingEnabled(True)
    view.sortByColumn(FamiliesModel.NAME, ASC)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    model.set_families(ROWS)
    return view


def test_text_is_compared_without_accents_case_or_the_dotless_i() -> None:
    assert searchable("Şükrü YILMAZ İpek Zoë") == "sukru yilmaz ipek zoe"
    assert searchable("plain ascii") == "plain ascii"


def test_names_sort_by_the_language_not_by_code_point(view: QTableView) -> None:
    model = view.model()
    assert isinstance(model, FamiliesModel)
    assert names(model) == [
        "Familie Sahin",
        "Familie Şahin",
        "Familie Sanne",
        "Familie Yılmaz",
        "familie Zoë",
    ]
    view.horizontalHeader().setSortIndicator(FamiliesModel.NAME, DESC)
    assert names(model)[0] == "familie Zoë"
    assert names(model)[-1] == "Familie Sahin"


@pytest.mark.parametrize(
    ("column", "ascending", "descending"),
    [
        (
            FamiliesModel.MUNICIPALITY,
            ["Sanne", "Zoë", "Sahin", "Yılmaz", "Şahin"],
            ["Şahin", "Sahin", "Yılmaz", "Zoë", "Sanne"],
        ),
        (
            FamiliesModel.STATUS,
            ["Sanne", "Zoë", "Sahin", "Şahin", "Yılmaz"],
            ["Yılmaz", "Şahin", "Sahin", "Sanne", "Zoë"],
        ),
        (
            FamiliesModel.PEOPLE,
            ["Zoë", "Sanne", "Şahin", "Sahin", "Yılmaz"],
            ["Yılmaz", "Sahin", "Şahin", "Sanne", "Zoë"],
        ),
        (
            FamiliesModel.VISITS,
            ["Zoë", "Sahin", "Şahin", "Yılmaz", "Sanne"],
            ["Sanne", "Şahin", "Yılmaz", "Sahin", "Zoë"],
        ),
        (
            FamiliesModel.OPEN_GOALS,
            ["Sanne", "Yılmaz", "Şahin", "Sahin", "Zoë"],
            ["Zoë", "Sahin", "Şahin", "Sanne", "Yılmaz"],
        ),
        (
            FamiliesModel.LAST_VISIT,  # no visit yet: before every date
            ["Sanne", "Zoë", "Şahin", "Yılmaz", "Sahin"],
            ["Sahin", "Yılmaz", "Şahin", "Zoë", "Sanne"],
        ),
    ],
)
def test_every_column_sorts_both_ways_and_ties_keep_the_name_order(
    view: QTableView, column: int, ascending: list[str], descending: list[str]
) -> None:
    model = view.model()
    assert isinstance(model, FamiliesModel)
    header = view.horizontalHeader()
    header.setSortIndicator(column, ASC)
    assert [n.split()[-1] for n in names(model)] == ascending
    header.setSortIndicator(column, DESC)
    assert [n.split()[-1] for n in names(model)] == descending
    header.setSortIndicator(FamiliesModel.NAME, ASC)
    assert [n.split()[-1] for n in names(model)] == ["Sahin", "Şahin", "Sanne", "Yılmaz", "Zoë"]


def test_the_selected_family_stays_selected_when_sorted(view: QTableView) -> None:
    model = view.model()
    assert isinstance(model, FamiliesModel)
    view.selectionModel().setCurrentIndex(
        model.index(0, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    chosen = model.family_at(0).id
    view.horizontalHeader().setSortIndicator(FamiliesModel.VISITS, DESC)
    current = view.currentIndex()
    assert current.row() != 0
    assert model.family_at(current.row()).id == chosen
    assert [i.row() for i in view.selectionModel().selectedRows()] == [current.row()]


def test_search_status_and_index_results_combine(view: QTableView) -> None:
    model = view.model()
    assert isinstance(model, FamiliesModel)
    model.set_search("sahin")  # both Sahin and Şahin
    assert names(model) == ["Familie Sahin", "Familie Şahin"]
    assert model.total_count() == 5
    model.set_search("enschede fam")
    assert names(model) == ["Familie Sahin", "Familie Yılmaz"]
    zoe = next(f.id for f in ROWS if f.display_name.endswith("Zoë"))
    model.set_full_text_ids(frozenset({zoe, uuid4()}))  # an id no longer listed is ignored
    assert names(model) == ["Familie Sahin", "Familie Yılmaz", "familie Zoë"]
    model.set_status("active")
    assert names(model) == ["familie Zoë"]
    model.set_search("")
    assert names(model) == ["Familie Sanne", "familie Zoë"]
    model.set_status(None)
    assert model.rowCount() == 5


def test_new_rows_keep_the_search_the_filter_and_the_order(view: QTableView) -> None:
    model = view.model()
    assert isinstance(model, FamiliesModel)
    view.horizontalHeader().setSortIndicator(FamiliesModel.PEOPLE, DESC)
    model.set_search("familie")
    model.set_families([*ROWS, family("Familie Kaya", people=9), family("Other", people=10)])
    assert names(model)[0] == "Familie Kaya"
    assert "Other" not in names(model)
    assert model.row_of(UUID(int=0)) is None


def test_cells_and_status_order_follow_the_language(view: QTableView) -> None:
    model = view.model()
    assert isinstance(model, FamiliesModel)
    assert model.index(0, FamiliesModel.STATUS).data() == "Intake"
    assert model.index(0, FamiliesModel.PEOPLE).data() == 4
    assert model.index(0, FamiliesModel.LAST_VISIT).data() != "—"
    assert model.index(2, FamiliesModel.LAST_VISIT).data() == "—"  # Sanne: no visit yet
    view.horizontalHeader().setSortIndicator(FamiliesModel.STATUS, ASC)
    model.retranslate()  # labels made again; the order by status is made again with them
    assert [model.index(r, FamiliesModel.STATUS).data() for r in range(5)] == sorted(
        model.index(r, FamiliesModel.STATUS).data() for r in range(5)
    )


def test_clear_drops_every_family_and_the_search(view: QTableView) -> None:
    model = view.model()
    assert isinstance(model, FamiliesModel)
    model.set_search("sahin", frozenset({ROWS[3].id}))
    model.clear()
    assert model.rowCount() == 0
    assert model.total_count() == 0
    assert model.full_text_ids == frozenset()
    model.set_families(ROWS)
    assert model.rowCount() == 5


def test_the_model_is_sound_sorted_and_filtered(view: QTableView, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = view.model()
    view.horizontalHeader().setSortIndicator(FamiliesModel.LAST_VISIT, DESC)
    model.set_search("familie")  # type: ignore[attr-defined]
    qtmodeltester.check(model)
