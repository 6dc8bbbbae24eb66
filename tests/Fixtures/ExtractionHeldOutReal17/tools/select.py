# Selection rule for tests/Fixtures/ExtractionHeldOutReal17 (held-out, seventeenth real round); run from the repository root
# with `python3 -P tests/Fixtures/ExtractionHeldOutReal17/tools/select.py [--write]` (-P: this file shadows the stdlib `select`).
# Written and committed before any article was read. It is ExtractionHeldOutReal16/tools/select.py with the folder and the
# hash prefix changed (no regional article is left: Real6 took the last 34; Real7, Real8, Real9, Real10, Real11, Real12, Real13, Real14, Real15 and Real16 took 60 random ones each).
# Rule: CLICK-ID articles of the held-out quarter only (first hex digit of sha256(utf8(id)) is 0-3), whose id occurs
# nowhere under tests/ yet (ids only are grepped; no other held-out file is read), 120-450 words of text.
# All 60 drawn at random from the eligible articles (any subject): sorted by sha256("heldout18-random:" + id), the first 60.
# The regional cue rule (the cue list of ExtractionClickIdDev2/pick.py, as in Real3-Real6: at least four cues of at least
# two kinds in headline + text) is kept only to report how many of the 60 have regional cues; it does not select.
# Writes articles/<id>.txt (headline, blank line, stamp from the corpus date, blank line, paragraphs) and prints the ids.
import collections, datetime, hashlib, json, os, re, subprocess, sys

here = 'tests/Fixtures/ExtractionHeldOutReal17'
used = set(subprocess.run(
    "grep -rhoE 'clickid-[a-z-]+-[0-9]{5}' tests --exclude-dir=ExtractionHeldOutReal17 | sort -u",
    shell=True, capture_output=True, text=True).stdout.split())
cue = re.compile(r"\b(Kabupaten|Kab\.|Bupati|Wali ?[Kk]ota|Wakil Bupati|Pemkab|Pemkot|Pemko|Kecamatan|Camat|[Kk]epala [Dd]esa|Kades|Polres|Polresta|Pilkada|banjir|longsor|kebakaran|gempa|DPRD [A-Z]|Desa [A-Z])\b")

def h(prefix, i):
    return hashlib.sha256((prefix + i).encode('utf-8')).hexdigest()

def regional(a):
    hits = cue.findall(a['title'] + ' ' + a['text'])
    return len(hits) >= 4 and len(set(x.lower() for x in hits)) >= 2

pool = []
for line in open('../shared/data/news-corpus/clickid-articles.jsonl', encoding='utf-8'):
    a = json.loads(line)
    if h('', a['id'])[0] not in '0123' or a['id'] in used:
        continue
    w = len(a['text'].split())
    if w < 120 or w > 450:
        continue
    pool.append(a)
pool.sort(key=lambda a: h('heldout18-random:', a['id']))
chosen = pool[:60]
print(len(pool), 'eligible,', sum(regional(a) for a in pool), 'of them with regional cues', file=sys.stderr)
print('taken:', len(chosen), 'random,', sum(regional(a) for a in chosen), 'with regional cues', file=sys.stderr)
print(collections.Counter(a['source'] for a in chosen), file=sys.stderr)

days = ['Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu', 'Minggu']
months = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des']
if '--write' in sys.argv:
    for a in chosen:
        d = datetime.date.fromisoformat(a['date'])
        stamp = f"{days[d.weekday()]}, {d.day:02d} {months[d.month - 1]} {d.year}"
        paras = [p.strip() for p in a['text'].split('\n') if p.strip()]
        with open(os.path.join(here, 'articles', a['id'] + '.txt'), 'w', encoding='utf-8') as f:
            f.write(a['title'].strip() + '\n\n' + stamp + '\n\n' + '\n\n'.join(paras) + '\n')
for a in chosen:
    print('R' if regional(a) else 'B', a['id'])
