"""Writes the JSON Lines corpus behind docs/stance-network.*: tests/golden/seed.txt, the
Wikinews articles tests/golden/gum_*.txt and benches/data/wikinews_corpus.txt (split on form
feeds; articles already given as gum_*.txt are skipped), with the date of each article's
Wikinews dateline ("Friday, August 21, 2015" -> "2015-08-21") when it has one.

    python3 docs/make_corpus.py > /tmp/corpus.jsonl
"""
import datetime
import glob
import json
import re
import sys


def date_of(text):
    m = re.search(r'^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, (\w+ \d{1,2}, \d{4})\s*$',
                  text[:600], re.M)
    if not m:
        return None
    return datetime.datetime.strptime(m.group(1), '%B %d, %Y').date().isoformat()


docs = [("seed", open('tests/golden/seed.txt', encoding='utf-8').read())]
for p in sorted(glob.glob('tests/golden/gum_*.txt')):
    docs.append((p.split('/')[-1][:-4], open(p, encoding='utf-8').read()))
titles = {t.split('\n', 1)[0].strip() for _, t in docs}
corpus = open('benches/data/wikinews_corpus.txt', encoding='utf-8').read()
for i, t in enumerate(corpus.split('\f')):
    t = t.strip()
    if t and t.split('\n', 1)[0].strip() not in titles:
        docs.append((f"wikinews_{i:02d}", t + "\n"))
for id_, t in docs:
    print(json.dumps({"id": id_, "date": date_of(t), "text": t}, ensure_ascii=False))
print(f"{len(docs)} documents, {sum(1 for _, t in docs if date_of(t))} dated", file=sys.stderr)
