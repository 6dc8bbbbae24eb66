# Selection rule for tests/Fixtures/ExtractionClickIdDev3 (see its README); run from the repository root.
# Written before any article was read: development quarters only (sha256(utf8(id)) hex 4-f), ids not used anywhere
# under tests/ (folders with HeldOut in the name are not read: they hold held-out-quarter ids only), general news
# categories (politics, police, regional government, court, sport, international), 150-600 words, at least five
# distinct capitalised two-word sequences (mid-sentence) and at least two person cues of the kinds below; sorted by
# sha256("dev3:" + id), the first 40.
import json, hashlib, re, subprocess, collections
used = set(subprocess.run("grep -rhoE 'clickid-[a-z-]+-[0-9]{5}' tests --exclude-dir='*HeldOut*' --exclude-dir=ExtractionClickIdDev3 | sort -u", shell=True, capture_output=True, text=True).stdout.split())
categories = {'news', 'nasional', 'daerah', 'regional', 'metro', 'metropolitan', 'bola', 'sports', 'sport', 'super skor',
              'international', 'dunia', 'berita utama'}
pair = re.compile(r"(?<=[a-z,] )[A-Z][a-z]+ [A-Z][a-z]+\b")
cue = re.compile(r"\b(Kapolres|Kapolda|Kapolsek|Kasat|polisi|Bupati|Gubernur|Wali ?[Kk]ota|Menteri|Presiden|Ketua|DPR|DPRD|[Pp]artai|[Hh]akim|[Pp]engadilan|[Jj]aksa|KPK|[Pp]elatih|[Pp]emain|[Kk]apten|[Tt]ersangka|[Tt]erdakwa|kata|ujar|ucap|jelas)\b")
out = []
for line in open('../shared/data/news-corpus/clickid-articles.jsonl'):
    a = json.loads(line)
    if hashlib.sha256(a['id'].encode()).hexdigest()[0] in '0123': continue
    if a['id'] in used: continue
    if (a['category'] or '').lower() not in categories: continue
    t = a['text']; w = len(t.split())
    if w < 150 or w > 600: continue
    if len(set(pair.findall(t))) < 5: continue
    if len(set(h.lower() for h in cue.findall(a['title'] + ' ' + t))) < 2: continue
    out.append((hashlib.sha256(('dev3:' + a['id']).encode()).hexdigest(), a))
print(len(out))
out.sort(key=lambda x: x[0])
sel = [a for _, a in out[:40]]
print(collections.Counter(a['source'] for a in sel))
print(collections.Counter(a['category'] for a in sel))
for a in sel: print(a['id'], len(a['text'].split()), a['title'][:90])
json.dump([a['id'] for a in sel], open('/dev/stdout', 'w'))
