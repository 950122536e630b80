"""Sync: the anonymiser, the transactional outbox, the HTTP client and the sync engine.

Qt-free and blocking (the UI runs the engine on its own thread). Imports only the domain,
storage and the protocol.

Public API
----------
`OutboxWriter`
    The ``before_commit`` hook of `SqlUnitOfWork`: writes anonymised records to the outbox in
    the same transaction as the change (``sql_uow_factory(engine, before_commit=writer)``).
`SyncEngine(session_factory, ...)`
    ``enrol(url, code)``, ``sync(force=...)``, ``status()``, ``close()``; results are frozen
    dataclasses (`SyncOutcome`, `EnrolOutcome`, `StatusSnapshot`).
`store`
    Reads of the outbox for the Sync screen: ``pending_records``, ``quarantined``, ``snapshot``.
"""

from coach_app.sync import store
from coach_app.sync.anonymise import RECORD_KEYS
from coach_app.sync.client import DEFAULT_TIMEOUT, SyncClient, SyncError
from coach_app.sync.engine import EnrolOutcome, SyncEngine, SyncOutcome
from coach_app.sync.outbox import OutboxWriter
from coach_app.sync.store import OutboxEntry, StatusSnapshot

__all__ = [
    "DEFAULT_TIMEOUT",
    "RECORD_KEYS",
    "EnrolOutcome",
    "OutboxEntry",
    "OutboxWriter",
    "StatusSnapshot",
    "SyncClient",
    "SyncEngine",
    "SyncError",
    "SyncOutcome",
    "store",
]
