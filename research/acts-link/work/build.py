"""Writes research/acts-link/new-acts.csv: the rows linked or unlinked from the research tables
(work/linked-acts.csv, written by decide.py) and the acts found by search in this session
(work/found.py). Run from the repository root after decide.py."""
import csv
COLS = ['id','date','datePrecision','actor','branch','target','type','level','episode','summary','quote',
        'sourcePublisher','sourceTitle','sourceDate','sourceUrl','confidence','notes']
rows = list(csv.DictReader(open('research/acts-link/work/linked-acts.csv', encoding='utf-8')))
ns = {}
exec(open('research/acts-link/work/found.py', encoding='utf-8').read(), ns)
for f in ns['FOUND']:
    r = {c: f.get(c, '') for c in COLS}
    r['id'] = ''
    r['notes'] = f'Source says: "{f["evidence"]}" — {f["why"]} — Found by search in this session (research/acts-link, step 4).'
    if r['branch'] != 'executive':
        r['level'] = ''
    rows.append(r)
for r in rows:
    u = r['sourceUrl']
    if u and not u.startswith(('http://', 'https://')):
        r['sourceUrl'] = ''
        r['notes'] += (f' Source location: {u} (the FRUS TEI file in the public repository HistoryAtState/frus, read with read_file; '
                       'its history.state.gov page never appeared in a search result, so no web address is given and sourceUrl is empty).')
    assert len(r['quote'].split()) <= 40, r['quote']
    assert r['date'][:4].isdigit()
rows.sort(key=lambda r: (r['date'], r['episode'], r['actor']))
with open('research/acts-link/new-acts.csv', 'w', newline='', encoding='utf-8') as fh:
    w = csv.DictWriter(fh, COLS, quoting=csv.QUOTE_MINIMAL, lineterminator='\n'); w.writeheader(); w.writerows(rows)
from collections import Counter
print(len(rows), 'rows;', Counter(r['confidence'] for r in rows), 'found:', len(ns['FOUND']))
