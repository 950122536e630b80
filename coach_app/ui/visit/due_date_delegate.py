"""The date field that edits a follow-up action's due date in the visit editor's table: named
and labelled for screen readers, with a calendar."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QDateEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from coach_app.ui.widgets import calendar_popup

_Index = QModelIndex | QPersistentModelIndex
_EDIT = Qt.ItemDataRole.EditRole


class DueDateDelegate(QStyledItemDelegate):
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        editor = QDateEdit(parent)
        editor.setObjectName("visit.followup_due")
        editor.setAccessibleName(self.tr("Due date of the follow-up action"))
        calendar_popup(editor)
        return editor

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        value = index.data(_EDIT)
        if isinstance(editor, QDateEdit):
            editor.setDate(value if isinstance(value, QDate) else QDate.currentDate())

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        if isinstance(editor, QDateEdit):
            model.setData(index, editor.date(), _EDIT)
