#!/usr/bin/env python3
"""Compares quotestance with the spaCy + textacy peer on the benchmark corpus.

First run the peer (it writes /tmp/textacy_quotes.jsonl and /tmp/textacy_quotes.summary.json):

    python benches/peers/textacy_quotes.py
    cargo build --release --example analyze
    python3 benches/peers/compare.py [--textacy /tmp/textacy_quotes.jsonl] [--repeat 3]

This script needs only the Python standard library. It writes each corpus document (the same split
as benches/pipeline.rs) to a temporary folder, runs target/release/examples/analyze on them (JSON
output; --jsonl input if the example supports it), and prints:

- speed: documents/s and MB/s of each side and the ratio. Ours is the fastest of --repeat runs of the
  whole process (start-up, Analyzer::default(), JSON output included); textacy's is the fastest pass
  of spaCy parsing + direct_quotations, model loading excluded.
- quality: quotes found by each side; how many of our direct quotes textacy also finds (overlapping
  character spans in the same document) and whether the speakers agree; 5 examples of each side's
  misses. Neither side is gold: a "miss" is a disagreement to read, not necessarily an error.
"""
import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))


def corpus():
    with open(os.path.join(ROOT, "benches/data/wikinews_corpus.txt"), encoding="utf-8") as f:
        docs = [d.strip() for d in f.read().split("\f")]
    docs = [d for d in docs if d]
    with open(os.path.join(ROOT, "benches/data/seed_article.txt"), encoding="utf-8") as f:
        docs.append(f.read())
    return docs


def run_ours(binary, docs, repeat):
    """Returns (best seconds, per-document list of quotes with char offsets)."""
    with tempfile.TemporaryDirectory(prefix="qs-compare-") as tmp:
        help_text = subprocess.run([binary, "--help"], capture_output=True, text=True)
        jsonl = "--jsonl" in (help_text.stdout + help_text.stderr)
        if jsonl:
            path = os.path.join(tmp, "docs.jsonl")
            with open(path, "w", encoding="utf-8") as f:
                for i, d in enumerate(docs):
                    f.write(json.dumps({"id": i, "text": d}, ensure_ascii=False) + "\n")
            cmd = [binary, "--jsonl", path]
        else:
            paths = []
            for i, d in enumerate(docs):
                p = os.path.join(tmp, f"doc_{i:03}.txt")
                with open(p, "w", encoding="utf-8", newline="") as f:
                    f.write(d)
                paths.append(p)
            cmd = [binary, *paths]
        best, out = None, None
        for _ in range(max(1, repeat)):
            t0 = time.perf_counter()
            r = subprocess.run(cmd, capture_output=True, text=True)
            dt = time.perf_counter() - t0
            if r.returncode != 0:
                sys.exit(f"{' '.join(cmd[:2])} ... failed ({r.returncode}): {r.stderr[:500]}")
            if best is None or dt < best:
                best, out = dt, r.stdout
    per_doc = [[] for _ in docs]
    lines = [l for l in out.splitlines() if l.strip()]
    for n, line in enumerate(lines):
        obj = json.loads(line)
        if "id" in obj:
            i = int(obj["id"])
        elif "source" in obj:
            i = int(os.path.basename(obj["source"])[4:7])
        else:
            i = n
        b = docs[i].encode("utf-8")
        for q in obj.get("quotes", []):
            # byte offsets -> character offsets
            q["cstart"] = len(b[: q["start"]].decode("utf-8"))
            q["cend"] = len(b[: q["end"]].decode("utf-8"))
            per_doc[i].append(q)
    return best, per_doc, ("--jsonl" if jsonl else "one file per document")


def overlaps(a, b):
    return min(a[1], b[1]) > max(a[0], b[0])


def words(s):
    return {w.strip(".,'’\"").lower() for w in (s or "").split() if len(w) > 1}


def speakers_agree(ours, theirs):
    if not ours or not theirs:
        return False
    mine = words(ours.get("name")) | words(ours.get("mention"))
    return bool(mine & words(theirs))


def clip(s, n=90):
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--textacy", default="/tmp/textacy_quotes.jsonl")
    ap.add_argument("--binary", default=os.path.join(ROOT, "target/release/examples/analyze"))
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--seed", type=int, default=7, help="for picking the examples")
    args = ap.parse_args()

    summary_path = os.path.splitext(args.textacy)[0] + ".summary.json"
    if not (os.path.exists(args.textacy) and os.path.exists(summary_path)):
        sys.exit(f"{args.textacy} or {summary_path} missing: run benches/peers/textacy_quotes.py first")
    if not os.path.exists(args.binary):
        sys.exit(f"{args.binary} missing: cargo build --release --example analyze")
    with open(summary_path, encoding="utf-8") as f:
        peer = json.load(f)
    theirs = [json.loads(l) for l in open(args.textacy, encoding="utf-8") if l.strip()]

    docs = corpus()
    nbytes = sum(len(d.encode("utf-8")) for d in docs)
    if peer["documents"] != len(docs) or peer["bytes"] != nbytes:
        sys.exit("the textacy output was made from other documents; rerun textacy_quotes.py")
    secs, ours, mode = run_ours(args.binary, docs, args.repeat)

    print("== speed")
    print(f"{len(docs)} documents, {nbytes} bytes")
    print(f"quotestance: {secs:.3f} s ({mode}, whole process, fastest of {args.repeat}) = "
          f"{len(docs) / secs:.1f} articles/s, {nbytes / 1e6 / secs:.3f} MB/s")
    print(f"textacy:     {peer['seconds']:.3f} s (parse + extract, model load {peer['model_load_s']} s excluded) = "
          f"{peer['articles_per_s']} articles/s, {peer['mb_per_s']} MB/s")
    print(f"ratio: quotestance is {peer['seconds'] / secs:.1f}x faster ({peer['tool']})")

    print("\n== quality (no gold: overlap of character spans in the same document)")
    all_ours = [(i, q) for i, qs in enumerate(ours) for q in qs]
    kinds = {}
    for _, q in all_ours:
        kinds[q["kind"]] = kinds.get(q["kind"], 0) + 1
    attributed = sum(1 for _, q in all_ours if q.get("speaker"))
    print(f"quotestance: {len(all_ours)} quotes ({', '.join(f'{k} {v}' for k, v in sorted(kinds.items()))}), "
          f"{attributed} with a speaker")
    print(f"textacy:     {peer['quotes_found']} candidate quote-mark pairs, {len(theirs)} attributed direct quotes "
          f"({peer['documents_refused']} documents refused for an odd number of quote marks)")

    direct = [(i, q) for i, q in all_ours if q["kind"] == "direct"]
    marked = [(i, q) for i, q in all_ours if q["kind"] in ("direct", "partial")]
    by_doc = {}
    for t in theirs:
        by_doc.setdefault(t["doc"], []).append(t)
    matched, agree, our_misses = 0, 0, []
    for i, q in direct:
        hits = [t for t in by_doc.get(i, []) if overlaps((q["cstart"], q["cend"]), (t["start"], t["end"]))]
        if hits:
            matched += 1
            agree += any(speakers_agree(q.get("speaker"), t["speaker"]) for t in hits)
        else:
            our_misses.append((i, q))
    their_misses = [
        t for t in theirs
        if not any(overlaps((t["start"], t["end"]), (q["cstart"], q["cend"])) for _, q in
                   [(j, q) for j, q in marked if j == t["doc"]])
    ]
    pct = lambda a, b: f"{100 * a / b:.0f}%" if b else "-"
    print(f"our direct quotes also found by textacy: {matched}/{len(direct)} ({pct(matched, len(direct))}); "
          f"speaker agrees on {agree}/{matched} ({pct(agree, matched)})")
    print(f"textacy quotes that overlap none of our direct/partial quotes: {len(their_misses)}/{len(theirs)}")

    rng = random.Random(args.seed)
    print("\n-- 5 of our direct quotes textacy does not find (doc, speaker, text)")
    for i, q in rng.sample(our_misses, min(5, len(our_misses))):
        sp = (q.get("speaker") or {}).get("name", "?")
        print(f"  doc {i:2}  {clip(sp, 22):<22} “{clip(q['text'])}”")
    print("\n-- 5 textacy quotes we do not find as direct/partial (doc, speaker, text)")
    for t in rng.sample(their_misses, min(5, len(their_misses))):
        print(f"  doc {t['doc']:2}  {clip(t['speaker'], 22):<22} “{clip(t['text'])}”")


if __name__ == "__main__":
    sys.exit(main())
