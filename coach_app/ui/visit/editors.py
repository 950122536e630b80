"""Opening visit editors: one per visit, drafts kept safe at lock, reopened after unlock.

The window creates one ``VisitEditors`` and connects its own ``unlocked`` signal to
``reopen_latest_draft``; everything else arrives through ``UiEvents`` (``visit_requested``,
``about_to_lock``). Nothing here knows the window's class.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any
from uuid import UUID

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from coach_app.ui.context import UiContext
from coach_app.workspace import Workspace

if TYPE_CHECKING:  # the editor's modules (and the domain's) load when first needed
    from coach_app.domain.drafts import VisitDraft
    from coach_app.ui.visit.editor import VisitEditor

log = logging.getLogger(__name__)


def pending_drafts(workspace: Workspace) -> list[VisitDraft]:
    """Unsaved visit drafts, newest first (blocking: call it from a background operation)."""
    return workspace.drafts.list_drafts()


class VisitEditors(QObject):
    """Opens visit editors on request, keeps drafts safe at lock, reopens drafts on unlock.

    ``window`` is the parent of every editor (so editors are found by ``findChildren`` and
    close with it).
    """

    def __init__(self, context: UiContext, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("visit.editors")
        self.window = window
        self.context = context
        self._open: dict[tuple[UUID, UUID | None], VisitEditor] = {}
        events = context.events
        events.visit_requested.connect(self.open_editor)
        events.about_to_lock.connect(self.lock_all)

    def editors(self) -> list[VisitEditor]:
        return list(self._open.values())

    def open_editor(self, family_id: object, visit_id: object = None) -> VisitEditor | None:
        if not self.context.workspace.is_unlocked or not isinstance(family_id, UUID):
            return None
        key = (family_id, visit_id if isinstance(visit_id, UUID) else None)
        existing = self._open.get(key)
        if existing is not None:
            existing.raise_()
            existing.activateWindow()
            return existing
        from coach_app.ui.visit.editor import VisitEditor

        editor = VisitEditor(self.context, key[0], key[1], self.window)
        self._open[key] = editor
        editor.closed.connect(lambda: self._open.pop(key, None))
        editor.show()
        return editor

    def lock_all(self) -> None:
        for editor in list(self._open.values()):
            editor.lock_now()
        self._open.clear()

    def reopen_latest_draft(self) -> None:
        workspace = self.context.workspace
        if not workspace.is_unlocked:
            return
        self.context.operations.run(
            lambda: pending_drafts(workspace),
            self._drafts_found,
            lambda exc: log.warning("drafts not listed: %s", type(exc).__name__),
        )

    def _drafts_found(self, drafts: Any) -> None:
        if drafts and not self._open and self.context.workspace.is_unlocked:
            latest: VisitDraft = drafts[0]  # newest first (pending_drafts)
            self.context.events.visit_requested.emit(latest.family_id, latest.visit_id)
