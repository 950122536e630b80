"""The resources command builds every icon, the app icon for every platform, the stylesheet,
the guide and the deployment template, and the app finds them at run time."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QResource
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from coach_app.deployment import _KNOWN, load
from coach_app.ui import resources, resources_build

SOURCES = resources_build.SOURCES


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("resources")
    resources_build.build(out)
    return out


def test_every_platform_gets_its_app_icon(built: Path) -> None:
    with Image.open(built / "coach-companion.ico") as ico:
        assert set(resources_build.ICO_SIZES) <= {w for w, _ in ico.info["sizes"]}
    with Image.open(built / "coach-companion.icns") as icns:
        assert {16, 32, 128, 256, 512} <= {size[0] for size in icns.info["sizes"]}
    for size in resources_build.APP_ICON_SIZES:
        with Image.open(built / f"coach-companion-{size}.png") as png:
            assert png.size == (size, size)


def test_the_resource_file_holds_every_icon_the_style_and_the_guide(
    built: Path, qapp: QApplication
) -> None:
    rcc = str(built / resources_build.RCC_NAME)
    resources.register()  # the suite's own copy; the one built here must hold the same names
    assert QResource.registerResource(rcc, "/built")
    try:
        for svg in (SOURCES / "icons").glob("*.svg"):
            for name in (f"{svg.stem}.png", f"{svg.stem}@2x.png"):
                assert QResource(f":/built/coach/icons/{name}").isValid(), name
        assert QResource(":/built/coach/style.qss").isValid()
        for page in resources_build.GUIDE.glob("*.md"):
            assert QResource(f":/built/coach/guide/{page.name}").isValid(), page.name
    finally:
        QResource.unregisterResource(rcc, "/built")


def test_the_app_has_its_icon_and_style(qapp: QApplication) -> None:
    assert resources.apply_theme(qapp)
    assert not qapp.windowIcon().isNull()
    assert "nav\\.list" in qapp.styleSheet()
    assert not resources.icon("today").isNull()
    assert isinstance(resources.icon("no-such-icon"), QIcon)


def test_the_deployment_template_is_a_valid_deployment_file(built: Path) -> None:
    template = built / "deployment.template.toml"
    assert template.read_bytes() == (SOURCES / "deployment.template.toml").read_bytes()
    deployment = load(template)
    assert deployment.server_url == "https://coach.example.org"
    assert deployment.auto_lock_max_minutes == 5
    # Every setting the app knows is explained in the template (set or commented out).
    text = template.read_text(encoding="utf-8")
    for section, keys in _KNOWN.items():
        assert f"[{section}]" in text, section
        for key in keys:
            assert re.search(rf"^#? ?{key} =", text, re.MULTILINE), f"{section}.{key}"
