"""The report's pieces without a database: catalogues, numbers, right-to-left words, shaping."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from testlab.errors import InvalidInput
from testlab.reports.pdf.catalogue import Words, languages
from testlab.reports.pdf.rtl import has_rtl, visual_order

CODE = Path(__file__).resolve().parents[4] / "testlab" / "reports" / "pdf"


def test_every_language_has_every_key_of_the_english_catalogue() -> None:
    assert {"en", "fr"} <= set(languages())
    english = Words("en").key_set()
    for lang in languages():
        assert Words(lang).key_set() == english, lang


def test_every_key_the_code_asks_for_is_in_the_catalogue() -> None:
    english = Words("en").key_set()
    asked = set()
    for path in CODE.glob("*.py"):
        asked |= set(re.findall(r'\bw\("([a-z_]+\.[a-z_0-9]+)"', path.read_text(encoding="utf-8")))
    assert asked and asked <= english, sorted(asked - english)


def test_numbers_are_written_the_languages_way() -> None:
    en, fr = Words("en"), Words("fr")
    assert en.pct(0.8333) == "83%"
    assert fr.pct(0.8333) == "83\u202f%"
    assert en.num(5.55, 1) == "5.5" or en.num(5.55, 1) == "5.6"
    assert fr.num(5.25, 2) == "5,25"
    assert fr.num(12345.6, 1) == "12\u202f345,6"
    assert fr.seconds(68.2) == "68\u00a0s"
    assert en.pct_range(0.3596, 0.9796) == "36–98%"
    assert fr.num_range(-52, 15, 0) == "−52 – 15"
    assert en.p(0.0004) == "p < 0.001"
    assert fr.p(0.0333) == "p\u00a0=\u00a00,033"


def test_an_unknown_language_is_refused_with_the_languages_there_are() -> None:
    with pytest.raises(InvalidInput, match="use one of en, fr"):
        Words("de")


def test_right_to_left_words_are_put_in_visual_order_and_latin_left_alone() -> None:
    assert visual_order("Paris Montparnasse") == "Paris Montparnasse"
    assert visual_order("القاهرة الجديدة") == "الجديدة القاهرة"
    assert visual_order("CAI Cairo Smart Village — القاهرة الجديدة") == \
        "CAI Cairo Smart Village — الجديدة القاهرة"
    # Neutral words between right-to-left words move with them.
    assert visual_order("مركز 5 القاهرة (CAI)") == "القاهرة 5 مركز (CAI)"
    assert visual_order("نموذج أولي, Beta") == "أولي نموذج , Beta"
    assert has_rtl("موجه") and not has_rtl("Łódź")


def test_arabic_is_shaped_into_joined_forms_in_the_embedded_font() -> None:
    from reportlab.pdfbase.pdfmetrics import getFont
    from reportlab.pdfbase.ttfonts import shapeStr

    from testlab.reports.pdf.fonts import register_fonts

    name = register_fonts()
    font = getFont(name)
    word = "القاهرة"
    shaped = shapeStr(word, name, 10)
    plain = [font.face.charToGlyph[ord(c)] for c in word]
    # Joined letters take their initial/medial/final forms: other glyphs than the
    # isolated letters, laid out right to left.
    glyphs = [g[0] for g in shaped.__shapeData__]
    assert glyphs != plain and glyphs != plain[::-1]
    assert len(glyphs) == len(plain)


def test_chart_category_labels_are_said_in_the_reports_language() -> None:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    from testlab.reports.charts.forest import POOLED_LABEL
    from testlab.reports.pdf.charts import ChartJob, translate

    figure = Figure()
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    axes.set_yticks([0, 1])
    axes.set_yticklabels(["PAR Paris Montparnasse", POOLED_LABEL])
    translate(figure, Words("fr"), ChartJob(kind="", stages=(), height=3, lang="fr"))
    figure.canvas.draw()
    labels = [t.get_text() for t in axes.get_yticklabels()]
    assert labels == ["PAR Paris Montparnasse", Words("fr").get(f"chart_text.{POOLED_LABEL}", "")]
    assert labels[1] and labels[1] != POOLED_LABEL
