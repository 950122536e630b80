"""Commands for IT staff: make the organisation's recovery key pair, recover a device's data.

The private key never lives on a coach's laptop; IT keeps it offline and uses it with
``coach-app recover`` to set a new passphrase when a coach has lost both passphrase and code.
"""

from __future__ import annotations

import getpass
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from coach_app.folder_lock import FolderInUse, FolderLock
from coach_app.passphrase import MIN_LENGTH, MIN_SCORE, assess
from coach_app.paths import DataFolder
from coach_app.security import Vault, VaultError, generate_org_keypair

if TYPE_CHECKING:
    from coach_app.security.codes import CodeError

MIN_PASSPHRASE_LENGTH = MIN_LENGTH
#: The organisation's private key opens every laptop's data and may be attacked offline: its
#: passphrase needs at least this length and zxcvbn's top score (4: "very unguessable").
ORG_KEY_MIN_LENGTH = 12
ORG_KEY_MIN_SCORE = 4
ORG_KEY_EXPLANATION = (
    "The organisation's private recovery key is written encrypted with a passphrase.\n"
    "You need the key file and this passphrase to recover a coach's laptop: choose a long\n"
    f"passphrase (at least {ORG_KEY_MIN_LENGTH} characters, several unusual words) and keep it "
    "apart from the key file."
)


#: The names org-keygen writes; the deployment template names the public one.
PRIVATE_KEY_FILE = "organisation-recovery-private.pem"
PUBLIC_KEY_FILE = "organisation-recovery-public.pem"
#: One name for the passphrase, in every question that asks for it.
ORG_KEY_PASSPHRASE_PROMPT = "Passphrase for the organisation's private key"  # noqa: S105


class AdminError(Exception):
    """A problem the IT person can fix; the message says what, in plain words."""


def _read_secret(prompt: str, reader: Callable[[str], str] | None) -> str:
    """Ask for a secret: hidden typing on a terminal; otherwise one line of standard input,
    with the prompt still shown on standard error so nobody waits on a silent command."""
    if reader is not None:
        return reader(prompt)
    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    print(prompt, file=sys.stderr, flush=True)
    line = sys.stdin.readline()
    if not line:
        raise AdminError("Expected a line on standard input, found none.")
    return line.rstrip("\n")


def org_key_passphrase_problem(passphrase: str) -> str | None:
    """Why ``passphrase`` may not protect the organisation's private key, or None if it may.

    Empty, shorter than ``ORG_KEY_MIN_LENGTH`` characters, or below zxcvbn's score 4 (an
    estimate of at least 10^10 guesses; see the zxcvbn paper, USENIX Security 2016).
    """
    if not passphrase.strip():
        return "The private key needs a passphrase; an empty one would leave it unprotected."
    if len(passphrase) < ORG_KEY_MIN_LENGTH:
        return f"The passphrase needs at least {ORG_KEY_MIN_LENGTH} characters."
    from zxcvbn import zxcvbn

    estimate = zxcvbn(passphrase[:72])  # zxcvbn refuses longer input (its max_length)
    if estimate["score"] < ORG_KEY_MIN_SCORE:
        warning = estimate["feedback"].get("warning") or "It is too easy to guess."
        return f"The passphrase is too weak: {warning.rstrip('.')}. Add more unusual words."
    return None


def org_keygen(
    out_dir: Path,
    *,
    reader: Callable[[str], str] | None = None,
    explain: Callable[[str], None] | None = None,
) -> tuple[Path, Path]:
    """Write the organisation's recovery key pair: the private key encrypted with a
    passphrase asked for here (twice), and the public key for the deployment file.

    ``AdminError`` (nothing written) for an existing pair, an empty, short or weak passphrase
    (see ``org_key_passphrase_problem``) or two different ones.
    """
    private_path = out_dir / PRIVATE_KEY_FILE
    public_path = out_dir / PUBLIC_KEY_FILE
    if private_path.exists() or public_path.exists():
        raise AdminError(f"A key pair already exists in {out_dir}; refusing to overwrite it.")
    made = _make_out_dir(out_dir)
    try:
        (explain or _to_stderr)(ORG_KEY_EXPLANATION)
        password = _read_secret(f"{ORG_KEY_PASSPHRASE_PROMPT}: ", reader)
        problem = org_key_passphrase_problem(password)
        if problem is not None:
            raise AdminError(f"{problem} No key was written.")
        if _read_secret("Repeat the passphrase: ", reader) != password:
            raise AdminError("The two passphrases are not the same; no key was written.")
    except BaseException:
        _remove_made(made)  # a refused run leaves nothing behind
        raise
    private_pem, public_pem = generate_org_keypair(password.encode())
    fd = os.open(private_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(private_pem)
    public_path.write_bytes(public_pem)
    return private_path, public_path


def _make_out_dir(out_dir: Path) -> list[Path]:
    """Make ``--out`` (and missing parents) before asking anything, so an impossible folder is
    said at once; returns the folders made, deepest first, for ``_remove_made``."""
    missing = [p for p in (out_dir, *out_dir.parents) if not p.exists()]
    if out_dir.exists() and not out_dir.is_dir():
        raise AdminError(f"--out {out_dir} is a file, not a folder; name a folder for the keys.")
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise AdminError(f"--out {out_dir} cannot be made as a folder ({reason}).") from None
    return missing


def _remove_made(made: list[Path]) -> None:
    for folder in made:
        try:
            folder.rmdir()  # only if still empty
        except OSError:
            return


def _read_org_key(org_key: Path) -> bytes:
    """The organisation's private key file as PEM, or ``AdminError`` saying what the file is
    instead (missing, a folder, the public key, not a key). Asks nothing."""
    try:
        pem = org_key.read_bytes()
    except IsADirectoryError:
        raise AdminError(
            f"--org-key {org_key} is a folder; name the private key file in it "
            f"({PRIVATE_KEY_FILE})."
        ) from None
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise AdminError(f"The organisation key {org_key} cannot be read ({reason}).") from None
    if b"-----BEGIN PUBLIC KEY-----" in pem:
        raise AdminError(
            f"{org_key} is the organisation's public key; --org-key needs the private key "
            f"file ({PRIVATE_KEY_FILE}), which IT keeps offline."
        )
    if b"PRIVATE KEY-----" not in pem:
        raise AdminError(
            f"{org_key} is not a private key file; --org-key needs the organisation's private "
            f"key ({PRIVATE_KEY_FILE}, made by org-keygen)."
        )
    return pem


def _org_key_password(
    pem: bytes, org_key: Path, reader: Callable[[str], str] | None
) -> bytes | None:
    """Ask for the key's passphrase only if the key is encrypted, and check it opens the key:
    ``AdminError`` for a wrong passphrase or a damaged or foreign key."""
    from coach_app.security import InvalidOrgKey
    from coach_app.security.org_key import load_org_private_key

    password: bytes | None = None
    encrypted = b"ENCRYPTED" in pem
    if encrypted:
        password = _read_secret(f"{ORG_KEY_PASSPHRASE_PROMPT}: ", reader).encode()
    try:
        load_org_private_key(pem, password)
    except InvalidOrgKey:
        if encrypted:
            raise AdminError(
                f"The passphrase for the organisation's private key is wrong ({org_key}). "
                "Nothing was changed."
            ) from None
        raise AdminError(
            f"{org_key} is damaged or not an organisation recovery key (made by org-keygen)."
        ) from None
    return password


def _to_stderr(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def recover(data_dir: Path, org_key: Path, *, reader: Callable[[str], str] | None = None) -> None:
    """Open a device's vault with the organisation's private key and set a new passphrase."""
    folder = DataFolder(data_dir)
    if not Vault.exists(folder.root):
        raise AdminError(f"There is no Coach Companion data in {data_dir} (no vault.json).")
    folder_lock = FolderLock(folder.root)
    try:
        folder_lock.acquire()
    except FolderInUse:
        raise AdminError(
            f"Coach Companion is open for {data_dir}; close it first, then run this again."
        ) from None
    try:
        _recover_held(folder, _read_org_key(org_key), org_key, reader)
    finally:
        folder_lock.release()


def _recover_held(
    folder: DataFolder, private_pem: bytes, org_key: Path, reader: Callable[[str], str] | None
) -> None:
    vault = Vault.load(folder.root)
    password = _org_key_password(private_pem, org_key, reader)
    vault.unlock_with_org_key(private_pem, password)
    try:
        vault.set_passphrase_after_recovery(_checked_passphrase(reader))
    finally:
        vault.lock()


def _new_passphrase(first: str, reader: Callable[[str], str] | None) -> str:
    second = _read_secret("Repeat the new passphrase: ", reader)
    if first != second:
        raise AdminError("The two passphrases are not the same; nothing was changed.")
    return first


def _checked_passphrase(reader: Callable[[str], str] | None) -> str:
    first = _read_secret("New passphrase for this laptop: ", reader)
    strength = assess(first)
    if not strength.acceptable:
        advice = " ".join(filter(None, [strength.warning, *strength.suggestions]))
        raise AdminError(
            f"The passphrase needs at least {MIN_PASSPHRASE_LENGTH} characters and must not be "
            f"easy to guess (zxcvbn score {strength.score} of 4, at least {MIN_SCORE} needed). "
            f"{advice} Nothing was changed."
        )
    return _new_passphrase(first, reader)


def restore_backup_file(
    data_dir: Path,
    backup: Path,
    org_key: Path | None = None,
    *,
    reader: Callable[[str], str] | None = None,
) -> int:
    """Set up an empty data folder (a new laptop) from a backup file, opened with the
    recovery code (asked for) or the organisation's private key; returns the families."""
    from coach_app.security import WrongRecoveryCode
    from coach_app.security.errors import BackupCorrupt
    from coach_app.workspace import Workspace

    if not backup.is_file():
        raise AdminError(f"The backup file {backup} does not exist.")
    folder = DataFolder(data_dir)
    if Vault.exists(folder.root):
        raise AdminError(f"{data_dir} already holds Coach Companion data; choose an empty folder.")
    private_pem: bytes | None = None
    password: bytes | None = None
    code: str | None = None
    if org_key is not None:
        private_pem = _read_org_key(org_key)
        password = _org_key_password(private_pem, org_key, reader)
    else:
        code = _read_secret("Recovery code: ", reader)
    passphrase = _checked_passphrase(reader)
    try:
        workspace = Workspace.restore_on_new_laptop(
            folder,
            backup,
            passphrase,
            recovery_code=code,
            org_private_key_pem=private_pem,
            org_key_password=password,
        )
    except FolderInUse:
        raise AdminError(
            f"Coach Companion is open for {data_dir}; close it first, then run this again."
        ) from None
    except WrongRecoveryCode as exc:
        reason = "it has a typo" if exc.typo else "it does not open this backup"
        if exc.malformed is not None:
            reason = str(exc.malformed)
        raise AdminError(f"The recovery code is not right: {reason}. Nothing was changed.") from exc
    except BackupCorrupt as exc:
        raise AdminError(f"The backup cannot be used: {exc}. Nothing was changed.") from exc
    try:
        return len(workspace.service.list_families())
    finally:
        workspace.close()


def recover_from_server(
    data_dir: Path,
    server_url: str,
    enrolment_code: str | None,
    org_key: Path,
    *,
    reader: Callable[[str], str] | None = None,
    transport: object | None = None,
) -> tuple[int, str]:
    """Set up an empty data folder (a new laptop) from the server's newest backup of the laptop
    the enrolment code names, opened with the organisation's private key; it continues as that
    laptop. Returns the families restored and the new recovery code (docs/decisions/0012)."""
    import httpx

    from coach_app.offsite.client import OffsiteError
    from coach_app.offsite.restore import RestoreProblem, ServerRestore
    from coach_app.security import WrongRecoveryCode
    from coach_app.security.codes import CodeError, parse_enrolment_code
    from coach_app.security.errors import BackupCorrupt
    from coach_app.server_url import check_server_url

    if not enrolment_code:
        raise AdminError("--from-server needs --enrolment-code (a code that names the laptop).")
    url = server_url.strip().rstrip("/")
    url_problem = check_server_url(url)
    if url_problem == "bad_url":
        raise AdminError(
            f"--from-server {server_url!r} is not a server address; give it like "
            "https://coach.example.org."
        )
    if url_problem == "insecure_url":
        raise AdminError(
            f"--from-server {server_url} must start with https:// (plain http:// only for a "
            "server on this computer)."
        )
    try:
        parse_enrolment_code(enrolment_code)
    except CodeError as exc:
        raise AdminError(f"The enrolment code is not right. {_code_words(exc)}") from None
    folder = DataFolder(data_dir)
    if Vault.exists(folder.root):
        raise AdminError(f"{data_dir} already holds Coach Companion data; choose an empty folder.")
    private_pem = _read_org_key(org_key)
    password = _org_key_password(private_pem, org_key, reader)
    passphrase = _checked_passphrase(reader)
    restore = ServerRestore(
        folder, transport=transport if isinstance(transport, httpx.BaseTransport) else None
    )
    try:
        restore.connect(url, enrolment_code)
        workspace, code = restore.finish(
            passphrase, org_private_key_pem=private_pem, org_key_password=password
        )
    except CodeError as exc:
        raise AdminError(f"The enrolment code is not right. {_code_words(exc)}") from exc
    except RestoreProblem as exc:
        raise AdminError(f"{_server_words(exc.code, url)} Nothing was changed.") from exc
    except (BackupCorrupt, WrongRecoveryCode) as exc:
        raise AdminError(f"The backup cannot be used: {exc}. Nothing was changed.") from exc
    except OffsiteError as exc:
        raise AdminError(f"{_server_words(exc.code, url)} Nothing was changed.") from exc
    finally:
        restore.discard()
    try:
        return len(workspace.service.list_families()), code
    finally:
        workspace.close()


def _code_words(error: CodeError) -> str:
    """What is wrong with a typed code, in the words the app's screens use (translatable)."""
    from coach_app.ui.messages import for_code_error

    return for_code_error(error)


def _server_words(code: str, url: str) -> str:
    """A failure of talking to the server at ``url``, in words for the IT person."""
    if code in ("offline", "timeout"):
        return (
            f"The server at {url} could not be reached. Check the address and the network, "
            "then try again."
        )
    if code == "enrolment_refused":
        return (
            f"The server at {url} answered that the enrolment code was refused: it may be "
            "mistyped, used already or expired; ask the project leader for a new one."
        )
    if code == "no_backup":
        return (
            f"The server at {url} has no backup of the laptop this code names. Ask for a code "
            "for the laptop you replace (not for a new one)."
        )
    if code == "unexpected_answer":
        return (
            f"The address {url} answered, but not as a Coach Companion server (a wrong address, "
            "or a network that asks to sign in first)."
        )
    return f"The server at {url} could not be used ({code}); try again later."


__all__ = [
    "AdminError",
    "VaultError",
    "org_keygen",
    "recover",
    "recover_from_server",
    "restore_backup_file",
]
