#!/usr/bin/env python3
"""Fills translations into a .ts file from a JSON list, for batches Qt Linguist would take long to type:
    scripts/ts-fill.py translations/atelier_fr.ts batch.json
where batch.json is [{"context": "WorkflowsPage", "source": "Run", "comment": "", "translation": "Lancer"}, ...]
("translation" is a list of forms for a numerus message). Only the messages named are touched, and they are
marked finished; the .ts file stays the source. A message that is not in the file is reported (exit 1)."""
import json
import sys
import xml.etree.ElementTree as ET

path, batch_path = sys.argv[1], sys.argv[2]
with open(batch_path, encoding='utf-8') as f:
    batch = json.load(f)
tree = ET.parse(path)
index = {}
for ctx in tree.getroot().iter('context'):
    name = ctx.findtext('name') or ''
    for m in ctx.iter('message'):
        index[(name, m.findtext('source') or '', m.findtext('comment') or '')] = m
unknown = []
for item in batch:
    key = (item['context'], item['source'], item.get('comment', '') or '')
    m = index.get(key)
    if m is None:
        unknown.append(key)
        continue
    tr = m.find('translation')
    for child in list(tr):
        tr.remove(child)
    value = item['translation']
    if m.get('numerus') == 'yes':
        tr.text = None
        for form in (value if isinstance(value, list) else [value]):
            ET.SubElement(tr, 'numerusform').text = form
    else:
        tr.text = value
    tr.attrib.pop('type', None)
tree.write(path, encoding='utf-8', xml_declaration=True)
with open(path, encoding='utf-8') as f:
    text = f.read()
with open(path, 'w', encoding='utf-8') as f:
    f.write(text.replace("<?xml version='1.0' encoding='utf-8'?>", '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1))
for key in unknown:
    print('not in %s: %r' % (path, key), file=sys.stderr)
sys.exit(1 if unknown else 0)
