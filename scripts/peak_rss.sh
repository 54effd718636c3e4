#!/usr/bin/env bash
# Peak resident memory of the analyze example on a ~1 GB JSON Lines input.
#
#   scripts/peak_rss.sh [TARGET_MB]      # default 1024
#
# Builds /tmp/big.jsonl by repeating the benchmark corpus (benches/data/wikinews_corpus.txt, split
# on form feeds, plus benches/data/seed_article.txt), one {"id": N, "text": doc} object per line,
# then runs `/usr/bin/time -v target/release/examples/analyze --jsonl /tmp/big.jsonl > /dev/null`
# and prints the peak RSS and wall time. A streaming reader should keep the peak far below the
# input size. Exits 0 without measuring if the example has no --jsonl option yet.
set -euo pipefail
cd "$(dirname "$0")/.."
target_mb=${1:-1024}
big=/tmp/big.jsonl

echo "== cargo build --release --example analyze"
cargo build --release --example analyze
bin=target/release/examples/analyze

if ! "$bin" --help 2>&1 | grep -q -- '--jsonl'; then
    echo "analyze has no --jsonl option yet (its --help says: $("$bin" --help 2>&1 | head -n1))."
    echo "Nothing measured; rerun once the example reads JSON Lines."
    exit 0
fi
if [ ! -x /usr/bin/time ]; then
    echo "/usr/bin/time (GNU time) is missing; install it (apt-get install time)." >&2
    exit 1
fi

want=$((target_mb * 1024 * 1024))
have=$(stat -c %s "$big" 2>/dev/null || echo 0)
if [ "$have" -lt "$want" ] || [ "$have" -gt $((want + want / 10 + 1048576)) ]; then
    echo "== writing $big (~${target_mb} MB)"
    python3 - "$big" "$want" <<'PY'
import json, sys
path, want = sys.argv[1], int(sys.argv[2])
docs = [d.strip() for d in open("benches/data/wikinews_corpus.txt", encoding="utf-8").read().split("\f")]
docs = [d for d in docs if d]
docs.append(open("benches/data/seed_article.txt", encoding="utf-8").read())
n = 0
written = 0
with open(path, "w", encoding="utf-8") as f:
    while written < want:
        for d in docs:
            line = json.dumps({"id": n, "text": d}, ensure_ascii=False) + "\n"
            f.write(line)
            written += len(line.encode("utf-8"))
            n += 1
            if written >= want:
                break
print(f"{n} documents, {written / 1e6:.1f} MB")
PY
else
    echo "== reusing $big ($((have / 1048576)) MB)"
fi

echo "== /usr/bin/time -v $bin --jsonl $big > /dev/null"
report=$(mktemp /tmp/peak_rss.XXXXXX)
trap 'rm -f "$report"' EXIT
status=0
/usr/bin/time -v -o "$report" "$bin" --jsonl "$big" > /dev/null || status=$?
grep -E 'Maximum resident set size|Elapsed \(wall clock\)|Exit status|User time|System time' "$report"
rss_kb=$(awk -F: '/Maximum resident set size/ {gsub(/ /, "", $2); print $2}' "$report")
size=$(stat -c %s "$big")
echo "peak RSS: $((rss_kb / 1024)) MB for a $((size / 1048576)) MB input"
exit "$status"
