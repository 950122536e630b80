"""Run every benchmark in this folder (``bench_*.py``) and print their numbers.

Usage: ``.venv/bin/python benchmarks/run.py [--quick] [--only NAME ...]``. ``--quick`` passes
``--quick`` to each benchmark (smaller sizes, for a smoke run). Benchmarks are not timed tests:
they print numbers and ratios against their targets ("ok" or "OVER TARGET") for a person to
read. Each benchmark has its own ``--help``.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(argv: list[str]) -> int:
    scripts = sorted(HERE.glob("bench_*.py"))
    parser = argparse.ArgumentParser(
        description="Run every benchmark in benchmarks/ (bench_*.py) one after the other; "
        "each prints its numbers against its target and the machine's load. "
        "A benchmark's own options: benchmarks/bench_NAME.py --help.",
    )
    parser.add_argument(
        "--quick", action="store_true", help="smaller sizes in every benchmark (a smoke run)"
    )
    parser.add_argument(
        "--only",
        nargs="+",
        metavar="NAME",
        choices=[script.stem.removeprefix("bench_") for script in scripts],
        help="run only these benchmarks: "
        + ", ".join(script.stem.removeprefix("bench_") for script in scripts),
    )
    args = parser.parse_args(argv)
    failures = 0
    for script in scripts:
        if args.only and script.stem.removeprefix("bench_") not in args.only:
            continue
        print(f"\n=== {script.name}", flush=True)
        command = [sys.executable, str(script), *(["--quick"] if args.quick else [])]
        result = subprocess.run(command, check=False)
        failures += result.returncode != 0
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
