#!/usr/bin/env bash
# Ensure the local PostgreSQL cluster is running and a database with the
# pgvector extension exists.
#
#   scripts/ensure-postgres.sh [dbname]      (default dbname: kobling_test)
#
# - starts <ver>/main via pg_ctlcluster if it is not accepting connections
# - waits (up to PG_WAIT_SECONDS, default 30) for pg_isready on 127.0.0.1:5432
# - creates the database (owner postgres) if missing
# - runs CREATE EXTENSION IF NOT EXISTS vector in it
#   (if pgvector is not installed yet and we are root, runs install-pgvector.sh)
# Idempotent. Env overrides: PG_MAJOR, PG_CLUSTER (main), PG_HOST (127.0.0.1),
# PG_PORT (5432), PG_WAIT_SECONDS (30).
set -euo pipefail

DB_NAME="${1:-kobling_test}"
PG_HOST="${PG_HOST:-127.0.0.1}"
PG_PORT="${PG_PORT:-5432}"
PG_CLUSTER="${PG_CLUSTER:-main}"
PG_WAIT_SECONDS="${PG_WAIT_SECONDS:-30}"
SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

log() { printf '[ensure-postgres] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

detect_pg_major() {
  local v=""
  if command -v pg_lsclusters >/dev/null 2>&1; then
    v="$(pg_lsclusters --no-header 2>/dev/null | awk 'NF {print $1}' | sort -V | tail -n1 || true)"
  fi
  if [[ -z "$v" && -d /etc/postgresql ]]; then
    v="$(ls -1 /etc/postgresql 2>/dev/null | grep -E '^[0-9]+$' | sort -V | tail -n1 || true)"
  fi
  printf '%s\n' "${v:-15}"
}
PG_MAJOR="${PG_MAJOR:-$(detect_pg_major)}"

# 1. make sure the server is up
if ! pg_isready -q -h "$PG_HOST" -p "$PG_PORT"; then
  log "PostgreSQL not ready on ${PG_HOST}:${PG_PORT}; starting cluster ${PG_MAJOR}/${PG_CLUSTER}"
  # "already running" (e.g. still starting up) is not fatal; readiness loop decides.
  pg_ctlcluster --skip-systemctl-redirect "$PG_MAJOR" "$PG_CLUSTER" start || true
fi

deadline=$((SECONDS + PG_WAIT_SECONDS))
until pg_isready -q -h "$PG_HOST" -p "$PG_PORT"; do
  if (( SECONDS >= deadline )); then
    die "PostgreSQL did not become ready on ${PG_HOST}:${PG_PORT} within ${PG_WAIT_SECONDS}s (see /var/log/postgresql/postgresql-${PG_MAJOR}-${PG_CLUSTER}.log)"
  fi
  sleep 0.5
done

# 2. pgvector must be available to the server
if [[ ! -f "/usr/share/postgresql/${PG_MAJOR}/extension/vector.control" ]]; then
  if [[ $EUID -eq 0 && -x "${SCRIPT_DIR}/install-pgvector.sh" ]]; then
    log "pgvector not installed; running install-pgvector.sh"
    PG_MAJOR="$PG_MAJOR" "${SCRIPT_DIR}/install-pgvector.sh"
  else
    die "pgvector is not installed for PostgreSQL ${PG_MAJOR}; run scripts/install-pgvector.sh as root"
  fi
fi

export PGOPTIONS="${PGOPTIONS:-} -c client_min_messages=warning"
PSQL=(psql -h "$PG_HOST" -p "$PG_PORT" -U postgres -X -q -At -v ON_ERROR_STOP=1)

# 3. create the database if missing (name passed as a psql variable => safely quoted)
"${PSQL[@]}" -d postgres -v db="$DB_NAME" <<'SQL'
SELECT format('CREATE DATABASE %I OWNER postgres', :'db')
WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'db')
\gexec
SQL

# 4. enable pgvector in it
version="$("${PSQL[@]}" -d "$DB_NAME" <<'SQL'
CREATE EXTENSION IF NOT EXISTS vector;
SELECT extversion FROM pg_extension WHERE extname = 'vector';
SQL
)"
log "database '${DB_NAME}' ready on ${PG_HOST}:${PG_PORT} (vector ${version})"
