#!/usr/bin/env bash
# Builds the release examples, runs the criterion throughput benches (benches/pipeline.rs) and prints
# a summary of the figures: MB/s, articles/s, pairs/s and construction time.
#
#   scripts/throughput.sh            # all benches
#   scripts/throughput.sh stance     # only benches whose id matches the criterion filter "stance"
#
# Criterion's own reports stay in target/criterion/. Figures depend on the machine and its load.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== cargo build --release --examples"
cargo build --release --examples

log=$(mktemp /tmp/quotestance-bench.XXXXXX.log)
trap 'rm -f "$log"' EXIT
echo "== cargo bench --bench pipeline ${1:-} (log: $log)"
echo "   machine: $(nproc) CPUs, load average: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')"
cargo bench --bench pipeline -- ${1:+"$1"} 2>&1 | tee "$log"

echo
echo "== summary (criterion estimate: [low median high]; median shown)"
# Criterion prints the id either alone on a line or followed by "time: [...]" on the same line,
# then an optional "thrpt: [...]" line.
awk '
  /^Benchmarking/ || /^Found/ || /^ +[0-9]+ \(/ || /^Warning/ { next }
  /^stance inputs:/ { note = $0; next }
  /change:/ { skip = 1; next }              # comparison with the previous run: not a figure
  /^[a-z_]+\/[^ ]+/ { id = $1; skip = 0 }
  skip { next }
  /time:/ {
      for (i = 1; i <= NF; i++) if ($i == "time:") { t = $(i + 3) " " $(i + 4) }
      times[id] = t; order[++n] = id; next
  }
  $1 == "thrpt:" { thr[id] = $4 " " $5; next }
  END {
      for (k = 1; k <= n; k++) { i = order[k]; printf "%-40s %12s   %s\n", i, times[i], (i in thr ? thr[i] : "") }
      if (note != "") print "(" note ")"
  }
' "$log"
echo "MiB/s is 2^20 bytes per second; elem/s is documents (end_to_end_docs) or (quote, actor) pairs (stance, features)."
