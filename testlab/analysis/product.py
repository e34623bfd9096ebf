"""The analysis of a product (or of every product): grouped sums → pooled by stage → figures.

A stage's tasks are the tasks of all its studies, matched by key; their sums are added
up and the figures computed once per key. Steps report ``progress(done, total)`` and stop
with ``AnalysisCancelled`` when ``cancelled()`` turns true; nothing here knows of threads.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection

from testlab.analysis import queries, weighted
from testlab.analysis.attempts import PooledAttempts, SortedTimes, pooled_attempts
from testlab.analysis.breakdown_verdicts import group_differences, multiple_comparisons_note
from testlab.analysis.compare import compare_stages, weighted_nps_verdict
from testlab.analysis.confidence import check_confidence
from testlab.analysis.dimensions import DIMENSIONS, NPS_STRATA
from testlab.analysis.figures import (
    TaskInfo,
    nps_figure,
    satisfaction_figure,
    sus_figure,
    task_figures,
)
from testlab.analysis.filters import NO_FILTERS, Filters, check_filters
from testlab.analysis.results import (
    Breakdown,
    BreakdownGroup,
    ProductAnalysis,
    StageFigures,
)
from testlab.analysis.stats._common import z_quantile
from testlab.analysis.stats.weighted_nps import StratumCounts
from testlab.analysis.sums import AttemptSums, QuestionnaireSums
from testlab.errors import Cancelled, InvalidInput, NotFound
from testlab.gc_pause import gc_paused
from testlab.progress import CancelCheck, Progress, Steps

#: (stage id, task key, breakdown value) and (stage id, breakdown value).
TaskGroup = tuple[uuid.UUID, str, Any]
StageGroup = tuple[uuid.UUID, Any]


class AnalysisCancelled(Cancelled):
    """The caller's ``cancelled()`` said stop; nothing was returned (nothing is written)."""

    def __init__(self) -> None:
        super().__init__("The analysis was cancelled.")


@dataclass(frozen=True, slots=True)
class Pooled:
    """Sums pooled by stage and task key (and breakdown value), ready for figures."""

    tasks: dict[TaskGroup, AttemptSums]
    times: dict[TaskGroup, SortedTimes]
    questionnaires: dict[StageGroup, QuestionnaireSums]


def _level(confidence: float) -> float:
    """The confidence level as a float strictly between 0 and 1, or ``InvalidInput``."""
    try:
        return check_confidence(confidence)
    except ValueError as exc:
        raise InvalidInput(str(exc)) from None


def task_infos(catalog: queries.Catalog) -> dict[tuple[uuid.UUID, str], TaskInfo]:
    """Each (stage, key)'s wording and target: from the stage's latest study using the key."""
    latest: dict[tuple[uuid.UUID, str], queries.TaskRow] = {}
    for task in catalog.tasks:
        ident = (task.stage_id, task.key)
        seen = latest.get(ident)
        if seen is None or (task.study_starts_on, str(task.study_id)) > (
            seen.study_starts_on,
            str(seen.study_id),
        ):
            latest[ident] = task
    return {
        ident: TaskInfo(t.key, t.title, t.scenario, t.target_seconds, t.position)
        for ident, t in latest.items()
    }


def pool(
    catalog: queries.Catalog,
    attempts: PooledAttempts,
    questionnaires: Mapping[queries.GroupKey, QuestionnaireSums],
) -> Pooled:
    """Attempts come pooled by (stage, key, group); add up questionnaires by stage."""
    stage_q: dict[StageGroup, QuestionnaireSums] = {}
    for (study_id, group), q_value in questionnaires.items():
        stage_id = catalog.study_stage.get(study_id)
        if stage_id is None:
            continue
        found_q = stage_q.get((stage_id, group))
        stage_q[(stage_id, group)] = q_value if found_q is None else found_q + q_value
    return Pooled(attempts.sums, attempts.times, stage_q)


def stage_figures(
    stage: queries.StageRow,
    infos: Mapping[tuple[uuid.UUID, str], TaskInfo],
    pooled: Pooled,
    group: Any,
    confidence: float,
    *,
    keys: Sequence[str] | None = None,
) -> StageFigures:
    """One stage's figures for one breakdown value (None: everything)."""
    if keys is None:
        keys = [key for (stage_id, key) in infos if stage_id == stage.id]
    ordered = sorted(keys, key=lambda k: (infos[(stage.id, k)].position, k))
    tasks = []
    for key in ordered:
        ident = (stage.id, key, group)
        tasks.append(
            task_figures(
                infos[(stage.id, key)],
                pooled.tasks.get(ident, AttemptSums()),
                pooled.times.get(ident),
                confidence,
            )
        )
    q = pooled.questionnaires.get((stage.id, group), QuestionnaireSums())
    return StageFigures(
        name=stage.name,
        kind=stage.kind,
        position=stage.position,
        questionnaires=q.sessions,
        tasks=tuple(tasks),
        sus=sus_figure(q, confidence),
        nps=nps_figure(q, confidence),
        satisfaction=satisfaction_figure(q, confidence),
    )


def _stage_by_name(catalog: queries.Catalog, product: str, name: str) -> queries.StageRow:
    for stage in catalog.stages:
        if stage.name == name:
            return stage
    for stage in catalog.stages:
        if stage.name.casefold() == name.casefold():
            return stage
    known = ", ".join(f"'{s.name}'" for s in catalog.stages) or "none"
    raise NotFound(f"Product '{product}' has no stage named '{name}' (its stages: {known}).")


@gc_paused()
def analyse_product(
    connection: Connection,
    product: str,
    *,
    stages: Sequence[str] = (),
    by: str | None = None,
    compare: tuple[str, str] | None = None,
    confidence: float = 0.95,
    assisted_counts_as_success: bool = False,
    nps_strata: str = NPS_STRATA[0],
    filters: Filters = NO_FILTERS,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> ProductAnalysis:
    """Every figure of one product: its stages (all, or those named), optionally broken
    down ``by`` a dimension and with stage B compared against stage A (``compare``).
    Each stage also gets the operator's NPS weighted by customers, its strata as
    ``nps_strata`` says (see ``NPS_STRATA``). Every figure follows ``filters``.

    Raises ``NotFound`` for an unknown product or stage, ``InvalidInput`` for a bad level,
    dimension, strata or filter, ``AnalysisCancelled`` when ``cancelled()`` turns true.
    """
    level = _level(confidence)
    filters = check_filters(connection, filters)
    strata_by = weighted.check_strata(nps_strata)
    if by is not None and by not in DIMENSIONS:
        raise InvalidInput(f"Cannot break down by '{by}': use one of {', '.join(DIMENSIONS)}.")
    steps = Steps(4 if by is None else 6, progress, cancelled, AnalysisCancelled)
    found = queries.product_catalog(connection, product)
    if found is None:
        raise NotFound(f"There is no product named '{product}'.")
    product_id, catalog = found
    name = catalog.products[product_id]
    shown = [_stage_by_name(catalog, name, s) for s in stages] or list(catalog.stages)
    shown = sorted(dict.fromkeys(shown), key=lambda s: s.position)
    pair = None if compare is None else tuple(_stage_by_name(catalog, name, s) for s in compare)
    steps.step()
    assisted = assisted_counts_as_success
    attempts = pooled_attempts(
        connection, catalog, product_id, assisted_counts_as_success=assisted, filters=filters
    )
    steps.step()
    pooled = pool(
        catalog, attempts, queries.questionnaire_sums(connection, product_id, None, filters)
    )
    infos = task_infos(catalog)
    steps.step()
    wanted = {s.id for s in shown} | ({s.id for s in pair} if pair else set())
    any_customers, strata = _weighted_strata(
        connection, catalog, product_id, strata_by, wanted, filters
    )
    z = z_quantile(level)
    figures = tuple(
        dataclasses.replace(
            stage_figures(s, infos, pooled, None, level),
            nps_weighted=weighted.weighted_figure(strata.get(s.id), strata_by, any_customers, z),
        )
        for s in shown
    )
    breakdown = None
    if by is not None:
        by_attempts = pooled_attempts(
            connection, catalog, product_id, by, assisted_counts_as_success=assisted,
            filters=filters,
        )  # fmt: skip
        steps.step()
        by_pooled = pool(
            catalog, by_attempts, queries.questionnaire_sums(connection, product_id, by, filters)
        )
        steps.step()
        breakdown = _breakdown(connection, by, shown, infos, by_pooled, level)
    comparison = None
    if pair is not None:
        comparison = compare_stages(
            pair[0].name, _stage_tasks(pair[0], infos, pooled),
            pooled.questionnaires.get((pair[0].id, None), QuestionnaireSums()),
            pair[1].name, _stage_tasks(pair[1], infos, pooled),
            pooled.questionnaires.get((pair[1].id, None), QuestionnaireSums()),
            level,
        )  # fmt: skip
        comparison = dataclasses.replace(comparison, nps_weighted=weighted_nps_verdict(
            strata.get(pair[0].id) if any_customers else None,
            strata.get(pair[1].id) if any_customers else None,
            level,
        ))  # fmt: skip
    steps.step()
    return ProductAnalysis(
        product=name,
        confidence=level,
        assisted_counts_as_success=assisted,
        stages=figures,
        breakdown=breakdown,
        comparison=comparison,
        filters=filters,
    )


def _weighted_strata(
    connection: Connection,
    catalog: queries.Catalog,
    product_id: uuid.UUID,
    strata_by: str,
    stages: set[uuid.UUID],
    filters: Filters,
) -> tuple[bool, dict[uuid.UUID, list[StratumCounts]]]:
    """Whether any customer number is entered, and the NPS strata of ``stages`` (one
    grouped query for the answers, one read of the small customer table)."""
    customers = weighted.customer_numbers(connection)
    answers = weighted.stratum_answers(connection, product_id, filters)
    return bool(customers), weighted.stage_strata(
        catalog.study_stage, answers, customers, strata_by, stages
    )


def _stage_tasks(
    stage: queries.StageRow, infos: Mapping[tuple[uuid.UUID, str], TaskInfo], pooled: Pooled
) -> dict[str, tuple[TaskInfo, AttemptSums]]:
    """A stage's task keys with their wording and pooled sums, for comparisons."""
    return {
        key: (info, pooled.tasks.get((stage_id, key, None), AttemptSums()))
        for (stage_id, key), info in infos.items()
        if stage_id == stage.id
    }


def _breakdown(
    connection: Connection,
    by: str,
    shown: Sequence[queries.StageRow],
    infos: Mapping[tuple[uuid.UUID, str], TaskInfo],
    pooled: Pooled,
    confidence: float,
) -> Breakdown:
    """The shown stages' figures for each value of the dimension that has data."""
    shown_ids = {s.id for s in shown}
    values = {g for (stage_id, _key, g) in pooled.tasks if stage_id in shown_ids}
    values |= {g for (stage_id, g) in pooled.questionnaires if stage_id in shown_ids}
    labels = queries.group_labels(connection, by, values)
    differences, tested = group_differences(
        ((s.id, s.name) for s in shown), pooled.tasks, confidence
    )
    groups = []
    for value in sorted(values, key=lambda v: (v is None, labels[v].casefold())):
        stages = []
        for stage in shown:
            keys = [k for (sid, k, g) in pooled.tasks if sid == stage.id and g == value]
            stages.append(stage_figures(stage, infos, pooled, value, confidence, keys=keys))
        groups.append(
            BreakdownGroup(
                value=None if value is None else str(value), label=labels[value],
                stages=tuple(stages), differences=tuple(differences.get(value, ())),
            )  # fmt: skip
        )
    return Breakdown(
        dimension=by, groups=tuple(groups), groups_tested=tested,
        multiple_comparisons_note=multiple_comparisons_note(tested, confidence),
    )  # fmt: skip


@gc_paused()
def analyse_network(
    connection: Connection,
    *,
    confidence: float = 0.95,
    assisted_counts_as_success: bool = False,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> tuple[ProductAnalysis, ...]:
    """Every stage of every product, from one grouped query per view over the whole database."""
    level = _level(confidence)
    assisted = assisted_counts_as_success
    catalog = queries.load_catalog(connection)
    attempts = pooled_attempts(connection, catalog, None, assisted_counts_as_success=assisted)
    pooled = pool(catalog, attempts, queries.questionnaire_sums(connection, None))
    infos = task_infos(catalog)
    stages_of: dict[uuid.UUID, list[queries.StageRow]] = {}
    for stage in catalog.stages:
        stages_of.setdefault(stage.product_id, []).append(stage)
    keys_of: dict[uuid.UUID, list[str]] = {}
    for stage_id, key in infos:
        keys_of.setdefault(stage_id, []).append(key)
    products = sorted(catalog.products.items(), key=lambda item: item[1].casefold())
    steps = Steps(len(products), progress, cancelled, AnalysisCancelled)
    result = []
    for product_id, name in products:
        figures = tuple(
            stage_figures(s, infos, pooled, None, level, keys=keys_of.get(s.id, []))
            for s in sorted(stages_of.get(product_id, []), key=lambda s: s.position)
        )
        result.append(ProductAnalysis(name, level, assisted, figures, None, None))
        steps.step()
    return tuple(result)
