"""The times behind the medians are the attempts the sums count, group for group.

They are read straight off the DBAPI cursor (raw ids and breakdown values), so their
keys must still equal the sums' keys, on SQLite and PostgreSQL, for every breakdown.
"""

from __future__ import annotations

import pytest

from testlab.analysis import queries
from testlab.analysis.results import DIMENSIONS
from tests.unit.analysis.stats_world import FAILURES, PRODUCT, generate, insert


@pytest.fixture
def world_db(db):
    world = generate()
    with db.session_factory.begin() as orm:
        insert(orm, world)
    return db


@pytest.mark.parametrize("assisted", [False, True])
@pytest.mark.parametrize("by", [None, *DIMENSIONS])
def test_times_match_the_sums_group_for_group(world_db, by, assisted):
    with world_db.engine.connect() as conn:
        product_id = queries.find_product(conn, PRODUCT)
        sums = queries.attempt_sums(conn, product_id, by, assisted_counts_as_success=assisted)
        times = queries.attempt_times(
            conn, None, product_id, by, assisted_counts_as_success=assisted
        )
    assert times
    assert set(times) <= set(sums)
    for key, group in sums.items():
        ok, failed = times.get(key, ([], []))
        assert (len(ok), len(failed)) == (group.time_n, group.fail_n), key
        assert all(type(t) is float and t > 0 for t in ok + failed)


def test_times_are_the_recorded_values(world_db):
    world = generate()
    with world_db.engine.connect() as conn:
        catalog = queries.load_catalog(conn, queries.find_product(conn, PRODUCT))
        times = queries.attempt_times(conn, None, queries.find_product(conn, PRODUCT))
    stage_names = {s.id: s.name for s in catalog.stages}
    pooled: dict[tuple[str, str], tuple[list[float], list[float]]] = {}
    for task in catalog.tasks:
        ok, failed = times.get((task.id, None), ([], []))
        found = pooled.setdefault((stage_names[task.stage_id], task.key), ([], []))
        found[0].extend(ok)
        found[1].extend(failed)
    for (stage, key), (ok, failed) in pooled.items():
        attempts = [a for a in world.attempts(stage, key) if a.seconds is not None]
        assert sorted(ok) == sorted(a.seconds for a in attempts if a.outcome == "success")
        assert sorted(failed) == sorted(a.seconds for a in attempts if a.outcome in FAILURES)
