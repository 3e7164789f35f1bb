#!/usr/bin/env bash
# Refreshes translations/atelier_fr.ts from the sources (lupdate) and fills in the French texts kept in
# scripts/fr_strings.py. Prints any string that still has no French text, and fails if there is one.
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)
"$lupdate" -silent -no-obsolete -locations none app cli ui models services -ts translations/atelier_fr.ts
python3 - <<'PY'
import sys, xml.etree.ElementTree as ET
sys.path.insert(0, 'scripts')
from fr_strings import FR, NUMERUS
path = 'translations/atelier_fr.ts'
tree = ET.parse(path)
missing = []
for ctx in tree.getroot().iter('context'):
    for m in ctx.iter('message'):
        src = m.find('source').text or ''
        tr = m.find('translation')
        if m.get('numerus') == 'yes':
            forms = NUMERUS.get(src)
            if not forms:
                missing.append(src); continue
            for child in list(tr):
                tr.remove(child)
            tr.text = None
            for f in forms:
                ET.SubElement(tr, 'numerusform').text = f
        else:
            if src not in FR:
                missing.append(src); continue
            tr.text = FR[src]
        tr.attrib.pop('type', None)
tree.write(path, encoding='utf-8', xml_declaration=True)
with open(path, encoding='utf-8') as f:
    text = f.read()
with open(path, 'w', encoding='utf-8') as f:
    f.write(text.replace("<?xml version='1.0' encoding='utf-8'?>", '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1))
for s in missing:
    print('untranslated:', repr(s))
sys.exit(1 if missing else 0)
PY
