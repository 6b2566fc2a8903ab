#!/usr/bin/env bash
# Set-up command 2: install detente with its test extras into .venv and run the whole test suite.
set -euo pipefail
source "$(dirname "$0")/setup.sh" test
.venv/bin/ruff check .
.venv/bin/python -m pytest "$@"
