#!/usr/bin/env bash
# Set-up command 2: install detente with its test extras into .venv and run the whole test suite.
set -euo pipefail
source "$(dirname "$0")/setup.sh" test
# The browser tests drive Debian's chromium through Playwright (which cannot download browsers here).
if [ ! -x /usr/bin/chromium ]; then
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi
.venv/bin/ruff check .
.venv/bin/python -m pytest "$@"
