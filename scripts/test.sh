#!/usr/bin/env bash
# One command from a fresh machine to a passing test suite (what CI runs): set up with the test
# tools, lint, then every test, the end-to-end ones through the real sandbox included.
#   scripts/test.sh [pytest arguments]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
.venv/bin/ruff check judge tests bench
.venv/bin/python -m pytest "$@"
