"""Draws the 20 general articles: held-out CLICK-ID articles from regional/national news sections, 150-700 words,
naming at least two distinct regions of regions.csv, not in topic_ids.txt; stratified by publisher, seed 20261206.
Run from tools/: python3 select_general.py [path/to/shared/data]  (writes general_ids.txt)"""
import json,hashlib,random,re,csv,os,sys
here=os.path.dirname(os.path.abspath(__file__))
data=sys.argv[1] if len(sys.argv)>1 else os.path.join(here,'../../../../../shared/data')
arts=[json.loads(l) for l in open(os.path.join(data,'news-corpus/clickid-articles.jsonl'),encoding='utf-8')]
ho=[a for a in arts if hashlib.sha256(a['id'].encode()).hexdigest()[0] in '0123']
topic=set(open(os.path.join(here,'topic_ids.txt')).read().split())
names=sorted({r['name'] for r in csv.DictReader(open(os.path.join(data,'regions.csv'),encoding='utf-8'))},key=len,reverse=True)
rx=re.compile(r'\b('+'|'.join(map(re.escape,names))+r')\b')
strata=[('kompas.com',{'Regional'},3),('kompas.com',{'Nasional','Megapolitan'},1),
 ('okezone.com',{'Nusantara','Jateng','Jatim','Bali','Sulsel','Sumsel','Sumut','Jabar','Yogya','Megapolitan'},3),
 ('sindonews.com',{'nusantara','batam','manado'},3),('sindonews.com',{'peristiwa','perkotaan'},1),
 ('tribunnews.com',{'Regional'},3),('tempo.co',{'nasional','metro'},3),
 ('posmetro-medan.com',{'Berita Sumut','Berita Utama','Kriminal','Medan Bung'},2),('wowkeren.com',{'Nasional'},1)]
rnd=random.Random(20261206)
out=[]
for src,cats,n in strata:
    pool=[a for a in ho if a['source']==src and (a['subcategory'] or a['category']) in cats and a['id'] not in topic
          and 150<=len(a['text'].split())<=700 and len(set(rx.findall(a['title']+' '+a['text'])))>=2]
    pool.sort(key=lambda a:a['id'])
    pick=rnd.sample(pool,n)
    for a in pick: out.append(a['id']); print(a['id'],len(pool),a['title'][:90])
open(os.path.join(here,'general_ids.txt'),'w').write('\n'.join(out)+'\n')
