"""One coach's data folder, opened: the vault, the encrypted database and the services over it.

Qt-free and blocking; the window calls it from a background operation. States:
no vault yet → ``create``; locked → ``unlock`` / ``unlock_with_recovery_code``; unlocked →
``service`` is usable until ``lock``. Locking disposes the engine and zeroes the key.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING
from uuid import UUID
from zoneinfo import ZoneInfo

from coach_app.domain import CoachingService
from coach_app.domain.drafts import DraftService
from coach_app.domain.search import search_family_ids
from coach_app.domain.today import TodayOverview, today_overview
from coach_app.paths import DataFolder
from coach_app.security import KdfParams, Vault

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from coach_app.storage.backups import BackupInfo
    from coach_app.sync.outbox import OutboxWriter, RebuildStep

# Storage (SQLAlchemy, SQLCipher) and sync load when the database is first opened, not when
# the unlock screen shows: see `preload`.

log = logging.getLogger(__name__)


def preload() -> None:
    """Import what opening the database needs (SQLAlchemy, the storage layer, the outbox
    writer). The app calls it on a background thread once the unlock screen shows, so the
    unlock does not wait for imports; calling it again costs nothing."""
    import coach_app.storage.backups
    import coach_app.storage.search
    import coach_app.storage.today
    import coach_app.sync.outbox  # noqa: F401


def needs_migration(engine: Engine) -> bool:
    """Whether the database's schema is older than this version's (no Alembic import)."""
    from coach_app.storage import needs_migration as check

    return check(engine)


class WorkspaceLocked(Exception):
    """The data is locked; unlock first."""


class WorkspaceBusy(Exception):
    """Another task is using the database; try again when it has finished."""


#: The programme's time zone when the deployment file names none (as `coach_app.deployment`).
DEFAULT_TIME_ZONE = "Europe/Amsterdam"


@dataclass(frozen=True)
class Opened:
    engine: Engine
    service: CoachingService
    drafts: DraftService
    outbox: OutboxWriter


class Workspace:
    def __init__(
        self,
        folder: DataFolder,
        *,
        org_public_key_pem: bytes | None = None,
        kdf: KdfParams | None = None,
        time_zone: str = DEFAULT_TIME_ZONE,
    ) -> None:
        """``kdf``: key-derivation cost for a new vault; None calibrates it on this machine.
        ``time_zone``: the programme's IANA time zone (the deployment file's): "today", and
        the months and weeks of anonymised records."""
        self.folder = folder
        self._org_public_key_pem = org_public_key_pem
        self._kdf = kdf
        self.time_zone = ZoneInfo(time_zone)
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

    def outbox_needs_rebuild(self) -> bool:
        """Whether the outbox holds records of an older format (after an upgrade)."""
        from coach_app.storage import make_session_factory
        from coach_app.sync.outbox import OutboxWriter

        with make_session_factory(self.engine)() as session:
            return OutboxWriter.needs_rebuild(session)

    def rebuild_outbox(self, on_step: Callable[[RebuildStep], None] | None = None) -> int:
        """Rebuild the anonymised outbox in short transactions (saves made meanwhile go
        through); ``on_step`` hears of each transaction done. Returns the number of families.
        Blocking: run it off the GUI thread. The sync engine does the same before it sends,
        so calling this is only needed to do it sooner."""
        opened = self._opened
        if opened is None:
            raise WorkspaceLocked("the data is locked")
        return opened.outbox.rebuild(opened.engine, on_step=on_step)

    def search_family_ids(self, text: str) -> frozenset[UUID]:
        """Families in which every word of ``text`` is found in a name, the municipality or a
        visit note (full-text index, prefix match, accents ignored)."""
        from coach_app.storage.search import SqlSearchIndex

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
                from coach_app.storage import close_database

                close_database(opened.engine)
            if self._vault is not None:
                self._vault.lock()
            log.info("locked")

    # -- passphrase, recovery code, backups, today (while unlocked) -------------------------
    def verify_passphrase(self, passphrase: str) -> None:
        """Raise ``WrongPassphrase`` unless ``passphrase`` opens the vault file.

        Checked on a fresh copy of the vault, so the open one (and its key) is untouched.
        """
        probe = Vault.load(self.folder.root)
        probe.unlock(passphrase)
        probe.lock()

    def change_passphrase(self, current: str, new: str) -> None:
        """Rewrap the data key under ``new`` after checking ``current``."""
        with self._lock:
            self.verify_passphrase(current)
            self.vault.change_passphrase(new)
            log.info("passphrase changed")

    def new_recovery_code(self, passphrase: str) -> str:
        """A new recovery code after checking the passphrase; the old code stops working."""
        with self._lock:
            self.verify_passphrase(passphrase)
            code = self.vault.new_recovery_code()
            log.info("recovery code replaced")
            return code

    def list_backups(self) -> list[BackupInfo]:
        from coach_app.storage.backups import list_backups

        return list_backups(self.folder)

    def backup_now(self, now: datetime | None = None) -> BackupInfo:
        """An encrypted backup of the database now, then rotation of the old ones."""
        from coach_app.storage.backups import create_backup, rotate_backups

        with self._lock:
            info = create_backup(self.engine, self.folder, self.vault.dek, now=now)
            rotate_backups(self.folder, now)
            return info

    def backup_if_due(
        self, now: datetime, max_age: timedelta = timedelta(hours=24)
    ) -> BackupInfo | None:
        """A backup when the newest one is older than ``max_age`` (or there is none)."""
        from coach_app.storage.backups import backup_due

        with self._lock:
            if not self.is_unlocked or not backup_due(self.folder, now, max_age):
                return None
            return self.backup_now(now)

    def restore_backup(self, path: Path) -> None:
        """Replace the database with a backup while unlocked, then reopen it.

        The engine is closed first (``WorkspaceBusy`` if another task still holds one of its
        connections); on failure the previous database is reopened unchanged.
        """
        from coach_app.storage import close_database
        from coach_app.storage.backups import restore_backup

        with self._lock:
            opened = self._opened
            if opened is None:
                raise WorkspaceLocked("the data is locked")
            if opened.engine.pool.checkedout():  # type: ignore[attr-defined]
                raise WorkspaceBusy("the database is in use")
            dek = bytearray(self.vault.dek)
            self._opened = None
            close_database(opened.engine)
            try:
                restore_backup(path, self.folder, dek)
            finally:
                dek[:] = bytes(len(dek))
                try:
                    self._open_database()
                except BaseException:
                    self.lock()
                    raise
            log.info("backup restored")

    def today(self, day: date, now: datetime | None = None) -> TodayOverview:
        """Visits planned (from ``now``) and held today, follow-ups due and goals near their
        target date, for ``day``."""
        from coach_app.storage.today import sql_today_queries

        return today_overview(sql_today_queries(self.engine)(), day, now)

    # -- internals -----------------------------------------------------------------------
    def _open_after_unlock(self) -> None:
        try:
            self._open_database()
        except BaseException:
            self.vault.lock()
            raise
        log.info("unlocked")

    def _open_database(self) -> None:
        from coach_app.offsite.guard import HandoverGuard
        from coach_app.storage import (
            WrongDatabaseKey,
            close_database,
            make_session_factory,
            migrate,
            open_database,
            sql_uow_factory,
        )
        from coach_app.sync.outbox import OutboxWriter, set_time_zone

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
            self._backup_before_migration(engine)
            migrate(engine)
        except BaseException:
            close_database(engine)
            raise
        # The outbox writer queues anonymised records in the same transaction as each change;
        # drafts share the factory: a visit saved from a draft is queued like any other. The
        # programme's time zone is kept in the database too, for the sync engine's writer.
        zone = str(self.time_zone.key)
        try:
            with make_session_factory(engine)() as session, session.begin():
                set_time_zone(session, zone)
        except BaseException:
            close_database(engine)
            raise
        writer = OutboxWriter(time_zone=zone)
        # A family being handed over to or from another laptop cannot change meanwhile.
        uow_factory = sql_uow_factory(engine, before_commit=HandoverGuard(writer))
        self._opened = Opened(
            engine,
            CoachingService(uow_factory, time_zone=self.time_zone),
            DraftService(uow_factory),
            writer,
        )

    def _backup_before_migration(self, engine: Engine) -> None:
        """Back up an existing database before its schema changes."""
        from coach_app.storage import current_revisions
        from coach_app.storage.backups import create_backup, rotate_backups

        if current_revisions(engine) and needs_migration(engine):
            create_backup(engine, self.folder, self.vault.dek)
            rotate_backups(self.folder)
            log.info("backup made before migration")
