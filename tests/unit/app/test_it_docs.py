"""What IT reads: the console program on Windows, and full-disk encryption."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def test_readme_tells_it_to_use_the_console_program_on_windows() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "coach-app-cli.exe" in readme
    assert "coach-app-cli --self-test" in readme
    signing = (ROOT / "docs" / "signing.md").read_text(encoding="utf-8")
    assert "coach-app-cli --self-test" in signing


def test_memory_security_decision_points_at_the_full_disk_encryption_advice() -> None:
    decision = (ROOT / "docs/decisions/0006-sqlcipher-memory-security.md").read_text("utf-8")
    assert "deployment guide" not in decision
    cited = re.search(r"(README\.md) \(section \"([^\"]+)\"\)", decision.replace("\n  ", " "))
    assert cited is not None
    document = (ROOT / cited.group(1)).read_text(encoding="utf-8")
    section = document.split(f"### {cited.group(2)}\n", 1)[1].split("\n#", 1)[0]
    assert "full-disk encryption" in section
    assert all(name in section for name in ("BitLocker", "FileVault", "LUKS"))
