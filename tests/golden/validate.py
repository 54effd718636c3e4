#!/usr/bin/env python3
"""Check a golden quote set: this folder by default, or the folder given as an argument.

Run: python3 tests/golden/validate.py                  (prints counts, exits 1 on any error)
     python3 tests/golden/validate.py --markdown       (also prints the count tables used in README.md)
     python3 tests/golden/validate.py tests/heldout    (the blind held-out set, same rules)
     python3 tests/golden/validate.py tests/dev2 --allow-markless
                                                       (the second dev set: a `direct` entry may also
                                                        be a pull or block quote set off without
                                                        quote marks, see tests/dev2/README.md)

Checks, for every <name>.txt that has a <name>.gold.json:
  * the JSON parses and has source, licence, quotes, non_speech with the documented keys only
  * kind is direct | partial | indirect; why is scare quote | title | term | apostrophe
  * every text occurs in the .txt at least `occurrence` times
  * direct and partial entries sit right after an opening quote mark and end before a closing
    mark (or at the end of the paragraph, for a quotation that runs on into the next paragraph)
  * indirect entries neither start nor end with a quote mark
  * every speaker and addressee name occurs in the article (case-insensitively); "A|B" lists the
    spellings the article itself uses, and each must occur
  * with --allow-markless, a direct entry without quote marks must start a paragraph and end
    with . ! or ?; such entries are counted as "markless"
  * no entry is listed twice
  * the .txt is UTF-8 with a title line, a blank line, then the body; no tabs or CR
"""
import glob
import json
import os
import sys

_dirs = [a for a in sys.argv[1:] if not a.startswith("--")]
HERE = os.path.abspath(_dirs[0]) if _dirs else os.path.dirname(os.path.abspath(__file__))
KINDS = ("direct", "partial", "indirect")
WHYS = ("scare quote", "title", "term", "apostrophe")
OPEN = "“\"«‘'„"
CLOSE = "”\"»’'“"
QUOTE_KEYS = {"text", "occurrence", "kind", "speaker", "addressee"}
NS_KEYS = {"text", "occurrence", "why"}
MARKLESS = "--allow-markless" in sys.argv


def locate(doc, text, occurrence):
    i = -1
    for _ in range(occurrence):
        i = doc.find(text, i + 1)
        if i < 0:
            return -1
    return i


def main():
    errors = []
    rows = []
    n_markless = 0
    for txt_path in sorted(glob.glob(os.path.join(HERE, "*.txt"))):
        name = os.path.basename(txt_path)[:-4]
        gold_path = os.path.join(HERE, name + ".gold.json")
        if not os.path.exists(gold_path):
            errors.append(f"{name}: no .gold.json")
            continue
        raw = open(txt_path, "rb").read()
        try:
            doc = raw.decode("utf-8")
        except UnicodeDecodeError as e:
            errors.append(f"{name}.txt: not UTF-8 ({e})")
            continue
        lines = doc.split("\n")
        if len(lines) < 3 or not lines[0].strip() or lines[1] != "":
            errors.append(f"{name}.txt: expected title line, blank line, body")
        if "\r" in doc or "\t" in doc:
            errors.append(f"{name}.txt: contains CR or tab")
        try:
            gold = json.load(open(gold_path, encoding="utf-8"))
        except json.JSONDecodeError as e:
            errors.append(f"{name}.gold.json: JSON error {e}")
            continue
        if set(gold) != {"source", "licence", "quotes", "non_speech"}:
            errors.append(f"{name}.gold.json: top-level keys {sorted(gold)}")
        for key in ("source", "licence"):
            if not isinstance(gold.get(key), str) or not gold.get(key):
                errors.append(f"{name}.gold.json: {key} missing")
        seen = set()
        counts = {k: 0 for k in KINDS}
        for n, q in enumerate(gold.get("quotes", [])):
            where = f"{name} quote #{n + 1} {q.get('text', '')[:50]!r}"
            if set(q) != QUOTE_KEYS:
                errors.append(f"{where}: keys {sorted(q)}")
                continue
            if q["kind"] not in KINDS:
                errors.append(f"{where}: bad kind {q['kind']!r}")
                continue
            counts[q["kind"]] += 1
            for k in ("speaker", "addressee"):
                if q[k] is not None and (not isinstance(q[k], str) or not q[k].strip()):
                    errors.append(f"{where}: bad {k} {q[k]!r}")
                elif q[k] is not None and any(alt.lower() not in doc.lower() for alt in q[k].split("|")):
                    errors.append(f"{where}: {k} {q[k]!r} does not occur in the article")
            if not isinstance(q["occurrence"], int) or q["occurrence"] < 1 or not q["text"]:
                errors.append(f"{where}: bad occurrence/text")
                continue
            if (q["text"], q["occurrence"]) in seen:
                errors.append(f"{where}: listed twice")
            seen.add((q["text"], q["occurrence"]))
            i = locate(doc, q["text"], q["occurrence"])
            if i < 0:
                errors.append(f"{where}: occurs {doc.count(q['text'])} times, occurrence {q['occurrence']} asked")
                continue
            j = i + len(q["text"])
            before = doc[i - 1] if i > 0 else "\n"
            after = doc[j] if j < len(doc) else "\n"
            markless = (MARKLESS and q["kind"] == "direct" and before == "\n"
                        and q["text"][0] not in OPEN and q["text"].rstrip()[-1] in ".!?")
            if markless:
                n_markless += 1
            elif q["kind"] in ("direct", "partial"):
                if before not in OPEN:
                    errors.append(f"{where}: {q['kind']} not preceded by an opening quote mark ({before!r})")
                if after not in CLOSE and after != "\n":
                    errors.append(f"{where}: {q['kind']} not followed by a closing quote mark ({after!r})")
            else:
                if q["text"][0] in OPEN or q["text"][-1] in CLOSE:
                    errors.append(f"{where}: indirect text starts/ends with a quote mark")
        for n, e in enumerate(gold.get("non_speech", [])):
            where = f"{name} non_speech #{n + 1} {e.get('text', '')[:40]!r}"
            if set(e) != NS_KEYS:
                errors.append(f"{where}: keys {sorted(e)}")
                continue
            if e["why"] not in WHYS:
                errors.append(f"{where}: bad why {e['why']!r}")
            if locate(doc, e["text"], e["occurrence"]) < 0:
                errors.append(f"{where}: occurs {doc.count(e['text'])} times, occurrence {e['occurrence']} asked")
        whys = {w: sum(1 for e in gold.get("non_speech", []) if e.get("why") == w) for w in WHYS}
        body_words = len(" ".join(lines[1:]).split())
        rows.append((name, body_words, counts, len(gold.get("quotes", [])), whys))

    total = {k: sum(r[2][k] for r in rows) for k in KINDS}
    total_ns = {w: sum(r[4][w] for r in rows) for w in WHYS}
    print(f"{'file':42} {'words':>5} {'direct':>6} {'partial':>7} {'indirect':>8} {'total':>5} {'non_speech':>10}")
    for name, words, c, n, w in rows:
        print(f"{name:42} {words:5} {c['direct']:6} {c['partial']:7} {c['indirect']:8} {n:5} {sum(w.values()):10}")
    print(f"{'TOTAL (' + str(len(rows)) + ' files)':42} {'':5} {total['direct']:6} {total['partial']:7} "
          f"{total['indirect']:8} {sum(total.values()):5} {sum(total_ns.values()):10}")
    print("non_speech by why:", total_ns)
    if MARKLESS:
        print("direct quotes without quote marks (pull/block quotes):", n_markless)
    if "--markdown" in sys.argv:
        print()
        print("| file | words | direct | partial | indirect | quotes | non_speech |")
        print("|---|---:|---:|---:|---:|---:|---:|")
        for name, words, c, n, w in rows:
            print(f"| `{name}` | {words} | {c['direct']} | {c['partial']} | {c['indirect']} | {n} | {sum(w.values())} |")
        print(f"| **total ({len(rows)} files)** | | **{total['direct']}** | **{total['partial']}** | "
              f"**{total['indirect']}** | **{sum(total.values())}** | **{sum(total_ns.values())}** |")
    if errors:
        print(f"\n{len(errors)} error(s):")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
