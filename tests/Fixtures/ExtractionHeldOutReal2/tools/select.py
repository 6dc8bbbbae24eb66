#!/usr/bin/env python3
"""Chooses the ExtractionHeldOutReal2 articles from the CLICK-ID corpus; deterministic, reads no article by eye.

The rule was written down before any article was read (see ../README.md):
  pool    = held-out quarter (sha256(utf8(id)) hex starts with 0-3), minus every CLICK-ID id already used anywhere
            under tests/Fixtures (ids found by regex, plus the earlier held-out set's tools/*.txt id lists),
            length 120-700 words (so that every article can be read in full and labelled in one sitting).
  topic   = the pool articles whose title or text matches TOPIC (regional government, elections, ASN, village
            heads, Bawaslu, Pilkada), publisher in NEWS, ordered by sha256("heldout2:" + id), the first 30.
  general = the remaining pool articles from a NEWS publisher, ordered by sha256("heldout2:" + id), the first 20.
Usage: python3 tools/select.py [corpus.jsonl] [fixtures-dir]  -> writes tools/topic_ids.txt, tools/general_ids.txt
"""
import hashlib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "../../../../../shared/data/news-corpus/clickid-articles.jsonl")
FIXTURES = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, "../..")
OWN = os.path.basename(os.path.dirname(HERE))

# Regional/national news publishers of CLICK-ID; the entertainment and lifestyle sites (wowkeren, kapanlagi,
# fimela) are left out because their articles carry few regencies or officials.
NEWS = {"okezone.com", "tempo.co", "sindonews.com", "kompas.com", "tribunnews.com", "posmetro-medan.com"}
TOPIC = re.compile(
    r"\b(ASN|PNS|aparatur sipil|netralitas|Bawaslu|Panwas\w*|Pilkada|Pilbup|Pilwalkot|Pilgub|Pilkades|"
    r"kepala desa|kades|perangkat desa|lurah|camat|bupati|wali ?kota|wakil bupati|Pemkab|Pemkot|Pemprov|DPRD)\b",
    re.IGNORECASE)
ID = re.compile(r"clickid-[a-z0-9-]+?-\d{5}")


def heldout(i):
    return hashlib.sha256(i.encode("utf-8")).hexdigest()[0] in "0123"


def order(i):
    return hashlib.sha256(("heldout2:" + i).encode("utf-8")).hexdigest()


def used_ids():
    used = set()
    for root, dirs, files in os.walk(FIXTURES):
        # The earlier held-out sets are not read; their ids come from the two id lists below.
        dirs[:] = [d for d in dirs if d not in ("ExtractionHeldOut", "ExtractionHeldOutReal", OWN)]
        for f in files:
            with open(os.path.join(root, f), encoding="utf-8", errors="replace") as h:
                used.update(ID.findall(h.read()))
    for name in ("topic_ids.txt", "general_ids.txt"):
        with open(os.path.join(FIXTURES, "ExtractionHeldOutReal", "tools", name), encoding="utf-8") as h:
            used.update(line.strip() for line in h if line.strip())
    return used


def main():
    used = used_ids()
    pool = []
    with open(CORPUS, encoding="utf-8") as h:
        for line in h:
            o = json.loads(line)
            words = len(o["text"].split())
            if heldout(o["id"]) and o["id"] not in used and 120 <= words <= 700 and o["source"] in NEWS:
                pool.append(o)
    pool.sort(key=lambda o: order(o["id"]))
    topic = [o["id"] for o in pool if TOPIC.search(o["title"] + "\n" + o["text"])][:30]
    chosen = set(topic)
    general = [o["id"] for o in pool if o["id"] not in chosen][:20]
    for name, ids in (("topic_ids.txt", topic), ("general_ids.txt", general)):
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as h:
            h.write("".join(i + "\n" for i in ids))
    print(f"used ids excluded: {len(used)}; pool: {len(pool)}; topic: {len(topic)}; general: {len(general)}")


if __name__ == "__main__":
    main()
