"""Generate the demo's usability findings, their evidence and their status stage by stage.

Each product gets findings on its hardest tasks, first seen at the first
stage where that task was tested, with the counts actually generated there
(``affected`` of ``observed``) and a believable life afterwards: fixed and
verified, sometimes coming back, cosmetic ones left as won't fix.
"""

from __future__ import annotations

import random
import uuid
from datetime import timedelta

from testlab.demo.build_catalog import StudyPlan
from testlab.demo.build_network import NetworkIndex
from testlab.demo.build_sessions import SessionsResult
from testlab.demo.rows import DemoRows, new_id, utc_midday
from testlab.model.enums import FindingStatus

FINDINGS_PER_PRODUCT = 4
MAX_EVIDENCE = 3
PROBLEMS = (
    ("the entry point is not where customers look",
     "Participants looked in the account menu and on the home screen first.",
     "Put the entry point on the home screen, where most participants looked first."),
    ("the wording is not understood",
     "Several participants read the label aloud and asked what it meant.",
     "Use the customers' words, tested with a card sort."),
    ("the confirmation is easy to miss",
     "Participants were unsure whether the action had worked and tried again.",
     "Show a full-screen confirmation with a clear next step."),
    ("the error message does not say what to do",
     "After an error, participants went back to the start.",
     "Say what went wrong and how to fix it, next to the field concerned."),
    ("too many steps",
     "Participants lost track of where they were in the flow.",
     "Merge the steps and show progress."),
)


def build_findings(
    rng: random.Random,
    rows: DemoRows,
    network: NetworkIndex,
    plans: list[StudyPlan],
    sessions: SessionsResult,
) -> None:
    """Add findings for each product from the tallies and observations of its studies."""
    by_product: dict[str, list[StudyPlan]] = {}
    for plan in plans:
        by_product.setdefault(plan.product.name, []).append(plan)
    for ordinal, product_plans in enumerate(by_product.values()):
        product_id = _product_id(rows, product_plans[0].stage_id)
        tested = [p for p in product_plans if any(k[0] == p.id for k in sessions.tallies)]
        if not tested:
            continue
        hardest = sorted(product_plans[0].product.tasks, key=lambda t: (t.ease, t.key))
        for rank, task in enumerate(hardest[:FINDINGS_PER_PRODUCT]):
            first = next((p for p in tested if (p.id, task.key) in sessions.tallies), None)
            if first is None:
                continue
            observed, affected = sessions.tallies[(first.id, task.key)]
            title, description, recommendation = PROBLEMS[(rank + ordinal) % len(PROBLEMS)]
            finding_id = new_id(rng)
            rows.add("findings", {
                "id": finding_id, "product_id": product_id, "task_key": task.key,
                "first_stage_id": first.stage_id, "title": f"{task.title}: {title}",
                "description": description, "severity": min(4, rank + 1 + rng.randint(0, 1)),
                "affected": affected, "observed": observed, "recommendation": recommendation,
                "created_by_id": rng.choice(network.designers),
                "created_at": utc_midday(first.ends_on + timedelta(days=3)),
            })
            evidence = [o for o in sessions.observations
                        if o.study_id == first.id and o.task_key == task.key]
            for ref in evidence[:MAX_EVIDENCE]:
                rows.add("finding_evidence", {"finding_id": finding_id, "observation_id": ref.id})
            later = [p for p in tested if p.stage_index > first.stage_index]
            _statuses(rng, rows, finding_id, later, cosmetic=rank >= 3)


def _statuses(rng: random.Random, rows: DemoRows, finding_id: uuid.UUID,
              later: list[StudyPlan], *, cosmetic: bool) -> None:
    """The finding's status at each later stage that was tested."""
    status = FindingStatus.OPEN
    for plan in later:
        if cosmetic:
            status = FindingStatus.WONT_FIX
        elif status == FindingStatus.OPEN:
            status = FindingStatus.FIXED if rng.random() < 0.7 else FindingStatus.OPEN
        elif status in (FindingStatus.FIXED, FindingStatus.CAME_BACK):
            status = FindingStatus.VERIFIED_FIXED if rng.random() < 0.8 else FindingStatus.CAME_BACK
        elif status == FindingStatus.VERIFIED_FIXED and rng.random() < 0.1:
            status = FindingStatus.CAME_BACK
        rows.add("finding_stage_status", {
            "finding_id": finding_id, "stage_id": plan.stage_id, "status": status,
            "note": f"Checked in {plan.stage.name}.",
        })


def _product_id(rows: DemoRows, stage_id: uuid.UUID) -> uuid.UUID:
    """The product a generated stage belongs to."""
    for stage in rows.tables["stages"]:
        if stage["id"] == stage_id:
            product_id: uuid.UUID = stage["product_id"]
            return product_id
    raise LookupError(stage_id)
