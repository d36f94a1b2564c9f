#!/usr/bin/env bash
# Installs what the judge needs on Debian 12 / Ubuntu 24.04: the sandbox (bubblewrap), the eight
# toolchains, a Python venv with the judge in it. Safe to run again: finished steps are skipped.
#
#   scripts/setup.sh              system packages, Docker and the runner image, .venv with the judge
#   scripts/setup.sh --test       the same, plus the test tools
#   scripts/setup.sh --no-docker  without Docker (the judge then uses its bubblewrap sandbox)
set -euo pipefail
cd "$(dirname "$0")/.."

with_test=0
with_docker=1
for arg in "$@"; do
  case "$arg" in
    --test) with_test=1 ;;
    --no-docker) with_docker=0 ;;
    *) echo "setup.sh: unknown option $arg" >&2; exit 2 ;;
  esac
done

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

log() { printf '\033[1m==> %s\033[0m\n' "$*"; }

# --- system packages ---------------------------------------------------------------------------
# package:command pairs; a package is installed only when its command is missing, so a machine
# that already has (say) a newer Node or JDK keeps it. The sandbox only sees /usr, so toolchains
# must live there (rustc from Debian, not only ~/.cargo).
wanted=(
  "bubblewrap:/usr/bin/bwrap"
  "python3:/usr/bin/python3"
  "python3-venv:"
  "gcc:/usr/bin/gcc"
  "g++:/usr/bin/g++"
  "libc6-dev:/usr/lib/x86_64-linux-gnu/libc.a"
  "golang-go:/usr/bin/go"
  "ruby:/usr/bin/ruby"
  "rustc:/usr/bin/rustc"
  "openjdk-17-jdk-headless:/usr/bin/javac"
  "nodejs:/usr/bin/node"
  "npm:/usr/bin/npm"
  # SQL problems: the PostgreSQL server (a throwaway one per submission, never the system's own
  # cluster) and psycopg2 for the SQL harness, which runs with the system Python.
  "postgresql:"
  "python3-psycopg2:"
)
# The browser tests drive Debian's Chromium through Playwright (which cannot download its own).
if [ "$with_test" = 1 ]; then wanted+=("chromium:/usr/bin/chromium"); fi
# The deployment test brings compose.yaml up (Debian's docker-compose).
if [ "$with_test" = 1 ] && [ "$with_docker" = 1 ]; then wanted+=("docker-compose:/usr/bin/docker-compose"); fi
missing=()
for item in "${wanted[@]}"; do
  package="${item%%:*}"
  command_path="${item#*:}"
  if [ -n "$command_path" ]; then
    [ -e "$command_path" ] || missing+=("$package")
  else
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  fi
done
if [ "${#missing[@]}" -gt 0 ]; then
  log "installing system packages: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  log "system packages present"
fi

# --- the PostgreSQL data directory SQL submissions start from (the local sandbox's; the runner
# image makes its own). Made again when runners/pg-template.sh changes.
template=/opt/judge/pgtemplate
template_stamp="$(sha256sum runners/pg-template.sh | cut -c1-16)"
if [ ! -f "$template/PG_VERSION" ] || [ "$(cat "$template.stamp" 2>/dev/null)" != "$template_stamp" ]; then
  log "making the PostgreSQL template for SQL problems ($template)"
  $SUDO sh runners/pg-template.sh "$template"
  echo "$template_stamp" | $SUDO tee "$template.stamp" >/dev/null
else
  log "PostgreSQL template present"
fi

# --- Python environment --------------------------------------------------------------------------
python=python3
if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
  echo "setup.sh: Python 3.11 or newer is needed (found $("$python" --version))" >&2
  exit 1
fi
if [ ! -x .venv/bin/python ]; then
  log "creating .venv"
  "$python" -m venv .venv
fi
extras="."
[ "$with_test" = 1 ] && extras=".[test]"
stamp=".venv/.installed-$(cat pyproject.toml | sha256sum | cut -c1-16)-$with_test"
if [ ! -f "$stamp" ]; then
  log "installing the judge into .venv ($extras)"
  .venv/bin/pip install -q --upgrade pip >/dev/null
  .venv/bin/pip install -q -e "$extras"
  rm -f .venv/.installed-*
  touch "$stamp"
else
  log ".venv up to date"
fi

# --- the web editor ------------------------------------------------------------------------------
scripts/build-web.sh

if [ "$with_docker" = 1 ]; then
  scripts/docker.sh
fi
log "setup done"
