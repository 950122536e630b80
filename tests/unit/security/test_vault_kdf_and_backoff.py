from __future__ import annotations

import pytest

from coach_app.security import (
    MAX_MEMORY_KIB,
    MIN_MEMORY_KIB,
    KdfParams,
    TooManyAttempts,
    UnlockBackoff,
    Vault,
    WrongPassphrase,
    calibrate_kdf,
)

PASSPHRASE = "paard batterij nietje 42"  # as in conftest.py


class FakeClock:
    def __init__(self, now: float = 1000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def test_kdf_params_default_to_the_floor_and_reject_less() -> None:
    assert KdfParams() == KdfParams(memory_kib=65536, iterations=3, lanes=4)
    with pytest.raises(ValueError, match="memory"):
        KdfParams(memory_kib=MIN_MEMORY_KIB - 1)
    with pytest.raises(ValueError, match="memory"):
        KdfParams(memory_kib=MAX_MEMORY_KIB + 1)
    with pytest.raises(ValueError, match="iterations"):
        KdfParams(iterations=0)


def test_create_rejects_kdf_below_the_floor(tmp_path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValueError, match="memory"):
        Vault.create(tmp_path, PASSPHRASE, kdf=KdfParams(memory_kib=1024))
    assert not Vault.exists(tmp_path)


def test_calibration_scales_memory_to_the_target_time() -> None:
    ticks = iter([0.0, 0.1])  # the 64 MiB probe "takes" 0.1 s
    params = calibrate_kdf(0.5, clock=lambda: next(ticks))
    assert params.memory_kib == 5 * MIN_MEMORY_KIB
    assert (params.iterations, params.lanes) == (3, 4)


def test_calibration_stays_within_floor_and_cap() -> None:
    slow = iter([0.0, 2.0])
    assert calibrate_kdf(0.5, clock=lambda: next(slow)).memory_kib == MIN_MEMORY_KIB
    fast = iter([0.0, 0.001])
    assert calibrate_kdf(0.5, clock=lambda: next(fast)).memory_kib == MAX_MEMORY_KIB


def test_real_calibration_never_goes_below_the_floor() -> None:
    assert calibrate_kdf(0.01).memory_kib == MIN_MEMORY_KIB


def test_backoff_delays_grow_exponentially_and_are_capped() -> None:
    clock = FakeClock()
    backoff = UnlockBackoff(clock=clock)
    delays = []
    for _ in range(12):
        backoff.check()
        backoff.record_failure()
        delays.append(backoff.current_delay())
        clock.now += backoff.current_delay()
    # Three failures are free; the attempt after the third must wait 2 s, then 4, 8 ...
    assert delays == [0, 0, 2, 4, 8, 16, 32, 64, 128, 256, 300, 300]
    backoff.record_failure()
    with pytest.raises(TooManyAttempts) as caught:
        backoff.check()
    assert caught.value.retry_after_seconds == 300
    clock.now += 300
    backoff.check()


def test_unlock_backs_off_after_three_wrong_passphrases_without_running_the_kdf(
    created,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    folder, _, _ = created
    clock = FakeClock()
    vault = Vault.load(folder, backoff=UnlockBackoff(clock=clock))
    for _ in range(3):
        with pytest.raises(WrongPassphrase):
            vault.unlock("wrong")
    # The fourth attempt comes too early: refused before any key derivation.
    import coach_app.security.vault as vault_module

    def no_kdf(*args: object) -> bytes:
        raise AssertionError("the KDF must not run while backing off")

    monkeypatch.setattr(vault_module, "derive_passphrase_key", no_kdf)
    with pytest.raises(TooManyAttempts) as caught:
        vault.unlock(PASSPHRASE)
    assert caught.value.retry_after_seconds == pytest.approx(2.0)
    clock.now += 1.5
    with pytest.raises(TooManyAttempts) as caught:
        vault.unlock(PASSPHRASE)
    assert caught.value.retry_after_seconds == pytest.approx(0.5)
    monkeypatch.undo()

    clock.now += 0.5
    with pytest.raises(WrongPassphrase):
        vault.unlock("wrong again")
    with pytest.raises(TooManyAttempts) as caught:
        vault.unlock(PASSPHRASE)
    assert caught.value.retry_after_seconds == pytest.approx(4.0)

    clock.now += 4.0
    vault.unlock(PASSPHRASE)
    assert not vault.is_locked
    vault.lock()
    with pytest.raises(WrongPassphrase):  # success reset the count: attempts are free again
        vault.unlock("wrong")
    vault.unlock(PASSPHRASE)
