"""One coach's data folder, opened: the vault, the encrypted database and the services over it.

Qt-free and blocking; the window calls it from a background operation. States:
no vault yet → ``create``; locked → ``unlock`` / ``unlock_with_recovery_code``; unlocked →
``service`` is usable until ``lock``. Locking disposes the engine and zeroes the key.

One process per data folder: the workspace holds the folder's lock (``FolderLock``) whenever
it is unlocked, so creating, unlocking, restoring a backup, changing the passphrase and rekeying
all happen under it, and another process's attempt raises ``FolderInUse`` before anything is
read or written. The app ``claim``s the folder at start and keeps it until it quits, also while
locked; without a claim the lock is released again on ``lock``.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING
from uuid import UUID
from zoneinfo import ZoneInfo

from coach_app.folder_lock import FolderLock
from coach_app.paths import DataFolder

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from coach_app.domain import CoachingService
    from coach_app.domain.drafts import DraftService
    from coach_app.domain.today import TodayOverview
    from coach_app.security import KdfParams, UnlockBackoff, Vault
    from coach_app.storage import StorageUnavailable
    from coach_app.storage.backups import BackupInfo
    from coach_app.sync.outbox import OutboxWriter, RebuildStep

# The unlock screen needs none of the heavy modules: the vault (and cryptography) loads when
# the passphrase is given, the domain, storage (SQLAlchemy, SQLCipher) and sync when the
# database is opened; `preload` imports them ahead on a background thread. The folder lock is
# light and taken at start.

log = logging.getLogger(__name__)


def preload() -> None:
    """Import what unlocking and opening the database need (the vault, the domain services,
    SQLAlchemy, the storage layer, the outbox writer). The window calls it on a background
    thread once the unlock screen shows, so the unlock does not wait for imports; calling it
    again costs nothing."""
    import coach_app.domain
    import coach_app.domain.search
    import coach_app.domain.today
    import coach_app.offsite.guard
    import coach_app.security
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
class ErasureOutcome:
    """What happened to the backups after an erasure (or a rekey).

    ``held``: names of the backups that held the data; ``removed``: those removed from this
    laptop; ``fresh``: the new backup; ``second_folder_pending``: why the second folder could
    not be brought up to date now (it will be the next time it is reachable), or None.
    """

    held: tuple[str, ...]
    removed: tuple[str, ...]
    fresh: BackupInfo
    second_folder_pending: StorageUnavailable | None = None


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
        second_backup_folder: Path | None = None,
    ) -> None:
        """``kdf``: key-derivation cost for a new vault; None calibrates it on this machine.
        ``time_zone``: the programme's IANA time zone (the deployment file's): "today", and
        the months and weeks of anonymised records. ``second_backup_folder``: where backups
        are copied as well (another drive), or None."""
        self.folder = folder
        self.second_backup_folder = second_backup_folder
        self._org_public_key_pem = org_public_key_pem
        self._kdf = kdf
        self.time_zone = ZoneInfo(time_zone)
        self._vault: Vault | None = None  # read from the folder when first needed
        self._opened: Opened | None = None
        self._lock = threading.RLock()
        self._folder_lock = FolderLock(folder.root)
        self._claimed = False

    @classmethod
    def restore_on_new_laptop(
        cls,
        folder: DataFolder,
        backup: Path,
        new_passphrase: str,
        *,
        recovery_code: str | None = None,
        org_private_key_pem: bytes | None = None,
        org_key_password: bytes | None = None,
        kdf: KdfParams | None = None,
        second_backup_folder: Path | None = None,
        recovery_backoff: UnlockBackoff | None = None,
        time_zone: str = DEFAULT_TIME_ZONE,
    ) -> Workspace:
        """Set up an empty data folder from a backup file (from the second folder, a stick, a
        copy), opened with the recovery code or the organisation's private key; the new
        passphrase protects it from then on. Returns the workspace, unlocked and holding the
        folder. ``recovery_backoff``: keep one per window so wrong codes back off.

        Raises ``FolderInUse``; ``VaultExists`` when the folder already holds data;
        ``WrongRecoveryCode`` / ``TooManyAttempts`` / ``NoOrgSlot`` / ``InvalidOrgKey``;
        ``BackupCorrupt`` (damaged, or made before backups carried their key slots); the cause
        of a failure to write. Nothing is left in the folder when it fails.
        """
        workspace = cls(
            folder, kdf=kdf, second_backup_folder=second_backup_folder, time_zone=time_zone
        )
        workspace.restore_here(
            backup,
            new_passphrase,
            recovery_code=recovery_code,
            org_private_key_pem=org_private_key_pem,
            org_key_password=org_key_password,
            recovery_backoff=recovery_backoff,
        )
        return workspace

    def restore_here(
        self,
        backup: Path,
        new_passphrase: str,
        *,
        recovery_code: str | None = None,
        org_private_key_pem: bytes | None = None,
        org_key_password: bytes | None = None,
        recovery_backoff: UnlockBackoff | None = None,
    ) -> None:
        """`restore_on_new_laptop` into this workspace (the app's own, which holds its empty
        folder already); unlocked afterwards. Same errors; nothing is left when it fails."""
        with self._lock:
            self._hold_folder()
            try:
                dek = self._backup_key(
                    backup, recovery_code, org_private_key_pem, org_key_password, recovery_backoff
                )
                self._restore_new(backup, new_passphrase, dek)
            except BaseException:
                self._let_go_unless_claimed()
                raise

    def _backup_key(
        self,
        backup: Path,
        recovery_code: str | None,
        org_private_key_pem: bytes | None,
        org_key_password: bytes | None,
        recovery_backoff: UnlockBackoff | None,
    ) -> bytearray:
        from coach_app.security import (
            BackupCorrupt,
            Vault,
            VaultExists,
            open_backup_key_slots,
            read_key_slots,
        )

        if Vault.exists(self.folder.root):
            raise VaultExists("this data folder already holds data")
        with self._by_cause():
            key_slots = read_key_slots(backup)
        if not key_slots:
            raise BackupCorrupt(
                "this backup was made before backups carried their key slots; restore it on "
                "the laptop that made it"
            )
        return open_backup_key_slots(
            key_slots,
            recovery_code=recovery_code,
            org_private_key_pem=org_private_key_pem,
            org_key_password=org_key_password,
            recovery_backoff=recovery_backoff,
        )

    def _restore_new(self, backup: Path, new_passphrase: str, dek: bytearray) -> None:
        from coach_app.security import Vault, read_key_slots
        from coach_app.storage.backups import restore_into_new_folder

        key_slots = read_key_slots(backup)
        try:
            self.folder.ensure()
            restore_into_new_folder(backup, self.folder, dek)
            try:
                with self._by_cause():
                    self._vault = Vault.create_from_backup(
                        self.folder.root, dek, key_slots, new_passphrase, kdf=self._kdf
                    )
            except BaseException:
                self.folder.database.unlink(missing_ok=True)
                raise
        finally:
            dek[:] = bytes(len(dek))
        self._open_after_unlock()
        log.info("restored on a new laptop from a backup")

    # -- state ---------------------------------------------------------------------------
    @property
    def has_vault(self) -> bool:
        return self._vault is not None or self.folder.vault.is_file()

    @property
    def is_unlocked(self) -> bool:
        return self._opened is not None

    @property
    def vault(self) -> Vault:
        if self._vault is None:
            from coach_app.security import Vault

            with self._lock:
                if self._vault is None:
                    if not Vault.exists(self.folder.root):
                        raise WorkspaceLocked("no vault in this data folder yet")
                    self._vault = Vault.load(self.folder.root)  # VaultCorrupt if damaged
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
        from coach_app.domain.search import search_family_ids
        from coach_app.storage.search import SqlSearchIndex

        with self.engine.connect() as connection:
            return search_family_ids(SqlSearchIndex(connection), text)

    # -- the data folder's lock -----------------------------------------------------------
    def claim(self) -> None:
        """Hold the data folder until ``close`` (the app does this at start).

        Raises ``FolderInUse`` when another process holds it, and the cause-specific
        ``StorageUnavailable`` (read-only, no permission) when the lock cannot be made.
        """
        with self._lock:
            self._hold_folder()
            self._claimed = True

    @property
    def holds_folder(self) -> bool:
        return self._folder_lock.held

    def close(self) -> None:
        """Lock, then let go of the data folder (the app does this when it quits)."""
        with self._lock:
            self.lock()
            self._claimed = False
            self._folder_lock.release()

    def _hold_folder(self) -> None:
        try:
            self.folder.root.mkdir(parents=True, exist_ok=True)
            self._folder_lock.acquire()
        except OSError as exc:
            from coach_app.storage import classify_os_error

            cause = classify_os_error(exc, self.folder.root)
            if cause is not None:
                raise cause from exc
            raise

    @contextlib.contextmanager
    def _by_cause(self, needed_bytes: int = 0) -> Iterator[None]:
        """Raise a failure to read or write files by its cause (disk full, read-only, ...)."""
        try:
            yield
        except OSError as exc:
            from coach_app.storage import classify_os_error

            folder = None if exc.filename else self.folder.root
            cause = classify_os_error(exc, folder, needed_bytes=needed_bytes)
            if cause is not None:
                raise cause from exc
            raise

    def _let_go_unless_claimed(self) -> None:
        if not self._claimed:
            self._folder_lock.release()

    # -- transitions ---------------------------------------------------------------------
    def create(self, passphrase: str) -> str:
        """First run: a new vault and an empty migrated database. Returns the recovery code."""
        from coach_app.security import Vault

        with self._lock:
            if self.has_vault:
                raise FileExistsError("this data folder already has a vault")
            self._hold_folder()
            try:
                self.folder.ensure()
                vault, recovery_code = Vault.create(
                    self.folder.root,
                    passphrase,
                    org_public_key_pem=self._org_public_key_pem,
                    kdf=self._kdf,
                )
            except BaseException:
                self._let_go_unless_claimed()
                raise
            self._vault = vault
            self._open_after_unlock(new=True)
            log.info("vault and database created")
            return recovery_code

    def unlock(self, passphrase: str) -> None:
        with self._lock:
            self._hold_folder()
            try:
                self.vault.unlock(passphrase)
            except BaseException:
                self._let_go_unless_claimed()
                raise
            self._open_after_unlock()

    def unlock_with_recovery_code(self, code: str) -> None:
        """Unlock with the recovery code; then ``set_passphrase_after_recovery`` (see vault)."""
        with self._lock:
            self._hold_folder()
            try:
                self.vault.unlock_with_recovery_code(code)
            except BaseException:
                self._let_go_unless_claimed()
                raise
            self._open_after_unlock()

    @property
    def unlocked_by_recovery(self) -> bool:
        """True after an unlock by recovery code or organisation key, until a new passphrase."""
        return self._vault is not None and self._vault.unlocked_by in ("recovery", "organisation")

    def set_passphrase_after_recovery(self, passphrase: str) -> None:
        """After unlocking with the recovery code: the new passphrase (no old one to check)."""
        with self._lock:
            if not self.is_unlocked:
                raise WorkspaceLocked("the data is locked")
            with self._by_cause():
                self.vault.set_passphrase_after_recovery(passphrase)
            log.info("passphrase set after recovery")

    def new_recovery_code_after_recovery(self) -> str:
        """After unlocking with the recovery code (and setting a new passphrase): replace the
        used code; the old one stops working."""
        with self._lock:
            if not self.is_unlocked:
                raise WorkspaceLocked("the data is locked")
            with self._by_cause():
                code = self.vault.new_recovery_code()
            log.info("recovery code replaced after recovery")
            return code

    def lock(self) -> None:
        with self._lock:
            opened, self._opened = self._opened, None
            if opened is not None:
                from coach_app.storage import close_database

                close_database(opened.engine)
            if self._vault is not None:
                self._vault.lock()
            self._let_go_unless_claimed()
            log.info("locked")

    # -- passphrase, recovery code, backups, today (while unlocked) -------------------------
    def verify_passphrase(self, passphrase: str) -> None:
        """Raise ``WrongPassphrase`` unless ``passphrase`` opens the vault file.

        Checked on a fresh copy of the vault, so the open one (and its key) is untouched.
        """
        from coach_app.security import Vault

        probe = Vault.load(self.folder.root)
        probe.unlock(passphrase)
        probe.lock()

    def change_passphrase(self, current: str, new: str) -> None:
        """Rewrap the data key under ``new`` after checking ``current``."""
        with self._lock, self._by_cause():
            self.verify_passphrase(current)
            self.vault.change_passphrase(new)
            log.info("passphrase changed")

    def new_recovery_code(self, passphrase: str) -> str:
        """A new recovery code after checking the passphrase; the old code stops working."""
        with self._lock, self._by_cause():
            self.verify_passphrase(passphrase)
            code = self.vault.new_recovery_code()
            log.info("recovery code replaced")
            return code

    def list_backups(self) -> list[BackupInfo]:
        from coach_app.storage.backups import list_backups

        return list_backups(self.folder)

    def second_backup_set(self) -> Path | None:
        """This laptop's folder inside the second backup folder (None when none is chosen)."""
        from coach_app.storage.backups import backup_set_folder

        if self.second_backup_folder is None:
            return None
        return backup_set_folder(self.second_backup_folder, self.vault.dek)

    def list_second_backups(self) -> list[BackupInfo]:
        """The backups in the second folder (empty when none is chosen or it is not there)."""
        from coach_app.storage.backups import list_backups_in

        second = self.second_backup_set()
        return [] if second is None else list_backups_in(second)

    def backup_now(self, now: datetime | None = None) -> BackupInfo:
        """An encrypted backup of the database now, rotation of the old ones, and the copy to
        the second folder.

        Raises the cause when the backup cannot be written (``DiskFull``, ...), and
        ``SecondCopyFailed`` (carrying the backup made) when only the copy failed.
        """

        from coach_app.storage.backups import create_backup, rotate_backups

        with self._lock, self._by_cause():
            info = create_backup(
                self.engine,
                self.folder,
                self.vault.dek,
                key_slots=self.vault.backup_key_slots(),
                now=now,
            )
            rotate_backups(self.folder, now)
        self._copy_to_second_folder(info, now)
        return info

    def _copy_to_second_folder(self, info: BackupInfo | None, now: datetime | None) -> None:
        from coach_app.storage import SecondCopyFailed, StorageUnavailable
        from coach_app.storage.backups import copy_to_second_folder

        second = self.second_backup_set()
        if second is None:
            return
        try:
            copy_to_second_folder(self.folder, second, now)
        except StorageUnavailable as cause:
            raise SecondCopyFailed(info, cause) from cause

    def backup_if_due(
        self, now: datetime, max_age: timedelta = timedelta(hours=24)
    ) -> BackupInfo | None:
        """A backup when the newest one is older than ``max_age`` (or there is none); else the
        second folder catches up with backups it lacks (a stick plugged in again)."""
        from coach_app.storage.backups import backup_due

        with self._lock:
            if not self.is_unlocked:
                return None
            if backup_due(self.folder, now, max_age):
                return self.backup_now(now)
            self._copy_to_second_folder(None, now)
            return None

    def backups_holding(self, family_id: UUID) -> list[BackupInfo]:
        """Backups (both folders) made since the family was created: they hold its data."""
        created = self.service.get_family(family_id).created_at
        found = self.list_backups() + self.list_second_backups()
        return [b for b in found if b.created_at >= created.replace(microsecond=0)]

    def erase_family(self, family_id: UUID, now: datetime | None = None) -> ErasureOutcome:
        """Erase the family, make a fresh backup without it, and remove every older backup
        that holds it, here and in the second folder (decision 0008). A second folder that is
        not reachable now is cleaned the next time it is (``SecondCopyFailed`` is not raised
        for it here: ``second_folder_pending`` says so)."""

        return self.erase_family_with(family_id, lambda: self.service.erase_family(family_id), now)

    def erase_family_with(
        self, family_id: UUID, erase: Callable[[], object], now: datetime | None = None
    ) -> ErasureOutcome:
        """As `erase_family`, with ``erase`` doing the erasing (a handed-over family is erased
        without tombstones: its records continue under the receiving laptop)."""
        with self._lock:
            holding = self.backups_holding(family_id)
            erase()
            log.info("family erased; %d backup(s) held it", len(holding))
            return self._replace_backups(holding, now)

    def _replace_backups(self, old: list[BackupInfo], now: datetime | None) -> ErasureOutcome:
        from coach_app.storage import SecondCopyFailed
        from coach_app.storage.backups import create_backup, remove_backups

        with self._by_cause():
            fresh = create_backup(
                self.engine,
                self.folder,
                self.vault.dek,
                key_slots=self.vault.backup_key_slots(),
                now=now,
            )
        names = sorted({b.name for b in old} - {fresh.name})
        second = self.second_backup_set()
        reachable = second if second is not None and second.is_dir() else None
        removed = remove_backups(self.folder, names, reachable)
        pending: StorageUnavailable | None = None
        try:
            self._copy_to_second_folder(fresh, now)
        except SecondCopyFailed as failed:
            pending = failed.cause
        return ErasureOutcome(tuple(names), tuple(removed), fresh, pending)

    def rekey(self, passphrase: str, now: datetime | None = None) -> str:
        """New data key after a suspected compromise: the database is re-encrypted, every slot
        rewrapped (the passphrase given, checked first; a new recovery code, returned), a fresh
        backup made and the backups under the old key removed (decision 0008)."""
        from coach_app.storage import rekey as rekey_database
        from coach_app.storage.backups import list_backups_in, remove_backups

        with self._lock:
            self.verify_passphrase(passphrase)
            old = self.list_backups() + self.list_second_backups()
            old_second = self.second_backup_set()
            engine = self.engine
            if engine.pool.checkedout():  # type: ignore[attr-defined]
                raise WorkspaceBusy("the database is in use")
            with self._by_cause():
                pending, code = self.vault.prepare_rekey(passphrase)
                rekey_database(engine, pending)
                self.vault.finish_rekey()
            log.info("data key replaced")
            # The old key's backups (here and in its set folder) go; the fresh one replaces them.
            if old_second is not None and old_second.is_dir():
                remove_backups(self.folder, [], old_second)
                for backup in list_backups_in(old_second):
                    backup.path.unlink(missing_ok=True)
            self._replace_backups(old, now)
            return code

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
                with self._by_cause(needed_bytes=2 * path.stat().st_size):
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
        from coach_app.domain.today import today_overview
        from coach_app.storage.today import sql_today_queries

        return today_overview(sql_today_queries(self.engine)(), day, now)

    # -- internals -----------------------------------------------------------------------
    def _open_after_unlock(self, *, new: bool = False) -> None:
        try:
            self._open_database(new=new)
        except BaseException:
            self.vault.lock()
            self._let_go_unless_claimed()
            raise
        log.info("unlocked")

    def _open_database(self, *, new: bool = False) -> None:
        from coach_app.domain import CoachingService
        from coach_app.domain.drafts import DraftService
        from coach_app.offsite.guard import HandoverGuard
        from coach_app.storage import (
            WrongDatabaseKey,
            close_database,
            make_session_factory,
            migrate,
            open_database,
            sql_uow_factory,
        )
        from coach_app.sync.outbox import OUTBOX_FORMAT, OutboxWriter, ensure_state, set_time_zone

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
                if new:
                    # An empty outbox holds no records of an older format: the first sync has
                    # nothing to rebuild (it rebuilt every record queued before it).
                    ensure_state(session).outbox_format = OUTBOX_FORMAT
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
