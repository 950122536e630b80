"""The Sync screen (to be built)."""

from __future__ import annotations

from coach_app.ui.placeholder import PlaceholderPage


class SyncPage(PlaceholderPage):
    def page_title(self) -> str:
        return self.tr("Sync")
