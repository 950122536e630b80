"""The line that edits a text cell of the visit editor's tables (a follow-up action's text, a
goal's progress note): named and labelled for screen readers, and committed to the model on
every keystroke, so what is being typed in a cell is part of the next draft (autosave, lock)
and of the limits shown while typing, not only once the cell is left.

Nothing is cut off: the line holds up to ``MAX_DRAFT_TEXT`` characters (a ``QLineEdit`` stops at
32,767 by default, without a word); the editor says when a text is longer than a visit keeps.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QLineEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from coach_app.domain.drafts import MAX_DRAFT_TEXT

_Index = QModelIndex | QPersistentModelIndex
_EDIT = Qt.ItemDataRole.EditRole


class TextCellDelegate(QStyledItemDelegate):
    """``object_name`` names the line (``area.field``); ``accessible_name`` gives its
    translated accessible name when it opens."""

    def __init__(
        self, object_name: str, accessible_name: Callable[[], str], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self._object_name = object_name
        self._accessible_name = accessible_name

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        line = QLineEdit(parent)
        line.setObjectName(self._object_name)
        line.setAccessibleName(self._accessible_name())
        line.setMaxLength(MAX_DRAFT_TEXT)
        line.setFrame(False)
        line.textEdited.connect(lambda _text: self.commitData.emit(line))
        return line

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        if isinstance(editor, QLineEdit):
            text = str(index.data(_EDIT) or "")
            if editor.text() != text:  # a live commit comes back here: keep the cursor
                editor.setText(text)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        if isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), _EDIT)
