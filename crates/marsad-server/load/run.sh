#!/usr/bin/env bash
# Load on GET /api/events, loopback only: 200 connections for 20 s, then the same with one
# request in four malformed. A measurement, not a test. Needs Debian's wrk.
#   marsad ingest ../shared/corpus/saudinewsnet-2015.jsonl.gz --db /tmp/corpus.db
#   marsad serve --db /tmp/corpus.db --addr 127.0.0.1:18080 [--cache-mb 0] &
#   crates/marsad-server/load/run.sh http://127.0.0.1:18080
set -euo pipefail
URL=${1:-http://127.0.0.1:18080}
case "$URL" in http://127.0.0.1:*|http://localhost:*) ;; *) echo "loopback only"; exit 2 ;; esac
HERE=$(dirname "$0")
DUR=${DUR:-20s}
# the cursor of the second page of /api/events?limit=50 (a cursor is bound to its filters)
CURSOR=$(curl -sf "$URL/api/events?limit=50" | python3 -c 'import json, sys; print(json.load(sys.stdin).get("next_cursor") or "")')
export CURSOR
echo "== GET /api/events, 14 filter sets, 200 connections, $DUR"
wrk -t2 -c200 -d"$DUR" --timeout 5s -s "$HERE/queries.lua" "$URL" | grep -E "^(requests|latency|errors)"
echo "== the same with one request in four malformed"
MALFORMED=1 wrk -t2 -c200 -d"$DUR" --timeout 5s -s "$HERE/queries.lua" "$URL" | grep -E "^(requests|latency|errors)"
