"""The findings log on the demo database: add, edit, status per stage, "came back", filters."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import select

from testlab.db.database import Database
from testlab.errors import InvalidInput, NotFound
from testlab.model import Observation, Session, Stage, Study
from testlab.services import findings

PRODUCT = "MyLine self-care app"


def _observations(db: Database, position: int) -> list[uuid.UUID]:
    """The product's observations of sessions at the stage in ``position``."""
    from testlab.model import Product

    with db.session_factory() as s:
        return list(
            s.scalars(
                select(Observation.id)
                .join(Session, Session.id == Observation.session_id)
                .join(Study, Study.id == Session.study_id)
                .join(Stage, Stage.id == Study.stage_id)
                .join(Product, Product.id == Stage.product_id)
                .where(Product.name == PRODUCT, Stage.position == position)
                .order_by(Observation.id)
            )
        )


def test_a_finding_followed_across_stages_comes_back(demo_db: Database) -> None:
    first = _observations(demo_db, 0)[:2]
    made = findings.add_finding(
        demo_db, product=PRODUCT, first_stage="Paper concept", title="Menu label unclear",
        severity=2, affected=3, observed=12, task_key="pay-bill", observation_ids=first,
    )  # fmt: skip
    assert made.severity_wording == "2 serious: major delay or frustration"
    assert made.status == "open" and not made.came_back
    assert sorted(e.observation_id for e in made.evidence) == sorted(first)
    assert {e.stage for e in made.evidence} == {"Paper concept"}
    assert all(e.participant.startswith("P-") for e in made.evidence)

    fixed = findings.set_finding_status(demo_db, made.id, stage="Clickable prototype v2",
                                        status="fixed")  # fmt: skip
    assert fixed.status == "fixed" and not fixed.came_back
    later = _observations(demo_db, 2)[:1]
    back = findings.edit_finding(demo_db, made.id, add_observation_ids=later, affected=4)
    assert back.came_back and back.status == "came_back" and back.affected == 4
    assert len(back.evidence) == 3

    # Seen at the prototype stage, the new evidence is still in the future.
    (at_prototype,) = [
        r for r in findings.list_findings(demo_db, product=PRODUCT, stage="Clickable prototype v2")
        if r.id == made.id
    ]  # fmt: skip
    assert at_prototype.status == "fixed" and not at_prototype.came_back
    listed = findings.list_findings(demo_db, product=PRODUCT, status="came back")
    assert made.id in [r.id for r in listed]
    assert all(r.came_back or r.status == "came_back" for r in listed)


def test_list_is_sorted_and_filtered(demo_db: Database) -> None:
    rows = findings.list_findings(demo_db, product=PRODUCT)
    assert len(rows) == 4
    assert [r.severity for r in rows] == sorted(r.severity for r in rows)
    cosmetic = findings.list_findings(demo_db, product=PRODUCT, severity=4)
    assert cosmetic and all(r.severity == 4 for r in cosmetic)
    one_task = findings.list_findings(demo_db, product=PRODUCT, task_key=rows[0].task_key)
    assert [r.task_key for r in one_task] == [rows[0].task_key]
    # At the first stage only the findings first seen there exist.
    first = findings.list_findings(demo_db, product=PRODUCT, stage="Paper concept")
    assert {r.first_stage for r in first} == {"Paper concept"}
    assert len(first) < len(rows)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"severity": 5}, "Severity must be 1"),
        ({"affected": 13}, "Affected participants"),
        ({"first_stage": "Gamma"}, "has no stage called 'Gamma'"),
        ({"title": "  "}, "needs a title"),
        ({"observation_ids": [uuid.uuid4()]}, "not of this product's sessions"),
    ],
)
def test_bad_input_changes_nothing(
    demo_db: Database, changes: dict[str, object], message: str
) -> None:
    values: dict[str, object] = dict(product=PRODUCT, first_stage="Paper concept",
                                     title="X", severity=2, affected=3, observed=12)  # fmt: skip
    values.update(changes)
    with pytest.raises(InvalidInput, match=message):
        findings.add_finding(demo_db, **values)  # type: ignore[arg-type]
    assert len(findings.list_findings(demo_db, product=PRODUCT)) == 4


def test_refusals_of_lists_and_statuses(demo_db: Database) -> None:
    with pytest.raises(NotFound):
        findings.list_findings(demo_db, product="No such product")
    with pytest.raises(InvalidInput, match="not a finding status"):
        findings.list_findings(demo_db, product=PRODUCT, status="solved")
    made = findings.add_finding(demo_db, product=PRODUCT, first_stage="Alpha 0.9", title="Y",
                                severity=3, affected=1, observed=5)  # fmt: skip
    with pytest.raises(InvalidInput, match="stages after 'Alpha 0.9'"):
        findings.set_finding_status(demo_db, made.id, stage="Paper concept", status="fixed")
    with pytest.raises(NotFound):
        findings.edit_finding(demo_db, uuid.uuid4(), title="Z")
