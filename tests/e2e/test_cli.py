"""``coach-app`` from the command line, as IT staff use it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from coach_app import __version__
from coach_app.paths import DataFolder
from coach_app.security import KdfParams, WrongPassphrase
from coach_app.workspace import Workspace
from tests.canaries import seed_family

ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def run(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "coach_app", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=ENV,
        timeout=120,
        check=False,
    )


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert __version__ in result.stdout


def test_self_test_passes() -> None:
    result = run("--self-test")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test: OK" in result.stdout


def test_bad_deployment_file_is_named_in_plain_words(tmp_path: Path) -> None:
    bad = tmp_path / "deployment.toml"
    bad.write_text('[policy]\nauto_lock_max_minutes = "five"\n')
    result = run("--deployment", str(bad), "--data-dir", str(tmp_path / "d"))
    assert result.returncode == 2
    assert "policy.auto_lock_max_minutes" in result.stderr
    assert "whole number" in result.stderr


def test_it_staff_recover_a_device_with_the_organisation_key(tmp_path: Path) -> None:
    keys = tmp_path / "keys"
    made = run("org-keygen", "--out", str(keys), stdin="org key password\n")
    assert made.returncode == 0, made.stderr
    public_pem = (keys / "organisation-recovery-public.pem").read_bytes()
    private = keys / "organisation-recovery-private.pem"
    assert b"ENCRYPTED" in private.read_bytes()

    folder = DataFolder(tmp_path / "laptop")
    workspace = Workspace(folder, org_public_key_pem=public_pem, kdf=KdfParams())
    workspace.create("the coach forgot this one")
    seed_family(workspace.service, "Recovered")
    workspace.lock()

    mismatch = run(
        "recover",
        "--data-dir",
        str(folder.root),
        "--org-key",
        str(private),
        stdin="org key password\nnew passphrase 1\nnew passphrase 2\n",
    )
    assert mismatch.returncode == 2
    assert "not the same" in mismatch.stderr

    result = run(
        "recover",
        "--data-dir",
        str(folder.root),
        "--org-key",
        str(private),
        stdin="org key password\nbrand new passphrase\nbrand new passphrase\n",
    )
    assert result.returncode == 0, result.stderr
    reopened = Workspace(folder)
    with pytest.raises(WrongPassphrase):
        reopened.unlock("the coach forgot this one")
    reopened.unlock("brand new passphrase")
    assert len(reopened.service.list_families()) == 1
    reopened.lock()


def test_recover_with_a_wrong_key_says_so(tmp_path: Path) -> None:
    keys_a, keys_b = tmp_path / "a", tmp_path / "b"
    assert run("org-keygen", "--out", str(keys_a), stdin="\n").returncode == 0
    assert run("org-keygen", "--out", str(keys_b), stdin="\n").returncode == 0
    folder = DataFolder(tmp_path / "laptop")
    workspace = Workspace(
        folder,
        org_public_key_pem=(keys_a / "organisation-recovery-public.pem").read_bytes(),
        kdf=KdfParams(),
    )
    workspace.create("a passphrase of some length")
    workspace.lock()
    before = folder.vault.read_bytes()
    result = run(
        "recover",
        "--data-dir",
        str(folder.root),
        "--org-key",
        str(keys_b / "organisation-recovery-private.pem"),
        stdin="whatever passphrase\nwhatever passphrase\n",
    )
    assert result.returncode == 2
    assert result.stderr.startswith("coach-app: ")
    assert folder.vault.read_bytes() == before
