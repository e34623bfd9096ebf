"""Generate the demo catalogue's rows: products, stages, studies, study centres and tasks."""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import date, timedelta

from testlab.demo.build_network import NetworkIndex
from testlab.demo.products_data import PRODUCTS, REFERENCE_DATE, ProductData, StageData, TaskData
from testlab.demo.rows import DemoRows, new_id
from testlab.model.enums import StageKind, StudyStatus

# Studies planned further ahead than this are still drafts.
DRAFT_AFTER = timedelta(days=90)

OBJECTIVES: dict[StageKind, str] = {
    StageKind.CONCEPT: "Check that customers understand the idea and the words before design.",
    StageKind.PROTOTYPE: "Find the blocking problems of the main flows on the prototype.",
    StageKind.ALPHA: "Measure completion and time on the first working version.",
    StageKind.BETA: "Confirm the fixes of earlier rounds on real devices and networks.",
    StageKind.PRE_LAUNCH: "Go / no-go: every key task above its completion target.",
    StageKind.POST_LAUNCH: "Measure the launched product as customers use it, against targets.",
}


@dataclass(frozen=True)
class TaskPlan:
    """A generated task of a study."""

    id: uuid.UUID
    data: TaskData


@dataclass(frozen=True)
class StudyPlan:
    """A generated study and what the session generator needs to fill it."""

    id: uuid.UUID
    product: ProductData
    stage_id: uuid.UUID
    stage_index: int
    stage: StageData
    status: StudyStatus
    starts_on: date
    ends_on: date
    tasks: tuple[TaskPlan, ...]


def build_catalog(rng: random.Random, rows: DemoRows, network: NetworkIndex,
                  shift: timedelta = timedelta(0)) -> list[StudyPlan]:
    """Add every product with its stages, one study per stage, and the study tasks.

    ``shift`` (whole weeks) moves every study's dates, so the demo lives around its load day.
    """
    plans: list[StudyPlan] = []
    for index, product in enumerate(PRODUCTS):
        product_id = new_id(rng)
        rows.add("products", {
            "id": product_id, "name": product.name, "description": product.description,
            "owner_id": network.owners[index % len(network.owners)],
        })
        for position, stage in enumerate(product.stages):
            stage_id = new_id(rng)
            rows.add("stages", {
                "id": stage_id, "product_id": product_id, "position": position,
                "kind": stage.kind, "name": stage.name,
            })
            plans.append(_study(rng, rows, network, product, stage_id, position, stage,
                                shift))
    return plans


def _study(
    rng: random.Random,
    rows: DemoRows,
    network: NetworkIndex,
    product: ProductData,
    stage_id: uuid.UUID,
    stage_index: int,
    stage: StageData,
    shift: timedelta,
) -> StudyPlan:
    """Add the study of one stage, its centres and its tasks."""
    study_id = new_id(rng)
    starts_on = stage.starts_on + shift
    ends_on = starts_on + timedelta(weeks=stage.weeks, days=-3)
    status = _status(starts_on - shift, ends_on - shift)
    rows.add("studies", {
        "id": study_id, "stage_id": stage_id, "title": f"{product.name} — {stage.name}",
        "objectives": OBJECTIVES[stage.kind], "method": stage.method,
        "starts_on": starts_on, "ends_on": ends_on, "status": status,
    })
    for code in stage.centres:
        rows.add("study_centres", {
            "study_id": study_id, "centre_id": network.centres[code].id,
            "planned_sample": stage.sample,
        })
    tasks: list[TaskPlan] = []
    for task in product.tasks:
        if task.since > stage_index:
            continue
        title, scenario = task.title, task.scenario
        for since, new_title, new_scenario in task.reworded:
            if since <= stage_index:
                title, scenario = new_title, new_scenario
        task_id = new_id(rng)
        rows.add("tasks", {
            "id": task_id, "study_id": study_id, "position": len(tasks), "key": task.key,
            "title": title, "scenario": scenario, "success_criteria": task.criteria,
            "target_seconds": task.target_seconds,
        })
        tasks.append(TaskPlan(task_id, task))
    return StudyPlan(study_id, product, stage_id, stage_index, stage, status, starts_on,
                     ends_on, tuple(tasks))


def _status(starts_on: date, ends_on: date) -> StudyStatus:
    """A study's status as seen on the reference date."""
    if ends_on < REFERENCE_DATE:
        return StudyStatus.CLOSED
    if starts_on <= REFERENCE_DATE:
        return StudyStatus.RUNNING
    if starts_on - REFERENCE_DATE > DRAFT_AFTER:
        return StudyStatus.DRAFT
    return StudyStatus.PLANNED
