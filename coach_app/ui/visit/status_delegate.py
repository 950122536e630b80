"""The drop-down that edits a goal's new status in the visit editor's goal updates table."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from coach_app.ui.visit.models import CHOICES_ROLE

_Index = QModelIndex | QPersistentModelIndex
_EDIT = Qt.ItemDataRole.EditRole


class StatusChoiceDelegate(QStyledItemDelegate):
    """A drop-down of the statuses a goal may change to."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setObjectName("visit.goal_new_status")
        combo.setAccessibleName(self.tr("New status"))
        for code, label in index.data(CHOICES_ROLE) or []:
            combo.addItem(label, code)
        return combo

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(_EDIT) or "")))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), _EDIT)
