# Shared by scripts/run.sh and scripts/test.sh: create or refresh .venv and install detente into it.
# Usage: source scripts/setup.sh [EXTRAS]   (EXTRAS e.g. "test")
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PYTHON="${PYTHON:-python3.11}"
command -v "$PYTHON" >/dev/null 2>&1 || PYTHON=python3
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip >/dev/null 2>&1 || true
SPEC="."
if [ -n "${1:-}" ]; then SPEC=".[$1]"; fi
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e "$SPEC"
