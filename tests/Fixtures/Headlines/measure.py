#!/usr/bin/env python3
"""Counts CLICK-ID headlines that come out of the parser changed (README.md, "Measuring").

    python3 measure.py [--set random|dashed|all] [--count 300] [--seed 17] [--cli PATH.dll] [--show]

Each headline is written three ways into a scratch folder: a minimal HTML page (<title> and <h1> the headline, then
the article's first three paragraphs), a page without <h1> whose <title> and og:title are the headline, and a .txt
with the headline on its first line, a blank line, then the paragraphs. `./netralitas extract` (or the CLI build given
with --cli) reads them all; a title that differs from the headline, white space aside, counts as changed.
"""
import argparse
import hashlib
import html
import json
import os
import random
import re
import subprocess
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
CORPUS = REPO.parent / "shared" / "data" / "news-corpus" / "clickid-articles.jsonl"
KINDS = {"html": "minimal HTML", "og.html": "og:title, no h1", "txt": "text"}


def write(folder: Path, rows: list) -> dict:
    wanted = {}
    for n, row in enumerate(rows):
        title = row["title"].strip()
        paragraphs = [p.strip() for p in row["text"].split("\n") if p.strip()][:3]
        body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
        name = f"{n:05d}"
        head = f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
        (folder / f"{name}.html").write_text(f"{head}</head><body><h1>{html.escape(title)}</h1>{body}</body></html>\n", encoding="utf-8")
        (folder / f"{name}.og.html").write_text(f'{head}<meta property="og:title" content="{html.escape(title)}"></head><body>{body}</body></html>\n', encoding="utf-8")
        (folder / f"{name}.txt").write_text(title + "\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
        wanted[name] = title
    return wanted


def extract(files: list, cli: str | None) -> list:
    command = ["dotnet", cli, "extract"] if cli else [str(REPO / "netralitas"), "extract"]
    lines = []
    for start in range(0, len(files), 2000):
        done = subprocess.run(command + files[start:start + 2000], capture_output=True, text=True, cwd=REPO)
        lines += done.stdout.splitlines()
    return [json.loads(line) for line in lines]


def held_out(article_id: str) -> bool:
    """The lead's held-out rule (/work/notes/heldout-rule.md): a quarter of CLICK-ID, never read while developing."""
    return hashlib.sha256(article_id.encode("utf-8")).hexdigest()[0] in "0123"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--set", choices=["random", "dashed", "all"], default="random")
    parser.add_argument("--count", type=int, default=300)
    parser.add_argument("--seed", type=int, default=17)
    parser.add_argument("--cli")
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args()

    rows = [r for r in (json.loads(line) for line in CORPUS.open(encoding="utf-8")) if not held_out(r["id"])]
    rows.sort(key=lambda r: r["id"])
    if args.set == "dashed":
        rows = [r for r in rows if re.search(r"[-\u2013\u2014]", r["title"])]
    if args.set != "all":
        random.Random(args.seed).shuffle(rows)
        rows = rows[:args.count]

    with tempfile.TemporaryDirectory(prefix="headlines-") as scratch:
        folder = Path(scratch)
        wanted = write(folder, rows)
        files = sorted(str(folder / f) for f in os.listdir(folder))
        changed = {kind: [] for kind in KINDS}
        for record in extract(files, args.cli):
            base = os.path.basename(record["file"])
            name, kind = base.split(".", 1)
            if " ".join((record.get("title") or "").split()) != " ".join(wanted[name].split()):
                changed[kind].append((wanted[name], record.get("title")))

    print(f"headlines: {len(wanted)} ({args.set}, seed {args.seed})")
    for kind, label in KINDS.items():
        print(f"changed, {label}: {len(changed[kind])}")
    either = {w for kind in ("html", "txt") for w, _ in changed[kind]}
    print(f"changed, minimal HTML or text: {len(either)}")
    if args.show:
        for kind in KINDS:
            for want, got in changed[kind]:
                print(f"  {kind}: {want!r} -> {got!r}")


if __name__ == "__main__":
    main()
