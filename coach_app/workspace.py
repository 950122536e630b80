"""One coach's data folder, opened: the vault, the encrypted database and the services over it.

Qt-free and blocking; the window calls it from a background operation. States:
no vault yet → ``create``; locked → ``unlock`` / ``unlock_with_recovery_code``; unlocked →
``service`` is usable until ``lock``. Locking disposes the engine and zeroes the key.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from uuid import UUID

from sqlalchemy import Engine

from coach_app.domain import CoachingService
from coach_app.domain.drafts import DraftService
from coach_app.domain.search import search_family_ids
from coach_app.paths import DataFolder
from coach_app.security import KdfParams, Vault
from coach_app.storage import (
    WrongDatabaseKey,
    close_database,
    migrate,
    open_database,
    sql_uow_factory,
)
from coach_app.storage.search import SqlSearchIndex

log = logging.getLogger(__name__)


class WorkspaceLocked(Exception):
    """The data is locked; unlock first."""


@dataclass(frozen=True)
class Opened:
    engine: Engine
    service: CoachingService
    drafts: DraftService


class Workspace:
    def __init__(
        self,
        folder: DataFolder,
        *,
        org_public_key_pem: bytes | None = None,
        kdf: KdfParams | None = None,
    ) -> None:
        """``kdf``: key-derivation cost for a new vault; None calibrates it on this machine."""
        self.folder = folder
        self._org_public_key_pem = org_public_key_pem
        self._kdf = kdf
        self._vault: Vault | None = Vault.load(folder.root) if Vault.exists(folder.root) else None
        self._opened: Opened | None = None
        self._lock = threading.RLock()

    # -- state ---------------------------------------------------------------------------
    @property
    def has_vault(self) -> bool:
        return self._vault is not None

    @property
    def is_unlocked(self) -> bool:
        return self._opened is not None

    @property
    def vault(self) -> Vault:
        if self._vault is None:
            raise WorkspaceLocked("no vault in this data folder yet")
        return self._vault

    @property
    def service(self) -> CoachingService:
        opened = self._opened
        if opened is None:
            raise WorkspaceLocked("the data is locked")
        return opened.service

    @property
    def drafts(self) -> DraftService:
        """Unsaved visit drafts (kept in the encrypted database)."""
        opened = self._opened
        if opened is None:
            raise WorkspaceLocked("the data is locked")
        return opened.drafts

    @property
    def engine(self) -> Engine:
        opened = self._opened
        if opened is None:
            raise WorkspaceLocked("the data is locked")
        return opened.engine

    def search_family_ids(self, text: str) -> frozenset[UUID]:
        """Families in which every word of ``text`` is found in a name, the municipality or a
        visit note (full-text index, prefix match, accents ignored)."""
        with self.engine.connect() as connection:
            return search_family_ids(SqlSearchIndex(connection), text)

    # -- transitions ---------------------------------------------------------------------
    def create(self, passphrase: str) -> str:
        """First run: a new vault and an empty migrated database. Returns the recovery code."""
        with self._lock:
            if self._vault is not None:
                raise FileExistsError("this data folder already has a vault")
            self.folder.ensure()
            vault, recovery_code = Vault.create(
                self.folder.root,
                passphrase,
                org_public_key_pem=self._org_public_key_pem,
                kdf=self._kdf,
            )
            self._vault = vault
            self._open_database()
            log.info("vault and database created")
            return recovery_code

    def unlock(self, passphrase: str) -> None:
        with self._lock:
            self.vault.unlock(passphrase)
            self._open_after_unlock()

    def unlock_with_recovery_code(self, code: str) -> None:
        with self._lock:
            self.vault.unlock_with_recovery_code(code)
            self._open_after_unlock()

    def lock(self) -> None:
        with self._lock:
            opened, self._opened = self._opened, None
            if opened is not None:
                close_database(opened.engine)
            if self._vault is not None:
                self._vault.lock()
            log.info("locked")

    # -- internals -----------------------------------------------------------------------
    def _open_after_unlock(self) -> None:
        try:
            self._open_database()
        except BaseException:
            self.vault.lock()
            raise
        log.info("unlocked")

    def _open_database(self) -> None:
        vault = self.vault
        try:
            engine = open_database(self.folder.database, vault.dek)
        except WrongDatabaseKey:
            pending = vault.pending_dek
            if pending is None:
                raise
            # A rekey was interrupted after the database took the new key: finish it.
            engine = open_database(self.folder.database, pending)
            vault.finish_rekey()
            log.info("interrupted rekey finished")
        else:
            if vault.pending_dek is not None:
                # A rekey was interrupted before the database took the new key: drop it.
                vault.cancel_rekey()
                log.info("interrupted rekey cancelled")
        try:
            migrate(engine)
        except BaseException:
            close_database(engine)
            raise
        uow_factory = sql_uow_factory(engine)  # drafts share it: a visit saved from a draft
        self._opened = Opened(engine, CoachingService(uow_factory), DraftService(uow_factory))
