#!/usr/bin/env bash
# Refresh the translation sources from the code, then compile them, one pair of files per area
# (so work on one capability never rewrites another's file):
#   area "journal"  = vigilance_app/ui/journal/**.py  → journal_fr.ts, journal_en.ts
#   area "reviews"  = vigilance_app/ui/reviews/**.py  → reviews_fr.ts, reviews_en.ts
#   area "guidance" = vigilance_app/ui/guidance/**.py → guidance_fr.ts, guidance_en.ts
#   area "vigilance" = every other vigilance_app/ui/**.py file (kit, shell, custody, settings,
#                      check, and vigilance_app/ui/*.py)
#   1. pyside6-lupdate over the area's files → resources/translations/<area>_{fr,en}.ts
#      (existing translations are kept; new strings appear as unfinished in the French file),
#   2. the English file gets translation = source text (English is the source language),
#   3. pyside6-lrelease → resources/translations/*.qm (committed with the .ts files).
# Translate the new French entries (Qt Linguist, or by hand) and run this script again.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
out=resources/translations
mkdir -p "$out"

lupdate="${PYSIDE6_LUPDATE:-pyside6-lupdate}"
lrelease="${PYSIDE6_LRELEASE:-pyside6-lrelease}"
python="${PYTHON:-python3}"

english_is_source() {
"$python" - "$1" <<'PY'
"""English is the source language: every translation is the source text itself."""
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1]
tree = ET.parse(path)
root = tree.getroot()
root.set("language", "en_GB")
root.set("sourcelanguage", "en")
for message in root.iter("message"):
    source = message.findtext("source") or ""
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    translation.attrib.pop("type", None)
    if message.get("numerus") == "yes":
        for form in list(translation):
            translation.remove(form)
        translation.text = None
        for _ in range(2):
            ET.SubElement(translation, "numerusform").text = source
    else:
        translation.text = source
ET.indent(tree, space="    ")
with open(path, "wb") as handle:
    handle.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
    tree.write(handle, encoding="utf-8", xml_declaration=False)
    handle.write(b"\n")
PY
}

for area in vigilance journal reviews guidance; do
    if [ "$area" = vigilance ]; then
        files=$(find vigilance_app/ui -name '*.py' \
            -not -path 'vigilance_app/ui/journal/*' \
            -not -path 'vigilance_app/ui/reviews/*' \
            -not -path 'vigilance_app/ui/guidance/*' | LC_ALL=C sort)
    else
        files=$(find "vigilance_app/ui/$area" -name '*.py' 2>/dev/null | LC_ALL=C sort || true)
    fi
    [ -n "$files" ] || continue
    # shellcheck disable=SC2086
    "$lupdate" -no-obsolete -locations none $files \
        -ts "$out/${area}_fr.ts" "$out/${area}_en.ts"
    english_is_source "$out/${area}_en.ts"
    "$lrelease" "$out/${area}_en.ts" -qm "$out/${area}_en.qm"
    "$lrelease" "$out/${area}_fr.ts" -qm "$out/${area}_fr.qm"
done

unfinished=$(cat "$out"/*_fr.ts | grep -c 'type="unfinished"' || true)
echo "French entries still to translate: $unfinished"
