"""What the findings forms choose from, a session's observations as evidence, and the log
read by product id in a fixed number of queries (thousands of findings stay quick)."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import event, func, select

from testlab import model as m
from testlab.db.database import Database
from testlab.errors import NotFound
from testlab.services import findings
from testlab.services.findings_choices import finding_choices, finding_products, session_evidence

PRODUCT = "MyLine self-care app"


def _product_id(db: Database, name: str = PRODUCT) -> uuid.UUID:
    return next(p.id for p in finding_products(db) if p.name == name)


def test_products_and_a_products_choices(demo_db: Database) -> None:
    products = finding_products(demo_db)
    assert [p.name for p in products] == sorted(p.name for p in products)
    choices = finding_choices(demo_db, _product_id(demo_db))
    assert choices.product == PRODUCT
    assert [s.position for s in choices.stages] == sorted(s.position for s in choices.stages)
    assert choices.stages[0].name == "Paper concept" and len(choices.stages) == 6
    keys = [t.key for t in choices.tasks]
    assert keys == sorted(set(keys)) and "pay-bill" in keys
    assert choices.staff and all(person.name for person in choices.staff)
    with pytest.raises(NotFound):
        finding_choices(demo_db, uuid.uuid4())


def test_a_sessions_observations_with_its_product_and_stage(demo_db: Database) -> None:
    with demo_db.session_factory() as s:
        session_id, count = s.execute(
            select(m.Observation.session_id, func.count(m.Observation.id))
            .group_by(m.Observation.session_id).order_by(func.count(m.Observation.id).desc())
        ).first()
    found = session_evidence(demo_db, session_id)
    assert len(found.observations) == count
    times = [o.elapsed_seconds for o in found.observations]
    assert times == sorted(times)
    assert found.participant.startswith("P-")
    assert found.stage in [s.name for s in finding_choices(demo_db, found.product_id).stages]
    with pytest.raises(NotFound):
        session_evidence(demo_db, uuid.uuid4())


def test_by_id_as_by_name_and_one_finding_read_alone(demo_db: Database) -> None:
    product_id = _product_id(demo_db)
    by_name = findings.list_findings(demo_db, product=PRODUCT)
    assert findings.list_findings(demo_db, product=product_id) == by_name
    assert findings.get_finding(demo_db, by_name[0].id) == by_name[0]
    with pytest.raises(NotFound):
        findings.get_finding(demo_db, uuid.uuid4())
    with pytest.raises(NotFound):
        findings.list_findings(demo_db, product=uuid.uuid4())


def test_a_long_log_is_read_in_a_fixed_number_of_queries(demo_db: Database) -> None:
    product_id = _product_id(demo_db)
    for number in range(600):  # past the batch size, so the product-wide path is taken
        findings.add_finding(demo_db, product=product_id, first_stage="Alpha 0.9",
                             title=f"Finding {number:03d}", severity=1 + number % 4,
                             affected=1, observed=5)
    statements: list[str] = []
    listener = lambda *args: statements.append(args[2])  # noqa: E731
    event.listen(demo_db.engine, "before_cursor_execute", listener)
    try:
        rows = findings.list_findings(demo_db, product=product_id)
    finally:
        event.remove(demo_db.engine, "before_cursor_execute", listener)
    assert len(rows) == 604
    assert len(statements) <= 6  # product, stages, findings, evidence, statuses, owners
    demo_rows = [r for r in rows if not r.title.startswith("Finding ")]
    assert sum(len(r.evidence) for r in demo_rows) > 0  # the demo's evidence still found
