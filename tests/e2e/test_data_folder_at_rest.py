"""The whole data folder at rest: no plaintext anywhere, wrong passphrases change nothing."""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path

import pytest

from coach_app.logsetup import close_logging, configure_logging
from coach_app.paths import DataFolder
from coach_app.security import WrongPassphrase
from coach_app.security.backup import backup_key, encrypt_file
from coach_app.storage import checkpoint
from coach_app.workspace import Workspace
from tests.canaries import files_under, hits, seed_family
from tests.e2e.conftest import PASSPHRASE


def snapshot(root: Path) -> dict[str, str]:
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in files_under(root)
    }


def test_no_plaintext_anywhere_in_the_data_folder(
    qapp: object, folder: DataFolder, workspace: Workspace
) -> None:
    from coach_app.ui.preferences import LANGUAGE, Preferences

    configure_logging(folder.logs)
    try:
        _, canaries = seed_family(workspace.service, "A")
        _, more = seed_family(workspace.service, "B")
        canaries += more
        for family in workspace.service.list_families():
            workspace.service.get_family(family.id)
        logging.getLogger("coach_app.test").info("seeded %d families", 2)
        preferences = Preferences(folder.settings)
        preferences.set(LANGUAGE, "tr")
        preferences.sync()
        checkpoint(workspace.engine)
        encrypt_file(
            folder.database,
            folder.backups / "coach-backup-test.bin",
            backup_key(workspace.vault.dek),
        )
    finally:
        workspace.lock()
        close_logging()

    names = {p.name for p in files_under(folder.root)}
    assert {"vault.json", "coach.db", "settings.ini", "coach-app.log"} <= names
    assert "coach-backup-test.bin" in names
    assert hits(folder.root, canaries) == []


def test_no_plaintext_while_the_database_is_open(folder: DataFolder, workspace: Workspace) -> None:
    _, canaries = seed_family(workspace.service, "Open")
    # The WAL and shared-memory files exist now and must be encrypted too.
    assert any(p.name.endswith("-wal") for p in files_under(folder.root))
    assert hits(folder.root, canaries) == []


def test_wrong_passphrase_changes_no_file(folder: DataFolder, workspace: Workspace) -> None:
    seed_family(workspace.service, "W")
    workspace.lock()
    before = snapshot(folder.root)
    reopened = Workspace(folder)
    with pytest.raises(WrongPassphrase):
        reopened.unlock("not the passphrase at all")
    assert not reopened.is_unlocked
    assert snapshot(folder.root) == before
    reopened.unlock(PASSPHRASE)
    assert len(reopened.service.list_families()) == 1
    reopened.lock()


def test_an_erased_family_stays_gone_after_reopening(
    folder: DataFolder, workspace: Workspace
) -> None:
    """Files are encrypted, so scanning them proves nothing here: decrypt the reopened database."""
    from uuid import UUID

    from tests.sqlcipher_pages import decrypted_pages

    erased_id, erased = seed_family(workspace.service, "Gone")
    _, kept = seed_family(workspace.service, "Kept")
    workspace.service.erase_family(UUID(erased_id))
    checkpoint(workspace.engine)
    workspace.lock()
    reopened = Workspace(folder)
    reopened.unlock(PASSPHRASE)
    names = [f.display_name for f in reopened.service.list_families()]
    checkpoint(reopened.engine)
    plain = b"".join(decrypted_pages(folder.database, bytes(reopened.vault.dek)))
    reopened.lock()
    assert names == [kept[0]]
    assert [c for c in erased if c.encode() in plain] == []
    assert all(c.encode() in plain for c in kept)


def test_erased_family_is_gone_from_every_decrypted_page(
    folder: DataFolder, workspace: Workspace
) -> None:
    """Decrypt every page, free ones included: erased text must be overwritten, not just freed."""
    from uuid import UUID

    from tests.canaries import encodings
    from tests.sqlcipher_pages import decrypted_pages

    key = bytes(workspace.vault.dek)
    erased_id, erased = seed_family(workspace.service, "Gone")
    _, kept = seed_family(workspace.service, "Kept")
    checkpoint(workspace.engine)
    plain = b"".join(decrypted_pages(folder.database, key))
    assert b"CREATE TABLE" in plain
    # The decoder works: before erasure both families are readable in the pages.
    assert all(c.encode() in plain for c in erased + kept)

    workspace.service.erase_family(UUID(erased_id))
    checkpoint(workspace.engine)
    plain = b"".join(decrypted_pages(folder.database, key))
    leftovers = [c for c in erased for enc in encodings(c) if enc in plain]
    assert leftovers == []
    assert all(c.encode() in plain for c in kept)
