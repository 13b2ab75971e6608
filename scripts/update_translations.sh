#!/usr/bin/env bash
# Refresh the translation sources from the code, then compile them:
#   1. pyside6-lupdate over every vigilance_app/ui/*.py file → resources/translations/*.ts
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

"$lupdate" -no-obsolete -locations none vigilance_app/ui/*.py \
    -ts "$out/vigilance_fr.ts" "$out/vigilance_en.ts"

"$python" - "$out/vigilance_en.ts" <<'PY'
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

"$lrelease" "$out/vigilance_en.ts" -qm "$out/vigilance_en.qm"
"$lrelease" "$out/vigilance_fr.ts" -qm "$out/vigilance_fr.qm"

unfinished=$(grep -c 'type="unfinished"' "$out/vigilance_fr.ts" || true)
echo "French entries still to translate: $unfinished"
