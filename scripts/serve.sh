#!/usr/bin/env bash
# One command from a fresh machine to a running judge: set up, then `judge serve`.
#   scripts/serve.sh [--host 0.0.0.0] [--port 8000]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
exec .venv/bin/judge serve "$@"
