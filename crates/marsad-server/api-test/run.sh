#!/usr/bin/env bash
# The API description is the API: schemathesis (PyPI) generates requests from
# /openapi.json, valid and invalid, and checks every answer against the description (status
# codes, content types, response schemas, that valid requests are accepted and invalid ones
# refused, that the write endpoint needs its token). The real marsad binary serves a fresh
# store of the fixture articles on a loopback port, with a write token.
# Usage: run.sh [EXAMPLES]   (examples per operation and phase; default 100)
# Installs schemathesis into a virtual environment ($ST_VENV, default under ~/.cache).
set -euo pipefail
cd "$(dirname "$0")"
HERE=$(pwd)
ROOT=$(cd ../../.. && pwd)
EXAMPLES=${1:-100}
ST_VERSION=4.32.5
VENV=${ST_VENV:-$HOME/.cache/marsad-schemathesis-$ST_VERSION}
if [ ! -x "$VENV/bin/st" ]; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet --disable-pip-version-check "schemathesis==$ST_VERSION"
fi
BIN="$ROOT/target/release/marsad"
(cd "$ROOT" && cargo build --release -p marsad --quiet)
TMP=$(mktemp -d)
"$BIN" ingest --quiet --db "$TMP/api.db" "$ROOT/crates/marsad-server/testdata/articles.jsonl" > /dev/null
export MARSAD_TOKEN="api-test-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
"$BIN" serve --db "$TMP/api.db" --addr 127.0.0.1:0 > "$TMP/serve.out" 2> "$TMP/serve.err" &
PID=$!
trap 'kill $PID 2>/dev/null || true; rm -rf "$TMP"' EXIT
for _ in $(seq 100); do
  grep -q "serving on" "$TMP/serve.out" 2>/dev/null && break
  kill -0 $PID 2>/dev/null || { cat "$TMP/serve.err"; echo "the server did not start"; exit 1; }
  sleep 0.1
done
BASE=$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$TMP/serve.out")
cd "$TMP"
# One worker: hypothesis's lambda-source parsing is not thread-safe on some Pythons.
# Lines are cut: a failing case's reproduction can hold a multi-megabyte body.
set +e
timeout 1200 "$VENV/bin/st" --config-file "$HERE/schemathesis.toml" run "$BASE/openapi.json" \
  --checks all --exclude-tag review --max-examples "$EXAMPLES" --workers 1 --no-color \
  -H "Authorization: Bearer $MARSAD_TOKEN" 2>&1 | cut -c1-400
rc=${PIPESTATUS[0]}
# The review's bodies hold rules across fields that a JSON Schema cannot state (a sub-event
# type belongs to its event type, lat comes with lon, a span lies inside its article, a
# reason is not blank): a generated body that fits the description may still be refused
# with a 422 naming the field. Every other check holds for them.
if [ "$rc" = 0 ]; then
  timeout 600 "$VENV/bin/st" --config-file "$HERE/schemathesis.toml" run "$BASE/openapi.json" \
    --checks all --exclude-checks positive_data_acceptance --include-tag review \
    --max-examples "$EXAMPLES" --workers 1 --no-color \
    -H "Authorization: Bearer $MARSAD_TOKEN" 2>&1 | cut -c1-400
  rc=${PIPESTATUS[0]}
fi
set -e
if [ "$rc" != 0 ]; then
  echo "schemathesis found the API and its description apart (exit $rc)"
  grep -E "ERROR|error" "$TMP/serve.err" | tail -20 || true
  exit 1
fi
echo "schemathesis: the API matches its description"
