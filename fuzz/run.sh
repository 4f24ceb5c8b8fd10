#!/usr/bin/env bash
# Run every fuzz target (or those named) for SECONDS each, one after the other, one job each;
# print the executions each reached. Exit status 1 when a target crashes, times out (an input
# that takes more than 10 s) or runs out of memory (2 GiB): the input is in fuzz/artifacts/.
#
#   bash fuzz/run.sh 20                 # every target, 20 s each (what CI runs)
#   bash fuzz/run.sh 300 html extract   # two targets, 5 minutes each
#
# Needs cargo-fuzz (cargo install cargo-fuzz --locked); RUSTC_BOOTSTRAP=1 lets the stable
# toolchain build with the flags cargo-fuzz uses.
set -euo pipefail
cd "$(dirname "$0")"
secs=${1:?usage: run.sh SECONDS [TARGET...]}
shift
export RUSTC_BOOTSTRAP=1
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  mapfile -t targets < <(cargo fuzz list)
fi
# -s none: the targets are safe Rust; without AddressSanitizer they run several times faster
cargo fuzz build -s none
logs=$(mktemp -d)
failed=0
for t in "${targets[@]}"; do
  mkdir -p "corpus/$t"
  if cargo fuzz run -s none "$t" "corpus/$t" "seeds/$t" -- -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 \
      -max_len=16384 -print_final_stats=1 > "$logs/$t.log" 2>&1; then
    execs=$(grep -oE "stat::number_of_executed_units: [0-9]+" "$logs/$t.log" | awk '{print $2}')
    printf "%-8s %12s executions in %s s, 0 crashes\n" "$t" "$execs" "$secs"
  else
    tail -30 "$logs/$t.log"
    echo "fuzz target $t failed: the input is under fuzz/artifacts/$t/ (see fuzz/README.md to replay it and add it as a regression)"
    failed=1
  fi
done
exit $failed
