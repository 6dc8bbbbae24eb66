#!/usr/bin/env python3
"""Counts real articles whose true publication date the parser refuses (README.md, "Measuring").

    python3 measure_dates.py [--shift YEARS] [--count N] [--cli PATH.dll] [--show]

Every CLICK-ID article (21,963, all of 2019) is written twice into a scratch folder with its own date: as a page whose
article:published_time is the date (the whole text as paragraphs), and as a .txt whose second line is a stamp
"Diterbitkan 10 September 2019". `./netralitas extract` (or the build given with --cli) reads them with the machine's
clock; an article counts when its published date is not its true date.

With --shift YEARS the date written is that many years before the true one (a wrong date of the kind a historical
mention gives), and the counts are of articles left undated (the wrong date refused), of those dated with the wrong
date, and of those given their true date by another source (the dateline's "Selasa (10/9/2019)"). --count N takes the first N articles by id.
"""
import argparse
import hashlib
import html
import json
import os
import subprocess
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
CORPUS = REPO.parent / "shared" / "data" / "news-corpus" / "clickid-articles.jsonl"
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"]


def held_out(article_id: str) -> bool:
    """The lead's held-out rule (/work/notes/heldout-rule.md): a quarter of CLICK-ID, never read while developing."""
    return hashlib.sha256(article_id.encode("utf-8")).hexdigest()[0] in "0123"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli")
    parser.add_argument("--shift", type=int, default=0)
    parser.add_argument("--count", type=int)
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args()
    rows = sorted((r for r in (json.loads(line) for line in CORPUS.open(encoding="utf-8")) if not held_out(r["id"])), key=lambda r: r["id"])[:args.count]
    command = ["dotnet", args.cli, "extract"] if args.cli else [str(REPO / "netralitas"), "extract"]
    wrong = {"html": [], "txt": []}
    undated = {"html": 0, "txt": 0}
    misdated = {"html": 0, "txt": 0}
    righted = {"html": 0, "txt": 0}
    with tempfile.TemporaryDirectory(prefix="dates-") as scratch:
        folder = Path(scratch)
        truth = {}
        for n, row in enumerate(rows):
            year, month, day = (int(part) for part in row["date"].split("-"))
            year -= args.shift
            written = f"{year:04d}-{month:02d}-{day:02d}"
            paragraphs = [p.strip() for p in row["text"].split("\n") if p.strip()] or ["(tanpa teks)"]
            title = html.escape(row["title"])
            body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
            name = f"{n:05d}"
            (folder / f"{name}.html").write_text(
                f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title>'
                f'<meta property="article:published_time" content="{written}T10:00:00+07:00"></head>'
                f"<body><h1>{title}</h1><article>{body}</article></body></html>\n", encoding="utf-8")
            (folder / f"{name}.txt").write_text(
                f'{row["title"]}\n\nDiterbitkan {day} {MONTHS[month - 1]} {year}\n\n' + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
            truth[name] = (row["date"], written)
        files = sorted(str(folder / f) for f in os.listdir(folder))
        for start in range(0, len(files), 2000):
            done = subprocess.run(command + files[start:start + 2000], capture_output=True, text=True, cwd=REPO)
            for line in done.stdout.splitlines():
                record = json.loads(line)
                name, kind = os.path.basename(record["file"]).split(".", 1)
                true_date, written = truth[name]
                if record.get("published") != true_date:
                    wrong[kind].append((name, true_date, record.get("published"), record.get("error")))
                if record.get("published") is None:
                    undated[kind] += 1
                elif args.shift and record.get("published") == written:
                    misdated[kind] += 1
                elif args.shift and record.get("published") == true_date:
                    righted[kind] += 1

    print(f"articles: {len(truth)}")
    for kind, label in (("html", "page with article:published_time"), ("txt", "text with a stamp line")):
        if args.shift:
            print(f"written {args.shift} years early, {label}: undated {undated[kind]}, dated with the wrong date {misdated[kind]}, with the true date from another source {righted[kind]}")
            continue
        print(f"true date not kept, {label}: {len(wrong[kind])}")
        if args.show:
            for name, want, got, error in wrong[kind]:
                print(f"  {name}: {want} -> {got}{' (' + error + ')' if error else ''}")


if __name__ == "__main__":
    main()
