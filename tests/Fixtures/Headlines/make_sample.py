#!/usr/bin/env python3
"""Writes headlines.tsv: a small, seeded sample of real CLICK-ID headlines that hold a dash, a hyphen or a colon
(the places where a title used to be cut), plus the headlines named in issue 17.

    python3 make_sample.py [../../../../shared/data/news-corpus/clickid-articles.jsonl]

CLICK-ID: William & Sari 2020, CC BY 4.0, doi:10.17632/k42j7x2kpn.1 (see README.md).
"""
import hashlib
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE.parents[3] / "shared" / "data" / "news-corpus" / "clickid-articles.jsonl"
SEED = 17
DASHED = 80   # headlines with a hyphen or a dash
COLONS = 20   # headlines with ": " and no dash
# Headlines seen cut while measuring (README.md), found by a phrase of each: the issue's own, spaced dashes before a
# rubric or speaker, a portal word first, a quoted title with a colon, a domain or capitals as a speaker.
NAMED = [
    "Ini Kata Menpan-RB",
    "VIDEO LIVE STREAMING - Menpora",
    "Berita Persib Hari Ini - Robert Alberts",
    "Indonesia - Polandia Tingkatkan",
    "Pemerintah 'Lobi' DPR",
    "Gadis Muslim Berhijab di 'SPIDER-MAN: FAR FROM HOME'",
    "Booking.com: Hampir Setengah",
    "Melanie Subono: TERKUTUK",
    "Ada Lisa Blackpink - V BTS",
    "PII: Pengesahan PP Nomor 25",
    "Baru Pembangunan...",
]


def held_out(article_id: str) -> bool:
    """The lead's held-out rule (/work/notes/heldout-rule.md): a quarter of CLICK-ID, never read while developing."""
    return hashlib.sha256(article_id.encode("utf-8")).hexdigest()[0] in "0123"


def main() -> None:
    rows = [json.loads(line) for line in CORPUS.open(encoding="utf-8")]
    rows.sort(key=lambda r: r["id"])
    title = {r["id"]: " ".join(r["title"].split()) for r in rows}
    named = [next(r["id"] for r in rows if phrase in r["title"]) for phrase in NAMED]
    dashed = [i for i in title if re.search(r"[-\u2013\u2014]", title[i]) and i not in named]
    colons = [i for i in title if ": " in title[i] and not re.search(r"[-\u2013\u2014]", title[i])]
    rng = random.Random(SEED)
    picked = named + rng.sample(dashed, DASHED) + rng.sample(colons, COLONS)
    # Held-out articles are dropped from the sample as drawn (the draw itself is unchanged, so the earlier file minus
    # them is what this writes).
    picked = [i for i in picked if not held_out(i)]
    with (HERE / "headlines.tsv").open("w", encoding="utf-8", newline="\n") as out:
        out.write("# id\theadline  (CLICK-ID, William & Sari 2020, CC BY 4.0, doi:10.17632/k42j7x2kpn.1)\n")
        for i in picked:
            out.write(f"{i}\t{title[i]}\n")
    print(f"{len(picked)} headlines")


if __name__ == "__main__":
    main()
