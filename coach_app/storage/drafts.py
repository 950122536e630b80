"""`SqlDraftRepository`: visit drafts in the encrypted database (table `visit_draft`).

The typed content is stored as one JSON document; ids and the revision are columns so the
editor finds a family's or a visit's draft without reading the others. Works in the caller's
`Session` and never commits.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any
from uuid import UUID

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from coach_app.domain.drafts import FollowUpDraft, GoalUpdateDraft, VisitDraft
from coach_app.domain.enums import GoalStatus, LifeDomain, VisitMode
from coach_app.storage.models_drafts import VisitDraftRow

__all__ = ["PAYLOAD_FORMAT", "SqlDraftRepository"]

PAYLOAD_FORMAT = 1


def _payload(draft: VisitDraft) -> str:
    return json.dumps(
        {
            "format": PAYLOAD_FORMAT,
            "base_version": draft.base_version,
            "started_at": None if draft.started_at is None else draft.started_at.isoformat(),
            "duration_minutes": draft.duration_minutes,
            "mode": None if draft.mode is None else draft.mode.value,
            "people_present": [str(p) for p in draft.people_present],
            "topics": [t.value for t in draft.topics],
            "notes": draft.notes,
            "follow_ups": [
                {
                    "id": str(f.id),
                    "text": f.text,
                    "due_date": None if f.due_date is None else f.due_date.isoformat(),
                    "done": f.done,
                }
                for f in draft.follow_ups
            ],
            "goal_updates": [
                {
                    "goal_id": str(g.goal_id),
                    "new_status": None if g.new_status is None else g.new_status.value,
                    "note": g.note,
                }
                for g in draft.goal_updates
            ],
        },
        ensure_ascii=False,
    )


def _draft(row: VisitDraftRow) -> VisitDraft:
    data: dict[str, Any] = json.loads(row.payload)
    if data.get("format") != PAYLOAD_FORMAT:
        raise ValueError(f"visit draft {row.id}: unknown payload format {data.get('format')!r}")
    started_at = data["started_at"]
    mode = data["mode"]
    return VisitDraft(
        id=UUID(row.id),
        family_id=UUID(row.family_id),
        visit_id=None if row.visit_id is None else UUID(row.visit_id),
        base_version=data["base_version"],
        started_at=None if started_at is None else datetime.fromisoformat(started_at),
        duration_minutes=data["duration_minutes"],
        mode=None if mode is None else VisitMode(mode),
        people_present=tuple(UUID(p) for p in data["people_present"]),
        topics=tuple(LifeDomain(t) for t in data["topics"]),
        notes=data["notes"],
        follow_ups=tuple(
            FollowUpDraft(
                id=UUID(f["id"]),
                text=f["text"],
                due_date=None if f["due_date"] is None else date.fromisoformat(f["due_date"]),
                done=bool(f["done"]),
            )
            for f in data["follow_ups"]
        ),
        goal_updates=tuple(
            GoalUpdateDraft(
                goal_id=UUID(g["goal_id"]),
                new_status=None if g["new_status"] is None else GoalStatus(g["new_status"]),
                note=g["note"],
            )
            for g in data["goal_updates"]
        ),
        revision=row.revision,
        updated_at=row.updated_at,
    )


class SqlDraftRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def save(self, draft: VisitDraft) -> bool:
        row = self._session.get(VisitDraftRow, str(draft.id))
        if row is None:
            row = VisitDraftRow(id=str(draft.id))
            self._session.add(row)
        elif row.revision >= draft.revision:
            return False
        row.family_id = str(draft.family_id)
        row.visit_id = None if draft.visit_id is None else str(draft.visit_id)
        row.revision = draft.revision
        row.updated_at = draft.updated_at
        row.payload = _payload(draft)
        self._session.flush()
        return True

    def get(self, draft_id: UUID) -> VisitDraft | None:
        row = self._session.get(VisitDraftRow, str(draft_id))
        return None if row is None else _draft(row)

    def get_for(self, family_id: UUID, visit_id: UUID | None) -> VisitDraft | None:
        visit_match = (
            VisitDraftRow.visit_id.is_(None)
            if visit_id is None
            else VisitDraftRow.visit_id == str(visit_id)
        )
        row = self._session.scalars(
            select(VisitDraftRow)
            .where(VisitDraftRow.family_id == str(family_id), visit_match)
            .order_by(VisitDraftRow.updated_at.desc(), VisitDraftRow.id)
            .limit(1)
        ).first()
        return None if row is None else _draft(row)

    def list_all(self) -> list[VisitDraft]:
        rows = self._session.scalars(
            select(VisitDraftRow).order_by(VisitDraftRow.updated_at.desc(), VisitDraftRow.id)
        )
        return [_draft(row) for row in rows]

    def delete(self, draft_id: UUID) -> None:
        self._session.execute(delete(VisitDraftRow).where(VisitDraftRow.id == str(draft_id)))
