"""Item models of a family's page and of Today hold prepared values (issue 14): they sort their
own rows (no call back into Python per comparison), keep a view's selection on its row, and
make their texts again when the language changes."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from uuid import uuid4

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from coach_app.domain.entities import Milestone, Visit
from coach_app.domain.today import DueFollowUp
from coach_app.ui.family.models import MilestonesModel, VisitsModel
from coach_app.ui.today.models import FollowUpsModel

NOW = datetime(2019, 4, 2, 10, 0, tzinfo=UTC)


def visit(minutes: int, days_ago: int, notes: str = "") -> Visit:
    return Visit(
        id=uuid4(),
        created_at=NOW,
        updated_at=NOW,
        family_id=uuid4(),
        started_at=NOW - timedelta(days=days_ago),
        duration_minutes=minutes,
        notes=notes,
    )


def column(model: VisitsModel | MilestonesModel, col: int) -> list[object]:
    return [model.index(row, col).data() for row in range(model.rowCount())]


def test_a_sortable_view_sorts_the_visits_in_the_model(qtbot: QtBot, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    view = QTableView()
    qtbot.addWidget(view)
    model = VisitsModel(view)
    view.setModel(model)
    model.set_rows([visit(30, 3, "b"), visit(90, 1, "a"), visit(60, 2, "c"), visit(60, 5, "d")])
    assert column(model, VisitsModel.DURATION) == [90, 60, 30, 60]  # newest first
    view.selectionModel().setCurrentIndex(
        model.index(2, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    view.setSortingEnabled(True)
    view.sortByColumn(VisitsModel.DURATION, Qt.SortOrder.AscendingOrder)
    assert column(model, VisitsModel.DURATION) == [30, 60, 60, 90]
    assert column(model, VisitsModel.NOTES) == ["b", "c", "d", "a"]  # equal minutes: as before
    assert view.currentIndex().row() == 0  # the 30-minute visit, still selected
    view.sortByColumn(VisitsModel.NOTES, Qt.SortOrder.DescendingOrder)
    assert column(model, VisitsModel.NOTES) == ["d", "c", "b", "a"]
    assert model.row_at(view.currentIndex().row()).duration_minutes == 30
    qtmodeltester.check(model)


def test_rows_without_a_date_sort_first_and_never_fail(qtbot: QtBot) -> None:
    model = MilestonesModel()
    model.set_rows(
        [
            Milestone(title="Inschrijven", target_date=date(2019, 5, 1)),
            Milestone(title="Intake", target_date=None),
            Milestone(title="Les 1", target_date=date(2019, 4, 1)),
        ]
    )
    model.sort(MilestonesModel.TARGET, Qt.SortOrder.AscendingOrder)
    assert column(model, MilestonesModel.TITLE) == ["Intake", "Les 1", "Inschrijven"]
    model.sort(MilestonesModel.TARGET, Qt.SortOrder.DescendingOrder)
    assert column(model, MilestonesModel.TITLE) == ["Inschrijven", "Les 1", "Intake"]
    model.sort(99, Qt.SortOrder.AscendingOrder)  # no such column: nothing happens
    assert model.rowCount() == 3


def test_texts_are_made_again_when_the_language_changes(qtbot: QtBot) -> None:
    model = FollowUpsModel()
    today = date(2019, 4, 2)
    model.set_rows(
        [
            DueFollowUp(
                family_id=uuid4(),
                family_name="Familie Kaya",
                visit_id=uuid4(),
                follow_up_id=uuid4(),
                text="Bel de school",
                due_date=today - timedelta(days=2),
            )
        ],
        today,
    )
    state = model.index(0, FollowUpsModel.STATE)
    assert state.data() == "2 days overdue"
    model.display = lambda row, column: "changed"  # type: ignore[method-assign]
    assert state.data() == "2 days overdue"  # kept, not made per paint
    model.retranslate()
    assert state.data() == "changed"
