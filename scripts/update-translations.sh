#!/usr/bin/env bash
# The .ts files in translations/ are the source of the translations (as Qt expects): this refreshes them from
# the sources with lupdate (locations kept, relative) and keeps every translation already there. Translate what
# it lists in Qt Linguist (`linguist translations/atelier_fr.ts`) or with `scripts/ts-fill.py`; a string that
# means different things in one class gets a disambiguation (`tr("Completed", "generation status")`).
#   scripts/update-translations.sh           refresh the .ts files, list what is unfinished, fail if anything is
#   scripts/update-translations.sh --check   the same without touching the repository (the test command runs it)
set -euo pipefail
cd "$(dirname "$0")/.."
check=0
[ "${1:-}" = "--check" ] && check=1
lupdate=$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)
languages=(fr es)
# A language joins `required` once it is complete; until then its untranslated strings are counted, not listed.
required=(fr es)
status=0
for lang in "${languages[@]}"; do
  ts="translations/atelier_$lang.ts"
  target="$ts"
  if [ $check -eq 1 ]; then
    target=$(mktemp --suffix=.ts)
    cp "$ts" "$target"
  fi
  "$lupdate" -silent -no-obsolete -locations relative app cli ui models services -ts "$target"
  if [[ " ${required[*]} " == *" $lang "* ]]; then
    python3 scripts/ts-unfinished.py "$target" "$lang" || status=1
  else
    echo "$lang: $(python3 scripts/ts-unfinished.py "$target" "$lang" | wc -l) strings untranslated (not yet required)"
  fi
  [ $check -eq 1 ] && rm -f "$target"
done
exit $status
