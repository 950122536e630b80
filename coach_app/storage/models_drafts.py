"""The table of visit drafts (what a coach typed but has not saved yet), in the same encrypted
database.

A draft belongs to a family (and, when it edits a stored visit, to that visit); both foreign
keys cascade, so erasing a family or a visit cannot leave its drafts behind. The typed content
is one JSON document (`payload`): it is only ever read back whole by the editor.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from coach_app.storage.models import UUID_LENGTH, Base, UTCDateTime

__all__ = ["VisitDraftRow"]


class VisitDraftRow(Base):
    __tablename__ = "visit_draft"

    id: Mapped[str] = mapped_column(String(UUID_LENGTH), primary_key=True)
    family_id: Mapped[str] = mapped_column(
        String(UUID_LENGTH), ForeignKey("family.id", ondelete="CASCADE"), index=True
    )
    visit_id: Mapped[str | None] = mapped_column(
        String(UUID_LENGTH), ForeignKey("visit.id", ondelete="CASCADE"), index=True
    )
    revision: Mapped[int] = mapped_column(Integer)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    payload: Mapped[str] = mapped_column(Text)
