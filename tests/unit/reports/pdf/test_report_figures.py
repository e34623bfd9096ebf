"""The PDF report prints, to the digit after its rounding, the figures of the ``stats
--json`` document for the same product, stages, centres and confidence; its outline is
its headings, "page N of M" is right, every font is embedded, no contact detail shows,
and the French report has no English heading left."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from testlab.analysis.filters import Filters
from testlab.db.database import open_database
from testlab.model.countries import country_name, country_name_in, country_names
from testlab.reports import stats_json
from testlab.reports.pdf import ReportOptions, build_report
from testlab.reports.pdf.catalogue import Words
from testlab.services.analysis import product_statistics
from tests.unit.reports.pdf import expected
from tests.unit.reports.pdf.report_world import (
    World,
    fonts,
    make_world,
    outline,
    pages_text,
)

PRODUCT = "Vista TV interface"
CONFIDENCE = 0.90
# Every centre of the product but one, so the filter shows in every figure.
CENTRES = ("ABJ", "BRU", "BUH", "CAI", "CMN", "LYS", "MAD", "PAR")


@pytest.fixture(scope="module")
def world(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> World:
    return make_world(demo_template, tmp_path_factory.mktemp("report") / "world.sqlite3")


def _build(world: World, lang: str, folder: Path) -> Path:
    db = open_database(str(world.path))
    try:
        return build_report(db, PRODUCT, folder / f"report-{lang}.pdf", ReportOptions(
            centres=CENTRES, confidence=CONFIDENCE, lang=lang, author="Test author"))
    finally:
        db.close()


@pytest.fixture(scope="module")
def english(world: World, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _build(world, "en", tmp_path_factory.mktemp("en"))


@pytest.fixture(scope="module")
def french(world: World, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _build(world, "fr", tmp_path_factory.mktemp("fr"))


def _document(world: World, **kw: Any) -> dict[str, Any]:
    """What ``testlab stats --json --centre … --confidence 0.90`` gives."""
    db = open_database(str(world.path))
    try:
        return stats_json.document(product_statistics(
            db, PRODUCT, confidence=CONFIDENCE, filters=Filters(centres=CENTRES), **kw))
    finally:
        db.close()


def _lines(text: str) -> list[str]:
    """Stripped lines; Arabic as its letters (the shaped glyphs read back as presentation
    forms: NFKC gives the letters, words in the order they are drawn)."""
    return [_letters(line.strip()) for line in text.splitlines()]


def _letters(line: str) -> str:
    """Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF) as their letters."""
    return "".join(unicodedata.normalize("NFKC", c) if "\ufb50" <= c <= "\ufdff"
                   or "\ufe70" <= c <= "\ufeff" else c for c in line)


def _body_lines(pdf: Path) -> list[str]:
    """The text lines after the cover and contents, without running header and footer."""
    lines = []
    for text in pages_text(pdf)[2:]:
        for line in text.splitlines():
            line = line.strip()
            line = _letters(line.strip())
            if line and not line.startswith(PRODUCT + " — ") and not line.startswith("page "):
                lines.append(line)
    return lines


def _segment(lines: list[str], start: str, ends: tuple[str, ...]) -> list[str]:
    """The lines from the heading ``start`` to the next line starting with one of ``ends``."""
    i = lines.index(start)
    j = next((k for k in range(i + 1, len(lines)) if lines[k].startswith(ends)), len(lines))
    return lines[i:j]


def _has_row(lines: list[str], cells: list[str]) -> bool:
    """Whether the cells follow one another as lines somewhere in ``lines`` (a cell may
    be wrapped over several lines)."""
    def match_at(k: int) -> bool:
        for cell in cells:
            taken = ""
            while k < len(lines) and len(taken) < len(cell):
                taken = f"{taken} {lines[k]}".strip()
                k += 1
            if taken != cell:
                return False
        return True

    return any(match_at(k) for k in range(len(lines))
               if lines[k] and cells[0].startswith(lines[k]))


def test_every_task_and_stage_figure_equals_the_stats_json_document(english: Path,
                                                                    world: World) -> None:
    w = Words("en")
    doc = _document(world)
    lines = _body_lines(english)
    assert len(doc["stages"]) == 5
    checked = 0
    for st in doc["stages"]:
        segment = _segment(lines, f"Results: {st['name']}", ("Results: ", "5. Comparisons"))
        for task in st["tasks"]:
            cells = expected.task_cells(w, task)
            assert _has_row(segment, cells), (st["name"], cells)
            checked += 1
        for row in expected.stage_rows(w, st):
            assert _has_row(segment, row), (st["name"], row)
            checked += 1
    assert checked > 40


def test_every_comparison_of_consecutive_stages_equals_the_stats_json_comparison(
        english: Path, world: World) -> None:
    w = Words("en")
    names = [s["name"] for s in _document(world)["stages"]]
    lines = _body_lines(english)
    for a, b in zip(names, names[1:], strict=False):
        comparison = _document(world, compare=(a, b))["comparison"]
        segment = _segment(lines, f"{b} against {a}", (" against ", "6. Findings"))
        assert comparison["tasks"]
        for task in comparison["tasks"]:
            cells = expected.comparison_task_cells(w, task)
            assert _has_row(segment, cells), (a, b, cells)
        for row in expected.comparison_stage_rows(w, comparison):
            assert _has_row(segment, row), (a, b, row)


def test_the_weighted_nps_shows_its_strata_and_who_did_not_answer(english: Path,
                                                                   world: World) -> None:
    w = Words("en")
    lines = _body_lines(english)
    text = "\n".join(lines)
    for st in _document(world)["stages"]:
        wn = st["nps_weighted"]
        segment = _segment(lines, f"Results: {st['name']}", ("Results: ", "5. Comparisons"))
        if wn["score"] is None:
            assert any(line.startswith("Weighted NPS:") for line in segment)
            continue
        for stratum in wn["strata"]:
            assert _has_row(segment, [stratum["label"], w.pct(stratum["weight"], 1),
                                      str(stratum["n"]), w.num(stratum["score"], 0)])
        if wn["missing"]:
            assert "No answer from: " + wn["missing"][0] in text.replace("\n", " ")


def test_the_outline_is_the_headings_each_on_its_page(english: Path) -> None:
    marks = outline(english)
    pages = pages_text(english)
    contents = _lines(pages[1])
    titles = [title for _level, title, _page in marks]
    assert titles[:3] == ["1. Executive summary", "2. Introduction", "3. Method"]
    assert [t for t in titles if re.match(r"\d\. ", t)] == [
        "1. Executive summary", "2. Introduction", "3. Method", "4. Results",
        "5. Comparisons between stages", "6. Findings"]
    for level, title, page in marks:
        assert level == (0 if re.match(r"\d\. ", title) else 1), title
        assert title in _lines(pages[page - 1]), (title, page)  # the heading is there
        # … and the contents list it with the same page number.
        k = contents.index(title)
        assert contents[k + 1] == str(page), (title, contents[k:k + 2])


def test_every_page_says_page_n_of_m(english: Path, french: Path) -> None:
    for pdf, words in ((english, "page {n} of {m}"), (french, "page {n} sur {m}")):
        pages = pages_text(pdf)
        assert len(pages) > 10
        for n, text in enumerate(pages, start=1):
            assert words.format(n=n, m=len(pages)) in _lines(text), (pdf.name, n)


def test_every_font_is_embedded(english: Path, french: Path) -> None:
    for pdf in (english, french):
        used = fonts(pdf)
        assert used and all(used.values()), used
        assert all("DejaVuSans" in name for name in used), used


def test_no_participant_name_phone_or_email_appears(english: Path, world: World) -> None:
    text = "\n".join(pages_text(english))
    assert len(world.contacts) > 100
    leaked = [c for c in world.contacts if c in text]
    assert leaked == []


def test_the_metadata_says_title_author_subject_keywords_and_date(english: Path) -> None:
    from pypdf import PdfReader

    meta = PdfReader(str(english)).metadata
    assert meta is not None
    assert meta.title == f"{PRODUCT}: usability findings report"
    assert meta.author == "Test author"
    assert PRODUCT in (meta.subject or "")
    assert "usability" in (meta.get("/Keywords") or "")
    assert meta.creation_date is not None


def test_the_french_report_has_no_english_heading_or_label_left(french: Path) -> None:
    en, fr = Words("en"), Words("fr")
    text = "\n".join(pages_text(french))
    headings = [k for k in en.key_set() if k.endswith(".heading") or k.startswith((
        "method.", "results.", "compare.", "findings.", "cover.", "summary.", "figure.",
        "intro.", "toc."))]
    left = []
    for key in headings:
        english_words = en(key)
        if "{" in english_words or english_words == fr(key) or len(english_words) < 4:
            continue
        if re.search(rf"(?<!\w){re.escape(english_words)}(?!\w)", text):
            left.append((key, english_words))
    assert left == []
    assert "Synthèse" in text and "Sommaire" in text
    # The weighted NPS's strata name their segment in French too ("France, grand public").
    strata = [line for line in text.splitlines()
              if re.match(r"^[A-Z][^,]+, (grand public|famille|jeunes|seniors|petites "
                          r"entreprises|entreprises)\b", line)]
    assert strata, "no stratum line in French"
    assert not re.search(r", (consumer|family|youth|small business|enterprise)\b", text)
    # ... and their country by its French name (CLDR): Belgique, not Belgium.
    english = {country_name(c) for c in country_names()} - {
        country_name_in(c, "fr") for c in country_names()}
    countries = {line.split(", ")[0] for line in strata}
    assert countries and not countries & english, countries & english
    assert countries & {"Belgique", "Sénégal", "Égypte", "Pologne", "Espagne", "Maroc"}


def test_french_numbers_use_a_decimal_comma_and_a_space_before_percent(french: Path) -> None:
    lines = [line for text in pages_text(french)[2:] for line in _lines(text)]
    assert any(line.endswith("\u202f%") for line in lines)
    assert any(re.fullmatch(r"\d,\d", line) for line in lines)  # SEQ means: 5,2
    # No decimal point anywhere but in the section numbers (3.1 Participants).
    assert [ln for ln in lines if re.search(r"\d\.\d", re.sub(r"^\d\.\d ", "", ln))] == []


def test_the_summary_table_and_the_breakdowns_print_the_documents_figures(
        english: Path, world: World) -> None:
    w = Words("en")
    lines = _body_lines(english)
    summary = _segment(lines, "1. Executive summary", ("2. Introduction",))
    for st in _document(world)["stages"]:
        rated = [t for t in st["tasks"] if t["completion"] is not None]
        above = sum(1 for t in rated if t["flags"]["completion"] == "above")
        sus = st["sus"]
        wn = st["nps_weighted"]
        row = [st["name"], f"{above} of {len(rated)}",
               f"{w.num(sus['mean'], 1)} ({sus['grade']})", w.num(st["nps"]["score"], 0),
               "–" if wn["score"] is None else w.num(wn["score"], 0),
               w.pct(st["satisfaction_top2"]["observed"])]
        assert _has_row(summary, row), row
    for dimension in ("centre", "device", "network"):
        document = _document(world, by=dimension)
        for group in document["breakdown"]["groups"]:
            label = w.get(f"value.{group['label']}", group["label"])
            for st in group["stages"]:
                segment = _segment(lines, f"Results: {st['name']}", ("Results: ",
                                                                    "5. Comparisons"))
                for task in st["tasks"]:
                    cells = expected.task_cells(w, task)
                    row = [label, task["key"], str(task["attempts"]), cells[2], cells[4],
                           cells[6]]
                    assert _has_row(segment, row), (dimension, row)
