#!/usr/bin/env bash
# Seeds a running judge with demo submissions: every shipped problem's accepted and wrong
# solutions, so a new instance has verdicts to look at. They belong to the admin user `demo`
# (made by `judge token create` on JUDGE_DATABASE_URL, so run it where the judge's settings are):
# an admin, because several hundred submissions are far over a user's quotas.
#   seeds/demo.sh [http://127.0.0.1:8000]
set -euo pipefail
cd "$(dirname "$0")/.."
base="${1:-http://127.0.0.1:8000}"
token=$(.venv/bin/judge token create --user demo --admin --name seeds | tail -1)
for solution in problems/*/solutions/*/*; do
  problem=$(echo "$solution" | cut -d/ -f2)
  case "$solution" in
    *.py) language=python ;; *.cpp) language=cpp ;; *.c) language=c ;; *.java) language=java ;;
    *.js) language=javascript ;; *.go) language=go ;; *.rs) language=rust ;; *.rb) language=ruby ;;
    *) continue ;;
  esac
  body=$(python3 -c 'import json,sys; print(json.dumps({"problem": sys.argv[1], "language": sys.argv[2], "source": open(sys.argv[3]).read()}))' \
    "$problem" "$language" "$solution")
  printf '%-60s ' "$solution"
  curl -sf -X POST "$base/api/v1/submissions" -H "Authorization: Bearer $token" -H 'content-type: application/json' \
    -d "$body"
  echo
done
