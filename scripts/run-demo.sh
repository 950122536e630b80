#!/usr/bin/env bash
# Set up and start the desktop app on the demo data folder (synthetic families; no server).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "$(id -u)" -eq 0 ]; then bash scripts/install-system-deps.sh; fi
bash scripts/setup-venv.sh
.venv/bin/python -m coach_app.i18n.build
.venv/bin/python -m coach_app.ui.resources_build
exec .venv/bin/coach-app --demo "$@"
