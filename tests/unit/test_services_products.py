"""testlab.services.products: the catalogue with its counts, and one product's stages."""

from __future__ import annotations

import uuid

import pytest

from testlab.errors import NotFound
from testlab.model import StageKind
from testlab.services.products import list_products, product_detail
from tests.unit.model.factories import build_world


def test_lists_the_demo_products_with_counts(demo_db):
    rows = list_products(demo_db)
    assert len(rows) == 6
    assert [r.name for r in rows] == sorted(r.name for r in rows)
    for row in rows:
        assert row.owner and row.stages >= row.studies >= 1
        assert row.sessions >= row.completed_sessions > 0
        assert row.current_stage is not None


def test_search_by_name_or_owner(demo_db):
    wallet = [r for r in list_products(demo_db, "wallet")]
    assert [r.name for r in wallet] == ["Wallet Money"]
    owner = wallet[0].owner
    assert [r.name for r in list_products(demo_db, owner.upper())] == ["Wallet Money"]
    assert list_products(demo_db, "no such product") == []


def test_detail_lists_stages_in_order_with_their_studies(demo_db):
    wallet = list_products(demo_db, "wallet")[0]
    detail = product_detail(demo_db, wallet.id)
    assert [s.position for s in detail.stages] == sorted(s.position for s in detail.stages)
    assert detail.stages[0].kind == StageKind.CONCEPT
    study = detail.stages[0].studies[0]
    assert study.centres and study.planned_sample == sum(c.planned_sample for c in study.centres)
    assert study.tasks > 0 and study.completed_sessions > 0
    total = sum(s.completed_sessions for st in detail.stages for s in st.studies)
    assert total == wallet.completed_sessions


def test_one_product_built_by_hand(sqlite_db):
    with sqlite_db.session_factory.begin() as s:
        world = build_world(s)
        product_id = world.product.id
    [row] = list_products(sqlite_db)
    assert (row.name, row.owner, row.stages, row.studies, row.sessions) == \
        ("Self-care app", "Aïssatou Diop", 1, 1, 1)
    assert row.current_stage == "Wireframes v2"
    detail = product_detail(sqlite_db, product_id)
    assert detail.stages[0].studies[0].tasks == 1
    assert list_products(sqlite_db, "AÏSSATOU")[0].id == product_id


def test_empty_and_unknown(sqlite_db):
    assert list_products(sqlite_db) == []
    with pytest.raises(NotFound):
        product_detail(sqlite_db, uuid.uuid4())
