"""``testlab stats --by``: each group against the others pooled, with the number of groups
tested, in the JSON and the text table; checked against a hand computation."""

from __future__ import annotations

import uuid

import pytest

from testlab.analysis import stats
from testlab.analysis.breakdown_verdicts import group_differences
from testlab.analysis.sums import AttemptSums
from testlab.cli.main import main
from testlab.db.database import Database
from tests.integration.test_cli_stats import approx, run_json, target, world  # noqa: F401
from tests.unit.analysis.stats_world import PRODUCT, World


def _verdict(p_value: float, difference: float) -> str:
    if p_value >= 0.05:
        return "no_detectable_difference"
    return "significantly_better" if difference > 0 else "significantly_worse"


def test_each_group_against_the_others_pooled(db: Database, world: World, capsys) -> None:  # noqa: F811
    doc = run_json(db, capsys, "--by", "network")
    breakdown = doc["breakdown"]
    assert breakdown["groups_tested"] == 2
    assert "2 groups" in breakdown["multiple_comparisons_note"]
    checked = 0
    for group in breakdown["groups"]:
        mine_value = group["value"]
        other_value = "4g" if mine_value == "wifi" else "wifi"
        for d in group["differences"]:
            mine = world.attempts(d["stage"], d["key"], network=mine_value)
            others = world.attempts(d["stage"], d["key"], network=other_value)
            xm = sum(a.outcome == "success" for a in mine)
            xo = sum(a.outcome == "success" for a in others)
            expected = stats.compare_completion(xm, len(mine), xo, len(others))
            assert d["groups_tested"] == 2
            assert d["completion"]["difference"] == approx(expected.difference)
            assert d["completion"]["p_value"] == approx(expected.p_value)
            assert d["completion"]["verdict"] == _verdict(expected.p_value, expected.difference)
            rm = [a.rating for a in mine if a.rating]
            ro = [a.rating for a in others if a.rating]
            means = stats.compare_means(rm, ro)
            assert d["simplicity"]["difference"] == approx(means.difference)
            assert d["simplicity"]["verdict"] == _verdict(means.p_value, means.difference)
            tm = [a.seconds for a in mine if a.outcome == "success" and a.seconds]
            to = [a.seconds for a in others if a.outcome == "success" and a.seconds]
            times = stats.compare_times(tm, to)
            assert d["time"]["ratio"] == approx(times.ratio)
            assert d["time"]["verdict"] == _verdict(times.p_value, 1 - times.ratio)
            assert d["differs"] == any(
                d[f]["verdict"] != "no_detectable_difference" for f in ("completion", "time",
                                                                      "simplicity"))
            checked += 1
    assert checked == 2 * 5  # every task of both stages, for both groups

    assert main(["--db", target(db), "stats", "--product", PRODUCT, "--by", "network"]) == 0
    text = capsys.readouterr().out
    assert "Note: Each of up to 2 groups was tested against the others pooled" in text
    marked = [d for g in breakdown["groups"] for d in g["differences"] if d["differs"]]
    for d in marked:
        assert f"* {d['stage']} / {d['key']}" in text


def test_a_group_that_fails_stands_out() -> None:
    stage = uuid.uuid4()

    def sums(successes: int, ratings: list[int]) -> AttemptSums:
        return AttemptSums(attempts=20, successes=successes, rating_n=len(ratings),
                           rating_sum=sum(ratings), rating_sq=sum(r * r for r in ratings))

    good = [6, 7, 6, 7, 6, 7, 5, 6, 7, 6]
    bad = [2, 3, 1, 2, 3, 2, 1, 2, 3, 2]
    found, tested = group_differences(
        [(stage, "Beta")],
        {(stage, "pay-bill", "DKR"): sums(19, good), (stage, "pay-bill", "LDZ"): sums(20, good),
         (stage, "pay-bill", "MAD"): sums(3, bad)},
        0.95,
    )
    assert tested == 3
    (mad,) = found["MAD"]
    assert mad.groups_tested == 3 and mad.differs
    assert mad.completion.verdict == "significantly_worse"
    assert mad.simplicity.verdict == "significantly_worse"
    assert mad.time.verdict == "not_enough_data"
    assert found["LDZ"][0].completion.verdict in ("significantly_better",
                                                  "no_detectable_difference")
    # One group alone is never tested.
    alone, none = group_differences([(stage, "Beta")], {(stage, "k", "DKR"): sums(3, bad)}, 0.95)
    assert alone == {} and none == 0


@pytest.mark.parametrize("confidence", ["0.90"])
def test_confidence_is_said(db: Database, world: World, capsys, confidence: str) -> None:  # noqa: F811
    doc = run_json(db, capsys, "--by", "centre", "--confidence", confidence)
    assert "90% confidence about 1 test in 10" in doc["breakdown"]["multiple_comparisons_note"]
