#!/usr/bin/env python3
"""Lists the messages of a .ts file that have no finished translation; exits 1 when there is one."""
import sys
import xml.etree.ElementTree as ET

path, lang = sys.argv[1], sys.argv[2]
missing = []
for ctx in ET.parse(path).getroot().iter('context'):
    name = ctx.findtext('name') or ''
    for m in ctx.iter('message'):
        tr = m.find('translation')
        kind = tr.get('type') if tr is not None else 'unfinished'
        if kind in ('vanished', 'obsolete'):
            continue
        forms = [f.text for f in tr.iter('numerusform')] if m.get('numerus') == 'yes' else [tr.text]
        if kind == 'unfinished' or not all(forms):
            comment = m.findtext('comment')
            missing.append(f"{name}: {m.findtext('source')!r}" + (f" ({comment})" if comment else ''))
for line in missing:
    print(f'untranslated ({lang}): {line}')
sys.exit(1 if missing else 0)
