#!/usr/bin/env python3
"""Checks a labels.jsonl against the label schema without running any extractor.

Usage: python3 tools/validate_labels.py <fixture-dir> [--clickid]
Checks: every line parses and has exactly the twelve keys in order; each file exists and each article has exactly
one line; source_id is the file's CLICK-ID id (--clickid) or null; regencies are canonical names from
shared/data/regions.csv ("Kota " + name for a city, the bare name for a regency), no duplicates; provinces are
official province names; primary_regency is null or one of the regencies; persons have name/position/aliases with the
name and each alias written verbatim in the text (case-insensitive for bylines printed in capitals); dates are valid
ISO, sorted and unique; event_date is null or one of the dates; violation and incident ids come from the kinds list,
incidents are violations without `appeal`, modes come from {incident, appeal, rule} and `incident` is in modes
exactly when incidents is not empty; a weekday written before a full date ("Senin (9/9/2019)", "Senin, 9 September
2019", the stamp "Senin, 09 Sep 2019") matches the calendar.
"""
import csv
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "../../../../../shared/data")
KEYS = ["file", "source_id", "regencies", "provinces", "primary_regency", "persons", "dates", "event_date",
        "legal_refs", "violations", "incidents", "modes"]
KINDS = {"social-media", "campaign-attendance", "declaration-of-support", "state-facilities", "favouring-decision",
         "gifts-to-asn", "village-officials", "appeal"}
MODES = {"incident", "appeal", "rule"}
DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
MONTHS = {"jan": 1, "januari": 1, "feb": 2, "februari": 2, "mar": 3, "maret": 3, "apr": 4, "april": 4, "mei": 5,
          "jun": 6, "juni": 6, "jul": 7, "juli": 7, "agu": 8, "agt": 8, "agustus": 8, "sep": 9, "sept": 9,
          "september": 9, "okt": 10, "oktober": 10, "nov": 11, "november": 11, "des": 12, "desember": 12}


def gazetteer():
    regencies, provinces = set(), set()
    with open(os.path.join(DATA, "regions.csv"), encoding="utf-8") as h:
        for row in csv.DictReader(h):
            if row["kind"] == "province":
                provinces.add(row["name"])
            elif row["kind"] == "city":
                regencies.add("Kota " + row["name"])
            else:
                regencies.add(row["name"])
    return regencies, provinces


def weekday_errors(text):
    errors = []
    day = "(" + "|".join(DAYS) + ")"
    for m in re.finditer(day + r",? \(?(\d{1,2})/(\d{1,2})/(\d{4})\)?", text):
        errors += check_day(m.group(1), int(m.group(4)), int(m.group(3)), int(m.group(2)), m.group(0))
    for m in re.finditer(day + r",? (\d{1,2}) ([A-Za-z]+) (\d{4})", text):
        month = MONTHS.get(m.group(3).lower())
        if month:
            errors += check_day(m.group(1), int(m.group(4)), month, int(m.group(2)), m.group(0))
    return errors


def check_day(name, year, month, dayno, found):
    try:
        d = datetime.date(year, month, dayno)
    except ValueError:
        return [f"impossible date {found!r}"]
    return [] if DAYS[d.weekday()] == name else [f"weekday mismatch {found!r} (is {DAYS[d.weekday()]})"]


def main():
    folder = sys.argv[1]
    clickid = "--clickid" in sys.argv
    regencies, provinces = gazetteer()
    articles = set(os.listdir(os.path.join(folder, "articles")))
    seen, problems, counts = set(), [], {"persons": 0, "aliases": 0, "regencies": 0, "provinces": 0, "dates": 0,
                                         "legal_refs": 0, "incidents": 0}
    kinds = {}
    with open(os.path.join(folder, "labels.jsonl"), encoding="utf-8") as h:
        lines = h.read().splitlines()
    for n, line in enumerate(lines, 1):
        o = json.loads(line)
        where = f"line {n} ({o.get('file')})"
        if list(o) != KEYS:
            problems.append(f"{where}: keys {list(o)}")
            continue
        if o["file"] not in articles:
            problems.append(f"{where}: no such article")
            continue
        if o["file"] in seen:
            problems.append(f"{where}: duplicate")
        seen.add(o["file"])
        text = open(os.path.join(folder, "articles", o["file"]), encoding="utf-8").read()
        expected_id = o["file"][:-4] if clickid else None
        if o["source_id"] != expected_id:
            problems.append(f"{where}: source_id {o['source_id']!r}")
        for key in ("regencies", "provinces", "dates", "legal_refs", "violations", "incidents", "modes"):
            if not isinstance(o[key], list) or not all(isinstance(v, str) for v in o[key]):
                problems.append(f"{where}: {key} is not a list of strings")
            elif len(set(o[key])) != len(o[key]):
                problems.append(f"{where}: duplicate in {key}")
        problems += [f"{where}: regency {r!r} not canonical" for r in o["regencies"] if r not in regencies]
        problems += [f"{where}: province {p!r} not canonical" for p in o["provinces"] if p not in provinces]
        if o["primary_regency"] is not None and o["primary_regency"] not in o["regencies"]:
            problems.append(f"{where}: primary_regency not among regencies")
        for p in o["persons"]:
            if list(p) != ["name", "position", "aliases"] or not isinstance(p["name"], str) or \
                    not (p["position"] is None or isinstance(p["position"], str)) or not isinstance(p["aliases"], list):
                problems.append(f"{where}: person {p}")
                continue
            for form in [p["name"]] + p["aliases"]:
                if form not in text and form.lower() not in text.lower():
                    problems.append(f"{where}: person form {form!r} not in text")
            counts["aliases"] += len(p["aliases"])
        for d in o["dates"]:
            try:
                datetime.date.fromisoformat(d)
            except ValueError:
                problems.append(f"{where}: bad date {d!r}")
        if o["dates"] != sorted(o["dates"]):
            problems.append(f"{where}: dates not sorted")
        if o["event_date"] is not None and o["event_date"] not in o["dates"]:
            problems.append(f"{where}: event_date not among dates")
        problems += [f"{where}: kind {k!r}" for k in o["violations"] + o["incidents"] if k not in KINDS]
        if "appeal" in o["incidents"] or not set(o["incidents"]) <= set(o["violations"]):
            problems.append(f"{where}: incidents must be violations without appeal")
        problems += [f"{where}: mode {m!r}" for m in o["modes"] if m not in MODES]
        if bool(o["incidents"]) != ("incident" in o["modes"]):
            problems.append(f"{where}: incidents and the `incident` mode disagree")
        if ("appeal" in o["violations"]) and "appeal" not in o["modes"]:
            problems.append(f"{where}: violation appeal without mode appeal")
        problems += [f"{where}: {e}" for e in weekday_errors(text)]
        counts["persons"] += len(o["persons"])
        counts["regencies"] += len(o["regencies"])
        counts["provinces"] += len(o["provinces"])
        counts["dates"] += len(o["dates"])
        counts["legal_refs"] += len(o["legal_refs"])
        counts["incidents"] += len(o["incidents"])
        for k in o["incidents"]:
            kinds[k] = kinds.get(k, 0) + 1
        for m in o["modes"]:
            kinds["mode:" + m] = kinds.get("mode:" + m, 0) + 1
    problems += [f"article {a} has no label line" for a in sorted(articles - seen)]
    print(f"{len(lines)} lines; " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    print("incident kinds / modes: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    for p in problems:
        print("PROBLEM", p)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
