"""``testlab stats`` filters (centres, participant profile, session dates) on SQLite and
PostgreSQL: the figures change as a hand computation says, and the JSON states them."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest
from sqlalchemy import select

from testlab import model as m
from testlab.analysis import stats
from testlab.cli.main import main
from testlab.db.database import Database
from tests.integration.test_cli_stats import (  # noqa: F401
    approx,
    assert_subset,
    check_stages,
    run_json,
    target,
    world,
)
from tests.unit.analysis.stats_world import PRODUCT, World

NO_FILTERS = {"centres": [], "age_band": None, "segment": None, "digital_skill": None,
              "existing_customer": None, "from": None, "to": None}  # fmt: skip


def test_no_filter_is_stated_as_none(db: Database, world: World, capsys) -> None:  # noqa: F811
    doc = run_json(db, capsys)
    assert doc["version"] == 1 and doc["filters"] == NO_FILTERS


def test_centre_filter_equals_the_centre_by_hand(db: Database, world: World, capsys) -> None:  # noqa: F811
    doc = run_json(db, capsys, "--centre", "dkr")
    assert doc["filters"] == {**NO_FILTERS, "centres": ["DKR"]}
    check_stages(doc["stages"], world, 0.95, centre="DKR")
    both = run_json(db, capsys, "--centre", "DKR", "--centre", "LDZ")
    whole = run_json(db, capsys)
    # Both centres are everything (floats to 1e-9: PostgreSQL may add in another order).
    assert len(both["stages"]) == len(whole["stages"])
    for mine, every in zip(both["stages"], whole["stages"], strict=True):
        assert len(mine["tasks"]) == len(every["tasks"])
        for a, b in zip(mine["tasks"], every["tasks"], strict=True):
            assert_subset(a, b, a["key"])


def _profile_and_dates(db: Database) -> None:
    """Give every session of the world a participant (two profiles, alternating) and move
    every third session to May."""
    with db.session_factory.begin() as s:
        dkr = s.scalars(select(m.Centre).where(m.Centre.code == "DKR")).one()
        senior = m.Participant(code="P-DKR-0001", centre_id=dkr.id, age_band=m.AgeBand.A65_PLUS,
                               segment=m.Segment.SENIOR, digital_skill=m.DigitalSkill.LOW,
                               existing_customer=True)
        youth = m.Participant(code="P-DKR-0002", centre_id=dkr.id, age_band=m.AgeBand.A18_24,
                              segment=m.Segment.YOUTH, digital_skill=m.DigitalSkill.HIGH,
                              existing_customer=False)  # fmt: skip
        s.add_all([senior, youth])
        s.flush()
        for i, session in enumerate(s.scalars(select(m.Session).order_by(m.Session.id))):
            session.participant_id = (senior if i % 2 else youth).id
            if i % 3 == 0:
                session.starts_at = datetime(2026, 5, 1, 10, tzinfo=UTC)


def _by_hand(db: Database, stage: str, key: str, keep: Any) -> tuple[int, int, list[int]]:
    """(successes, attempts, ratings) of the stage's task key in the sessions ``keep`` takes,
    read attempt by attempt."""
    with db.session_factory() as s:
        rows = s.execute(
            select(m.TaskAttempt.outcome, m.TaskAttempt.rating, m.Participant, m.Session.starts_at)
            .join(m.Task, m.Task.id == m.TaskAttempt.task_id)
            .join(m.Study, m.Study.id == m.Task.study_id)
            .join(m.Stage, m.Stage.id == m.Study.stage_id)
            .join(m.Product, m.Product.id == m.Stage.product_id)
            .join(m.Session, m.Session.id == m.TaskAttempt.session_id)
            .join(m.Participant, m.Participant.id == m.Session.participant_id)
            .where(m.Product.name == PRODUCT, m.Stage.name == stage, m.Task.key == key)
        ).all()
        kept = [r for r in rows if r[0] != m.Outcome.SKIPPED and keep(r[2], r[3])]
        return (sum(r[0] == m.Outcome.SUCCESS for r in kept), len(kept),
                [r[1] for r in kept if r[1] is not None])  # fmt: skip


@pytest.mark.parametrize(
    ("args", "stated", "keep"),
    [
        (["--segment", "senior"], {"segment": "senior"},
         lambda p, t: p.segment == m.Segment.SENIOR),
        (["--age-band", "18-24", "--digital-skill", "HIGH"],
         {"age_band": "18-24", "digital_skill": "high"},
         lambda p, t: p.age_band == m.AgeBand.A18_24),
        (["--existing-customer", "no"], {"existing_customer": False},
         lambda p, t: not p.existing_customer),
        (["--from", "2026-04-01"], {"from": "2026-04-01"},
         lambda p, t: t.date() >= date(2026, 4, 1)),
        (["--to", "2026-03-02", "--existing-customer", "yes"],
         {"to": "2026-03-02", "existing_customer": True},
         lambda p, t: t.date() <= date(2026, 3, 2) and p.existing_customer),
    ],
)  # fmt: skip
def test_profile_and_date_filters_by_hand(
    db: Database, world: World, capsys, args: list[str], stated: dict[str, Any], keep: Any  # noqa: F811
) -> None:
    _profile_and_dates(db)
    whole = run_json(db, capsys)
    doc = run_json(db, capsys, *args)
    assert doc["filters"] == {**NO_FILTERS, **stated}
    changed = False
    for stage in doc["stages"]:
        for task in stage["tasks"]:
            successes, n, ratings = _by_hand(db, stage["name"], task["key"], keep)
            assert task["attempts"] == n
            expected = stats.completion(successes, n)
            assert task["completion"]["successes"] == successes
            assert task["completion"]["low"] == approx(expected.low)
            if len(ratings) >= 2:
                assert task["simplicity"]["mean"] == approx(sum(ratings) / len(ratings))
        changed |= stage != next(s for s in whole["stages"] if s["name"] == stage["name"])
    assert changed


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--centre", "XYZ"], "There is no centre with the code 'XYZ'."),
        (["--segment", "pensioner"], "Unknown segment 'pensioner'"),
        (["--age-band", "30-40"], "Unknown age band '30-40'"),
        (["--digital-skill", "expert"], "Unknown digital skill 'expert'"),
        (["--from", "2026-05-02", "--to", "2026-05-01"], "wrong way round"),
    ],
)
def test_unknown_values_are_one_line(
    db: Database, world: World, capsys, args: list[str], message: str  # noqa: F811
) -> None:
    assert main(["--db", target(db), "stats", "--product", PRODUCT, *args]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.splitlines()
    assert len(lines) == 1 and message in lines[0]
