"""Shared pieces of the benchmarks: verdict lines against the real targets, percentiles, and
switching SQLCipher's memory security on for a whole process (to measure the other setting).

Not a benchmark itself (``run.py`` runs ``bench_*.py`` only).
"""

from __future__ import annotations

import os
import statistics
from collections.abc import Sequence

import sqlcipher3.dbapi2 as sqlcipher


def description(doc: str | None) -> str:
    """A benchmark's ``--help`` description: the first paragraph of its docstring, whole
    (its first line alone stops mid-sentence)."""
    return " ".join((doc or "").strip().split("\n\n")[0].split())


def verdict(ok: bool) -> str:
    return "ok" if ok else "OVER TARGET"


def time_line(label: str, value_ms: float, target_ms: float, width: int = 56) -> str:
    """``label: 123.4 ms (target < 150 ms) ok``: the real target, never a looser bar."""
    return (
        f"{label:<{width}}: {value_ms:8.1f} ms  (target < {target_ms:g} ms)  "
        f"{verdict(value_ms < target_ms)}"
    )


def ratio_line(label: str, ratio: float, target: float | None = None, width: int = 56) -> str:
    if target is None:
        return f"{label:<{width}}: {ratio:8.2f}x"
    return f"{label:<{width}}: {ratio:8.2f}x  (target <= {target:g}x)  {verdict(ratio <= target)}"


def p95(samples: Sequence[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def median(samples: Sequence[float]) -> float:
    return statistics.median(samples)


def force_memory_security_on() -> None:
    """Turn SQLCipher's memory security on for this process, whatever the app sets.

    Since SQLCipher 4.5 the setting is process-wide and, once on, cannot be turned off for the
    life of the process: switching it on here, before the app opens its database, measures the
    app exactly as it would run with ``PRAGMA cipher_memory_security = ON``.
    """
    connection = sqlcipher.connect(":memory:")
    connection.execute("PRAGMA key = 'benchmark'")
    connection.execute("PRAGMA cipher_memory_security = ON").fetchall()
    connection.close()


def memory_security(connection: sqlcipher.Connection) -> str:
    value = connection.execute("PRAGMA cipher_memory_security").fetchone()[0]
    return "on" if str(value) == "1" else "off"


def machine_line() -> str:
    """The machine's load while measuring: numbers taken on a busy machine read high."""
    cores = os.cpu_count() or 0
    try:
        load = ", ".join(f"{v:.1f}" for v in os.getloadavg())
    except OSError:
        load = "unknown"
    return f"machine: {cores} cores, load average {load}"
