"""`SqlDraftRepository`: every editor's drafts in the encrypted database (table `editor_draft`).

The typed content is stored as one JSON document; the kind, ids and the revision are columns so
an editor finds its draft without reading the others. Works in the caller's transaction and
never commits.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any
from uuid import UUID

from sqlalchemy import delete, select

from coach_app.domain.drafts import (
    FieldValue,
    FollowUpDraft,
    FormDraft,
    GoalUpdateDraft,
    VisitDraft,
)
from coach_app.domain.enums import GoalStatus, LifeDomain, VisitMode
from coach_app.storage.models_drafts import EditorDraftRow
from coach_app.storage.repositories import Repository

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


def _draft(row: EditorDraftRow) -> VisitDraft:
    data: dict[str, Any] = json.loads(row.payload)
    if data.get("format") != PAYLOAD_FORMAT:
        raise ValueError(f"visit draft {row.id}: unknown payload format {data.get('format')!r}")
    started_at = data["started_at"]
    mode = data["mode"]
    return VisitDraft(
        id=UUID(row.id),
        family_id=UUID(str(row.family_id)),
        visit_id=None if row.subject_id is None else UUID(row.subject_id),
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


def _form_payload(draft: FormDraft) -> str:
    fields = {
        name: list(value) if isinstance(value, tuple) else value for name, value in draft.fields
    }
    return json.dumps({"format": PAYLOAD_FORMAT, "fields": fields}, ensure_ascii=False)


def _form(row: EditorDraftRow) -> FormDraft:
    data: dict[str, Any] = json.loads(row.payload)
    if data.get("format") != PAYLOAD_FORMAT:
        raise ValueError(f"form draft {row.id}: unknown payload format {data.get('format')!r}")
    fields: list[tuple[str, FieldValue]] = [
        (name, tuple(value) if isinstance(value, list) else value)
        for name, value in data["fields"].items()
    ]
    return FormDraft(
        id=UUID(row.id),
        kind=row.kind,
        family_id=None if row.family_id is None else UUID(row.family_id),
        subject_id=None if row.subject_id is None else UUID(row.subject_id),
        fields=tuple(fields),
        revision=row.revision,
        updated_at=row.updated_at,
    )


def _optional(value: UUID | None) -> str | None:
    return None if value is None else str(value)


def _matches(column: Any, value: UUID | None) -> Any:
    return column.is_(None) if value is None else column == str(value)


class SqlDraftRepository(Repository):
    def _write(
        self,
        draft_id: UUID,
        kind: str,
        family_id: UUID | None,
        subject_id: UUID | None,
        revision: int,
        updated_at: Any,
        payload: str,
    ) -> bool:
        row = self._session.get(EditorDraftRow, str(draft_id))
        if row is None:
            row = EditorDraftRow(id=str(draft_id))
            self._session.add(row)
        elif row.revision >= revision:
            return False
        row.kind = kind
        row.family_id = _optional(family_id)
        row.subject_id = _optional(subject_id)
        row.revision = revision
        row.updated_at = updated_at
        row.payload = payload
        self._session.flush()
        return True

    # -- visit drafts ------------------------------------------------------------------------
    def save(self, draft: VisitDraft) -> bool:
        return self._write(
            draft.id,
            "visit",
            draft.family_id,
            draft.visit_id,
            draft.revision,
            draft.updated_at,
            _payload(draft),
        )

    def get(self, draft_id: UUID) -> VisitDraft | None:
        row = self._session.get(EditorDraftRow, str(draft_id))
        return None if row is None or row.kind != "visit" else _draft(row)

    def get_for(self, family_id: UUID, visit_id: UUID | None) -> VisitDraft | None:
        row = self._newest("visit", family_id, visit_id)
        return None if row is None else _draft(row)

    def list_all(self) -> list[VisitDraft]:
        return [_draft(row) for row in self._rows(EditorDraftRow.kind == "visit")]

    # -- form drafts -------------------------------------------------------------------------
    def save_form(self, draft: FormDraft) -> bool:
        return self._write(
            draft.id,
            draft.kind,
            draft.family_id,
            draft.subject_id,
            draft.revision,
            draft.updated_at,
            _form_payload(draft),
        )

    def get_form(self, draft_id: UUID) -> FormDraft | None:
        row = self._session.get(EditorDraftRow, str(draft_id))
        return None if row is None or row.kind == "visit" else _form(row)

    def get_form_for(
        self, kind: str, family_id: UUID | None, subject_id: UUID | None
    ) -> FormDraft | None:
        row = self._newest(kind, family_id, subject_id)
        return None if row is None else _form(row)

    def list_forms(self) -> list[FormDraft]:
        return [_form(row) for row in self._rows(EditorDraftRow.kind != "visit")]

    # -- both --------------------------------------------------------------------------------
    def delete(self, draft_id: UUID) -> None:
        self._session.execute(delete(EditorDraftRow).where(EditorDraftRow.id == str(draft_id)))

    def _newest(
        self, kind: str, family_id: UUID | None, subject_id: UUID | None
    ) -> EditorDraftRow | None:
        return self._session.scalars(
            select(EditorDraftRow)
            .where(
                EditorDraftRow.kind == kind,
                _matches(EditorDraftRow.family_id, family_id),
                _matches(EditorDraftRow.subject_id, subject_id),
            )
            .order_by(EditorDraftRow.updated_at.desc(), EditorDraftRow.id)
            .limit(1)
        ).first()

    def _rows(self, condition: Any) -> list[EditorDraftRow]:
        return list(
            self._session.scalars(
                select(EditorDraftRow)
                .where(condition)
                .order_by(EditorDraftRow.updated_at.desc(), EditorDraftRow.id)
            )
        )
