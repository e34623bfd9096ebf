"""``testlab stats`` on a small hand-made database, on SQLite and PostgreSQL: every figure
of the JSON document equals the one computed by hand with ``testlab.analysis.stats``."""

from __future__ import annotations

import json
import math
import subprocess
import sys
from typing import Any

import pytest

from testlab.analysis import stats
from testlab.cli.main import main
from testlab.db.database import Database
from tests.unit.analysis.stats_world import FAILURES, PRODUCT, TASKS, World, generate, insert

REL = 1e-9


@pytest.fixture
def world(db: Database) -> World:
    data = generate()
    with db.session_factory.begin() as orm:
        insert(orm, data)
    return data


def target(db: Database) -> str:
    return db.url.render_as_string(hide_password=False)


def run_json(db: Database, capsys: pytest.CaptureFixture[str], *args: str) -> dict[str, Any]:
    assert main(["--db", target(db), "stats", "--product", PRODUCT, "--json", *args]) == 0
    out = capsys.readouterr().out
    return json.loads(out)


def approx(value: Any) -> Any:
    return pytest.approx(value, rel=REL, abs=1e-12)


def expected_task(world: World, stage: str, key: str, level: float = 0.95,
                  assisted: bool = False, **where: str) -> dict[str, Any]:
    """The figures of one task computed by hand from the plain values."""
    attempts = world.attempts(stage, key, **where)
    ok = ("success", "success_assisted") if assisted else ("success",)
    successes = [a for a in attempts if a.outcome in ok]
    times = [a.seconds for a in successes if a.seconds is not None]
    failed = [a.seconds for a in attempts if a.outcome in FAILURES and a.seconds is not None]
    ratings = [a.rating for a in attempts if a.rating is not None]
    result: dict[str, Any] = {"attempts": len(attempts)}
    result["completion"] = vars_of(stats.completion(len(successes), len(attempts), level))
    result["time"] = vars_of(stats.task_time(times, level)) if times else None
    result["time_to_failure"] = vars_of(stats.task_time(failed, level)) if failed else None
    if ratings:
        result["simplicity"] = vars_of(stats.rating(ratings, 1, 7, level))
        result["simplicity"]["share_6_or_more"] = sum(r >= 6 for r in ratings) / len(ratings)
    result["errors_per_attempt"] = sum(a.errors for a in attempts) / len(attempts)
    result["assists_per_attempt"] = sum(a.assists for a in attempts) / len(attempts)
    spec = TASKS[stage][key][2]
    # SUM: a time or SEQ component needs at least two values.
    sum_times = times if len(times) >= 2 else None
    sum_ratings = ratings if len(ratings) >= 2 else None
    result["sum"] = None if spec is None else vars_of(stats.sum_score(
        len(successes), len(attempts), sum_times, spec if sum_times else None,
        sum_ratings, stats.SEQ_BENCHMARK if sum_ratings else None))
    return result


def expected_stage(world: World, stage: str, level: float = 0.95, **where: str) -> dict[str, Any]:
    rows = world.questionnaires(stage, **where)
    scores = [stats.sus_score(r.sus) for r in rows if None not in r.sus]
    if not rows or not scores:
        return {"questionnaires": len(rows)}
    sus = vars_of(stats.rating(scores, 0, 100, level))
    sus["grade"] = stats.sus_grade(sus["mean"])
    return {
        "questionnaires": len(rows),
        "sus": sus,
        "nps": vars_of(stats.nps([r.recommend for r in rows], level)),
        "satisfaction_top2": vars_of(
            stats.top_box([r.satisfaction for r in rows], 5, 2, level)),
        "satisfaction": vars_of(stats.rating([r.satisfaction for r in rows], 1, 5, level)),
    }


def vars_of(figure: Any) -> dict[str, Any]:
    return {name: getattr(figure, name) for name in figure.__dataclass_fields__}


def assert_subset(actual: Any, expected: Any, where: str = "") -> None:
    """Every key of ``expected`` is in ``actual`` with an equal (float: 1e-9) value."""
    if isinstance(expected, dict):
        assert isinstance(actual, dict), where
        for key, value in expected.items():
            assert key in actual, f"{where}.{key} missing"
            assert_subset(actual[key], value, f"{where}.{key}")
    elif isinstance(expected, float) and actual is not None:
        assert actual == approx(expected), where
    else:
        assert actual == expected, where


def check_stages(document_stages: list[dict[str, Any]], world: World, level: float,
                 assisted: bool = False, **where: str) -> None:
    for stage_doc in document_stages:
        stage = stage_doc["name"]
        assert_subset(stage_doc, expected_stage(world, stage, level, **where), stage)
        for task in stage_doc["tasks"]:
            expected = expected_task(world, stage, task["key"], level, assisted, **where)
            assert_subset(task, expected, f"{stage}/{task['key']}")


@pytest.mark.parametrize("level", [0.95, 0.90])
def test_json_equals_figures_computed_by_hand(db, world, capsys, level):
    doc = run_json(db, capsys, "--confidence", str(level))
    assert doc["format"] == "testlab-stats" and doc["version"] == 1
    assert doc["confidence"] == level and doc["assisted_counts_as_success"] is False
    assert [s["name"] for s in doc["stages"]] == ["Prototype", "Beta"]
    assert [t["key"] for t in doc["stages"][1]["tasks"]] == ["pay-bill", "top-up", "roaming"]
    check_stages(doc["stages"], world, level)
    beta_pay = doc["stages"][1]["tasks"][0]
    # From 25 successful times the median is shown, with its rank interval.
    assert beta_pay["time"]["n"] >= 25 and beta_pay["time"]["centre_shown"] == "median"
    assert beta_pay["time"]["median_low"] is not None
    proto = doc["stages"][0]["tasks"][0]
    assert proto["time"]["centre_shown"] == "geometric_mean"
    assert doc["breakdown"] is None and doc["comparison"] is None
    assert "NaN" not in json.dumps(doc)


def test_confidence_changes_the_intervals(db, world, capsys):
    wide = run_json(db, capsys)["stages"][1]["tasks"][0]["completion"]
    narrow = run_json(db, capsys, "--confidence", "0.90")["stages"][1]["tasks"][0]["completion"]
    assert narrow["low"] > wide["low"] and narrow["high"] < wide["high"]
    assert narrow["observed"] == wide["observed"]


def test_assisted_success_can_count_as_success(db, world, capsys):
    doc = run_json(db, capsys, "--assisted-success")
    assert doc["assisted_counts_as_success"] is True
    check_stages(doc["stages"], world, 0.95, assisted=True)


def test_stage_selection(db, world, capsys):
    doc = run_json(db, capsys, "--stage", "beta")
    assert [s["name"] for s in doc["stages"]] == ["Beta"]


@pytest.mark.parametrize(
    ("dimension", "attribute", "labels"),
    [
        ("centre", "centre", {"DKR": "DKR Dakar", "LDZ": "LDZ Łódź"}),
        ("facilitator", "facilitator", {"Aïssatou Diop": "Aïssatou Diop",
                                        "Jan Kowalski": "Jan Kowalski"}),
        ("device", "device", {"smartphone": "smartphone", "tablet": "tablet"}),
        ("network", "network", {"wifi": "wifi", "4g": "4g"}),
        ("setting", "setting", {"lab": "lab", "home": "home"}),
    ],
)
def test_breakdown_by_each_dimension(db, world, capsys, dimension, attribute, labels):
    doc = run_json(db, capsys, "--by", dimension)
    breakdown = doc["breakdown"]
    assert breakdown["dimension"] == dimension
    assert sorted(g["label"] for g in breakdown["groups"]) == sorted(labels.values())
    by_label = {label: value for value, label in labels.items()}
    for group in breakdown["groups"]:
        check_stages(group["stages"], world, 0.95, **{attribute: by_label[group["label"]]})


def test_comparison_marks_wording_changes_and_significance(db, world, capsys):
    doc = run_json(db, capsys, "--compare", "Prototype", "Beta")
    comparison = doc["comparison"]
    assert (comparison["stage_a"], comparison["stage_b"]) == ("Prototype", "Beta")
    tasks = {t["key"]: t for t in comparison["tasks"]}
    assert set(tasks) == {"pay-bill", "top-up"} and comparison["only_in_b"] == ["roaming"]
    assert tasks["pay-bill"]["wording_changed"] and "title" in tasks["pay-bill"]["warning"]
    assert not tasks["top-up"]["wording_changed"] and tasks["top-up"]["warning"] is None
    for key, task in tasks.items():
        a = world.attempts("Prototype", key)
        b = world.attempts("Beta", key)
        xa = sum(x.outcome == "success" for x in a)
        xb = sum(x.outcome == "success" for x in b)
        expected = stats.compare_completion(xb, len(b), xa, len(a))
        assert task["completion"]["p_value"] == approx(expected.p_value)
        assert task["completion"]["difference"] == approx(expected.difference)
        significant = expected.p_value < 0.05
        assert task["completion"]["verdict"] == (
            ("significant_improvement" if expected.difference > 0 else "significant_regression")
            if significant else "no_detectable_change")
        ta = [x.seconds for x in a if x.outcome == "success" and x.seconds]
        tb = [x.seconds for x in b if x.outcome == "success" and x.seconds]
        times = stats.compare_times(tb, ta)
        assert task["time"]["ratio"] == approx(times.ratio)
        assert task["time"]["p_value"] == approx(times.p_value)
        ra = [x.rating for x in a if x.rating]
        rb = [x.rating for x in b if x.rating]
        assert task["simplicity"]["difference"] == approx(stats.compare_means(rb, ra).difference)
    sus_a = [stats.sus_score(r.sus) for r in world.questionnaires("Prototype") if None not in r.sus]
    sus_b = [stats.sus_score(r.sus) for r in world.questionnaires("Beta") if None not in r.sus]
    sus = stats.compare_means(sus_b, sus_a)
    assert comparison["sus"]["difference"] == approx(sus.difference)
    assert comparison["sus"]["p_value"] == approx(sus.p_value)
    assert comparison["nps"]["verdict"] in {
        "significant_improvement", "significant_regression", "no_detectable_change"}
    verdicts = {t["completion"]["verdict"] for t in tasks.values()}
    assert verdicts <= {"significant_improvement", "significant_regression",
                        "no_detectable_change"}


def test_unknown_product_or_stage_is_one_line_and_exit_2(db, world, capsys):
    assert main(["--db", target(db), "stats", "--product", "Nope"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Nope" in err
    assert main(["--db", target(db), "stats", "--product", PRODUCT, "--stage", "Gamma"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Gamma" in err
    assert main(["--db", target(db), "stats", "--product", PRODUCT,
                 "--compare", "Prototype", "Gamma"]) == 2
    assert capsys.readouterr().err.count("\n") == 1


def test_tables_are_readable(db, world, capsys):
    assert main(["--db", target(db), "stats", "--product", PRODUCT,
                 "--compare", "Prototype", "Beta", "--by", "network"]) == 0
    out = capsys.readouterr().out
    assert "Sauro–Lewis curved grading scale (2016)" in out
    assert "success with assistance counts as failure" in out
    assert "pay-bill (target 1:30)" in out and "%" in out and "–" in out
    assert "the title changed" in out and "== network: wifi ==" in out


@pytest.mark.slow
def test_real_subprocess(sqlite_db, capsys):
    data = generate()
    with sqlite_db.session_factory.begin() as orm:
        insert(orm, data)
    path = str(sqlite_db.url.database)
    sqlite_db.close()
    done = subprocess.run(
        [sys.executable, "-m", "testlab", "--db", path, "stats", "--product", PRODUCT, "--json"],
        capture_output=True, text=True, encoding="utf-8", check=False)
    assert done.returncode == 0, done.stderr
    doc = json.loads(done.stdout)
    check_stages(doc["stages"], data, 0.95)
    bad = subprocess.run(
        [sys.executable, "-m", "testlab", "--db", path, "stats", "--product", "Nope"],
        capture_output=True, text=True, encoding="utf-8", check=False)
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1 and not bad.stdout
    assert math.isfinite(doc["stages"][0]["sus"]["mean"])
