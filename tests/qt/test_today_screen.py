"""Today: planned and held visits told apart by the clock, follow-up actions ticked off or moved
from the screen, overdue and due soon on different badges, empty sections with a hint."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDateEdit, QLabel, QPushButton, QTableView
from pytestqt.qtbot import QtBot

from coach_app.domain import FollowUpAction, Municipality
from coach_app.paths import DataFolder
from coach_app.security import KdfParams
from coach_app.ui.badges import BADGE_ROLE
from coach_app.workspace import Workspace
from tests.qt.conftest import PASSPHRASE
from tests.qt.helpers import child, make_window, unlock


def _seed(folder: DataFolder) -> dict[str, object]:
    workspace = Workspace(folder, kdf=KdfParams())
    workspace.create(PASSPHRASE)
    service = workspace.service
    now = datetime.now(UTC).replace(second=0, microsecond=0)
    today = date.today()
    family = service.create_family(
        display_name="Yıldız", municipality=Municipality("GM0153", "Enschede")
    )
    held = service.record_visit(family.id, started_at=now - timedelta(hours=1), duration_minutes=60)
    planned = service.record_visit(
        family.id, started_at=now + timedelta(days=3), duration_minutes=45
    )
    service.record_visit(
        family.id,
        started_at=now - timedelta(days=12),
        duration_minutes=30,
        follow_ups=[
            FollowUpAction(text="Overdue action", due_date=today - timedelta(days=3)),
            FollowUpAction(text="Today's action", due_date=today),
            FollowUpAction(text="Soon action", due_date=today + timedelta(days=2)),
        ],
    )
    workspace.lock()
    return {"held": held.id, "planned": planned.id, "family": family.id}


def test_held_and_planned_visits_and_follow_up_states(qtbot: QtBot, folder: DataFolder) -> None:
    if datetime.now().astimezone().hour == 0:  # an hour ago was yesterday: nothing held today
        return
    seeds = _seed(folder)
    window = make_window(qtbot, folder)
    unlock(qtbot, window)
    window.show_page("today")
    page = window.today_page
    qtbot.waitUntil(lambda: page.followups_model.rowCount() == 3, timeout=10_000)

    visits = page.visits_model
    assert [visits.row_at(r).visit_id for r in range(visits.rowCount())] == [
        seeds["held"],
        seeds["planned"],
    ]
    assert visits.index(0, visits.STATE).data() == "Held today"
    assert visits.index(1, visits.STATE).data() == "Planned"
    heading = child(window, QLabel, "today.visits_count").text()
    assert "(1)" in heading
    assert "held today: 1" in heading

    followups = page.followups_model
    states = [followups.index(r, followups.STATE).data(BADGE_ROLE) for r in range(3)]
    assert [b.text for b in states] == ["3 days overdue", "Due today", "Due in 2 days"]
    assert [b.tone for b in states] == ["danger", "warning", "info"]
    assert len({b.tone for b in states}) == 3  # overdue and due soon never look alike


def test_follow_ups_are_done_or_moved_from_today(qtbot: QtBot, folder: DataFolder) -> None:
    seeds = _seed(folder)
    window = make_window(qtbot, folder)
    unlock(qtbot, window)
    window.show_page("today")
    page = window.today_page
    qtbot.waitUntil(lambda: page.followups_model.rowCount() == 3, timeout=10_000)
    view = child(window, QTableView, "today.followups")
    done = child(window, QPushButton, "today.followup_done")
    move = child(window, QPushButton, "today.followup_move")
    assert not done.isEnabled()  # nothing chosen yet
    new_date = child(window, QDateEdit, "today.followup_new_date")
    week = date.today() + timedelta(days=7)
    assert new_date.date() == QDate(week.year, week.month, week.day)  # not 1 January 2000

    view.selectRow(0)
    assert done.isEnabled()
    qtbot.mouseClick(done, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.followups_model.rowCount() == 2, timeout=10_000)

    view.selectRow(0)  # now "Today's action"
    later = date.today() + timedelta(days=30)
    child(window, QDateEdit, "today.followup_new_date").setDate(
        QDate(later.year, later.month, later.day)
    )
    qtbot.mouseClick(move, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.followups_model.rowCount() == 1, timeout=10_000)
    assert page.followups_model.row_at(0).text == "Soon action"

    visits = window.workspace.service.list_visits(seeds["family"])  # type: ignore[arg-type]
    actions = {f.text: f for v in visits for f in v.follow_ups}
    assert actions["Overdue action"].done
    assert actions["Today's action"].due_date == later
    assert not actions["Today's action"].done


def test_an_empty_today_says_how_to_start(qtbot: QtBot, folder: DataFolder) -> None:
    Workspace(folder, kdf=KdfParams()).create(PASSPHRASE)
    window = make_window(qtbot, folder)
    unlock(qtbot, window)
    window.show_page("today")
    window.operations.wait()
    for name in ("today.visits_empty", "today.followups_empty", "today.goals_empty"):
        hint = child(window, QLabel, name)
        assert hint.isVisible()
        assert hint.text()
    assert "New visit" in child(window, QLabel, "today.visits_empty").text()
    assert not child(window, QPushButton, "today.followup_done").isVisible()
