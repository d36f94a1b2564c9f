#!/usr/bin/env bash
# Builds the gateway/worker image `judge:latest` from the top-level Dockerfile.
# Wheels and the editor's npm packages are fetched here first (with this machine's settings,
# proxies and certificates), so the image build itself needs no access to PyPI or npm.
#   scripts/build-image.sh [TAG]
set -euo pipefail
cd "$(dirname "$0")/.."
tag="${1:-judge:latest}"
scripts/build-web.sh  # fills web/node_modules, which the image's web stage bundles from
rm -rf build/wheels
python=python3; [ -x .venv/bin/python ] && python=.venv/bin/python
"$python" -m pip wheel -q --wheel-dir build/wheels . >/dev/null
docker build -q -t "$tag" . >/dev/null
echo "built $tag"
