#!/bin/sh
# The PostgreSQL data directory every SQL submission starts from (judge/sql/harness.py copies it to
# the sandbox's tmpfs, starts a server on it that listens on a unix socket only, and makes one
# database per test). Made once: at runner-image build, and on the host by scripts/setup.sh for the
# local backend, so a submission never waits for initdb (1-2 s). Usage: pg-template.sh TARGET
set -eu
target=${1:?usage: pg-template.sh TARGET}
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
[ -x "$bin/postgres" ] || { echo "no PostgreSQL server in /usr/lib/postgresql" >&2; exit 1; }
work=$(mktemp -d)
chown nobody "$work"
# initdb refuses to run as root; the template is made by nobody, then handed to root, read-only.
runuser -u nobody -- "$bin/initdb" -D "$work/data" -U judge -A trust --no-sync --no-instructions \
  -E UTF8 --locale=C --wal-segsize=1 >/dev/null
cat >> "$work/data/postgresql.conf" <<'CONF'
# The judge's settings (runners/pg-template.sh). No TCP at all: the only way in is the unix socket
# in the submission's own directory. Durability is worthless for a throwaway database.
listen_addresses = ''
max_connections = 8
shared_buffers = 16MB
fsync = off
synchronous_commit = off
full_page_writes = off
wal_level = minimal
max_wal_senders = 0
autovacuum = off
max_worker_processes = 0
max_parallel_workers = 0
max_parallel_workers_per_gather = 0
max_parallel_maintenance_workers = 0
temp_file_limit = 262144
logging_collector = off
log_min_messages = fatal
dynamic_shared_memory_type = mmap
jit = off
min_wal_size = 2MB
max_wal_size = 64MB
CONF
sock=$work/sock
mkdir "$sock" && chown nobody "$sock"
runuser -u nobody -- "$bin/pg_ctl" -D "$work/data" -o "-k $sock" -w -s start
runuser -u nobody -- "$bin/psql" -h "$sock" -U judge -d template1 -q -v ON_ERROR_STOP=1 <<'SQL'
-- The role every candidate query runs as: it owns its test's schema and nothing else.
CREATE ROLE candidate LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION;
-- The one database of a submission, owned by the superuser: the candidate may connect, make
-- temporary tables and use the schema the harness gives it for a test; no CREATE on the database
-- (so no extensions, not even trusted ones), nothing in public.
CREATE DATABASE judge STRATEGY FILE_COPY;
\c judge
REVOKE ALL ON DATABASE judge FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE judge TO candidate;
REVOKE ALL ON SCHEMA public FROM PUBLIC;
-- Nothing else is ever connected to or copied from: 14 MB less to copy for every submission.
DROP DATABASE postgres;
UPDATE pg_database SET datistemplate = false WHERE datname IN ('template0', 'template1');
DROP DATABASE template0;
DROP DATABASE template1;
SQL
runuser -u nobody -- "$bin/pg_ctl" -D "$work/data" -m fast -w -s stop
rm -rf "$target"
mkdir -p "$(dirname "$target")"
cp -a "$work/data" "$target"
rm -rf "$work"
chown -R root:root "$target"
chmod -R go+rX,go-w "$target"
echo "PostgreSQL template: $target ($(du -sh "$target" | cut -f1))"
