#!/usr/bin/env bash
# A local PostgreSQL for the judge (Debian's `postgresql`): installed when missing, the cluster
# started, a `judge` role with a password generated on this machine (never a default one), and the
# databases `judge` and `judge_test`. Prints nothing secret; the URLs are written, readable by
# this user only, to .postgres/url and .postgres/test-url. Safe to run again.
#   scripts/postgres.sh
set -euo pipefail
cd "$(dirname "$0")/.."
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
log() { printf '\033[1m==> %s\033[0m\n' "$*"; }

if ! command -v pg_ctlcluster >/dev/null || ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  log "installing PostgreSQL"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends postgresql >/dev/null
fi
version="$(ls /usr/lib/postgresql | sort -V | tail -1)"
if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -q "^$version main$"; then
  $SUDO pg_createcluster "$version" main >/dev/null
fi
if ! pg_lsclusters -h | grep -q "^$version *main .*online"; then
  log "starting PostgreSQL $version"
  $SUDO pg_ctlcluster "$version" main start
fi
port="$(pg_lsclusters -h | awk -v v="$version" '$1==v && $2=="main" {print $3}')"

as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi; }
psql_admin() { as_postgres psql -v ON_ERROR_STOP=1 -qtA "$@"; }
mkdir -p .postgres
chmod 700 .postgres
if [ ! -s .postgres/password ]; then
  (umask 077; head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' > .postgres/password)
fi
password="$(cat .postgres/password)"
if [ "$(psql_admin -c "SELECT 1 FROM pg_roles WHERE rolname = 'judge'")" != "1" ]; then
  psql_admin -c "CREATE ROLE judge LOGIN PASSWORD '$password'"
else
  psql_admin -c "ALTER ROLE judge PASSWORD '$password'"
fi
for database in judge judge_test; do
  if [ "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = '$database'")" != "1" ]; then
    psql_admin -c "CREATE DATABASE $database OWNER judge"
  fi
done
(umask 077
 echo "postgresql+psycopg://judge:$password@127.0.0.1:$port/judge" > .postgres/url
 echo "postgresql+psycopg://judge:$password@127.0.0.1:$port/judge_test" > .postgres/test-url)
log "PostgreSQL $version on port $port: databases judge and judge_test (URLs in .postgres/)"
