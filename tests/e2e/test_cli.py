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
ORG_KEY_PASSPHRASE = "kanaal herfst fietsbel 1987 twente"


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


def test_self_test_checks_the_deployment_file_it_would_use(tmp_path: Path) -> None:
    good = tmp_path / "good.toml"
    good.write_text('[organisation]\nname = "Stichting Test"\n', encoding="utf-8")
    result = run("--self-test", "--deployment", str(good))
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"deployment file {good} is valid (Stichting Test)" in result.stdout

    bad = tmp_path / "bad.toml"
    bad.write_text("[summary]\nthreshold = 2\n", encoding="utf-8")
    result = run("--self-test", "--deployment", str(bad))
    assert result.returncode == 1
    assert "self-test: FAILED: deployment file" in result.stdout
    assert "can never be below 5" in result.stdout
    assert "self-test: OK" not in result.stdout


def test_self_test_fails_a_server_address_the_laptop_could_never_sync_with(
    tmp_path: Path,
) -> None:
    plain = tmp_path / "plain-http.toml"
    plain.write_text('[server]\nurl = "http://coach.example.org"\n', encoding="utf-8")
    result = run("--self-test", "--deployment", str(plain))
    assert result.returncode == 1, result.stdout + result.stderr
    assert "self-test: FAILED: deployment file" in result.stdout
    assert "server.url" in result.stdout
    assert "https://" in result.stdout


def test_bad_deployment_file_is_named_in_plain_words(tmp_path: Path) -> None:
    bad = tmp_path / "deployment.toml"
    bad.write_text('[policy]\nauto_lock_max_minutes = "five"\n')
    result = run("--deployment", str(bad), "--data-dir", str(tmp_path / "d"))
    assert result.returncode == 2
    assert "policy.auto_lock_max_minutes" in result.stderr
    assert "whole number" in result.stderr


def test_it_staff_recover_a_device_with_the_organisation_key(tmp_path: Path) -> None:
    keys = tmp_path / "keys"
    made = run("org-keygen", "--out", str(keys), stdin=f"{ORG_KEY_PASSPHRASE}\n" * 2)
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
        stdin=f"{ORG_KEY_PASSPHRASE}\nnew passphrase 1\nnew passphrase 2\n",
    )
    assert mismatch.returncode == 2
    assert "not the same" in mismatch.stderr

    result = run(
        "recover",
        "--data-dir",
        str(folder.root),
        "--org-key",
        str(private),
        stdin=f"{ORG_KEY_PASSPHRASE}\nbrand new passphrase\nbrand new passphrase\n",
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
    made = f"{ORG_KEY_PASSPHRASE}\n" * 2
    assert run("org-keygen", "--out", str(keys_a), stdin=made).returncode == 0
    assert run("org-keygen", "--out", str(keys_b), stdin=made).returncode == 0
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
        stdin=f"{ORG_KEY_PASSPHRASE}\nwhatever passphrase\nwhatever passphrase\n",
    )
    assert result.returncode == 2
    # The prompts go to standard error first; the error is the last line.
    assert result.stderr.splitlines()[-1].startswith("coach-app: ")
    assert folder.vault.read_bytes() == before


@pytest.mark.parametrize(
    ("stdin", "reason"),
    [
        ("", "Expected a line"),  # nothing at all on standard input
        ("\n", "needs a passphrase"),
        ("short one\n", "at least 12 characters"),
        ("password password\n", "too weak"),
        (f"{ORG_KEY_PASSPHRASE}\n{ORG_KEY_PASSPHRASE}x\n", "not the same"),
    ],
)
def test_org_keygen_says_what_it_asks_and_refuses_a_missing_or_weak_passphrase(
    tmp_path: Path, stdin: str, reason: str
) -> None:
    keys = tmp_path / "keys"
    result = run("org-keygen", "--out", str(keys), stdin=stdin)
    assert result.returncode == 2
    assert "Passphrase for the organisation's private key" in result.stderr  # stated, not silent
    assert reason in result.stderr
    assert not keys.exists()  # no key written, encrypted or not, and no empty folder left


@pytest.mark.parametrize("kind", ["a file", "not makeable"])
def test_org_keygen_names_an_out_it_cannot_use_in_one_line(tmp_path: Path, kind: str) -> None:
    if kind == "a file":
        out = tmp_path / "afile"
        out.write_text("")
    else:
        (tmp_path / "afile").write_text("")
        out = tmp_path / "afile" / "keys"  # a folder inside a file cannot be made
    result = run("org-keygen", "--out", str(out), stdin=f"{ORG_KEY_PASSPHRASE}\n" * 2)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    last = result.stderr.strip().splitlines()
    assert len(last) == 1, result.stderr  # said before any question
    assert f"--out {out}" in last[0]


def test_org_keygen_writes_an_encrypted_private_key(tmp_path: Path) -> None:
    keys = tmp_path / "keys"
    result = run("org-keygen", "--out", str(keys), stdin=f"{ORG_KEY_PASSPHRASE}\n" * 2)
    assert result.returncode == 0, result.stderr
    assert "keep it apart from the key file" in result.stderr.replace("\n", " ")
    private = (keys / "organisation-recovery-private.pem").read_bytes()
    assert private.startswith(b"-----BEGIN ENCRYPTED PRIVATE KEY-----")


def test_self_test_reports_what_it_loaded(tmp_path: Path) -> None:
    report = tmp_path / "loaded.json"
    result = run("--self-test", "--self-test-report", str(report))
    assert result.returncode == 0, result.stdout + result.stderr
    import json

    loaded = json.loads(report.read_text(encoding="utf-8"))
    assert "coach_app.ui.main_window" in loaded["modules"]
    if sys.platform.startswith("linux"):
        assert any("sqlcipher3" in path for path in loaded["libraries"])


def test_restore_backup_on_a_new_laptop_from_the_command_line(tmp_path: Path) -> None:
    from coach_app.security import generate_org_keypair

    keys = tmp_path / "keys"
    keys.mkdir()
    private_pem, public_pem = generate_org_keypair(None)
    (keys / "organisation-recovery-private.pem").write_bytes(private_pem)
    (keys / "organisation-recovery-public.pem").write_bytes(public_pem)
    passphrase = "rode fiets onder de brug"
    stick = tmp_path / "stick"
    stick.mkdir()
    workspace = Workspace(
        DataFolder(tmp_path / "laptop"),
        org_public_key_pem=(keys / "organisation-recovery-public.pem").read_bytes(),
        kdf=KdfParams(),
        second_backup_folder=stick,
    )
    code = workspace.create("the laptop that was stolen")
    seed_family(workspace.service, "Restored")
    workspace.backup_now()
    workspace.close()
    backup = next(stick.glob("*/*.backup"))

    by_code = run(
        "restore-backup",
        "--data-dir",
        str(tmp_path / "new"),
        "--backup",
        str(backup),
        stdin=f"{code.lower().replace('-', ' ')}\n{passphrase}\n{passphrase}\n",
    )
    assert by_code.returncode == 0, by_code.stderr
    assert "1 families restored" in by_code.stdout
    by_key = run(
        "restore-backup",
        "--data-dir",
        str(tmp_path / "by-key"),
        "--backup",
        str(backup),
        "--org-key",
        str(keys / "organisation-recovery-private.pem"),
        stdin=f"{passphrase}\n{passphrase}\n",
    )
    assert by_key.returncode == 0, by_key.stderr
    again = run(
        "restore-backup",
        "--data-dir",
        str(tmp_path / "new"),
        "--backup",
        str(backup),
        stdin="x\n",
    )
    assert again.returncode == 2
    assert "already holds" in again.stderr
    reopened = Workspace(DataFolder(tmp_path / "new"))
    reopened.unlock(passphrase)
    assert len(reopened.service.list_families()) == 1
    reopened.close()


def _laptop_and_keys(tmp_path: Path) -> tuple[DataFolder, Path]:
    keys = tmp_path / "keys"
    made = run("org-keygen", "--out", str(keys), stdin=f"{ORG_KEY_PASSPHRASE}\n" * 2)
    assert made.returncode == 0, made.stderr
    folder = DataFolder(tmp_path / "laptop")
    workspace = Workspace(
        folder,
        org_public_key_pem=(keys / "organisation-recovery-public.pem").read_bytes(),
        kdf=KdfParams(),
    )
    workspace.create("a passphrase of some length")
    workspace.lock()
    return folder, keys


def _recover(folder: DataFolder, key: Path, *extra: str, stdin: str = "") -> list[str]:
    result = run(
        "recover", "--data-dir", str(folder.root), "--org-key", str(key), *extra, stdin=stdin
    )
    assert result.returncode == 2, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    return result.stderr.strip().splitlines()


def test_recover_says_what_the_org_key_file_is_before_asking_anything(tmp_path: Path) -> None:
    folder, keys = _laptop_and_keys(tmp_path)
    before = folder.vault.read_bytes()
    public = keys / "organisation-recovery-public.pem"
    lines = _recover(folder, public)
    assert len(lines) == 1  # no passphrase asked
    assert lines[0].startswith(f"coach-app: {public} is the organisation's public key")
    assert "organisation-recovery-private.pem" in lines[0]

    garbage = tmp_path / "garbage.pem"
    garbage.write_text("garbage\n")
    lines = _recover(folder, garbage)
    assert len(lines) == 1
    assert lines[0].startswith(f"coach-app: {garbage} is not a private key file")
    assert folder.vault.read_bytes() == before


def test_recover_asks_the_key_passphrase_by_its_one_name_and_says_when_it_is_wrong(
    tmp_path: Path,
) -> None:
    folder, keys = _laptop_and_keys(tmp_path)
    before = folder.vault.read_bytes()
    lines = _recover(
        folder,
        keys / "organisation-recovery-private.pem",
        stdin="wrong wrong wrong words\nwhatever passphrase\nwhatever passphrase\n",
    )
    text = "\n".join(lines)
    assert "Passphrase for the organisation's private key" in text  # as org-keygen asks it
    assert "Password of the organisation key" not in text
    assert "New passphrase" not in text  # refused before the new passphrase is asked
    assert lines[-1].startswith("coach-app: The passphrase for the organisation's private key")
    assert "wrong" in lines[-1]
    assert folder.vault.read_bytes() == before


def test_recover_refuses_an_enrolment_code_without_from_server(tmp_path: Path) -> None:
    folder, keys = _laptop_and_keys(tmp_path)
    before = folder.vault.read_bytes()
    lines = _recover(
        folder, keys / "organisation-recovery-private.pem", "--enrolment-code", "ABCD-EFGH"
    )
    assert len(lines) == 1
    assert "--enrolment-code" in lines[0]
    assert "--from-server" in lines[0]
    assert folder.vault.read_bytes() == before


@pytest.mark.parametrize(
    ("url", "code", "words"),
    [
        ("not a url", "ABCD-EFGH-JKMN-PQRS", "--from-server 'not a url' is not a server address"),
        ("http://coach.example.org", "ABCD-EFGH-JKMN-PQRS", "must start with https://"),
        ("http://127.0.0.1:9", "ABCD-1234-5678-9XYZ", "Group 2 has “1”"),
    ],
)
def test_recover_from_server_checks_address_and_code_before_asking_secrets(
    tmp_path: Path, url: str, code: str, words: str
) -> None:
    _, keys = _laptop_and_keys(tmp_path)
    new = DataFolder(tmp_path / "new")
    args = ("--from-server", url, "--enrolment-code", code)
    lines = _recover(new, keys / "organisation-recovery-private.pem", *args)
    assert len(lines) == 1, lines  # nothing asked
    assert words in lines[0]
    assert "alphabet" not in lines[0]


def test_recover_from_an_unreachable_server_says_so_in_words(tmp_path: Path) -> None:
    _, keys = _laptop_and_keys(tmp_path)
    new = DataFolder(tmp_path / "new")
    lines = _recover(
        new,
        keys / "organisation-recovery-private.pem",
        "--from-server",
        "http://127.0.0.1:9",
        "--enrolment-code",
        "ABCD-EFGH-JKMN-PQRS",
        stdin=f"{ORG_KEY_PASSPHRASE}\nglacier mosaic turnip velvet\nglacier mosaic turnip velvet\n",
    )
    assert lines[-1].startswith("coach-app: The server at http://127.0.0.1:9 could not be reached")
    assert "Check the address and the network" in lines[-1]
    assert "ConnectError" not in lines[-1]
    assert "/api/" not in lines[-1]
