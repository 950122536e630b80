"""The base of the family's editors: a form with an error label under each field, saved in the
background, keeping every typed word when saving fails, at a lock and through a crash.

What is typed is autosaved as an encrypted draft (``coach_app.domain.drafts.FormDraft``, the
same mechanism and table as the visit editor's drafts) a moment after each edit; when the data
is about to lock the draft is saved at once and the dialog is wiped and closed; after the next
unlock (``coach_app.ui.form_editors``) it opens again with the draft restored. Saving the form
discards the draft. Escape, Cancel or the window's close button close a form with nothing changed
at once; with unsaved changes (a restored draft counts) they first ask "Keep editing" (the
default, and the answer to Escape) or "Discard changes"; only Discard drops the text and the
draft. A lock never asks: it keeps the draft and closes."""

from __future__ import annotations

import logging
import weakref
from collections.abc import Callable
from typing import Any
from uuid import UUID, uuid4

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coach_app.domain.drafts import FieldValue, FormDraft
from coach_app.domain.errors import ValidationError
from coach_app.ui.context import UiContext
from coach_app.ui.dialogs import ask_later, settle_buttons, share_lock_shortcut
from coach_app.ui.family.errors import for_domain_error
from coach_app.ui.family.event_date import EventDate
from coach_app.ui.form_drafts import capture, clear_inputs, connect_changes, restore
from coach_app.ui.widgets import named, set_role

log = logging.getLogger(__name__)

DRAFT_DELAY_MS = 800
REFUSAL = "refusal"  # property of an error label: the save's refusal it shows


def alive(obj: object) -> bool:
    """False once Qt deleted the widget (e.g. a dialog closed on lock before its save finished)."""
    return shiboken6.isValid(obj)


class _LimitTexts(QObject):
    """The text-limit message (lupdate reads plural forms from ``tr`` calls only)."""

    def too_long(self, excess: int, maximum: int) -> str:
        return self.tr(
            "%n character(s) too many: at most %1 fit. Shorten it; nothing you typed is lost.",
            "",
            excess,
        ).replace("%1", QLocale().toString(maximum))


def too_long(excess: int, maximum: int) -> str:
    """``excess`` characters more than ``maximum``, in words (translated)."""
    return _LimitTexts().too_long(excess, maximum)


def close_on_lock(dialog: QDialog, parent: QWidget) -> None:
    """Close the dialog (and drop what it shows) when the window locks.

    Editors based on ``EditorDialog`` already keep their draft and close on
    ``UiEvents.about_to_lock``; this catches any other dialog. The connection holds the dialog
    weakly and checks it is alive, so a deleted dialog is never called.
    """
    locked = getattr(parent.window(), "locked", None)
    if locked is None:
        return

    held = weakref.ref(dialog)

    def close() -> None:
        target = held()
        if target is not None and alive(target) and target.isVisible():
            target.reject()

    locked.connect(close)


class EditorDialog(QDialog):
    """Base of the family's editors: a form, error labels next to fields, save in the background.

    Subclasses build the form with `add_row(label_key, widget, field)`, implement `collect()`
    (run on the GUI thread; raises ValidationError for a field) returning the work to run, and
    `saved(result)`. The first row's field has the focus when the dialog opens; Enter saves,
    except in a field given to `enter_adds` (a milestone's title: Enter adds the milestone).
    """

    def __init__(self, context: UiContext, area: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.area = area
        self.setObjectName(f"{area}.dialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        share_lock_shortcut(self, parent)  # Ctrl+L locks with the focus in any field
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._labels: dict[str, QLabel] = {}
        self._errors: dict[str, QLabel] = {}
        self.error = QLabel()
        self.error.setObjectName(f"{area}.error")
        self.error.setWordWrap(True)
        set_role(self.error, "error")
        self.save_button = named(QPushButton(), f"{area}.save", "")
        self.save_button.setDefault(True)
        self.cancel_button = named(QPushButton(), f"{area}.cancel", "")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        self.draft_notice = QLabel()
        self.draft_notice.setObjectName(f"{area}.draft_notice")
        self.draft_notice.setWordWrap(True)
        self.draft_notice.hide()
        self.body = QVBoxLayout(self)
        self.body.addWidget(self.draft_notice)
        self.body.addLayout(self.form)
        self.body.addWidget(self.error)
        self.body.addLayout(buttons)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        self._saving = False
        self._first_field: QWidget | None = None
        self._enter_actions: dict[QObject, Callable[[], None]] = {}
        self._limits: dict[str, tuple[QWidget, int]] = {}
        self._over_limit: set[str] = set()
        self._draft_kind = ""
        self._draft_family: UUID | None = None
        self._draft_subject: UUID | None = None
        self._draft_id = uuid4()
        self._draft_revision = 0
        self._extras: dict[str, tuple[Callable[[], FieldValue], Callable[[FieldValue], None]]] = {}
        self._baseline: tuple[tuple[str, FieldValue], ...] | None = None
        self._question: QMessageBox | None = None
        self._kept: tuple[tuple[str, FieldValue], ...] = ()
        self._wiped = False
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.save_draft_soon)

    def add_row(self, key: str, widget: QWidget, field: str | None = None) -> None:
        if self._first_field is None:
            self._first_field = widget
        label = QLabel()
        label.setBuddy(widget)
        self._labels[key] = label
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        if field is not None:
            error = QLabel()
            error.setObjectName(f"{self.area}.{field}_error")
            error.setWordWrap(True)
            set_role(error, "error")
            error.setVisible(False)
            column.addWidget(error)
            self._errors[field] = error
            self._clear_when_edited(widget, field)
        self.form.addRow(label, holder)

    def _clear_when_edited(self, widget: QWidget, field: str) -> None:
        """A save's refusal under ``field`` goes as soon as the coach changes the field (the
        goal's "Enter a short title" stayed after a title was typed); what the field says
        while typing (a text limit, a date's note) is said again at once."""
        for control in [widget, *widget.findChildren(QWidget)]:
            if isinstance(control, QLineEdit | QPlainTextEdit):
                control.textChanged.connect(lambda *_: self._field_edited(widget, field))
            elif isinstance(control, QComboBox):
                control.currentIndexChanged.connect(lambda *_: self._field_edited(widget, field))
                control.editTextChanged.connect(lambda *_: self._field_edited(widget, field))
            elif isinstance(control, QDateEdit):
                control.dateChanged.connect(lambda *_: self._field_edited(widget, field))
            elif isinstance(control, QAbstractButton) and control.isCheckable():
                control.toggled.connect(lambda *_: self._field_edited(widget, field))

    def _field_edited(self, widget: QWidget, field: str) -> None:
        label = self._errors[field]
        refusal = label.property(REFUSAL)
        if not refusal or label.text() != refusal:
            return
        label.setProperty(REFUSAL, "")
        label.clear()
        label.setVisible(False)
        if field in self._limits:
            self._check_limit(field)
        if isinstance(widget, EventDate) and widget.note():
            label.setText(widget.note())
            label.setVisible(True)

    def show_note_of(self, widget: EventDate, field: str) -> None:
        """Say under ``widget`` (in ``field``'s error label) at once when its date breaks a
        rule, in the words the save's refusal would use; the date itself stays as typed."""
        label = self._errors[field]

        def show(text: str) -> None:
            label.setText(text)
            label.setVisible(bool(text))

        widget.note_changed.connect(show)

    def enter_adds(self, field: QWidget, action: Callable[[], None]) -> None:
        """Enter in ``field`` runs ``action`` (e.g. adds a milestone), never Save."""
        self._enter_actions[field] = action
        field.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        action = self._enter_actions.get(watched)
        if (
            action is not None
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            action()
            return True  # handled here: the dialog's default button is not pressed
        return super().eventFilter(watched, event)

    def showEvent(self, event: QShowEvent) -> None:
        if self._baseline is None:  # an editor without drafts: changes count from here
            self._baseline = self._capture()
        settle_buttons(self, self.save_button)
        if self._first_field is not None and self.focusWidget() is None:
            self._first_field.setFocus(Qt.FocusReason.OtherFocusReason)
        super().showEvent(event)

    def set_label(self, key: str, text: str) -> None:
        self._labels[key].setText(text)

    def retranslate_buttons(self) -> None:
        self.save_button.setText(QCoreApplication.translate("FamilyEditor", "Save"))
        self.save_button.setAccessibleName(QCoreApplication.translate("FamilyEditor", "Save"))
        self.cancel_button.setText(QCoreApplication.translate("FamilyEditor", "Cancel"))
        self.cancel_button.setAccessibleName(QCoreApplication.translate("FamilyEditor", "Cancel"))

    def field_error(self, field: str) -> str:
        label = self._errors.get(field)
        return label.text() if label is not None and label.isVisible() else ""

    def show_error(self, exc: BaseException) -> None:
        text = for_domain_error(exc)
        if isinstance(exc, ValidationError) and exc.field in self._limits:
            widget, maximum = self._limits[exc.field]
            typed = widget.toPlainText() if hasattr(widget, "toPlainText") else widget.text()  # type: ignore[attr-defined]
            if len(typed) > maximum:
                text = too_long(len(typed) - maximum, maximum)
        if isinstance(exc, ValidationError) and exc.field in self._errors:
            label = self._errors[exc.field]
            label.setText(text)
            label.setProperty(REFUSAL, text)  # cleared when the field is changed
            label.setVisible(True)
            self.error.clear()
        else:
            self.error.setText(text)

    def _clear_errors(self) -> None:
        for label in self._errors.values():
            label.clear()
            label.setVisible(False)
        self.error.clear()

    # -- text limits -----------------------------------------------------------------------
    def set_limit(self, widget: QWidget, field: str, maximum: int) -> None:
        """Say under ``widget`` while typing when its text is longer than ``maximum``
        (nothing is cut off: the coach shortens it, and the draft keeps every character)."""
        self._limits[field] = (widget, maximum)
        signal = getattr(widget, "textChanged", None)
        if signal is not None:
            signal.connect(lambda *_: self._check_limit(field))

    def _check_limit(self, field: str) -> None:
        widget, maximum = self._limits[field]
        label = self._errors.get(field)
        if label is None:
            return
        text = widget.toPlainText() if hasattr(widget, "toPlainText") else widget.text()  # type: ignore[attr-defined]
        excess = len(text) - maximum
        if excess > 0:
            label.setText(too_long(excess, maximum))
            label.setVisible(True)
            self._over_limit.add(field)
        elif field in self._over_limit:
            self._over_limit.discard(field)
            label.clear()
            label.setVisible(False)

    # -- drafts ----------------------------------------------------------------------------
    def keep_in_drafts(
        self,
        name: str,
        read: Callable[[], FieldValue],
        write: Callable[[FieldValue], None],
        changed: Any,
    ) -> None:
        """Keep a value that lives outside the named inputs in the drafts too (the milestones
        added but not yet saved): ``read`` gives it, ``write`` puts a drafted one back (None:
        empty it, at lock), ``changed`` (a signal) fires when it changes. Call this before
        ``keep_drafts``."""
        self._extras[name] = (read, write)
        changed.connect(lambda *_: self._edited())

    def _capture(self) -> tuple[tuple[str, FieldValue], ...]:
        extras = tuple((name, read()) for name, (read, _) in self._extras.items())
        return tuple(sorted(capture(self, self.area) + extras, key=lambda item: item[0]))

    def _restore(self, fields: dict[str, FieldValue]) -> None:
        restore(self, self.area, fields)
        for name, (_, write) in self._extras.items():
            if name in fields:
                write(fields[name])

    def _clear_inputs(self) -> None:
        clear_inputs(self, self.area)
        for _, write in self._extras.values():
            write(None)

    def keep_drafts(self, kind: str, family_id: UUID | None, subject_id: UUID | None) -> None:
        """Autosave what is typed as a draft of this editor; restore an earlier one."""
        self._draft_kind, self._draft_family, self._draft_subject = kind, family_id, subject_id
        self._baseline = self._kept = self._capture()
        connect_changes(self, self.area, self._edited)
        held = weakref.ref(self)

        def lock_now() -> None:  # weakly held: a closed, deleted editor is never called
            editor = held()
            if editor is not None and alive(editor):
                editor.lock_now()

        self.context.events.about_to_lock.connect(lock_now)
        try:
            drafts = self.context.workspace.drafts
        except Exception as exc:  # noqa: BLE001 - locked meanwhile: nothing to restore now
            log.info("no draft looked up: %s", type(exc).__name__)
            return
        self.context.operations.run(
            lambda: drafts.get_form_draft_for(kind, family_id, subject_id),
            self._draft_found,
            lambda exc: log.warning("draft not looked up: %s", type(exc).__name__),
        )

    def _draft_found(self, draft: Any) -> None:
        if draft is None or not alive(self) or self._wiped:
            return
        assert isinstance(draft, FormDraft)
        self._draft_id, self._draft_revision = draft.id, draft.revision
        self._restore(draft.as_dict())
        self._kept = self._capture()
        self.draft_notice.setText(
            QCoreApplication.translate(
                "FamilyEditor",
                "What you typed earlier was not saved yet and has been restored. Check it and "
                "save.",
            )
        )
        self.draft_notice.show()

    def _edited(self) -> None:
        if self._draft_kind and not self._wiped:
            self._draft_timer.start()

    def _draft(self) -> FormDraft | None:
        current = self._capture()
        if current == self._kept:
            return None
        self._draft_revision += 1
        self._kept = current
        return FormDraft(
            id=self._draft_id,
            kind=self._draft_kind,
            family_id=self._draft_family,
            subject_id=self._draft_subject,
            fields=current,
            revision=self._draft_revision,
        )

    def save_draft_soon(self) -> None:
        if not self._draft_kind or self._wiped or self._saving:
            return
        try:
            drafts = self.context.workspace.drafts
        except Exception as exc:  # noqa: BLE001 - locked meanwhile: the lock path saved it
            log.info("draft not saved in the background: %s", type(exc).__name__)
            return
        draft = self._draft()
        if draft is None:
            return
        self.context.operations.run(
            lambda: drafts.save_form_draft(draft),
            lambda _: None,
            lambda exc: log.warning("draft not saved: %s", type(exc).__name__),
        )

    def lock_now(self) -> None:
        """The data is about to lock: keep the draft now, then wipe and close."""
        if self._wiped or not alive(self):
            return
        self._draft_timer.stop()
        if self._draft_kind:
            draft = self._draft()
            if draft is not None:
                self.context.operations.wait(5_000)
                try:
                    self.context.workspace.drafts.save_form_draft(draft)
                except Exception as exc:  # noqa: BLE001 - logged; nothing else can be done now
                    log.error("draft not saved before locking: %s", type(exc).__name__)
        self.wipe()

    def wipe(self) -> None:
        """Drop every typed or shown text, then go away (without discarding the draft)."""
        if self._wiped:
            return
        self._wiped = True
        self._draft_timer.stop()
        self._close_question()
        self._clear_inputs()
        self._clear_errors()
        self.draft_notice.clear()
        self.setWindowTitle("")
        self.hide()
        QDialog.reject(self)

    def _discard_draft(self) -> None:
        if not self._draft_kind:
            return
        try:
            drafts = self.context.workspace.drafts
        except Exception as exc:  # noqa: BLE001 - locked: the draft stays for next time
            log.info("draft not discarded: %s", type(exc).__name__)
            return
        draft_id = self._draft_id
        self.context.operations.run(
            lambda: drafts.discard_draft(draft_id),
            lambda _: None,
            lambda exc: log.warning("draft not discarded: %s", type(exc).__name__),
        )

    # -- closing -----------------------------------------------------------------------------
    def is_dirty(self) -> bool:
        """True when what the form shows differs from what it opened with (a restored draft
        counts as a change: it was never saved)."""
        if self._wiped or self._baseline is None:
            return False
        return self._capture() != self._baseline

    def reject(self) -> None:
        """Escape, Cancel and the close button: close at once when nothing changed, else ask
        (Keep editing / Discard changes). At a lock (``wipe``) it closes silently."""
        if not alive(self):
            return
        if self._wiped:  # closed at lock: the draft must stay
            QDialog.reject(self)
            return
        if self._question is not None:  # already asking
            return
        if self.is_dirty():
            self._ask_discard()
            return
        self.discard()

    def _ask_discard(self) -> None:
        self._question = ask_later(
            self,
            name=f"{self.area}.discard_question",
            title=QCoreApplication.translate("FamilyEditor", "Unsaved changes"),
            text=QCoreApplication.translate(
                "FamilyEditor",
                "You changed this form but did not save it. Discard what you typed?",
            ),
            confirm=QCoreApplication.translate("FamilyEditor", "Discard changes"),
            keep=QCoreApplication.translate("FamilyEditor", "Keep editing"),
            answered=self._answered,
            destructive=True,
        )

    def _answered(self, discard: bool) -> None:
        self._question = None
        if not alive(self) or self._wiped:
            return
        if discard:
            self.discard()

    def _close_question(self) -> None:
        question, self._question = self._question, None
        if question is not None and alive(question):
            question.done(QMessageBox.StandardButton.Cancel.value)

    def discard(self) -> None:
        """Close without asking, dropping what was typed and its draft."""
        if not alive(self):
            return
        if self._wiped:
            QDialog.reject(self)
            return
        self._close_question()
        self._draft_timer.stop()
        self._discard_draft()
        self._wiped = True
        self._clear_inputs()
        super().reject()

    def collect(self) -> Callable[[], Any]:
        raise NotImplementedError

    def saved(self, result: Any) -> None:
        raise NotImplementedError

    def save(self) -> None:
        if self._saving:
            return
        self._clear_errors()
        try:
            work = self.collect()
        except ValidationError as exc:
            self.show_error(exc)
            return
        self._saving = True
        self.save_button.setEnabled(False)
        self.context.operations.run(work, self._succeeded, self._failed)

    def _succeeded(self, result: Any) -> None:
        if not alive(self):
            return
        self._saving = False
        self.save_button.setEnabled(True)
        self._draft_timer.stop()
        self._discard_draft()
        self._wiped = True
        self.saved(result)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        if not alive(self):
            return
        self._saving = False
        self.save_button.setEnabled(True)
        self.show_error(exc)
