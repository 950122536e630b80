"""Fill unfinished Dutch and Turkish entries of the .ts files from glossary files.

Usage: ``python tools/fill_translations.py`` after ``python -m coach_app.i18n.build --update``.
Glossaries are ``tools/translations/*.json``: ``{"English source": {"nl": "...", "tr": "..."}}``;
for plural sources (``%n``) the value is a list of forms. English entries are filled with the
source text (plural: "%n family"/"%n families" style forms from the "en" key if given).
Entries still missing are listed; the .ts files stay the source of truth once filled.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "coach_app" / "i18n" / "translations"
GLOSSARY_DIR = Path(__file__).resolve().parent / "translations"


def load_glossary() -> dict[str, dict[str, object]]:
    merged: dict[str, dict[str, object]] = {}
    for path in sorted(GLOSSARY_DIR.glob("*.json")):
        for source, values in json.loads(path.read_text(encoding="utf-8")).items():
            merged.setdefault(source, {}).update(values)
    return merged


def fill(language: str, glossary: dict[str, dict[str, object]]) -> list[str]:
    path = TS_DIR / f"coach_{language}.ts"
    tree = ET.parse(path)  # noqa: S314 - our own files
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        value = glossary.get(source, {}).get(language)
        if value is None and language == "en":
            value = source
        if value is None:
            missing.append(source)
            continue
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") == "yes":
            forms = value if isinstance(value, list) else [value]
            translation.text = None
            for form in forms:
                ET.SubElement(translation, "numerusform").text = str(form)
        else:
            translation.text = str(value)
        del translation.attrib["type"]
    ET.indent(tree, space="    ")
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return missing


def main() -> int:
    glossary = load_glossary()
    status = 0
    for language in ("nl", "tr", "en"):
        missing = fill(language, glossary)
        for source in missing:
            print(f"{language}: no translation for {source!r}")
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
