#!/usr/bin/env bash
# Make the pgvector extension ("vector") available to the local PostgreSQL
# server on Debian 12 (bookworm).
#
# pgvector is not packaged for bookworm's PostgreSQL, so we build it from
# Debian's own *source* package in the trixie suite:
#   - a deb-src-only entry for trixie is written to its own sources file
#     (no "deb" line => no trixie binary package can ever be installed),
#     reusing the Debian mirror already configured on this machine;
#   - postgresql-server-dev-<ver> (from bookworm) provides PGXS;
#   - `apt-get source --download-only` + `dpkg-source -x`, then make/make install.
#
# Idempotent: exits immediately if vector.control + vector.so already exist.
# Must run as root. Env overrides:
#   PG_MAJOR=15          PostgreSQL major version (default: detected, else 15)
#   PG_HOST/PG_PORT      server used for the post-install check (127.0.0.1:5432)
#   SKIP_VERIFY=1        skip the SQL verification step
#   KEEP_TRIXIE_SRC=1    keep the trixie deb-src file after building
set -euo pipefail

log() { printf '[install-pgvector] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

PG_HOST="${PG_HOST:-127.0.0.1}"
PG_PORT="${PG_PORT:-5432}"
TRIXIE_SOURCES=/etc/apt/sources.list.d/kobling-trixie-src.sources
CHECK_DB=kobling_vectorcheck
export DEBIAN_FRONTEND=noninteractive DEBCONF_NOWARNINGS=yes

# --------------------------------------------------------------------------
# PostgreSQL major version: env > installed cluster > /etc/postgresql > 15
# --------------------------------------------------------------------------
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
[[ "$PG_MAJOR" =~ ^[0-9]+$ ]] || die "invalid PG_MAJOR '$PG_MAJOR'"

PG_BIN="/usr/lib/postgresql/${PG_MAJOR}/bin"
PG_CONFIG="${PG_BIN}/pg_config"
EXT_CONTROL="/usr/share/postgresql/${PG_MAJOR}/extension/vector.control"
EXT_LIB="/usr/lib/postgresql/${PG_MAJOR}/lib/vector.so"

if [[ -f "$EXT_CONTROL" && -f "$EXT_LIB" ]]; then
  log "pgvector already installed for PostgreSQL ${PG_MAJOR} ($(awk -F"'" '/default_version/ {print $2}' "$EXT_CONTROL"))"
  exit 0
fi

[[ $EUID -eq 0 ]] || die "must run as root"
log "pgvector not found for PostgreSQL ${PG_MAJOR}; building from Debian trixie source package"

# --------------------------------------------------------------------------
# Find the Debian mirror already configured (deb822 *.sources or one-line
# sources.list). We only reuse a host that is already present.
# --------------------------------------------------------------------------
find_debian_mirror() {
  local f
  shopt -s nullglob
  # deb822: stanza with Suites containing bookworm (not -security) -> its URIs
  for f in /etc/apt/sources.list.d/*.sources; do
    [[ "$f" == "$TRIXIE_SOURCES" ]] && continue
    awk '
      function flush() {
        if (uris != "" && suites ~ /(^|[ \t])bookworm([ \t]|$)/ && uris !~ /security/) { split(uris, u, /[ \t]+/); print u[1]; found=1; exit }
        uris=""; suites=""
      }
      /^[ \t]*#/ { next }
      /^[ \t]*$/ { flush(); next }
      tolower($1) == "uris:"   { $1=""; sub(/^[ \t]+/, ""); uris=$0 }
      tolower($1) == "suites:" { $1=""; sub(/^[ \t]+/, ""); suites=$0 }
      END { if (!found) flush() }
    ' "$f"
  done
  # one-line format: deb [opts] URI bookworm main
  for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
    [[ -f "$f" ]] || continue
    awk '
      /^[ \t]*(deb|deb-src)[ \t]/ {
        i = 2
        if ($i ~ /^\[/) { while ($i !~ /\]$/ && i < NF) i++; i++ }
        if ($(i+1) == "bookworm" && $i !~ /security/) print $i
      }
    ' "$f"
  done
  shopt -u nullglob
}
MIRROR="$(find_debian_mirror | head -n1)"
MIRROR="${MIRROR%/}"
[[ -n "$MIRROR" ]] || die "could not find a configured Debian bookworm mirror in /etc/apt"
log "using Debian mirror ${MIRROR}"

KEYRING=/usr/share/keyrings/debian-archive-keyring.gpg
[[ -f "$KEYRING" ]] || die "missing $KEYRING (install debian-archive-keyring)"

# deb-src ONLY: trixie binaries can never be selected for installation.
cat >"$TRIXIE_SOURCES" <<EOF
# Added by kobling scripts/install-pgvector.sh: source packages only (pgvector).
# No "deb" type here on purpose - no trixie binary packages are installed.
Types: deb-src
URIs: ${MIRROR}
Suites: trixie
Components: main
Signed-By: ${KEYRING}
EOF

WORKDIR="$(mktemp -d /tmp/pgvector-build.XXXXXX)"
# let apt's unprivileged _apt user write the downloads (avoids "unsandboxed" warning)
chmod 755 "$WORKDIR"
chown _apt "$WORKDIR" 2>/dev/null || true
cleanup() {
  rm -rf "$WORKDIR"
  if [[ "${KEEP_TRIXIE_SRC:-0}" != "1" ]]; then
    rm -f "$TRIXIE_SOURCES"
  fi
}
trap cleanup EXIT

log "apt-get update"
apt-get update -qq

log "installing build dependencies (postgresql-server-dev-${PG_MAJOR}, build-essential, dpkg-dev)"
# Pin to the installed server's suite implicitly: only bookworm has "deb" lines.
apt-get install -y -qq --no-install-recommends \
  "postgresql-server-dev-${PG_MAJOR}" build-essential dpkg-dev >/dev/null
[[ -x "$PG_CONFIG" ]] || die "$PG_CONFIG not found after installing postgresql-server-dev-${PG_MAJOR}"

log "downloading pgvector source package from trixie"
cd "$WORKDIR"
# --download-only: apt verifies checksums against the signed Release file;
# we unpack explicitly so we control the target directory.
apt-get source -qq --download-only pgvector/trixie >/dev/null
DSC="$(ls -1 pgvector_*.dsc 2>/dev/null | head -n1 || true)"
[[ -n "$DSC" ]] || die "pgvector .dsc not downloaded"
log "unpacking ${DSC}"
dpkg-source --no-check -x "$DSC" src >/dev/null
cd src

# OPTFLAGS="" avoids pgvector's default -march=native (Debian does the same),
# so the .so stays portable if this image moves to another CPU.
log "building pgvector ($(dpkg-parsechangelog -S Version 2>/dev/null || echo '?')) against ${PG_CONFIG}"
make -s -j"$(nproc)" PG_CONFIG="$PG_CONFIG" OPTFLAGS="" >/dev/null
log "installing"
make -s install PG_CONFIG="$PG_CONFIG" OPTFLAGS="" >/dev/null

[[ -f "$EXT_CONTROL" && -f "$EXT_LIB" ]] || die "install finished but $EXT_CONTROL / $EXT_LIB missing"
log "installed pgvector $(awk -F"'" '/default_version/ {print $2}' "$EXT_CONTROL")"

# --------------------------------------------------------------------------
# Verify against the running server (start the cluster if needed).
# --------------------------------------------------------------------------
if [[ "${SKIP_VERIFY:-0}" == "1" ]]; then
  log "SKIP_VERIFY=1: skipping SQL verification"
  exit 0
fi

if ! pg_isready -q -h "$PG_HOST" -p "$PG_PORT"; then
  log "starting PostgreSQL ${PG_MAJOR}/main"
  pg_ctlcluster --skip-systemctl-redirect "$PG_MAJOR" main start || true
  for _ in $(seq 1 30); do
    pg_isready -q -h "$PG_HOST" -p "$PG_PORT" && break
    sleep 1
  done
  pg_isready -q -h "$PG_HOST" -p "$PG_PORT" || die "PostgreSQL not ready on ${PG_HOST}:${PG_PORT}"
fi

export PGOPTIONS="${PGOPTIONS:-} -c client_min_messages=warning"
PSQL=(psql -h "$PG_HOST" -p "$PG_PORT" -U postgres -v ON_ERROR_STOP=1 -X -q -At)
log "verifying in scratch database ${CHECK_DB}"
"${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS ${CHECK_DB}" >/dev/null
"${PSQL[@]}" -d postgres -c "CREATE DATABASE ${CHECK_DB}" >/dev/null
verify_ok=0
if dist="$("${PSQL[@]}" -d "$CHECK_DB" <<'SQL'
CREATE EXTENSION IF NOT EXISTS vector;
CREATE TABLE vcheck (id int PRIMARY KEY, embedding vector(3));
INSERT INTO vcheck VALUES (1, '[1,2,3]'), (2, '[1,2,4]');
CREATE INDEX vcheck_hnsw ON vcheck USING hnsw (embedding vector_cosine_ops);
SELECT '[1,2,3]'::vector <=> '[1,2,4]'::vector;
SQL
)"; then
  verify_ok=1
fi
"${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS ${CHECK_DB}" >/dev/null || true
[[ "$verify_ok" == 1 ]] || die "verification failed (CREATE EXTENSION / HNSW index)"
log "verification OK (cosine distance [1,2,3]<=>[1,2,4] = ${dist}, HNSW vector_cosine_ops index created)"
