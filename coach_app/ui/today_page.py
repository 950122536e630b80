"""The Today screen (to be built)."""

from __future__ import annotations

from coach_app.ui.placeholder import PlaceholderPage


class TodayPage(PlaceholderPage):
    def page_title(self) -> str:
        return self.tr("Today")
