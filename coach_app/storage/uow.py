"""`SqlUnitOfWork`: the domain's `UnitOfWork` over one connection (an ORM session if needed)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from types import TracebackType
from typing import Any, Self
from uuid import UUID

from sqlalchemy import Connection, Engine
from sqlalchemy.orm import Session, sessionmaker

from coach_app.domain.ports import ChangeKind
from coach_app.storage.drafts import SqlDraftRepository
from coach_app.storage.repositories import (
    SqlAssessmentRepository,
    SqlConsentRepository,
    SqlFamilyRepository,
    SqlFamilyStatusRepository,
    SqlGoalRepository,
    SqlLanguageLevelRepository,
    SqlPersonRepository,
    SqlVisitRepository,
)

__all__ = ["BeforeCommit", "Change", "SqlUnitOfWork", "make_session_factory", "sql_uow_factory"]

#: A change noted by a use case: (kind, entity id); see `coach_app.domain.ports.ChangeKind`.
Change = tuple[ChangeKind, UUID]
#: Called by `SqlUnitOfWork.commit` with the unit of work and the noted changes, before the
#: commit, so derived rows (the sync outbox) are written in the same transaction: through
#: ``uow.connection`` (Core), reading ``uow.info`` and, if the use case loaded ORM objects,
#: ``uow.loaded_session``.
BeforeCommit = Callable[["SqlUnitOfWork", Sequence[Change]], None]


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(bind=engine, expire_on_commit=False, autoflush=True)


class SqlUnitOfWork:
    """One transaction on one connection. Use as `with uow: ...; uow.commit()`; leaving
    without commit rolls back.

    Core work (saving a visit, the outbox writer: the hot path) runs on `connection` and costs
    no ORM session; the first use of `session` (repositories that load or change ORM objects)
    makes one on the same connection, which then controls the transaction as its own
    (``join_transaction_mode="control_fully"``). A full session's begin, commit and close had
    cost a visit save 0.15 ms of Python (issue 14).

    Not reusable across threads; make one per use case (see `sql_uow_factory`).
    """

    families: SqlFamilyRepository
    people: SqlPersonRepository
    visits: SqlVisitRepository
    goals: SqlGoalRepository
    assessments: SqlAssessmentRepository
    consents: SqlConsentRepository
    language_levels: SqlLanguageLevelRepository
    family_statuses: SqlFamilyStatusRepository
    drafts: SqlDraftRepository

    def __init__(
        self, bind: Engine | sessionmaker[Session], *, before_commit: BeforeCommit | None = None
    ) -> None:
        """`bind`: an engine, or a session factory bound to one (`make_session_factory`).
        `before_commit`: see `BeforeCommit`."""
        engine = bind if isinstance(bind, Engine) else bind.kw["bind"]
        if not isinstance(engine, Engine):
            raise TypeError("the unit of work needs an engine or a session factory bound to one")
        self._engine: Engine = engine
        self._open = False
        self._connection: Connection | None = None
        self._session: Session | None = None
        self._before_commit = before_commit
        self.changes: list[Change] = []
        #: What the transaction's writers leave for its ``before_commit`` hook (e.g. the visits
        #: inserted, `coach_app.storage.repositories.NEW_VISITS`); cleared when it ends.
        self.info: dict[str, Any] = {}
        self.families = SqlFamilyRepository(self)
        self.people = SqlPersonRepository(self)
        self.visits = SqlVisitRepository(self)
        self.goals = SqlGoalRepository(self)
        self.assessments = SqlAssessmentRepository(self)
        self.consents = SqlConsentRepository(self)
        self.language_levels = SqlLanguageLevelRepository(self)
        self.family_statuses = SqlFamilyStatusRepository(self)
        self.drafts = SqlDraftRepository(self)

    def _require_open(self) -> None:
        if not self._open:
            raise RuntimeError("the unit of work is not open; use it in a with statement")

    @property
    def connection(self) -> Connection:
        """The transaction's connection, for Core statements, after the session's pending ORM
        changes are flushed (as a query through the session would autoflush them)."""
        self._require_open()
        if self._session is not None:
            self._session.flush()
            return self._session.connection()
        if self._connection is None:
            self._connection = self._engine.connect()
        return self._connection

    @property
    def session(self) -> Session:
        """The ORM session, made on first use on the transaction's connection."""
        self._require_open()
        if self._session is None:
            if self._connection is None:
                self._connection = self._engine.connect()
            self._session = Session(
                bind=self._connection,
                expire_on_commit=False,
                autoflush=True,
                join_transaction_mode="control_fully",
            )
        return self._session

    @property
    def loaded_session(self) -> Session | None:
        """The session if the transaction has used one (it may hold ORM objects), else None."""
        return self._session

    def __enter__(self) -> Self:
        if self._open:
            raise RuntimeError("the unit of work is already open")
        self._open = True
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        session, connection = self._session, self._connection
        self._open = False
        self._session = self._connection = None
        self.changes.clear()
        self.info.clear()
        try:
            if session is not None:
                session.close()  # rolls back what was not committed
        finally:
            if connection is not None:
                connection.close()  # rolls back what was not committed

    def note_change(self, kind: ChangeKind, entity_id: UUID) -> None:
        self.changes.append((kind, entity_id))

    def commit(self) -> None:
        self._require_open()
        if self._before_commit is not None and self.changes:
            self._before_commit(self, tuple(self.changes))
        self.changes.clear()
        self.info.clear()
        if self._session is not None:
            self._session.commit()
        elif self._connection is not None:
            self._connection.commit()

    def rollback(self) -> None:
        self._require_open()
        self.changes.clear()
        self.info.clear()
        if self._session is not None:
            self._session.rollback()
        elif self._connection is not None:
            self._connection.rollback()


def sql_uow_factory(
    engine: Engine, *, before_commit: BeforeCommit | None = None
) -> Callable[[], SqlUnitOfWork]:
    """A factory of fresh units of work on `engine`, for `CoachingService(uow_factory)`;
    `before_commit` (e.g. the sync outbox writer) runs inside each committing transaction."""
    return lambda: SqlUnitOfWork(engine, before_commit=before_commit)
