"""French ships complete; English is the source; the .ts files match the code."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication

from vigilance_app.paths import resources_dir
from vigilance_app.ui.kit.i18n import AREAS, current_language, install_language, remove_language

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = resources_dir() / "translations"
PLACEHOLDER = re.compile(r"%\d+|\{[a-z_]+\}")
UI = ROOT / "vigilance_app" / "ui"
OTHER_AREAS = tuple(area for area in AREAS if area != "vigilance")


def area_sources(area: str) -> list[Path]:
    """The files of one translation area (same rule as scripts/update_translations.sh): the
    package folder ``ui/<area>/``; area "vigilance" is every other file under ``ui/``."""
    if area == "vigilance":
        return sorted(p for p in UI.rglob("*.py")
                      if p.relative_to(UI).parts[0] not in OTHER_AREAS)
    return sorted((UI / area).rglob("*.py"))


SHIPPED = [area for area in AREAS if area_sources(area)]


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(path).getroot()
    found: dict[tuple[str, str], ET.Element] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def translation_texts(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    if translation is None:
        return []
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


@pytest.fixture(autouse=True)
def restore_language(qapp: QApplication):
    yield
    remove_language(qapp)


@pytest.mark.parametrize("area", SHIPPED)
def test_french_is_complete(area: str) -> None:
    problems = []
    for (context, source), message in messages(TRANSLATIONS / f"{area}_fr.ts").items():
        translation = message.find("translation")
        if translation is None:
            problems.append(f"missing: {context}: {source!r}")
        elif translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{translation.get('type')}: {context}: {source!r}")
        elif not all(text.strip() for text in translation_texts(message)):
            problems.append(f"empty: {context}: {source!r}")
        else:
            for text in translation_texts(message):
                if sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
                    problems.append(f"placeholders differ: {context}: {source!r}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("area", SHIPPED)
def test_english_is_the_source(area: str) -> None:
    english = messages(TRANSLATIONS / f"{area}_en.ts")
    french = messages(TRANSLATIONS / f"{area}_fr.ts")
    assert set(english) == set(french)
    for (context, source), message in english.items():
        assert message.find("translation").get("type") is None, (context, source)
        assert translation_texts(message) and all(
            text == source for text in translation_texts(message)), (context, source)


def lupdate_tool() -> str | None:
    beside_python = Path(sys.executable).with_name("pyside6-lupdate")
    if beside_python.exists():
        return str(beside_python)
    return shutil.which("pyside6-lupdate")


@pytest.mark.parametrize("area", SHIPPED)
def test_no_source_string_is_missing_from_the_ts_files(area: str, tmp_path: Path) -> None:
    tool = lupdate_tool()
    if tool is None:
        pytest.skip("pyside6-lupdate is not installed")
    sources = [str(p) for p in area_sources(area)]
    fresh = tmp_path / "fresh.ts"
    subprocess.run([tool, "-locations", "none", *sources, "-ts", str(fresh)], check=True,
                   capture_output=True, timeout=120)
    in_code = set(messages(fresh))
    committed = set(messages(TRANSLATIONS / f"{area}_fr.ts"))
    missing = sorted(in_code - committed)
    assert not missing, "Run scripts/update_translations.sh and translate:\n" + "\n".join(
        f"{context}: {source!r}" for context, source in missing)
    stale = sorted(committed - in_code)
    assert not stale, "No longer in the code (run the update script):\n" + "\n".join(
        f"{context}: {source!r}" for context, source in stale)


def test_compiled_files_load_and_translate() -> None:
    french = QTranslator()
    assert french.load("vigilance_fr", str(TRANSLATIONS))
    assert french.translate("SettingsPage", "Settings") == "Réglages"
    assert french.translate("RecoverySheet", "Vigilance — emergency sheet") == \
        "Vigilance — fiche de secours"
    english = QTranslator()
    assert english.load("vigilance_en", str(TRANSLATIONS))
    assert english.translate("SettingsPage", "Settings") == "Settings"


def test_install_language_switches_ours_and_qts(qapp: QApplication) -> None:
    install_language(qapp, "fr")
    assert current_language(qapp) == "fr"
    assert QCoreApplication.translate("SettingsPage", "Display") == "Affichage"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"
    install_language(qapp, "en")
    assert current_language(qapp) == "en"
    assert QCoreApplication.translate("SettingsPage", "Display") == "Display"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    # Replacing, not stacking: Qt's and one per area of ours, no more.
    assert len(qapp.findChildren(QTranslator, "vigilance-translator")) <= 1 + len(AREAS)
