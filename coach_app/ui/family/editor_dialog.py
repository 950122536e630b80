"""The base of the family's editors: a form with an error label under each field, saved in the
background, keeping every typed word when saving fails."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
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
from coach_app.ui.family.errors import for_domain_error
from coach_app.ui.widgets import named


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
    `saved(result)`.
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
        self.error.setStyleSheet("color: #a40000;")
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

    def add_row(self, key: str, widget: QWidget, field: str | None = None) -> None:
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
            error.setStyleSheet("color: #a40000;")
            error.setVisible(False)
            column.addWidget(error)
            self._errors[field] = error
        self.form.addRow(label, holder)

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
