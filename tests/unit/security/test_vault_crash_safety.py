"""SIGKILL during passphrase changes never leaves the vault unopenable."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from coach_app.security import KdfParams, Vault, WrongPassphrase

# Unlocks with the recovery code, then changes the passphrase to pass-<n+1>, pass-<n+2>, ...
# printing each number once the change is on disk.
HELPER = """
import sys
from coach_app.security import Vault
folder, code, start = sys.argv[1], sys.argv[2], int(sys.argv[3])
vault = Vault.load(folder)
vault.unlock_with_recovery_code(code)
print("ready", flush=True)
number = start
while True:
    number += 1
    vault.change_passphrase(f"pass-{number}")
    print(number, flush=True)
"""

KILLS = 50


def opens_with(folder: Path, passphrase: str) -> bytes | None:
    vault = Vault.load(folder)
    try:
        vault.unlock(passphrase)
    except WrongPassphrase:
        return None
    return bytes(vault.dek)


def wait_for_changes(process: subprocess.Popen[str], count: int) -> tuple[list[int], float]:
    """Read ``count`` reported changes; return them and the duration of the last one (s)."""
    assert process.stdout is not None
    reported: list[int] = []
    last_duration = 0.0
    previous = time.monotonic()
    while len(reported) < count:
        line = process.stdout.readline()
        assert line, f"the helper ended after {len(reported)} change(s)"
        reported.append(int(line))
        now = time.monotonic()
        last_duration, previous = now - previous, now
    return reported, last_duration


@pytest.mark.slow
def test_sigkill_during_passphrase_changes(tmp_path: Path, fast_kdf: KdfParams) -> None:
    """Each kill lands after the helper reported its N-th change (N = 0..2, so some kills
    come before any change) plus a random part of one change's duration as measured in that
    run, so kills fall anywhere in a change however slow the machine is: the test waits for
    progress, never for a fixed time."""
    vault, code = Vault.create(tmp_path, "pass-0", kdf=fast_kdf)
    key = bytes(vault.dek)
    vault.lock()
    rng = random.Random(20240611)
    current = 0
    changes_waited_for = 0
    landed_mid_run = 0
    for _ in range(KILLS):
        process = subprocess.Popen(
            [sys.executable, "-c", HELPER, str(tmp_path), code, str(current)],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "ready"
        wanted = rng.randint(0, 2)
        reported, duration = wait_for_changes(process, wanted)
        changes_waited_for += wanted
        # A random moment within the next change (one change took ``duration`` just now).
        time.sleep(rng.uniform(0.0, duration))  # jitter only; correctness never depends on it
        process.send_signal(signal.SIGKILL)
        process.wait()
        reported += [int(line) for line in process.stdout.read().split()]
        process.stdout.close()
        assert reported == list(range(current + 1, current + 1 + len(reported)))
        last = reported[-1] if reported else current
        landed_mid_run += bool(reported)

        # The last reported change is durable; the next one may or may not have landed.
        survivors = [
            number for number in (last, last + 1) if opens_with(tmp_path, f"pass-{number}") == key
        ]
        assert len(survivors) == 1, f"after kill with last change {last}: {survivors}"
        current = survivors[0]
        recovered = Vault.load(tmp_path)
        recovered.unlock_with_recovery_code(code)
        assert bytes(recovered.dek) == key
    assert current >= changes_waited_for  # every change waited for is on disk, in order
    assert landed_mid_run >= KILLS // 2  # most kills came after changes, not only before
    leftovers = [path.name for path in tmp_path.iterdir() if path.name != "vault.json"]
    assert len(leftovers) <= 1  # at most the temp file of the last killed writer


def test_a_failed_replace_leaves_the_old_file_and_no_temp_file(
    tmp_path: Path, fast_kdf: KdfParams, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault, _ = Vault.create(tmp_path, "pass-0", kdf=fast_kdf)
    before = (tmp_path / "vault.json").read_bytes()

    def failing_replace(src: object, dst: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr("coach_app.security._atomic.os.replace", failing_replace)
    with pytest.raises(OSError, match="disk full"):
        vault.change_passphrase("pass-1")
    monkeypatch.undo()
    assert sorted(path.name for path in tmp_path.iterdir()) == ["vault.json"]
    assert (tmp_path / "vault.json").read_bytes() == before
    assert opens_with(tmp_path, "pass-0") is not None
    # The in-memory vault still matches the file: a later change works.
    vault.change_passphrase("pass-2")
    assert opens_with(tmp_path, "pass-2") is not None
