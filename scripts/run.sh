#!/usr/bin/env bash
# Set-up command 1: install detente into .venv and run the main job on the sample articles.
set -euo pipefail
source "$(dirname "$0")/setup.sh"
SAMPLES="${SAMPLES:-../shared/samples}"
DB="${DB:-detente.duckdb}"
.venv/bin/detente ingest "$SAMPLES" --db "$DB"
.venv/bin/detente stats --db "$DB"
