#!/usr/bin/env bash
# Fails when the committed OpenAPI document or typed client differ from what the code generates
# (npm run api:generate writes both).
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
npm run build --silent
node dist/scripts/api-document.js "$tmp/openapi.json"
npx --no-install openapi-typescript "$tmp/openapi.json" -o "$tmp/schema.d.ts" > /dev/null
if ! diff -u openapi.json "$tmp/openapi.json" || ! diff -u web/src/api/schema.d.ts "$tmp/schema.d.ts"; then
  echo "openapi.json or web/src/api/schema.d.ts is out of date: run npm run api:generate and commit the result." >&2
  exit 1
fi
echo "openapi.json and web/src/api/schema.d.ts are up to date."
