#!/usr/bin/env python3
"""Build data/cameo_verbs.tsv from the PETRARCH2 CAMEO verb dictionary (CAMEO.2.0.txt).

Source: PETRARCH2 / Phoenix (Open Event Data Alliance), MIT licence,
https://github.com/openeventdata/petrarch2 (petrarch2/data/dictionaries/CAMEO.2.0.txt),
by default ../../shared/data/petrarch2 relative to the repository root (override with
--petrarch-dir or $PETRARCH2_DIR).

Output: a TSV with the header `lemma<TAB>class<TAB>code`, one line per verb lemma, sorted.
  * lemma: the verb as listed in the dictionary, lower case; multi-word verbs have their
    words joined by spaces ('+CALL_OFF' -> 'call off').
  * code: the verb's CAMEO event code: its own `[code]` when the verb line has one, else
    the code of its verb block (`---  HEADWORD   [code]  ---`). For `[active:passive]`
    codes the active side is used. Verbs whose code is `[---]` (no event) are left out.
  * class: from the root (first two digits) of the code, see ROOT_CLASS:
      01 make public statement (say, announce, comment ...) -> neutral
      02-08 appeal, intend to cooperate, consult, diplomatic/material cooperation,
            aid, yield -> cooperative
      09 investigate -> neutral
      10-20 demand, disapprove, reject, threaten, protest, force posture, reduce
            relations, coerce, assault, fight, mass violence -> hostile
A lemma listed in several blocks gets its most frequent class (ties: the class of its
first listing) and the first code listed with that class.
Left out: synonym sets (&NAME), pattern lines ('- ...'), the transformations section,
auxiliaries (will, would, be, have ...) and odd entries (digits, punctuation,
fragments with 'and'/'or', inflected forms listed as lemmas).

Usage: python3 data/scripts/build_cameo_verbs.py [--check] [--petrarch-dir DIR] [--out FILE]
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parent
REPO = DATA.parent
DEFAULT_PETRARCH = REPO.parent / "shared" / "data" / "petrarch2"

HEADER = "lemma\tclass\tcode"

ROOT_CLASS = {f"{r:02d}": "cooperative" for r in range(2, 9)}
ROOT_CLASS.update({"01": "neutral", "09": "neutral"})
ROOT_CLASS.update({f"{r:02d}": "hostile" for r in range(10, 21)})

AUXILIARIES = {"am", "is", "are", "was", "were", "be", "been", "being", "will", "would",
               "shall", "should", "has", "have", "had", "do", "does", "did", "can", "could",
               "may", "might", "must"}

# Inflected forms listed as if they were lemmas (their lemma is listed too).
INFLECTED = {"saw", "touring", "worried"}

BLOCK_RE = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]")
VERB_RE = re.compile(r"^(\+?[A-Z][A-Z_+'\-]*)\s*(\{[^}]*\})?\s*(\[[^\]]*\])?\s*$")


def active_code(raw: str | None) -> str | None:
    """'042:043' -> '042'; ':110' -> None (no active event); '---' -> None."""
    if raw is None:
        return None
    code = raw.strip().split(":")[0].strip()
    if not re.fullmatch(r"\d{2,4}", code):
        return None
    return code


def parse(path: Path) -> list[tuple[str, str, int]]:
    """Return (lemma, code, line) for every verb line with an event code, in file order."""
    out: list[tuple[str, str, int]] = []
    block_code: str | None = None
    in_blocks = False
    with open(path, encoding="utf-8", errors="replace") as fh:
        for lineno, raw in enumerate(fh, 1):
            line = raw.rstrip("\n")
            if "TRANSFORMATIONS" in line and line.startswith("#"):
                break
            m = BLOCK_RE.match(line)
            if m:
                in_blocks = True
                block_code = active_code(m.group(2))
                continue
            if not in_blocks:
                continue  # header and synonym sets
            body = re.split(r"[#;]", line, maxsplit=1)[0].rstrip()
            if not body.strip() or body.startswith(("-", "&", "\t", " ")):
                continue
            v = VERB_RE.match(body)
            if not v:
                print(f"warning: line {lineno}: skipped odd verb line {body!r}", file=sys.stderr)
                continue
            word, _forms, own = v.groups()
            code = active_code(own[1:-1]) if own else block_code
            if own and code is None:
                continue  # explicitly no event ([---] or [:passive-only])
            if code is None:
                continue  # verb of a [---] block
            lemma = word.replace("+", "").replace("_", " ").strip().lower()
            lemma = re.sub(r"\s+", " ", lemma)
            if not re.fullmatch(r"[a-z][a-z'\-]*( [a-z][a-z'\-]*){0,3}", lemma):
                continue
            words = lemma.split(" ")
            if words[0] in AUXILIARIES or lemma in INFLECTED:
                continue
            if "and" in words or "or" in words:
                continue  # fragments such as 'arrest and', 'kidnapped and killed'
            out.append((lemma, code, lineno))
    return out


def build(petrarch: Path) -> str:
    entries = parse(petrarch / "CAMEO.2.0.txt")
    by_lemma: dict[str, list[tuple[str, str]]] = {}
    for lemma, code, _ in entries:
        cls = ROOT_CLASS.get(code[:2])
        if cls is None:
            continue
        by_lemma.setdefault(lemma, []).append((cls, code))
    lines = [HEADER]
    for lemma in sorted(by_lemma):
        listings = by_lemma[lemma]
        counts = Counter(c for c, _ in listings)
        best = max(counts.values())
        cls = next(c for c, _ in listings if counts[c] == best)  # tie: first listing
        code = next(k for c, k in listings if c == cls)
        lines.append(f"{lemma}\t{cls}\t{code}")
    return "\n".join(lines) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--petrarch-dir", type=Path,
                    default=Path(os.environ.get("PETRARCH2_DIR", DEFAULT_PETRARCH)))
    ap.add_argument("--out", type=Path, default=DATA / "cameo_verbs.tsv")
    ap.add_argument("--check", action="store_true",
                    help="do not write; exit 1 if the output file differs from a fresh build")
    args = ap.parse_args()
    text = build(args.petrarch_dir)
    n = text.count("\n") - 1
    if args.check:
        current = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
        if current != text:
            print(f"{args.out} is out of date; re-run {Path(__file__).name}", file=sys.stderr)
            return 1
        print(f"{args.out} is up to date ({n} lemmas)", file=sys.stderr)
        return 0
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out} ({n} lemmas)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
