"""The attempts' grouped query: sums and times pooled by stage and key, exactly as recorded.

The times come back as whole milliseconds inside the grouped query and are parsed,
summed and sorted with numpy; they must equal the stored seconds bit for bit, their
sums must equal the world's, and every breakdown must add up to the whole, on SQLite
and PostgreSQL.
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from testlab.analysis import queries
from testlab.analysis.attempts import pooled_attempts
from testlab.analysis.dimensions import DIMENSIONS
from tests.unit.analysis.stats_world import FAILURES, PRODUCT, generate, insert


@pytest.fixture
def world_db(db):
    world = generate()
    with db.session_factory.begin() as orm:
        insert(orm, world)
    return db


def _pooled(db, by=None, assisted=False):
    with db.engine.connect() as conn:
        product_id = queries.find_product(conn, PRODUCT)
        catalog = queries.load_catalog(conn, product_id)
        pooled = pooled_attempts(conn, catalog, product_id, by,
                                 assisted_counts_as_success=assisted)
    return catalog, pooled


@pytest.mark.parametrize("assisted", [False, True])
@pytest.mark.parametrize("by", [None, *DIMENSIONS])
def test_times_match_the_sums_group_for_group(world_db, by, assisted):
    _catalog, pooled = _pooled(world_db, by, assisted)
    assert pooled.sums and set(pooled.times) == set(pooled.sums)
    for key, group in pooled.sums.items():
        ok, failed = pooled.times[key]
        assert (len(ok), len(failed)) == (group.time_n, group.fail_n), key
        for times in (ok, failed):
            assert times.dtype == np.float64
            assert (times > 0).all() and (np.diff(times) >= 0).all(), key


@pytest.mark.parametrize("by", DIMENSIONS)
def test_every_breakdown_adds_up_to_the_whole(world_db, by):
    _catalog, whole = _pooled(world_db)
    _catalog, parts = _pooled(world_db, by)
    for (stage_id, key, _none), total in whole.sums.items():
        pieces = [s for (sid, k, _g), s in parts.sums.items() if (sid, k) == (stage_id, key)]
        added = pieces[0]
        for piece in pieces[1:]:
            added = added + piece
        assert (added.attempts, added.successes, added.time_n, added.fail_n, added.rating_n,
                added.rating_sum, added.errors, added.assists) == (
            total.attempts, total.successes, total.time_n, total.fail_n, total.rating_n,
            total.rating_sum, total.errors, total.assists)  # fmt: skip
        assert added.time_log == pytest.approx(total.time_log, rel=1e-12)


@pytest.mark.parametrize("assisted", [False, True])
def test_times_ratings_and_their_sums_are_the_recorded_values(world_db, assisted):
    world = generate()
    catalog, pooled = _pooled(world_db, assisted=assisted)
    successes = {"success", "success_assisted"} if assisted else {"success"}
    stage_names = {s.id: s.name for s in catalog.stages}
    seen = 0
    for (stage_id, key, _group), sums in pooled.sums.items():
        attempts = [a for a in world.attempts(stage_names[stage_id], key)
                    if a.seconds is not None]
        ok = sorted(a.seconds for a in attempts if a.outcome in successes)
        failed = sorted(a.seconds for a in attempts if a.outcome in FAILURES)
        got_ok, got_failed = pooled.times[(stage_id, key, None)]
        # Bit for bit: milliseconds → seconds gives back the stored doubles.
        assert got_ok.tolist() == ok and got_failed.tolist() == failed
        logs = [math.log(t) for t in ok]
        assert sums.time_log == pytest.approx(math.fsum(logs), rel=1e-12)
        assert sums.time_log_sq == pytest.approx(math.fsum(v * v for v in logs), rel=1e-12)
        assert sums.time_sum == pytest.approx(math.fsum(ok), rel=1e-12)
        assert sums.time_sq == pytest.approx(math.fsum(t * t for t in ok), rel=1e-12)
        ratings = [a.rating for a in world.attempts(stage_names[stage_id], key)
                   if a.rating is not None]
        assert (sums.rating_n, sums.rating_sum, sums.rating_sq, sums.rating_6_or_more) == (
            len(ratings), sum(ratings), sum(r * r for r in ratings),
            sum(r >= 6 for r in ratings))  # fmt: skip
        fail_logs = [math.log(t) for t in failed]
        assert sums.fail_log == pytest.approx(math.fsum(fail_logs), rel=1e-12)
        seen += len(ok) + len(failed)
    assert seen > 100


@pytest.mark.parametrize("longest", [86_400_000, 2**32 + 5])  # a day; past the packed key
def test_times_are_sorted_within_each_group_on_either_path(longest):
    from testlab.analysis.attempts import _sort_by_slot

    rng = np.random.default_rng(5)
    slot_of = np.repeat(np.array([3, 0, 3, 1]), [4, 3, 2, 5]).astype(np.int64)
    millis = rng.integers(1, 10_000, size=slot_of.size).astype(np.int64)
    millis[2] = longest
    expected = millis[np.lexsort((millis, slot_of))].astype(np.float64)
    assert _sort_by_slot(slot_of, millis).tolist() == expected.tolist()


def test_times_that_do_not_match_their_count_are_refused():
    from testlab.analysis.attempts import _parse_millis

    with pytest.raises(ValueError, match="do not match"):
        _parse_millis(["1200,3400"], 3)
    assert _parse_millis(["1200,3400", "5"], 3).tolist() == [1200, 3400, 5]
