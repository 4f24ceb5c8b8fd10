#!/usr/bin/env bash
# The browser test: the real marsad binary serves a fresh store filled with the fixture
# articles, and Debian's chromium (never a downloaded browser) loads the page.
# Usage: run.sh [SCREENSHOT_DIR]. Installs chromium (apt) and playwright-core (npm ci) when missing.
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$(cd ../../.. && pwd)
SHOTS=${1:-}
if ! command -v chromium >/dev/null; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >/dev/null
fi
[ -d node_modules/playwright-core ] || PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error
BIN="$ROOT/target/release/marsad"
(cd "$ROOT" && cargo build --release -p marsad --quiet)
TMP=$(mktemp -d)
# a reviewer of the store, with a token of their own (the review checks use it)
REVIEWER_TOKEN=$("$BIN" reviewer add amal --db "$TMP/page.db" 2>/dev/null | tail -n 1)
export REVIEWER_TOKEN MARSAD_BIN="$BIN" MARSAD_DB="$TMP/page.db"
export MARSAD_TOKEN="browser-test-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
"$BIN" serve --db "$TMP/page.db" --addr 127.0.0.1:0 > "$TMP/serve.out" 2> "$TMP/serve.err" &
PID=$!
trap 'kill $PID 2>/dev/null || true; rm -rf "$TMP"' EXIT
for _ in $(seq 100); do
  grep -q "serving on" "$TMP/serve.out" 2>/dev/null && break
  kill -0 $PID 2>/dev/null || { cat "$TMP/serve.err"; echo "the server did not start"; exit 1; }
  sleep 0.1
done
BASE=$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$TMP/serve.out")
unset MARSAD_TOKEN_UNUSED
node page.test.mjs "$BASE" "$MARSAD_TOKEN" $SHOTS
