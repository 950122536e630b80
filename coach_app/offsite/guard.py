"""While a family is being handed over it cannot change: on the sender until the receiver
confirmed (then it is erased there), on the receiver until the server confirmed the handover
(then its records are the receiver's). `HandoverGuard` wraps the unit of work's
``before_commit`` hook and refuses such a save with `FamilyBeingHandedOver` (the transaction
rolls back; nothing is written, the editor keeps what was typed).
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Connection, Table, literal_column, select, union_all

from coach_app.domain.errors import DomainError
from coach_app.offsite.family_rows import family_tables
from coach_app.storage.driver import DriverStatement
from coach_app.storage.models_offsite import IncomingHandoverRow, OutgoingHandoverRow
from coach_app.storage.uow import BeforeCommit, Change, SqlUnitOfWork

__all__ = ["FamilyBeingHandedOver", "HandoverGuard", "held_families"]


class FamilyBeingHandedOver(DomainError):
    """The family is being handed over (``direction`` ``outgoing`` to ``coach_name``'s laptop,
    or ``incoming`` from it, not yet confirmed): it cannot be changed now."""

    def __init__(self, family_id: str, direction: str, coach_name: str) -> None:
        super().__init__(f"family {family_id} is being handed over ({direction})")
        self.family_id = family_id
        self.direction = direction
        self.coach_name = coach_name


# One statement compiled once, run on the driver in the session's transaction: the guard runs on
# every save.
_HELD = DriverStatement(
    union_all(
        select(
            literal_column("'outgoing'").label("direction"),
            OutgoingHandoverRow.family_id,
            OutgoingHandoverRow.receiver_coach_name.label("coach"),
        ),
        select(
            literal_column("'incoming'"),
            IncomingHandoverRow.family_id,
            IncomingHandoverRow.sender_coach_name,
        ).where(IncomingHandoverRow.confirmed_at.is_(None)),
    )
)


def held_families(db: Connection) -> dict[str, tuple[str, str]]:
    """Family id -> (direction, other coach's name) of every family that cannot change now;
    ``db``: a connection (in a session's transaction: flush its pending changes first)."""
    rows = _HELD.run(db, {})
    held: dict[str, tuple[str, str]] = {}
    for direction in ("outgoing", "incoming"):  # an unconfirmed incoming one wins
        for row_direction, family_id, coach in rows:
            if row_direction == direction:
                held[family_id] = (direction, coach)
    return held


def _owning_tables() -> list[Table]:
    return [t for t in family_tables() if "id" in t.c and "family_id" in t.c]


def _family_of(db: Connection, entity_id: str) -> str | None:
    for table in _owning_tables():
        found = db.scalar(select(table.c.family_id).where(table.c.id == entity_id))
        if found is not None:
            return str(found)
    return None


class HandoverGuard:
    """``before_commit`` hook: refuse changes to held families, then run ``inner``."""

    def __init__(self, inner: BeforeCommit | None = None) -> None:
        self._inner = inner

    def __call__(self, uow: SqlUnitOfWork, changes: Sequence[Change]) -> None:
        held = held_families(uow.connection)
        if held:
            for _kind, entity_id in changes:
                key = str(entity_id)
                family_id = key if key in held else _family_of(uow.connection, key)
                if family_id is not None and family_id in held:
                    direction, coach = held[family_id]
                    raise FamilyBeingHandedOver(family_id, direction, coach)
        if self._inner is not None:
            self._inner(uow, changes)

    def __getattr__(self, name: str) -> object:
        """The wrapped hook's own methods (e.g. the outbox writer's ``rebuild``)."""
        if self._inner is None:
            raise AttributeError(name)
        return getattr(self._inner, name)
