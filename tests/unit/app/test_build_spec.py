"""build.spec makes a macOS app bundle (only on macOS) and states the issue's size target."""

from __future__ import annotations

import ast
from pathlib import Path

SPEC = Path(__file__).resolve().parents[3] / "build.spec"


def _bundle_calls(tree: ast.Module) -> list[tuple[ast.Call, ast.If | None]]:
    found: list[tuple[ast.Call, ast.If | None]] = []

    def visit(node: ast.AST, guard: ast.If | None) -> None:
        for child in ast.iter_child_nodes(node):
            inner = child if isinstance(child, ast.If) else guard
            if (
                isinstance(child, ast.Call)
                and isinstance(child.func, ast.Name)
                and child.func.id == "BUNDLE"
            ):
                found.append((child, guard))
            visit(child, inner)

    visit(tree, None)
    return found


def test_macos_builds_an_app_bundle_with_icon_identifier_and_version() -> None:
    calls = _bundle_calls(ast.parse(SPEC.read_text(encoding="utf-8")))
    assert len(calls) == 1
    call, guard = calls[0]
    assert guard is not None
    assert ast.unparse(guard.test) == "sys.platform == 'darwin'"  # Linux/Windows unchanged
    keywords = {k.arg for k in call.keywords}
    assert {"icon", "bundle_identifier", "version"} <= keywords


def test_the_size_target_is_the_issues() -> None:
    text = SPEC.read_text(encoding="utf-8")
    assert "150 MB" not in text
    assert "160 MB" in text


def test_signing_guide_signs_nested_mach_o_found_by_file_and_the_app_last() -> None:
    guide = (SPEC.parent / "docs" / "signing.md").read_text(encoding="utf-8")
    macos = guide.split("## macOS", 1)[1].split("\n## ", 1)[0]
    assert "-name '*.dylib'" not in macos  # misses Mach-O files without an extension
    assert "grep -q 'Mach-O'" in macos
    assert "Coach Companion.app" in macos
    assert 'codesign --force --timestamp --options runtime --sign "$IDENTITY" "$APP"' in macos
