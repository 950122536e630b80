"""Suite-wide settings: Qt runs offscreen on a 1366x768 screen (the coaches' laptops); no test
reads the developer's own settings."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path


def _laptop_screen() -> str:
    """An offscreen-platform configuration with one 1366x768 screen at 96 dpi."""
    config = Path(tempfile.gettempdir()) / "coach-tests-offscreen-1366x768.json"
    screen = {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768}
    screen.update({"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1})
    text = json.dumps({"screens": [screen]})
    if not config.is_file() or config.read_text(encoding="utf-8") != text:
        config.write_text(text, encoding="utf-8")
    return f"offscreen:configfile={config}"


# CI's scripts/test.sh exports a bare "offscreen" (800x800 screen): give it the laptop's screen.
# A platform chosen on purpose (xcb under Xvfb, offscreen with a configuration) is kept.
if os.environ.get("QT_QPA_PLATFORM", "offscreen") in ("", "offscreen"):
    os.environ["QT_QPA_PLATFORM"] = _laptop_screen()
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
