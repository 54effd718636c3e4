#!/usr/bin/env python3
"""Builds data/corpus/{train,dev,test}.jsonl from data/corpus/raw/*.jsonl.

Split by story (every row of a story lands in one split) with a fixed hash, about 70/15/15.
Also prints counts per split and label, and the near-duplicate rate (5-gram Jaccard > 0.6
between distinct quotes). Run from the repository root: python3 data/scripts/split_corpus.py
"""
import glob, hashlib, json, os, sys, collections

root = os.path.join(os.path.dirname(__file__), "..", "corpus")
rows = []
for path in sorted(glob.glob(os.path.join(root, "raw", "*.jsonl"))):
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                r = json.loads(line)
                r["_src"] = f"{os.path.basename(path)}:{n}"
                rows.append(r)

def split_of(story):
    h = int(hashlib.sha256(story.encode()).hexdigest(), 16) % 100
    return "train" if h < 70 else ("dev" if h < 85 else "test")

out = collections.defaultdict(list)
for r in rows:
    out[split_of(r["story"])].append(r)
for name in ("train", "dev", "test"):
    with open(os.path.join(root, f"{name}.jsonl"), "w", encoding="utf-8") as f:
        for r in out[name]:
            r = {k: v for k, v in r.items() if k != "_src"}
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

print("| split | rows | stories | hostile | cooperative | neutral |")
print("|---|---:|---:|---:|---:|---:|")
for name in ("train", "dev", "test"):
    c = collections.Counter(r["stance"] for r in out[name])
    st = len({r["story"] for r in out[name]})
    print(f"| {name} | {len(out[name])} | {st} | {c['hostile']} | {c['cooperative']} | {c['neutral']} |")
c = collections.Counter(r["stance"] for r in rows)
print(f"| all | {len(rows)} | {len({r['story'] for r in rows})} | {c['hostile']} | {c['cooperative']} | {c['neutral']} |")

# near duplicates between distinct quotes
def grams(q):
    w = q.lower().split()
    return {tuple(w[i:i + 5]) for i in range(max(1, len(w) - 4))}
quotes = sorted({r["quote"] for r in rows})
g = [grams(q) for q in quotes]
index = collections.defaultdict(set)
for i, s in enumerate(g):
    for x in s:
        index[x].add(i)
near = set()
for i, s in enumerate(g):
    cand = set()
    for x in s:
        cand |= index[x]
    for j in cand:
        if j > i and len(s & g[j]) / len(s | g[j]) > 0.6:
            near.add(i); near.add(j)
rows_near = sum(1 for r in rows if quotes.index(r["quote"]) in near) if near else 0
multi = collections.defaultdict(set)
for r in rows:
    multi[r["quote"]].add(r["stance"])
print(f"distinct quotes: {len(quotes)}; quotes naming >=2 targets with different stances: "
      f"{sum(1 for v in multi.values() if len(v) > 1)} ({100*sum(1 for v in multi.values() if len(v) > 1)/len(quotes):.1f} %)")
print(f"near-duplicate quotes (5-gram Jaccard > 0.6): {len(near)} of {len(quotes)} ({100*len(near)/len(quotes):.2f} %), rows affected {rows_near} ({100*rows_near/len(rows):.2f} %)")
