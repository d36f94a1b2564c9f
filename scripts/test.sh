#!/usr/bin/env bash
# One command from a fresh machine to a passing test suite (what CI runs): set up with the test
# tools, lint, then every test (the end-to-end ones through the real sandbox included), then
# `judge check problems/`.
#   scripts/test.sh [pytest arguments]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
.venv/bin/ruff check judge tests bench
.venv/bin/python -m pytest "$@"
# The shipped problem set, checked as a problem author's CI checks it (.github/workflows/problems.yml):
# every solution's verdict, generators, validators, time-limit margins; and the study plans against
# it. Only on a full run. A package unchanged since it passed on this machine is not judged again.
if [ "$#" -eq 0 ]; then
  JUDGE_RUNNER=local .venv/bin/judge check problems/ --plans seeds/plans --junit build/check-problems.xml
  # The database-backed tests again on PostgreSQL, with the multi-worker crash and shutdown tests.
  scripts/postgres.sh
  JUDGE_TEST_DATABASE_URL="$(cat .postgres/test-url)" .venv/bin/python -m pytest tests/unit tests/api tests/postgres
fi
