"""The table of editor drafts (what a coach typed but has not saved yet, in any editor), in the
same encrypted database.

``kind`` names the editor (visit, family, person, goal). A draft belongs to a family when there
is one (a new family's draft has none): the foreign key cascades, so erasing a family cannot
leave its drafts behind. ``subject_id`` is the visit, family, person or goal being edited (None
for a new one). The typed content is one JSON document (``payload``): it is only ever read back
whole by the editor.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from coach_app.storage.models import UUID_LENGTH, Base, UTCDateTime

__all__ = ["EditorDraftRow"]


class EditorDraftRow(Base):
    __tablename__ = "editor_draft"

    id: Mapped[str] = mapped_column(String(UUID_LENGTH), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), index=True)
    family_id: Mapped[str | None] = mapped_column(
        String(UUID_LENGTH), ForeignKey("family.id", ondelete="CASCADE"), index=True
    )
    subject_id: Mapped[str | None] = mapped_column(String(UUID_LENGTH), index=True)
    revision: Mapped[int] = mapped_column(Integer)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    payload: Mapped[str] = mapped_column(Text)
