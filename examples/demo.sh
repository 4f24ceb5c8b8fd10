#!/bin/sh
# marsad's first minute: build, store the ten sample articles of examples/articles.jsonl
# (invented reports written for this project) in a fresh store, and serve the page at
# http://127.0.0.1:8080/ until Ctrl-C.
#
#   sh examples/demo.sh [STORE]        # STORE defaults to marsad-demo.db in the temp folder
set -eu
cd "$(dirname "$0")/.."
db="${1:-${TMPDIR:-/tmp}/marsad-demo.db}"
rm -f "$db" "$db-wal" "$db-shm"
cargo build --release --quiet
./target/release/marsad ingest --quiet examples/articles.jsonl --db "$db"
./target/release/marsad stats --db "$db" | head -3
echo "open http://127.0.0.1:8080/ (Ctrl-C stops the server)"
exec ./target/release/marsad serve --db "$db"
