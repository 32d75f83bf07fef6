#!/usr/bin/env bash
# A fresh copy of the committed repository, with no ../shared beside it: npm ci, build, start with
# REFERENCE_DATA_DIR unset; /health must show the shipped reference data loaded. Run by .ci/run.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
app="$work/kobling"
pid=""
cleanup() {
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

mkdir -p "$app"
git -C "$repo" archive HEAD | tar -x -C "$app"
test ! -e "$work/shared"
cd "$app"
npm ci --no-audit --no-fund --prefer-offline --loglevel=error
npm run build --silent

# From another directory, on an in-memory embedded database, with a port the system picks.
log="$work/start.log"
# Made before the service starts in the background, so the first look at it cannot miss the file.
: >"$log"
started=$(date +%s%N)
(cd "$work" && env -u REFERENCE_DATA_DIR -u DATABASE_URL NO_COLOR=1 PORT=0 EMBEDDED_DATA_DIR=memory DEMO_DATA=false node "$app/dist/src/main.js" >"$log" 2>&1) &
pid=$!
url=""
for _ in $(seq 1 300); do
  url=$(sed -n 's/.*Kobling API at \(http:[^ ]*\)\/api\/v1.*/\1/p' "$log" | head -1)
  [ -n "$url" ] && break
  kill -0 "$pid" 2>/dev/null || { cat "$log"; echo "the service stopped before listening"; exit 1; }
  sleep 1
done
[ -n "$url" ] || { cat "$log"; echo "no 'API at' line within 300 s"; exit 1; }
echo "fresh start without ../shared: $(( ($(date +%s%N) - started) / 1000000 )) ms to \"API at\"; data/reference is $(du -sh "$app/data/reference" | cut -f1)"
grep -o 'Reference data shipped in .*' "$log"

curl -fsS "$url/health" | node -e '
  const h = JSON.parse(require("fs").readFileSync(0, "utf8"));
  const r = h.referenceData ?? {};
  const ok = h.status === "ok" && r.source === "shipped" && r.municipalities === 357 && r.occupations > 400 && r.escoOccupations > 3000;
  console.log(`/health: ${JSON.stringify(r)}`);
  if (!ok) { console.error("reference data not loaded as shipped"); process.exit(1); }'

# The console is built and served at / (and at its own paths, for a reload on /kandidater).
for path in / /kandidater; do
  curl -fsS -H 'Accept: text/html' "$url$path" | grep -q '<div id="root">' || { echo "the console is not served at $path"; exit 1; }
done
echo "the console is served at /"
