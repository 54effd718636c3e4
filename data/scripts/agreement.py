#!/usr/bin/env python3
"""Agreement of two blind re-annotations with the corpus labels (data/agreement/).

300 rows were drawn at random (seed 20261128) from data/corpus/dev.jsonl; two annotators labelled
them from the quote, speaker, target and context alone, following data/GUIDELINES.md, without
seeing the corpus label or each other's work. Prints observed agreement, Cohen's kappa and macro-F1
(treating the first of each pair as the reference) for annotator vs corpus and annotator vs annotator.
Run from the repository root: python3 data/scripts/agreement.py
"""
import collections, json, os

root = os.path.join(os.path.dirname(__file__), "..")
LABELS = ["hostile", "cooperative", "neutral"]
gold = {}
for split in ("train", "dev", "test"):
    with open(os.path.join(root, "corpus", f"{split}.jsonl"), encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            gold[r["id"]] = r["stance"]
ann = []
for name in ("annotator1", "annotator2"):
    with open(os.path.join(root, "agreement", f"{name}.jsonl"), encoding="utf-8") as f:
        ann.append({r["id"]: r["stance"] for r in map(json.loads, f)})
ids = list(ann[0])
assert set(ids) == set(ann[1]), "the two annotations cover different rows"
missing = [i for i in ids if i not in gold]
assert not missing, f"rows no longer in the corpus: {missing[:5]}"


def scores(ref, hyp):
    n = len(ref)
    po = sum(a == b for a, b in zip(ref, hyp)) / n
    cr, ch = collections.Counter(ref), collections.Counter(hyp)
    pe = sum(cr[c] * ch[c] for c in LABELS) / n / n
    f1s = []
    for c in LABELS:
        tp = sum(a == c and b == c for a, b in zip(ref, hyp))
        p = tp / ch[c] if ch[c] else 0.0
        r = tp / cr[c] if cr[c] else 0.0
        f1s.append(2 * p * r / (p + r) if p + r else 0.0)
    return po, (po - pe) / (1 - pe), sum(f1s) / 3, f1s


g = [gold[i] for i in ids]
a1 = [ann[0][i] for i in ids]
a2 = [ann[1][i] for i in ids]
print(f"{len(ids)} rows; corpus labels {dict(collections.Counter(g))}")
print("| pair | agreement | Cohen's kappa | macro-F1 | F1 hostile / cooperative / neutral |")
print("|---|---:|---:|---:|---|")
for name, ref, hyp in (("corpus vs annotator 1", g, a1), ("corpus vs annotator 2", g, a2),
                       ("annotator 1 vs annotator 2", a1, a2)):
    po, k, m, f = scores(ref, hyp)
    print(f"| {name} | {po:.3f} | {k:.3f} | {m:.3f} | {' / '.join(f'{x:.3f}' for x in f)} |")
both = [(x, y) for x, y, z in zip(g, a1, a2) if y == z]
print(f"rows where the annotators agree: {len(both)}; corpus label the same on {sum(x == y for x, y in both)}")
