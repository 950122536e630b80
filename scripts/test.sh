#!/usr/bin/env bash
# Set up and run every check CI runs: lint, format, types, layering, translations, the test
# suite (unit, qt, integration with a throwaway PostgreSQL, e2e incl. the frozen build).
set -euo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"

bash scripts/setup-venv.sh dev
step() { printf '\n== %s\n' "$*"; }

step "ruff"
.venv/bin/ruff check .
.venv/bin/ruff format --check .
step "mypy"
.venv/bin/mypy
step "import-linter (layering of DESIGN.md section 2)"
.venv/bin/lint-imports
step "translations"
.venv/bin/python -m coach_app.i18n.build --check
step "resources (icons, stylesheet, user guide)"
.venv/bin/python -m coach_app.ui.resources_build
step "pytest"
.venv/bin/python -m pytest "$@"
