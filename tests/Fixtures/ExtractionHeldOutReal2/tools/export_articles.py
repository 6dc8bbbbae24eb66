#!/usr/bin/env python3
"""Writes articles/<id>.txt for the ids in tools/topic_ids.txt and tools/general_ids.txt, in the page format of
tests/Fixtures/ExtractionClickId: the corpus title, a blank line, a stamp made from the corpus date in Indonesian
("Selasa, 10 Sep 2019"), a blank line, then the corpus text's non-empty lines as paragraphs separated by blank lines.
Usage: python3 tools/export_articles.py [corpus.jsonl]
"""
import datetime
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "../../../../../shared/data/news-corpus/clickid-articles.jsonl")
OUT = os.path.join(HERE, "..", "articles")
# Indonesian names written out here, not taken from the machine's locale, so the output is the same everywhere.
DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]


def stamp(iso):
    d = datetime.date.fromisoformat(iso)
    return f"{DAYS[d.weekday()]}, {d.day:02d} {MONTHS[d.month - 1]} {d.year}"


def main():
    ids = []
    for name in ("topic_ids.txt", "general_ids.txt"):
        with open(os.path.join(HERE, name), encoding="utf-8") as h:
            ids += [line.strip() for line in h if line.strip()]
    wanted = set(ids)
    os.makedirs(OUT, exist_ok=True)
    written = 0
    with open(CORPUS, encoding="utf-8") as h:
        for line in h:
            o = json.loads(line)
            if o["id"] not in wanted:
                continue
            body = "\n\n".join(p.strip() for p in o["text"].split("\n") if p.strip())
            page = f"{o['title']}\n\n{stamp(o['date'])}\n\n{body}\n"
            with open(os.path.join(OUT, o["id"] + ".txt"), "w", encoding="utf-8", newline="\n") as out:
                out.write(page)
            written += 1
    print(f"wrote {written} of {len(ids)} articles")


if __name__ == "__main__":
    main()
