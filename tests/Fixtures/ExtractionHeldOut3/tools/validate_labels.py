#!/usr/bin/env python3
"""Format check for this set's labels.jsonl (run from the set's folder: python3 tools/validate_labels.py .).

Checks only the form of the labels, never what an extractor gives: key order, one line per article, canonical
regency/province names, primary regency among the regencies, person names and aliases written in the text, sorted
unique valid ISO dates with the event date among them, kinds and modes from the lists, incidents = violations without
`appeal`, `incident` mode exactly when there are incidents, every weekday written before a full date matching the
calendar, and the page format (headline, blank line, stamp, blank line, body)."""
import csv, datetime, json, os, re, sys

KEYS = ["file", "source_id", "regencies", "provinces", "primary_regency", "persons", "dates", "event_date",
        "legal_refs", "violations", "incidents", "modes"]
KINDS = {"social-media", "campaign-attendance", "declaration-of-support", "state-facilities", "favouring-decision",
         "gifts-to-asn", "village-officials"}
MODES = ["incident", "appeal", "rule"]
DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
MONTHS = {"Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Mei": 5, "Jun": 6, "Jul": 7, "Agu": 8, "Agt": 8, "Sep": 9,
          "Okt": 10, "Nov": 11, "Des": 12, "Januari": 1, "Februari": 2, "Maret": 3, "April": 4, "Juni": 6, "Juli": 7,
          "Agustus": 8, "September": 9, "Oktober": 10, "November": 11, "Desember": 12}


def regions(root):
    path = os.path.join(root, "..", "..", "..", "..", "shared", "data", "regions.csv")
    regencies, provinces = set(), set()
    with open(path, encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["kind"] == "province":
                provinces.add(row["name"])
            elif row["kind"] == "city":
                regencies.add("Kota " + row["name"])
            else:
                regencies.add(row["name"])
    return regencies, provinces


def main(root):
    root = os.path.abspath(root)
    regencies, provinces = regions(root)
    problems = []
    seen = []
    for n, line in enumerate(open(os.path.join(root, "labels.jsonl"), encoding="utf-8"), 1):
        d = json.loads(line)
        where = f"line {n} ({d.get('file')})"
        if list(d) != KEYS:
            problems.append(f"{where}: keys {list(d)}")
            continue
        seen.append(d["file"])
        text = open(os.path.join(root, "articles", d["file"]), encoding="utf-8").read()
        lines = text.split("\n")
        if not (lines[0].strip() and lines[1] == "" and lines[2].strip() and lines[3] == "" and lines[4].strip()):
            problems.append(f"{where}: page format")
        if d["source_id"] is not None:
            problems.append(f"{where}: source_id")
        for r in d["regencies"]:
            if r not in regencies:
                problems.append(f"{where}: regency {r}")
        if len(set(d["regencies"])) != len(d["regencies"]):
            problems.append(f"{where}: duplicate regency")
        for p in d["provinces"]:
            if p not in provinces:
                problems.append(f"{where}: province {p}")
        if d["primary_regency"] is not None and d["primary_regency"] not in d["regencies"]:
            problems.append(f"{where}: primary regency")
        for p in d["persons"]:
            if list(p) != ["name", "position", "aliases"]:
                problems.append(f"{where}: person keys {list(p)}")
            for name in [p["name"]] + p["aliases"]:
                if name not in text:
                    problems.append(f"{where}: person/alias not in text: {name}")
        dates = d["dates"]
        for x in dates:
            try:
                datetime.date.fromisoformat(x)
            except ValueError:
                problems.append(f"{where}: date {x}")
        if dates != sorted(set(dates)):
            problems.append(f"{where}: dates not sorted/unique")
        if d["event_date"] is not None and d["event_date"] not in dates:
            problems.append(f"{where}: event_date not among dates")
        if len(set(d["legal_refs"])) != len(d["legal_refs"]):
            problems.append(f"{where}: duplicate legal ref")
        v, inc, modes = d["violations"], d["incidents"], d["modes"]
        if not set(v) <= KINDS | {"appeal"} or not set(inc) <= KINDS:
            problems.append(f"{where}: unknown kind")
        if [k for k in v if k != "appeal"] != inc:
            problems.append(f"{where}: incidents != violations without appeal")
        if [m for m in MODES if m in modes] != modes or len(set(modes)) != len(modes):
            problems.append(f"{where}: modes {modes}")
        if ("incident" in modes) != bool(inc):
            problems.append(f"{where}: incident mode vs incidents")
        if "appeal" in v and "appeal" not in modes:
            problems.append(f"{where}: appeal violation without appeal mode")
        pattern = r"(Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu),? \(?(\d{1,2})[/ ]([0-9]{1,2}|[A-Z][a-z]+)[/ ](\d{4})"
        for m in re.finditer(pattern, text):
            mo = m.group(3)
            mo = int(mo) if mo.isdigit() else MONTHS.get(mo)
            day = DAYS[datetime.date(int(m.group(4)), mo, int(m.group(2))).weekday()]
            if day != m.group(1):
                problems.append(f"{where}: '{m.group(0)}' is a {day}")
    files = sorted(f for f in os.listdir(os.path.join(root, "articles")) if f.endswith(".txt"))
    if sorted(seen) != files or len(seen) != len(set(seen)):
        problems.append("labels and articles do not match one to one")
    for p in problems:
        print(p)
    print("ok" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "."))
