"""How strong a passphrase is, by zxcvbn (Dropbox's estimator, also used by KeePassXC and
Bitwarden), and whether the app accepts it. Qt-free; the UI translates the feedback.

Rule (first run, a new passphrase after recovery, changing it in Settings, ``coach-app
recover``): at least ``MIN_LENGTH`` characters, and a zxcvbn score of at least ``MIN_SCORE``
(3, "safely unguessable: moderate protection from an offline slow-hash scenario", i.e. about
10^10 guesses; source: zxcvbn's README and Wheeler, "zxcvbn: Low-Budget Password Strength
Estimation", USENIX Security 2016). The vault's Argon2id makes each guess cost about half a
second, so score 3 is years of guessing on one machine. zxcvbn scores at most the first
``ZXCVBN_MAX_LENGTH`` characters (its own limit); longer passphrases are scored on those.

``feedback`` and ``warning`` are zxcvbn's English texts (a fixed set); the UI maps them to
translated strings (``coach_app.ui.passphrase_feedback``) and shows them as they are otherwise.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

__all__ = ["MIN_LENGTH", "MIN_SCORE", "Strength", "assess"]

MIN_LENGTH = 10
MIN_SCORE = 3
ZXCVBN_MAX_LENGTH = 72
_APP_WORDS = ("coach", "companion", "coachcompanion", "passphrase", "wachtwoord", "parola")


@dataclass(frozen=True)
class Strength:
    """``score`` 0-4 (zxcvbn); ``acceptable`` by the rule above; ``too_short``; zxcvbn's English
    ``warning`` ("" if none) and ``suggestions``."""

    score: int
    acceptable: bool
    too_short: bool
    warning: str
    suggestions: tuple[str, ...]


def assess(passphrase: str, user_inputs: Iterable[str] = ()) -> Strength:
    """Score ``passphrase``; ``user_inputs`` are words it should not be built from (the
    organisation's name, for example)."""
    if not passphrase:
        return Strength(0, False, True, "", ())
    words = [*_APP_WORDS, *(w for w in user_inputs if w)]
    from zxcvbn import zxcvbn  # its dictionaries load when a passphrase is first judged

    result = zxcvbn(passphrase[:ZXCVBN_MAX_LENGTH], user_inputs=words)
    score = int(result["score"])
    feedback = result.get("feedback") or {}
    too_short = len(passphrase) < MIN_LENGTH
    return Strength(
        score=score,
        acceptable=not too_short and score >= MIN_SCORE,
        too_short=too_short,
        warning=str(feedback.get("warning") or ""),
        suggestions=tuple(str(s) for s in feedback.get("suggestions") or ()),
    )
