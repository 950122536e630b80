"""Build the ``.qm`` translation files from the ``.ts`` sources (``--update``: refresh sources).

Usage: ``python -m coach_app.i18n.build [--update] [--check]``. ``--check`` fails when a
Dutch, Turkish or English entry is unfinished or empty.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import PySide6

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "translations"
UI_SOURCES = [HERE.parent / "ui", HERE.parent / "reporting", HERE.parent / "app.py"]
LANGUAGES = ("nl", "tr", "en")


def _tool(name: str) -> str:
    bundled = Path(PySide6.__file__).resolve().parent / name
    if bundled.is_file():
        return str(bundled)
    found = shutil.which(f"pyside6-{name}") or shutil.which(name)
    if found is None:
        raise SystemExit(f"cannot find Qt's {name} tool (install PySide6-Essentials)")
    return found


def ts_files() -> list[Path]:
    return [SOURCES / f"coach_{lang}.ts" for lang in LANGUAGES]


def unfinished(ts: Path) -> list[str]:
    """Source texts whose translation is unfinished or empty."""
    problems = []
    for message in ET.parse(ts).getroot().iter("message"):  # noqa: S314 - our own .ts files
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            problems.append(source)
            continue
        kind = translation.get("type")
        if kind in ("obsolete", "vanished"):
            continue
        has_text = bool(translation.text) or len(translation) > 0
        if kind == "unfinished" or not has_text:
            problems.append(source)
    return problems


def update() -> None:
    sources = [str(p) for p in UI_SOURCES if p.exists()]
    files = [str(p) for p in ts_files()]
    subprocess.run(
        [
            _tool("lupdate"),
            "-extensions",
            "py",
            "-no-obsolete",
            "-locations",
            "none",
            *sources,
            "-ts",
            *files,
        ],
        check=True,
        stdout=subprocess.DEVNULL,
    )


def release() -> None:
    for ts in ts_files():
        qm = ts.with_suffix(".qm")
        subprocess.run(
            [_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)],
            check=True,
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--update", action="store_true", help="refresh .ts files from code")
    parser.add_argument("--check", action="store_true", help="fail on unfinished entries")
    args = parser.parse_args(argv)
    if args.update:
        update()
    if args.check:
        bad = {ts.name: unfinished(ts) for ts in ts_files()}
        bad = {name: texts for name, texts in bad.items() if texts}
        if bad:
            for name, texts in bad.items():
                print(f"{name}: {len(texts)} unfinished, e.g. {texts[0]!r}", file=sys.stderr)
            return 1
    release()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
