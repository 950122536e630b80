"""Escape, Cancel or the close button on an editor with unsaved changes asks first (Keep editing
is the default and the answer to Escape); with nothing changed it closes at once; a lock never
asks and keeps the draft. For the family (new and existing), person and goal editors and the
visit editor. No exception reaches the Qt event loop on the way."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from types import TracebackType

import pytest
import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QLineEdit, QMessageBox, QPlainTextEdit, QPushButton
from pytestqt.qtbot import QtBot

from coach_app.paths import DataFolder
from coach_app.ui.family.editor_dialog import EditorDialog
from coach_app.ui.family.family_dialog import open_edit_family_dialog, open_new_family_dialog
from coach_app.ui.family.goal_dialog import open_goal_dialog
from coach_app.ui.family.person_dialog import open_person_dialog
from coach_app.ui.main_window import MainWindow
from coach_app.ui.visit.editor import VisitEditor
from tests.qt.helpers import child, make_window, unlock

TYPED = "KanarieUnsavedZq7w"
FIELD = {
    "new-family": "family.display_name",
    "family": "family.display_name",
    "person": "person.given_name",
    "goal": "goal.title",
}
EDITORS = tuple(FIELD)


@pytest.fixture
def no_exception_reaches_qt() -> Iterator[list[BaseException]]:
    """Fail the test on any exception sent to sys.excepthook (slots, virtual methods)."""
    seen: list[BaseException] = []

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        seen.append(exc)

    previous = sys.excepthook
    sys.excepthook = hook
    try:
        yield seen
    finally:
        sys.excepthook = previous
    assert seen == [], f"exceptions reached the Qt event loop: {seen!r}"


def open_editor(window: MainWindow, kind: str) -> EditorDialog:
    service, context = window.workspace.service, window.context
    family = service.get_family(service.list_families()[0].id)
    if kind == "new-family":
        return open_new_family_dialog(context, window)
    if kind == "family":
        return open_edit_family_dialog(context, family, window)
    if kind == "person":
        return open_person_dialog(context, family.id, None, lambda _: None, window)
    people = service.list_people(family.id)
    return open_goal_dialog(context, family.id, None, people, lambda _: None, window)


def stored(window: MainWindow) -> tuple[int, int, int, str]:
    service = window.workspace.service
    family = service.get_family(service.list_families()[0].id)
    return (
        len(service.list_families()),
        len(service.list_people(family.id)),
        len(service.list_goals(family.id)),
        family.display_name,
    )


def question(qtbot: QtBot, dialog: QDialog, name: str) -> QMessageBox:
    found: list[QMessageBox] = []

    def shown() -> bool:
        box = dialog.findChild(QMessageBox, name)
        found[:] = [box] if box is not None and box.isVisible() else []
        return bool(found)

    qtbot.waitUntil(shown, timeout=10_000)
    return found[0]


def no_question(dialog: QDialog) -> bool:
    return all(not box.isVisible() for box in dialog.findChildren(QMessageBox))


@pytest.fixture
def window(qtbot: QtBot, filled_folder: DataFolder) -> Iterator[MainWindow]:
    main = make_window(qtbot, filled_folder)
    unlock(qtbot, main)
    yield main
    if main.workspace.is_unlocked:
        main.lock()


@pytest.mark.qt_no_exception_capture
@pytest.mark.parametrize("kind", EDITORS)
def test_escape_with_typed_text_asks_keep_editing_keeps_it_and_discard_drops_it(
    qtbot: QtBot, window: MainWindow, kind: str, no_exception_reaches_qt: list[BaseException]
) -> None:
    before = stored(window)
    dialog = open_editor(window, kind)
    area = FIELD[kind].split(".")[0]
    field = child(dialog, QLineEdit, FIELD[kind])
    qtbot.keyClicks(field, TYPED)
    typed = field.text()

    # Escape asks; Escape in the question (and Enter: the default) mean "Keep editing".
    for key in (Qt.Key.Key_Escape, Qt.Key.Key_Return):
        qtbot.keyClick(field, Qt.Key.Key_Escape)
        box = question(qtbot, dialog, f"{area}.discard_question")
        assert box.defaultButton() is child(box, QPushButton, f"{area}.discard_question.keep")
        assert box.escapeButton() is child(box, QPushButton, f"{area}.discard_question.keep")
        qtbot.keyClick(box, key)
        qtbot.waitUntil(lambda: no_question(dialog), timeout=10_000)
        assert dialog.isVisible()
        assert field.text() == typed

    # Cancel and the close button ask too; "Keep editing" keeps the text.
    for close in (
        lambda: qtbot.mouseClick(child(dialog, QPushButton, f"{area}.cancel"), Qt.LeftButton),
        dialog.close,
    ):
        close()
        box = question(qtbot, dialog, f"{area}.discard_question")
        qtbot.mouseClick(child(box, QPushButton, f"{area}.discard_question.keep"), Qt.LeftButton)
        qtbot.waitUntil(lambda: no_question(dialog), timeout=10_000)
        assert dialog.isVisible()
        assert field.text() == typed

    # "Discard changes" closes and stores nothing: no record, no draft.
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    box = question(qtbot, dialog, f"{area}.discard_question")
    with qtbot.waitSignal(dialog.rejected, timeout=10_000):
        qtbot.mouseClick(child(box, QPushButton, f"{area}.discard_question.confirm"), Qt.LeftButton)
    assert not dialog.isVisible()
    window.operations.wait()
    qtbot.waitUntil(lambda: window.workspace.drafts.list_form_drafts() == [], timeout=10_000)
    assert stored(window) == before


@pytest.mark.qt_no_exception_capture
@pytest.mark.parametrize("kind", EDITORS)
def test_escape_with_nothing_changed_closes_at_once(
    qtbot: QtBot, window: MainWindow, kind: str, no_exception_reaches_qt: list[BaseException]
) -> None:
    dialog = open_editor(window, kind)
    field = child(dialog, QLineEdit, FIELD[kind])
    qtbot.waitUntil(dialog.isVisible)
    with qtbot.waitSignal(dialog.rejected, timeout=10_000):
        qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert not dialog.isVisible()

    # Typing and then removing it again is no change either.
    dialog = open_editor(window, kind)
    field = child(dialog, QLineEdit, FIELD[kind])
    original = field.text()
    field.end(False)
    qtbot.keyClicks(field, "x")
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    assert field.text() == original
    with qtbot.waitSignal(dialog.rejected, timeout=10_000):
        qtbot.keyClick(field, Qt.Key.Key_Escape)


@pytest.mark.qt_no_exception_capture
@pytest.mark.parametrize("asking", [False, True], ids=["typing", "question-open"])
def test_lock_keeps_the_draft_and_asks_nothing(
    qtbot: QtBot, window: MainWindow, asking: bool, no_exception_reaches_qt: list[BaseException]
) -> None:
    dialog = open_editor(window, "person")
    field = child(dialog, QLineEdit, "person.given_name")
    qtbot.keyClicks(field, TYPED)
    if asking:  # the lock comes while the question is open: it goes with the editor
        qtbot.keyClick(field, Qt.Key.Key_Escape)
        question(qtbot, dialog, "person.discard_question")
    with qtbot.waitSignal(window.locked):
        window.lock()
    assert [w for w in window.findChildren(QMessageBox) if w.isVisible()] == []
    assert [w for w in window.findChildren(QDialog) if w.isVisible()] == []
    unlock(qtbot, window)
    (draft,) = window.workspace.drafts.list_form_drafts()
    assert draft.as_dict()["person.given_name"] == TYPED


# -- the visit editor (its question also offers "Keep as draft") -----------------------------


def answer_visit_question(
    qtbot: QtBot, editor: VisitEditor, act: Callable[[QMessageBox], None]
) -> list[str]:
    """Answer the visit's question from inside its own event loop (it is asked with exec)."""
    seen: list[str] = []

    def attempt() -> None:
        if not shiboken6.isValid(editor) or not editor.isVisible():
            return  # closed without asking: the assertion on ``seen`` says so
        shown = [b for b in editor.findChildren(QMessageBox) if b.isVisible()]
        if not shown:
            QTimer.singleShot(10, attempt)
            return
        seen.append(shown[0].objectName())
        act(shown[0])

    QTimer.singleShot(0, attempt)
    return seen


def button(box: QMessageBox, role: QMessageBox.ButtonRole) -> QPushButton:
    (found,) = [b for b in box.buttons() if box.buttonRole(b) == role]
    assert isinstance(found, QPushButton)
    return found


@pytest.mark.qt_no_exception_capture
def test_visit_editor_asks_before_throwing_typed_text_away(
    qtbot: QtBot, window: MainWindow, no_exception_reaches_qt: list[BaseException]
) -> None:
    family_id = window.workspace.service.list_families()[0].id
    visits = len(window.workspace.service.list_visits(family_id))

    def open_visit() -> VisitEditor:
        window.events.visit_requested.emit(family_id, None)
        found: list[VisitEditor] = []

        def shown() -> bool:
            found[:] = [e for e in window.findChildren(VisitEditor) if e.isVisible()]
            return len(found) == 1

        qtbot.waitUntil(shown, timeout=20_000)
        editor = found[0]
        qtbot.waitUntil(child(editor, QPushButton, "visit.save").isEnabled, timeout=20_000)
        return editor

    # Nothing typed: Escape closes at once.
    editor = open_visit()
    with qtbot.waitSignal(editor.closed, timeout=10_000):
        qtbot.keyClick(editor, Qt.Key.Key_Escape)

    editor = open_visit()
    notes = child(editor, QPlainTextEdit, "visit.notes")
    qtbot.keyClicks(notes, TYPED)

    # Escape in the question means keep editing.
    seen = answer_visit_question(qtbot, editor, lambda box: QTest.keyClick(box, Qt.Key.Key_Escape))
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert seen == ["visit.discard_question"]
    assert editor.isVisible()
    assert notes.toPlainText() == TYPED

    # "Throw it away" closes and keeps nothing.
    seen = answer_visit_question(
        qtbot,
        editor,
        lambda box: button(box, QMessageBox.ButtonRole.DestructiveRole).click(),
    )
    with qtbot.waitSignal(editor.closed, timeout=10_000):
        qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert seen == ["visit.discard_question"]
    window.operations.wait()
    qtbot.waitUntil(lambda: window.workspace.drafts.list_drafts() == [], timeout=10_000)
    assert len(window.workspace.service.list_visits(family_id)) == visits
