"""`SqlUnitOfWork`: the domain's `UnitOfWork` over a SQLAlchemy `Session`."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from types import TracebackType
from typing import Self
from uuid import UUID

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from coach_app.domain.ports import ChangeKind
from coach_app.storage.drafts import SqlDraftRepository
from coach_app.storage.repositories import (
    NEW_VISITS,
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
#: Called by `commit()` with the open session and the noted changes, before the commit, so
#: derived rows (the sync outbox) are written in the same transaction.
BeforeCommit = Callable[[Session, Sequence[Change]], None]


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(bind=engine, expire_on_commit=False, autoflush=True)


class SqlUnitOfWork:
    """One transaction. Use as `with uow: ...; uow.commit()`; leaving without commit rolls back.

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
        """`bind`: a session factory (`make_session_factory`), or an engine to make one.
        `before_commit`: see `BeforeCommit`."""
        self._session_factory = make_session_factory(bind) if isinstance(bind, Engine) else bind
        self._session: Session | None = None
        self._before_commit = before_commit
        self.changes: list[Change] = []

    @property
    def session(self) -> Session:
        """The open session, for storage-level collaborators (e.g. an outbox) in the same
        transaction."""
        if self._session is None:
            raise RuntimeError("the unit of work is not open; use it in a with statement")
        return self._session

    def __enter__(self) -> Self:
        if self._session is not None:
            raise RuntimeError("the unit of work is already open")
        session = self._session_factory()
        self._session = session
        self.families = SqlFamilyRepository(session)
        self.people = SqlPersonRepository(session)
        self.visits = SqlVisitRepository(session)
        self.goals = SqlGoalRepository(session)
        self.assessments = SqlAssessmentRepository(session)
        self.consents = SqlConsentRepository(session)
        self.language_levels = SqlLanguageLevelRepository(session)
        self.family_statuses = SqlFamilyStatusRepository(session)
        self.drafts = SqlDraftRepository(session)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        session = self.session
        self._session = None
        self.changes.clear()
        try:
            session.rollback()
        finally:
            session.close()

    def note_change(self, kind: ChangeKind, entity_id: UUID) -> None:
        self.changes.append((kind, entity_id))

    def commit(self) -> None:
        session = self.session
        if self._before_commit is not None and self.changes:
            session.flush()
            self._before_commit(session, tuple(self.changes))
        self.changes.clear()
        session.info.pop(NEW_VISITS, None)
        session.commit()

    def rollback(self) -> None:
        self.changes.clear()
        self.session.info.pop(NEW_VISITS, None)
        self.session.rollback()


def sql_uow_factory(
    engine: Engine, *, before_commit: BeforeCommit | None = None
) -> Callable[[], SqlUnitOfWork]:
    """A factory of fresh units of work on `engine`, for `CoachingService(uow_factory)`;
    `before_commit` (e.g. the sync outbox writer) runs inside each committing transaction."""
    session_factory = make_session_factory(engine)
    return lambda: SqlUnitOfWork(session_factory, before_commit=before_commit)
