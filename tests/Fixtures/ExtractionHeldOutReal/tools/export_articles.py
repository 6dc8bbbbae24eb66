"""Writes articles/<id>.txt (title, blank line, corpus text) for the ids in topic_ids.txt and general_ids.txt.
Usage: python3 tools/export_articles.py [path/to/clickid-articles.jsonl]"""
import hashlib, json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
corpus = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, '../../../../../shared/data/news-corpus/clickid-articles.jsonl')
ids = open(os.path.join(here, 'topic_ids.txt')).read().split() + open(os.path.join(here, 'general_ids.txt')).read().split()
wanted = set(ids)
out = os.path.join(here, '..', 'articles')
os.makedirs(out, exist_ok=True)
for line in open(corpus, encoding='utf-8'):
    a = json.loads(line)
    if a['id'] in wanted:
        assert hashlib.sha256(a['id'].encode('utf-8')).hexdigest()[0] in '0123', a['id']
        with open(os.path.join(out, a['id'] + '.txt'), 'w', encoding='utf-8', newline='\n') as f:
            f.write(a['title'] + '\n\n' + a['text'] + '\n')
        wanted.discard(a['id'])
assert not wanted, wanted
print(len(ids), 'articles written')
