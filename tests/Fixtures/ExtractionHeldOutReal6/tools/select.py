# Selection rule for tests/Fixtures/ExtractionHeldOutReal6 (held-out, sixth real round); run from the repository root
# with `python3 -P tests/Fixtures/ExtractionHeldOutReal6/tools/select.py [--write]` (-P: this file shadows the stdlib `select`).
# Written and committed before any article was read. It is ExtractionHeldOutReal5/tools/select.py with the folder, the
# hash prefixes and the stratum sizes changed.
# Rule: CLICK-ID articles of the held-out quarter only (first hex digit of sha256(utf8(id)) is 0-3), whose id occurs
# nowhere under tests/ yet (ids only are grepped; no other held-out file is read), 120-450 words of text.
# A: "regional" articles: headline + text hold at least four regional cues of at least two kinds (the cue list of
#    ExtractionClickIdDev2/pick.py, as in Real3-Real5); sorted by sha256("heldout7:" + id), the first 35 (all of them if
#    fewer are eligible).
# B: the rest drawn at random from the remaining eligible articles (any subject) to make 60: sorted by
#    sha256("heldout7-random:" + id), the first 60 - len(A).
# No neutrality stratum: the held-out quarter has none left (see ExtractionHeldOutReal4/README.md).
# Writes articles/<id>.txt (headline, blank line, stamp from the corpus date, blank line, paragraphs) and prints the ids.
import collections, datetime, hashlib, json, os, re, subprocess, sys

here = 'tests/Fixtures/ExtractionHeldOutReal6'
used = set(subprocess.run(
    "grep -rhoE 'clickid-[a-z-]+-[0-9]{5}' tests --exclude-dir=ExtractionHeldOutReal6 | sort -u",
    shell=True, capture_output=True, text=True).stdout.split())
cue = re.compile(r"\b(Kabupaten|Kab\.|Bupati|Wali ?[Kk]ota|Wakil Bupati|Pemkab|Pemkot|Pemko|Kecamatan|Camat|[Kk]epala [Dd]esa|Kades|Polres|Polresta|Pilkada|banjir|longsor|kebakaran|gempa|DPRD [A-Z]|Desa [A-Z])\b")

def h(prefix, i):
    return hashlib.sha256((prefix + i).encode('utf-8')).hexdigest()

regional, rest = [], []
for line in open('../shared/data/news-corpus/clickid-articles.jsonl', encoding='utf-8'):
    a = json.loads(line)
    if h('', a['id'])[0] not in '0123' or a['id'] in used:
        continue
    w = len(a['text'].split())
    if w < 120 or w > 450:
        continue
    hits = cue.findall(a['title'] + ' ' + a['text'])
    if len(hits) >= 4 and len(set(x.lower() for x in hits)) >= 2:
        regional.append(a)
    else:
        rest.append(a)
regional.sort(key=lambda a: h('heldout7:', a['id']))
chosen_a = regional[:35]
pool = rest + regional[35:]
pool.sort(key=lambda a: h('heldout7-random:', a['id']))
chosen_b = pool[:60 - len(chosen_a)]
chosen = chosen_a + chosen_b
print(len(regional), 'regional eligible,', len(rest), 'others', file=sys.stderr)
print('taken:', len(chosen_a), 'regional,', len(chosen_b), 'random', file=sys.stderr)
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
for a in chosen_a:
    print('A', a['id'])
for a in chosen_b:
    print('B', a['id'])
