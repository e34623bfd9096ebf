"""THE FRENCH CATALOGUE GATE: every string of the window is in resources/i18n/testlab_fr.ts
and translated.

It fails when a message of the catalogue is unfinished, or when lupdate, run on today's
ui/ sources, finds a source text the catalogue lacks, so a new string cannot reach the
centres in English by accident.  After adding strings: ``make catalogue``, translate what it
marked unfinished (Qt Linguist or any editor), commit the .ts.

(Reads the .ts as XML and runs pyside6-lupdate in a subprocess: no Qt is imported here.)
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

pytestmark = pytest.mark.catalogue

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = ROOT / "resources" / "i18n" / "testlab_fr.ts"
SHOWN = 25  # messages listed in a failure; the count says how many in all
GONE = {"vanished", "obsolete"}  # kept by lupdate for reuse, no longer in the sources


def _messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, source, translation element) of every live message of a .ts file."""
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") not in GONE:
                found.append((name, message.findtext("source") or "", translation))
    return found


def _translated(translation: ET.Element) -> bool:
    if translation.get("type") == "unfinished":
        return False
    forms = translation.findall("numerusform")
    texts = [form.text for form in forms] if forms else [translation.text]
    return all(text and text.strip() for text in texts)


def _listing(pairs: list[tuple[str, str]]) -> str:
    lines = [f"  [{context}] {source!r}" for context, source in pairs[:SHOWN]]
    if len(pairs) > SHOWN:
        lines.append(f"  … and {len(pairs) - SHOWN} more")
    return "\n".join(lines)


def _lupdate() -> Path:
    tool = Path(sys.executable).with_name("pyside6-lupdate")
    if not tool.exists():
        tool = Path(sys.executable).with_name("pyside6-lupdate.exe")
    return tool


def test_every_message_of_the_french_catalogue_is_translated():
    missing = [(context, source) for context, source, translation in _messages(CATALOGUE)
               if not _translated(translation)]
    assert not missing, (
        f"{len(missing)} message(s) of {CATALOGUE.name} are not translated:\n"
        + _listing(missing))


def test_the_french_catalogue_has_every_string_of_the_window(tmp_path):
    fresh = tmp_path / "fresh_fr.ts"
    sources = sorted(str(path) for path in (ROOT / "ui").rglob("*.py"))
    subprocess.run([str(_lupdate()), *sources, "-ts", str(fresh), "-source-language", "en",
                    "-target-language", "fr", "-locations", "none", "-silent"],
                   check=True, capture_output=True, timeout=120)
    known = {(context, source) for context, source, _ in _messages(CATALOGUE)}
    new = sorted({(context, source) for context, source, _ in _messages(fresh)} - known)
    assert not new, (
        f"{len(new)} string(s) of ui/ are not in {CATALOGUE.name}; run `make catalogue` and "
        "translate them:\n" + _listing(new))
