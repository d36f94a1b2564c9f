#!/usr/bin/env bash
# Builds the web editor: installs web/'s npm packages (CodeMirror, marked, DOMPurify, esbuild) and
# bundles web/src into judge/web/static/app.js and app.css. Skipped when nothing changed since
# the last build.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v npm >/dev/null; then
  echo "build-web.sh: npm is missing (Node.js 18+ is needed to build the editor)" >&2
  exit 1
fi
stamp="web/.built-$(cat web/package.json web/package-lock.json web/build.mjs $(find web/src -type f | sort) | sha256sum | cut -c1-16)"
if [ -f "$stamp" ] && [ -f judge/web/static/app.js ] && [ -f judge/web/static/app.css ]; then
  echo "==> web editor up to date"
  exit 0
fi
echo "==> building the web editor"
(cd web && npm ci --no-audit --no-fund --loglevel=error && npm run build --silent)
rm -f web/.built-*
touch "$stamp"
