"""Back-off after repeated wrong passphrases (kept in memory, never in the vault file)."""

from __future__ import annotations

import time
from collections.abc import Callable

from coach_app.security.errors import TooManyAttempts

__all__ = ["UnlockBackoff"]


class UnlockBackoff:
    """Counts wrong passphrases and says when the next attempt may run.

    The first ``free_attempts`` failures cost nothing; after failure number
    ``free_attempts + k`` (k >= 0) the next attempt must wait ``first_delay * 2**k`` seconds,
    at most ``max_delay``. A success resets the count. ``clock`` is injectable for tests.
    """

    def __init__(
        self,
        *,
        clock: Callable[[], float] = time.monotonic,
        free_attempts: int = 3,
        first_delay: float = 2.0,
        max_delay: float = 300.0,
    ) -> None:
        self._clock = clock
        self._free_attempts = free_attempts
        self._first_delay = first_delay
        self._max_delay = max_delay
        self._failures = 0
        self._last_failure = 0.0

    @property
    def failures(self) -> int:
        return self._failures

    def current_delay(self) -> float:
        """The wait required after the latest failure (0 while attempts are free)."""
        excess = self._failures - self._free_attempts
        if excess < 0:
            return 0.0
        return float(min(self._first_delay * 2.0 ** min(excess, 64), self._max_delay))

    def check(self) -> None:
        """Raise ``TooManyAttempts`` if an attempt now would come too early."""
        remaining = self._last_failure + self.current_delay() - self._clock()
        if self.current_delay() > 0 and remaining > 0:
            raise TooManyAttempts(remaining)

    def record_failure(self) -> None:
        self._failures += 1
        self._last_failure = self._clock()

    def record_success(self) -> None:
        self._failures = 0
        self._last_failure = 0.0
