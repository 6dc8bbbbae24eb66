# JSON-validity and consistency check for tests/Fixtures/ExtractionHeldOutReal17/labels.jsonl; run from the repository root.
# Checks format only (no extraction): keys and order, files, gazetteer names, dates, names occurring verbatim in the text,
# violation/incident/mode ids from the schema's lists.
import csv, datetime, json, os, re, sys

here = 'tests/Fixtures/ExtractionHeldOutReal17'
keys = ["file", "source_id", "regencies", "provinces", "primary_regency", "persons", "dates", "event_date", "legal_refs",
        "violations", "incidents", "modes"]
regencies, provinces = set(), set()
for r in csv.DictReader(open('../shared/data/regions.csv', encoding='utf-8')):
    if r['kind'] == 'province':
        provinces.add(r['name'])
    else:
        regencies.add(('Kota ' if r['kind'] == 'city' else '') + r['name'])
errors, seen = [], set()
kinds = {'social-media', 'campaign-attendance', 'declaration-of-support', 'state-facilities', 'favouring-decision',
         'gifts-to-asn', 'village-officials', 'appeal'}
days = ['Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu', 'Minggu']
for n, line in enumerate(open(os.path.join(here, 'labels.jsonl'), encoding='utf-8'), 1):
    d = json.loads(line)
    e = lambda m: errors.append(f"line {n} ({d.get('file')}): {m}")
    if list(d) != keys: e(f"keys {list(d)}")
    path = os.path.join(here, 'articles', d['file'])
    if not os.path.exists(path): e('missing article'); continue
    if d['file'] != d['source_id'] + '.txt': e('file/source_id mismatch')
    seen.add(d['file'])
    text = open(path, encoding='utf-8').read()
    for r in d['regencies']:
        if r not in regencies: e(f"regency not in gazetteer: {r}")
    for p in d['provinces']:
        if p not in provinces: e(f"province not in gazetteer: {p}")
    if len(set(d['regencies'])) != len(d['regencies']) or len(set(d['provinces'])) != len(d['provinces']): e('duplicates')
    if d['primary_regency'] is not None and d['primary_regency'] not in d['regencies']: e('primary not among regencies')
    names = [p['name'] for p in d['persons']]
    if len(set(names)) != len(names): e('duplicate person')
    for p in d['persons']:
        if list(p) != ['name', 'position', 'aliases']: e(f"person keys {list(p)}")
        for s in [p['name']] + p['aliases']:
            if s not in text: e(f"name not verbatim in text: {s}")
        if p['position'] is not None and not isinstance(p['position'], str): e('position type')
    for x in d['dates']:
        datetime.date.fromisoformat(x)
    if d['dates'] != sorted(set(d['dates'])): e('dates not sorted/unique')
    if d['event_date'] is not None and d['event_date'] not in d['dates']: e('event_date not among dates')
    stamp = text.split('\n')[2]
    m = re.match(r'(\w+), (\d\d) (\w+) (\d{4})$', stamp)
    if not m: e(f"bad stamp {stamp!r}")
    for k in ('legal_refs', 'violations', 'incidents', 'modes'):
        if not isinstance(d[k], list): e(f"{k} not a list")
    if not set(d['violations']) <= kinds: e(f"unknown violation {d['violations']}")
    if not set(d['incidents']) <= kinds - {'appeal'} or not set(d['incidents']) <= set(d['violations']): e('incidents not violations without appeal')
    if not set(d['modes']) <= {'incident', 'appeal', 'rule'}: e(f"unknown mode {d['modes']}")
    if ('incident' in d['modes']) != bool(d['incidents']): e('mode incident and incidents disagree')
arts = set(os.listdir(os.path.join(here, 'articles')))
if arts != seen: errors.append(f"articles without labels: {sorted(arts - seen)}")
print('\n'.join(errors) if errors else f"ok: {len(seen)} articles")
sys.exit(1 if errors else 0)
