"""The Settings screen (to be built)."""

from __future__ import annotations

from coach_app.ui.placeholder import PlaceholderPage


class SettingsPage(PlaceholderPage):
    def page_title(self) -> str:
        return self.tr("Settings")
