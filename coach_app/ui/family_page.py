"""The Family screen (to be built)."""

from __future__ import annotations

from coach_app.ui.placeholder import PlaceholderPage


class FamilyPage(PlaceholderPage):
    def page_title(self) -> str:
        return self.tr("Family")

    def show_family(self, family_id: object) -> None:
        """Load and show one family (by UUID)."""
        return None
