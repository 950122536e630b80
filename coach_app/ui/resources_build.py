"""Build the app's resources from the top-level ``resources/`` folder and the user guide.

Usage: ``python -m coach_app.ui.resources_build [--out DIR]`` (default ``coach_app/resources``).

Writes, all generated and never committed:

- ``coach.rcc``: a binary Qt resource file with the icons (rasterised from ``resources/icons/
  *.svg`` at 32 and 64 px, so the app needs no SVG support at run time), the app icon in every
  size, ``style.qss``, the user guide (``docs/user-guide/*.md``) and the screenshots it shows;
- ``coach-companion.ico`` (Windows: 16-256 px), ``coach-companion.icns`` (macOS: 16-512 px)
  and ``coach-companion-<size>.png`` (Linux desktop files) for installers and build.spec;
- ``deployment.template.toml``: the template IT staff fill in (copied as it is).

The app registers ``coach.rcc`` at start (``coach_app.ui.resources``); the frozen build
bundles it (build.spec).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

import PySide6

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ROOT / "resources"
GUIDE = ROOT / "docs" / "user-guide"
DEFAULT_OUT = ROOT / "coach_app" / "resources"
ICON_SIZES = (32, 64)  # name.png and name@2x.png: Qt picks the sharper one on HiDPI screens
APP_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
RCC_NAME = "coach.rcc"
_IMAGE = re.compile(r"!\[[^\]]*\]\(([^)\s]+)\)")


def _rcc() -> str:
    package = Path(PySide6.__file__).resolve().parent
    for bundled in (package / "rcc", package / "Qt" / "libexec" / "rcc", package / "rcc.exe"):
        if bundled.is_file():
            return str(bundled)
    found = shutil.which("pyside6-rcc") or shutil.which("rcc")
    if found is None:
        raise SystemExit("cannot find Qt's rcc tool (install PySide6-Essentials)")
    return found


def _render(svg: Path, size: int, target: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg} is not a valid SVG file")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    if not image.save(str(target)):
        raise SystemExit(f"could not write {target}")


def _write_installer_icons(pngs: dict[int, Path], out: Path) -> list[Path]:
    """``coach-companion.ico`` and ``.icns`` from the rendered PNGs (Pillow: Qt's own image
    plugins write one size per file). Without Pillow (installed by the ``dev`` extra) they are
    skipped with a note: only installers need them."""
    try:
        from PIL import Image
    except ImportError:
        print("note: Pillow is not installed, so no .ico/.icns (pip install -e '.[dev]')")
        return []
    images = {size: Image.open(path).convert("RGBA") for size, path in pngs.items()}
    largest = images[max(images)]
    ico = out / "coach-companion.ico"
    largest.save(
        ico,
        format="ICO",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[images[s] for s in ICO_SIZES if s in images],
    )
    icns = out / "coach-companion.icns"
    largest.save(icns, format="ICNS", append_images=list(images.values()))
    return [ico, icns]


def guide_files() -> tuple[list[Path], list[Path]]:
    """The guide's Markdown files and the images they show (paths must exist)."""
    pages = sorted(GUIDE.glob("*.md"))
    images: set[Path] = set()
    for page in pages:
        for link in _IMAGE.findall(page.read_text(encoding="utf-8")):
            image = (page.parent / link).resolve()
            if not image.is_file():
                raise SystemExit(f"{page.name} shows {link}, which does not exist")
            images.add(image)
    return pages, sorted(images)


def build(out: Path) -> Path:
    """Build everything into ``out``; returns the .rcc file's path."""
    from PySide6.QtGui import QGuiApplication

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    out.mkdir(parents=True, exist_ok=True)
    entries: list[tuple[str, Path]] = []  # (alias inside :/coach, file)
    with tempfile.TemporaryDirectory(prefix="coach-resources-") as scratch_name:
        scratch = Path(scratch_name)
        for svg in sorted((SOURCES / "icons").glob("*.svg")):
            for size in ICON_SIZES:
                suffix = "" if size == ICON_SIZES[0] else "@2x"
                png = scratch / f"{svg.stem}{suffix}.png"
                _render(svg, size, png)
                entries.append((f"icons/{png.name}", png))
        app_pngs: dict[int, Path] = {}
        for size in APP_ICON_SIZES:
            png = out / f"coach-companion-{size}.png"
            _render(SOURCES / "app-icon.svg", size, png)
            app_pngs[size] = png
            entries.append((f"app/coach-companion-{size}.png", png))
        _write_installer_icons(app_pngs, out)
        entries.append(("style.qss", SOURCES / "style.qss"))
        shutil.copyfile(SOURCES / "deployment.template.toml", out / "deployment.template.toml")
        pages, images = guide_files()
        entries += [(f"guide/{page.name}", page) for page in pages]
        entries += [(f"screenshots/{image.name}", image) for image in images]

        qrc = scratch / "coach.qrc"
        files = "\n".join(
            f'    <file alias="{escape(alias)}">{escape(str(path))}</file>'
            for alias, path in entries
        )
        qrc.write_text(
            f'<!DOCTYPE RCC><RCC version="1.0">\n<qresource prefix="/coach">\n{files}\n'
            "</qresource>\n</RCC>\n",
            encoding="utf-8",
        )
        target = out / RCC_NAME
        subprocess.run([_rcc(), "--binary", str(qrc), "-o", str(target)], check=True)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder")
    args = parser.parse_args(argv)
    target = build(args.out)
    print(f"built {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
