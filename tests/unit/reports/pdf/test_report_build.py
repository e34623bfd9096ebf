"""Building a report: progress and cancel, nothing left on failure, degenerate products
(empty, one stage, Arabic names), every product of the demo."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from testlab.db.database import Database, open_database
from testlab.errors import InvalidInput, NotFound
from testlab.reports.pdf import ReportCancelled, ReportOptions, build_report
from testlab.reports.pdf import build as build_module
from tests.unit.reports.pdf.report_world import (
    ARABIC_PRODUCT,
    ARABIC_STAGE,
    EMPTY_PRODUCT,
    World,
    make_world,
    outline,
    pages_text,
)


@pytest.fixture(scope="module")
def world(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> World:
    return make_world(demo_template, tmp_path_factory.mktemp("build") / "world.sqlite3")


@pytest.fixture
def db(world: World):  # type: ignore[no-untyped-def]
    opened = open_database(str(world.path))
    yield opened
    opened.close()


def _files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_progress_counts_up_to_its_total(db: Database, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    build_report(db, ARABIC_PRODUCT, tmp_path / "r.pdf", progress=lambda d, t: seen.append((d, t)))
    assert seen[-1][0] == seen[-1][1]
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert _files(tmp_path) == ["r.pdf"]


@pytest.mark.parametrize("after", [1, 5, 9])
def test_cancel_stops_and_leaves_no_file(db: Database, tmp_path: Path, after: int) -> None:
    calls = [0]

    def cancelled() -> bool:
        calls[0] += 1
        return calls[0] > after

    (tmp_path / "r.pdf").write_bytes(b"the previous report")
    with pytest.raises(ReportCancelled):
        build_report(db, ARABIC_PRODUCT, tmp_path / "r.pdf", cancelled=cancelled)
    assert _files(tmp_path) == ["r.pdf"]
    assert (tmp_path / "r.pdf").read_bytes() == b"the previous report"


def test_a_failure_while_laying_out_leaves_no_partial_file(
        db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(data: object, target: str) -> int:
        Path(target).write_bytes(b"%PDF-1.4 half a report")
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(build_module, "layout", broken)
    with pytest.raises(RuntimeError):
        build_report(db, ARABIC_PRODUCT, tmp_path / "r.pdf", ReportOptions(), charts=False)
    assert _files(tmp_path) == []


def test_bad_input_is_refused_before_anything_is_written(db: Database, tmp_path: Path) -> None:
    with pytest.raises(NotFound):
        build_report(db, "No such product", tmp_path / "r.pdf")
    with pytest.raises(NotFound):
        build_report(db, ARABIC_PRODUCT, tmp_path / "r.pdf", ReportOptions(stages=("Nope",)))
    with pytest.raises(InvalidInput):
        build_report(db, ARABIC_PRODUCT, tmp_path / "r.pdf", ReportOptions(centres=("ZZZ",)))
    bad_logo = tmp_path / "logo.png"
    bad_logo.write_text("not an image")
    with pytest.raises(InvalidInput):
        build_report(db, ARABIC_PRODUCT, tmp_path / "r.pdf", ReportOptions(logo=bad_logo))
    with pytest.raises(InvalidInput):
        build_report(db, ARABIC_PRODUCT, tmp_path / "missing" / "r.pdf")
    assert _files(tmp_path) == ["logo.png"]


def test_an_arabic_product_and_stage_are_in_the_outline_and_laid_out(
        db: Database, tmp_path: Path) -> None:
    pdf = build_report(db, ARABIC_PRODUCT, tmp_path / "ar.pdf", ReportOptions(lang="fr"))
    titles = [title for _level, title, _page in outline(pdf)]
    assert f"Résultats\u00a0: {ARABIC_STAGE}" in titles
    text = "\n".join(pages_text(pdf))
    # Joined: the letters were drawn as their contextual (presentation) forms ...
    forms = [c for c in text if "\ufe70" <= c <= "\ufeff"]
    assert len(forms) > 20
    letters = "".join(unicodedata.normalize("NFKC", c) if "\ufe70" <= c <= "\ufeff" else c
                      for c in text)
    # ... which read back (pypdf puts right-to-left runs back in reading order) as the name.
    assert "HomeHub 6 — موجه المنزل" in letters


def test_a_product_without_any_session_still_gets_a_report(db: Database, tmp_path: Path) -> None:
    pdf = build_report(db, EMPTY_PRODUCT, tmp_path / "empty.pdf")
    text = "\n".join(pages_text(pdf))
    assert "No attempt or questionnaire was recorded at this stage." in text
    assert "No finding was logged for this product." in text


def test_one_stage_has_no_comparison_to_make(db: Database, tmp_path: Path) -> None:
    pdf = build_report(db, "Vista TV interface", tmp_path / "one.pdf",
                       ReportOptions(stages=("Field beta",)), charts=False)
    text = "\n".join(pages_text(pdf))
    assert "There is only one stage: nothing to compare." in text
    assert "4.1 Stage by stage" not in text


@pytest.mark.postgres
def test_a_report_on_postgresql_prints_the_same_figures_as_stats_json(
        postgres_db: Database, tmp_path: Path) -> None:
    from testlab.reports import stats_json
    from testlab.reports.pdf.catalogue import Words
    from testlab.services.analysis import product_statistics
    from testlab.services.demo import load_demo_network
    from tests.conftest import DEMO_SEED, DEMO_TODAY
    from tests.unit.reports.pdf import expected

    load_demo_network(postgres_db, seed=DEMO_SEED, today=DEMO_TODAY)
    product = "eSIM activation"
    pdf = build_report(postgres_db, product, tmp_path / "pg.pdf", charts=False)
    lines = [ln.strip() for text in pages_text(pdf)[2:] for ln in text.splitlines()]
    document = stats_json.document(product_statistics(postgres_db, product))
    w = Words("en")
    for stage in document["stages"]:
        start = lines.index(f"Results: {stage['name']}")
        for row in expected.stage_rows(w, stage):
            k = lines.index(row[0], start)
            assert lines[k:k + len(row)] == row
