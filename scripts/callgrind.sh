#!/usr/bin/env bash
# Load-independent profile of the pipeline: callgrind instruction counts (Ir) of Analyzer::analyze
# and its stages over the bench corpus (benches/data/wikinews_corpus.txt documents + seed article),
# repeated REPEAT times (default 5) so that one-time set-up (gazetteer trie, model, lexicons)
# weighs little. Needs valgrind and python3 (to write the JSON Lines workload).
#
#   scripts/callgrind.sh            # prints inclusive Ir per stage; callgrind.out in $OUT
#   REPEAT=1 OUT=/tmp/cg scripts/callgrind.sh
#
# Compare runs by these counts rather than by wall-clock timings on a shared machine.
set -euo pipefail
cd "$(dirname "$0")/.."
REPEAT=${REPEAT:-5}
OUT=${OUT:-/tmp/quotestance-callgrind}
mkdir -p "$OUT"
python3 - "$OUT/docs.jsonl" "$REPEAT" <<'PY'
import json, sys
docs = [d.strip() for d in open("benches/data/wikinews_corpus.txt", encoding="utf-8").read().split("\f") if d.strip()]
docs.append(open("benches/data/seed_article.txt", encoding="utf-8").read())
with open(sys.argv[1], "w", encoding="utf-8") as f:
    for r in range(int(sys.argv[2])):
        for i, d in enumerate(docs):
            f.write(json.dumps({"id": f"{r}-{i}", "text": d}) + "\n")
print(f"{len(docs)} documents x {sys.argv[2]}, {sum(len(d.encode()) for d in docs) * int(sys.argv[2])} bytes", file=sys.stderr)
PY
cargo build --release --example analyze
valgrind --tool=callgrind --callgrind-out-file="$OUT/callgrind.out" \
    target/release/examples/analyze --threads 1 --jsonl "$OUT/docs.jsonl" > /dev/null 2> "$OUT/valgrind.log"
grep -E "Collected" "$OUT/valgrind.log" | sed 's/.*Collected/total Ir (with JSON in and out)/'
# (run from outside the repository: inside it, callgrind_annotate shortens the paths and its
# inclusive totals for inlined functions come out lower)
(cd "$OUT" && callgrind_annotate --inclusive=yes callgrind.out 2>/dev/null) |
    grep -E "(Analyzer::analyze|Names::build|DocActors::find|Gazetteer::find|Doc::new|detect_marked|detect_indirect|attribution::attribute|predict_with) \[" |
    sed -E 's#  /[^ ]*/src/#  src/#; s# \[.*##'
