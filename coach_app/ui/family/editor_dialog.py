"""The base of the family's editors: a form with an error label under each field, saved in the
background, keeping every typed word when saving fails."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coach_app.domain.errors import ValidationError
from coach_app.ui.context import UiContext
from coach_app.ui.dialogs import settle_buttons
from coach_app.ui.family.errors import for_domain_error
from coach_app.ui.widgets import named, set_role


def alive(obj: object) -> bool:
    """False once Qt deleted the widget (e.g. a dialog closed on lock before its save finished)."""
    return shiboken6.isValid(obj)


def close_on_lock(dialog: QDialog, parent: QWidget) -> None:
    """Close the dialog (and drop what it shows) when the window locks."""
    locked = getattr(parent.window(), "locked", None)
    if locked is not None:
        locked.connect(dialog.reject)


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
        self.body = QVBoxLayout(self)
        self.body.addLayout(self.form)
        self.body.addWidget(self.error)
        self.body.addLayout(buttons)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        self._saving = False
        self._first_field: QWidget | None = None
        self._enter_actions: dict[QObject, Callable[[], None]] = {}

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
        self.form.addRow(label, holder)

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
        if isinstance(exc, ValidationError) and exc.field in self._errors:
            label = self._errors[exc.field]
            label.setText(text)
            label.setVisible(True)
            self.error.clear()
        else:
            self.error.setText(text)

    def _clear_errors(self) -> None:
        for label in self._errors.values():
            label.clear()
            label.setVisible(False)
        self.error.clear()

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
        self.saved(result)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        if not alive(self):
            return
        self._saving = False
        self.save_button.setEnabled(True)
        self.show_error(exc)
