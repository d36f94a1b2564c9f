#!/usr/bin/env bash
# Builds the gateway/worker image `judge:latest` from the top-level Dockerfile.
# The wheels are made here first (with this machine's settings, proxies and certificates), so the
# image build itself needs no access to PyPI or npm; the judge's wheel carries the built editor.
#   scripts/build-image.sh [TAG]
set -euo pipefail
cd "$(dirname "$0")/.."
tag="${1:-judge:latest}"
rm -rf build/wheels
python=python3; [ -x .venv/bin/python ] && python=.venv/bin/python
"$python" -m pip wheel -q --wheel-dir build/wheels . >/dev/null
docker build -q -t "$tag" . >/dev/null
echo "built $tag"
