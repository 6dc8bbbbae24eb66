# Selection rule for tests/Fixtures/ExtractionClickIdDev2 (see its README); run from the repository root.
import json, hashlib, re, subprocess
used = set(subprocess.run("grep -rhoE 'clickid-[a-z-]+-[0-9]{5}' tests --exclude-dir=ExtractionHeldOut --exclude-dir=ExtractionHeldOutReal --exclude-dir=ExtractionClickIdDev2 | sort -u", shell=True, capture_output=True, text=True).stdout.split())
cue = re.compile(r"\b(Kabupaten|Kab\.|Bupati|Wali ?[Kk]ota|Wakil Bupati|Pemkab|Pemkot|Pemko|Kecamatan|Camat|[Kk]epala [Dd]esa|Kades|Polres|Polresta|Pilkada|banjir|longsor|kebakaran|gempa|DPRD [A-Z]|Desa [A-Z])\b")
regional = ('Regional','regional','Daerah','daerah','Nusantara','nusantara','News','news','Peristiwa','peristiwa','Nasional','nasional','Politik','politik','Berita','berita')
out=[]
for line in open('../shared/data/news-corpus/clickid-articles.jsonl'):
    a=json.loads(line)
    if hashlib.sha256(a['id'].encode()).hexdigest()[0] in '0123': continue
    if a['id'] in used: continue
    t=a['text']; w=len(t.split())
    if w<120 or w>550: continue
    hits=cue.findall(a['title']+' '+t)
    kinds=set(h.lower() for h in hits)
    if len(hits)<4 or len(kinds)<2: continue
    out.append((hashlib.sha256(('dev2:'+a['id']).encode()).hexdigest(), a))
print(len(out))
out.sort(key=lambda x:x[0])
sel=[a for _,a in out[:40]]
import collections
print(collections.Counter(a['source'] for a in sel))
for a in sel: print(a['id'], len(a['text'].split()), a['title'][:90])
json.dump([a['id'] for a in sel], open('/dev/stdout','w'))
