"""The operator's weighted NPS of each stage: answers per stratum from SQL, customer weights.

A stratum is a country (the participant's centre's, else the session's centre's) and/or
a customer segment of the participant profile. The database returns the recommend
answers counted per (study, country, segment) in one grouped query; the studies are
pooled by stage here, the strata formed as ``--nps-strata`` asks, and each weighted by
the customer numbers entered (``testlab customers``). Without customer numbers nothing
is weighted: the figure says so.
"""

from __future__ import annotations

import functools
import uuid
from collections.abc import Collection, Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, bindparam, case, func, select, true
from sqlalchemy.orm import aliased
from sqlalchemy.sql import Select

from testlab.analysis import queries
from testlab.analysis.dimensions import NPS_STRATA
from testlab.analysis.filters import NO_FILTERS, Filters, session_condition
from testlab.analysis.results import WeightedNpsFigure
from testlab.analysis.stats.weighted_nps import StratumCounts, weighted_from_checked
from testlab.errors import InvalidInput
from testlab.model import Centre, Participant, Questionnaire, Session
from testlab.model.countries import country_name

#: A stratum: (country code or None, segment value or None), reduced to the dimensions used.
StratumKey = tuple[str | None, str | None]
#: Answers of one stratum: (n, promoters, detractors).
Counts = tuple[int, int, int]

NO_CUSTOMERS = (
    "No customer numbers are entered, so no weighted NPS is computed "
    "(enter them with: testlab customers set --country CC --segment S --customers N)."
)
NOT_RECORDED = "segment not recorded"


def check_strata(strata_by: str) -> str:
    """``country``, ``segment`` or ``country,segment`` (any order or case), or InvalidInput."""
    parts = sorted({p.strip().lower() for p in str(strata_by).split(",") if p.strip()})
    name = ",".join(parts)
    if name not in NPS_STRATA:
        raise InvalidInput(
            f"Cannot stratify the NPS by '{strata_by}': use one of {', '.join(NPS_STRATA)}."
        )
    return name


def stratum_answers(
    connection: Connection, product_id: uuid.UUID, filters: Filters = NO_FILTERS
) -> dict[tuple[uuid.UUID, str, str | None], Counts]:
    """Recommend answers of one product per (study, country, segment): n, promoters, detractors."""
    result: dict[tuple[uuid.UUID, str, str | None], Counts] = {}
    for study_id, country, segment, n, promoters, detractors in connection.execute(
        _answers_query(filters), {"product_id": product_id}
    ):
        key = (queries._as_uuid(study_id), str(country), queries._plain(segment))
        result[key] = (int(n), int(promoters), int(detractors))
    return result


@functools.lru_cache(maxsize=16)
def _answers_query(filters: Filters) -> Select[*tuple[Any, ...]]:
    """The grouped query, built once (``:product_id`` bound later)."""
    q = Questionnaire
    home = aliased(Centre)
    held = aliased(Centre)
    country = func.coalesce(home.country, held.country)
    kept = session_condition(q.session_id, filters)
    return (
        select(q.study_id, country, queries.raw(Participant.segment), func.count(q.recommend),
               func.count(case((q.recommend >= 9, 1))), func.count(case((q.recommend <= 6, 1))))
        .join(Session, Session.id == q.session_id)
        .join(held, held.id == Session.centre_id)
        .outerjoin(Participant, Participant.id == Session.participant_id)
        .outerjoin(home, home.id == Participant.centre_id)
        .where(q.recommend.is_not(None))
        .where(q.study_id.in_(queries._product_studies(bindparam("product_id"))))
        .where(true() if kept is None else kept)
        .group_by(q.study_id, country, Participant.segment)
    )  # fmt: skip


def customer_numbers(connection: Connection) -> dict[tuple[str, str], int]:
    """Every customer number entered: (country, segment) → customers."""
    from testlab.model import CustomerCount

    return {
        (str(country), str(queries._plain(segment))): int(customers)
        for country, segment, customers in connection.execute(
            select(CustomerCount.country, queries.raw(CustomerCount.segment),
                   CustomerCount.customers)
        )
    }


def _key(strata_by: str, country: str | None, segment: str | None) -> StratumKey:
    return (
        country if "country" in strata_by else None,
        segment if "segment" in strata_by else None,
    )


def _label(strata_by: str, key: StratumKey) -> str:
    parts = []
    if "country" in strata_by:
        parts.append(country_name(key[0]) if key[0] else "country not recorded")
    if "segment" in strata_by:
        parts.append(key[1].replace("_", " ") if key[1] else NOT_RECORDED)
    return ", ".join(parts)


def stage_strata(
    study_stage: Mapping[uuid.UUID, uuid.UUID],
    answers: Mapping[tuple[uuid.UUID, str, str | None], Counts],
    customers: Mapping[tuple[str, str], int],
    strata_by: str,
    stages: Collection[uuid.UUID] | None = None,
) -> dict[uuid.UUID, list[StratumCounts]]:
    """Each stage's strata (of ``stages`` only, when given): those that answered and those
    with customers, sorted by label.

    A stratum without customer numbers weighs 0; one with customers but no answer is
    "missing" (``nps_weighted`` shares its weight out and lists it).
    """
    weights: dict[StratumKey, int] = {}
    for (country, segment), number in customers.items():
        key = _key(strata_by, country, segment)
        weights[key] = weights.get(key, 0) + number
    pooled: dict[uuid.UUID, dict[StratumKey, Counts]] = {}
    for (study_id, country_code, segment_value), (n, p, d) in answers.items():
        stage_id = study_stage.get(study_id)
        if stage_id is None or (stages is not None and stage_id not in stages):
            continue
        stage = pooled.setdefault(stage_id, {})
        key = _key(strata_by, country_code, segment_value)
        n0, p0, d0 = stage.get(key, (0, 0, 0))
        stage[key] = (n0 + n, p0 + p, d0 + d)
    # Labels, their order and the silent strata are made once, not once per stage: a
    # network's customer numbers give each stage over a hundred strata to list.
    keys = {k for counted in pooled.values() for k in counted} | set(weights)
    labelled = sorted(((_label(strata_by, k), k) for k in keys),
                      key=lambda item: (NOT_RECORDED in item[0], item[0].casefold()))  # fmt: skip
    silent = {
        k: StratumCounts(text, 0, 0, 0, weights[k]) for text, k in labelled if weights.get(k, 0) > 0
    }
    result: dict[uuid.UUID, list[StratumCounts]] = {}
    for stage_id, counted in pooled.items():
        strata = []
        for text, k in labelled:
            found = counted.get(k)
            if found is not None:
                strata.append(StratumCounts(text, *found, weights.get(k, 0)))
            elif k in silent:
                strata.append(silent[k])
        result[stage_id] = strata
    return result


def weighted_figure(
    strata: Sequence[StratumCounts] | None, strata_by: str, any_customers: bool, z: float
) -> WeightedNpsFigure | None:
    """The stage's weighted NPS, or a figure whose note says why there is none; None
    without any recommend answer (as the plain NPS)."""
    answers = 0 if strata is None else sum(s.n for s in strata)
    if strata is None or answers == 0:
        return None
    if not any_customers:
        return WeightedNpsFigure(strata_by, answers, None, NO_CUSTOMERS)
    if sum(s.customers for s in strata if s.n > 0) == 0:
        answered = ", ".join(s.label for s in strata if s.n > 0)
        note = (f"None of the strata that answered ({answered}) has customer numbers, so no "
                "weighted NPS is computed.")  # fmt: skip
        return WeightedNpsFigure(strata_by, answers, None, note)
    return WeightedNpsFigure(strata_by, answers, weighted_from_checked(strata, z), None)
