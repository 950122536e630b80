"""Run every benchmark in this folder (``bench_*.py``) and print their ratios.

Usage: ``.venv/bin/python benchmarks/run.py [--quick]``. ``--quick`` passes ``--quick`` to each
benchmark (smaller sizes, for a smoke run). Benchmarks are not timed tests: they print numbers
and ratios against a baseline for a person to read.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(argv: list[str]) -> int:
    failures = 0
    for script in sorted(HERE.glob("bench_*.py")):
        print(f"\n=== {script.name}", flush=True)
        result = subprocess.run([sys.executable, str(script), *argv], check=False)
        failures += result.returncode != 0
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
