"""Use cases: a product's findings log (list, add, edit, status per stage, evidence).

A finding is a usability problem first seen at one stage; its status is kept per later
stage (open, fixed, verified fixed, came back, won't fix) and its evidence is a set of
session observations. A finding marked fixed (or verified fixed) at a stage that gets
new evidence from a later stage is flagged "came back", whatever its recorded status.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from testlab.db.database import Database
from testlab.errors import InvalidInput, NotFound
from testlab.model.enums import FindingStatus

if TYPE_CHECKING:
    from testlab.model import Finding

#: Severity scale (Nielsen's, as the centres use it): 1 is the worst.
SEVERITY_WORDING = {
    1: "critical: stops the task",
    2: "serious: major delay or frustration",
    3: "minor: small delay or annoyance",
    4: "cosmetic: fix if there is time",
}
FIXED_STATUSES = (FindingStatus.FIXED, FindingStatus.VERIFIED_FIXED)


@dataclass(frozen=True, slots=True)
class EvidenceRow:
    """An observation behind a finding: which session (participant, stage) and when."""

    observation_id: uuid.UUID
    stage: str
    stage_position: int
    participant: str
    session_start: datetime
    elapsed_seconds: float
    text: str


@dataclass(frozen=True, slots=True)
class StageStatus:
    """The finding's recorded status at one stage."""

    stage: str
    position: int
    status: str
    note: str


@dataclass(frozen=True, slots=True)
class FindingRow:
    """One finding as a list or form shows it (``status``: the latest stage's status, or
    ``open`` when none is recorded; ``came_back``: fixed, then seen again later)."""

    id: uuid.UUID
    title: str
    description: str
    task_key: str | None
    first_stage: str
    first_stage_position: int
    severity: int
    severity_wording: str
    affected: int
    observed: int
    recommendation: str
    owner: str | None
    status: str
    came_back: bool
    statuses: tuple[StageStatus, ...]
    evidence: tuple[EvidenceRow, ...]


def severity_wording(severity: int) -> str:
    """The scale's words for a severity: "1 critical: stops the task" …"""
    return f"{severity} {SEVERITY_WORDING[severity]}"


def list_findings(
    db: Database,
    *,
    product: str | uuid.UUID,
    severity: int | None = None,
    status: str | None = None,
    task_key: str | None = None,
    stage: str | None = None,
) -> list[FindingRow]:
    """A product's findings, most severe first, then by first stage and title.

    ``stage`` keeps the findings that exist at that stage (first seen there or earlier)
    and shows each one's status there; ``status`` then filters on that status ("came_back"
    also matches the flag). Unknown product, stage, status or severity: ``InvalidInput``.
    """
    from testlab.model import Finding as FindingTable

    wanted_status = None if status is None else _status(status).value
    if severity is not None:
        _severity(severity)
    with db.session_factory() as s:
        product_id, stages = _product_stages(s, product)
        at = None if stage is None else _stage(stages, stage, product)
        findings = s.scalars(
            select(FindingTable).where(FindingTable.product_id == product_id)
        ).all()
        rows = _rows(s, findings, stages, at)
    rows = [
        r
        for r in rows
        if (severity is None or r.severity == severity)
        and (task_key is None or r.task_key == task_key)
        and (at is None or r.first_stage_position <= stages[at][1])
        and (
            wanted_status is None
            or r.status == wanted_status
            or (wanted_status == FindingStatus.CAME_BACK.value and r.came_back)
        )
    ]
    return sorted(rows, key=lambda r: (r.severity, r.first_stage_position, r.title.lower()))


def get_finding(db: Database, finding_id: uuid.UUID) -> FindingRow:
    """One finding as it stands at its latest stage (the edit form's contents)."""
    with db.session_factory() as s:
        finding = _finding(s, finding_id)
        _, stages = _stages_of(s, finding.product_id)
        return _row(s, finding, stages, None)


def add_finding(
    db: Database,
    *,
    product: str | uuid.UUID,
    first_stage: str,
    title: str,
    severity: int,
    affected: int,
    observed: int,
    task_key: str | None = None,
    description: str = "",
    recommendation: str = "",
    owner_id: uuid.UUID | None = None,
    observation_ids: Iterable[uuid.UUID] = (),
) -> FindingRow:
    """Log a new finding of ``product`` first seen at ``first_stage``, with its evidence."""
    from testlab.model import Finding as FindingTable

    title = _title(title)
    _severity(severity)
    _counts(affected, observed)
    with db.session_factory.begin() as s:
        product_id, stages = _product_stages(s, product)
        stage_id = _stage(stages, first_stage, product)
        finding = FindingTable(
            product_id=product_id, first_stage_id=stage_id, title=title,
            description=description, severity=severity, affected=affected, observed=observed,
            recommendation=recommendation, task_key=task_key or None, created_by_id=owner_id,
        )  # fmt: skip
        s.add(finding)
        s.flush()
        _add_evidence(s, finding, product_id, observation_ids)
        s.flush()
        return _row(s, finding, stages, None)


def edit_finding(
    db: Database,
    finding_id: uuid.UUID,
    *,
    title: str | None = None,
    description: str | None = None,
    severity: int | None = None,
    affected: int | None = None,
    observed: int | None = None,
    task_key: str | None = None,
    recommendation: str | None = None,
    owner_id: uuid.UUID | None = None,
    clear_owner: bool = False,
    add_observation_ids: Iterable[uuid.UUID] = (),
) -> FindingRow:
    """Change the fields given (None leaves a field as it is) and add evidence;
    ``clear_owner`` leaves the finding with nobody in charge."""
    with db.session_factory.begin() as s:
        finding = _finding(s, finding_id)
        if severity is not None:
            finding.severity = _severity(severity)
        new_affected = finding.affected if affected is None else affected
        new_observed = finding.observed if observed is None else observed
        _counts(new_affected, new_observed)
        finding.affected, finding.observed = new_affected, new_observed
        if title is not None:
            finding.title = _title(title)
        if description is not None:
            finding.description = description
        if recommendation is not None:
            finding.recommendation = recommendation
        if task_key is not None:
            finding.task_key = task_key or None
        if clear_owner:
            finding.created_by_id = None
        elif owner_id is not None:
            finding.created_by_id = owner_id
        _add_evidence(s, finding, finding.product_id, add_observation_ids)
        s.flush()
        _, stages = _stages_of(s, finding.product_id)
        return _row(s, finding, stages, None)


def set_finding_status(
    db: Database, finding_id: uuid.UUID, *, stage: str, status: str, note: str = ""
) -> FindingRow:
    """Record the finding's status at a stage after the one it was first seen at."""
    from testlab.model import FindingStageStatus

    value = _status(status)
    with db.session_factory.begin() as s:
        finding = _finding(s, finding_id)
        _, stages = _stages_of(s, finding.product_id)
        stage_id = _stage(stages, stage, "this product")
        if stages[stage_id][1] <= stages[finding.first_stage_id][1]:
            raise InvalidInput(
                f"A status is kept for the stages after '{stages[finding.first_stage_id][0]}', "
                f"where the finding was first seen; '{stages[stage_id][0]}' is not one."
            )
        row = s.get(FindingStageStatus, (finding.id, stage_id))
        if row is None:
            s.add(FindingStageStatus(finding_id=finding.id, stage_id=stage_id, status=value,
                                     note=note))  # fmt: skip
        else:
            row.status, row.note = value, note
        s.flush()
        s.expire(finding, ["statuses"])
        return _row(s, finding, stages, None)


# --- helpers ------------------------------------------------------------------------

Stages = dict[uuid.UUID, tuple[str, int]]


def _product_stages(s: OrmSession, name: str | uuid.UUID) -> tuple[uuid.UUID, Stages]:
    from testlab.model import Product

    if isinstance(name, uuid.UUID):
        if s.get(Product, name) is None:
            raise NotFound("That product no longer exists.")
        return _stages_of(s, name)
    found = s.scalars(select(Product.id).where(Product.name == name)).all()
    if not found:
        found = s.scalars(select(Product.id).where(Product.name.ilike(name))).all()
    if len(found) != 1:
        raise NotFound(f"No product called '{name}'.")
    return _stages_of(s, found[0])


def _stages_of(s: OrmSession, product_id: uuid.UUID) -> tuple[uuid.UUID, Stages]:
    from testlab.model import Stage

    rows = s.execute(
        select(Stage.id, Stage.name, Stage.position).where(Stage.product_id == product_id)
    ).all()
    return product_id, {r.id: (r.name, r.position) for r in rows}


def _stage(stages: Stages, name: str, product: str | uuid.UUID) -> uuid.UUID:
    for stage_id, (stage_name, _pos) in stages.items():
        if stage_name == name:
            return stage_id
    for stage_id, (stage_name, _pos) in stages.items():
        if stage_name.lower() == name.lower():
            return stage_id
    known = ", ".join(n for n, _ in sorted(stages.values(), key=lambda v: v[1]))
    who = f"'{product}'" if isinstance(product, str) else "This product"
    raise InvalidInput(f"{who} has no stage called '{name}' (its stages: {known}).")


def _finding(s: OrmSession, finding_id: uuid.UUID) -> Finding:
    from testlab.model import Finding

    finding = s.get(Finding, finding_id)
    if finding is None:
        raise NotFound("That finding no longer exists.")
    return finding


def _status(status: str) -> FindingStatus:
    text = status.strip().lower().replace(" ", "_").replace("'", "").replace("-", "_")
    try:
        return FindingStatus(text)
    except ValueError:
        known = ", ".join(v.value for v in FindingStatus)
        raise InvalidInput(f"'{status}' is not a finding status: use one of {known}.") from None


def _severity(severity: int) -> int:
    if isinstance(severity, bool) or severity not in SEVERITY_WORDING:
        raise InvalidInput(f"Severity must be 1 (critical) to 4 (cosmetic), not {severity!r}.")
    return severity


def _counts(affected: int, observed: int) -> None:
    if not (0 <= affected <= observed):
        raise InvalidInput(
            f"Affected participants ({affected}) must be from 0 to the number observed "
            f"({observed})."
        )


def _title(title: str) -> str:
    text = title.strip()
    if not text:
        raise InvalidInput("A finding needs a title.")
    if len(text) > 200:
        raise InvalidInput("A finding's title is at most 200 characters.")
    return text


def _add_evidence(
    s: OrmSession, finding: Finding, product_id: uuid.UUID, observation_ids: Iterable[uuid.UUID]
) -> None:
    """Attach observations of this product's sessions (each once)."""
    from testlab.model import FindingEvidence, Observation, Session, Stage, Study

    wanted = set(observation_ids)
    if not wanted:
        return
    found = set(
        s.scalars(
            select(Observation.id)
            .join(Session, Session.id == Observation.session_id)
            .join(Study, Study.id == Session.study_id)
            .join(Stage, Stage.id == Study.stage_id)
            .where(Observation.id.in_(wanted), Stage.product_id == product_id)
        )
    )
    if found != wanted:
        raise InvalidInput(
            f"{len(wanted - found)} chosen observation(s) are not of this product's sessions."
        )
    have = {e.observation_id for e in finding.evidence}
    for observation_id in sorted(wanted - have):
        finding.evidence.append(
            FindingEvidence(finding_id=finding.id, observation_id=observation_id)
        )


def _row(s: OrmSession, finding: Finding, stages: Stages, at: uuid.UUID | None) -> FindingRow:
    """The finding as shown at stage ``at`` (None: at its latest stage)."""
    return _rows(s, [finding], stages, at)[0]


def _rows(
    s: OrmSession, findings: Sequence[Finding], stages: Stages, at: uuid.UUID | None
) -> list[FindingRow]:
    """The findings (all of one product) as shown at stage ``at``: three queries in all,
    however many findings, so a log of thousands lists in well under a second."""
    from testlab.model import Finding as FindingTable
    from testlab.model import (
        FindingEvidence,
        FindingStageStatus,
        Observation,
        Participant,
        Session,
        Staff,
        Study,
    )

    if not findings:
        return []
    ids = [f.id for f in findings]
    # A few findings: ask for them by id; a whole log: by product (no huge IN list).
    evidence_of = (
        FindingEvidence.finding_id.in_(ids) if len(ids) <= _IN_LIMIT
        else FindingEvidence.finding_id.in_(
            select(FindingTable.id).where(FindingTable.product_id == findings[0].product_id))
    )  # fmt: skip
    status_of = (
        FindingStageStatus.finding_id.in_(ids) if len(ids) <= _IN_LIMIT
        else FindingStageStatus.finding_id.in_(
            select(FindingTable.id).where(FindingTable.product_id == findings[0].product_id))
    )  # fmt: skip
    evidence: dict[uuid.UUID, list[EvidenceRow]] = {}
    for r in s.execute(
        select(FindingEvidence.finding_id, Observation.id, Study.stage_id, Participant.code,
               Session.starts_at, Observation.elapsed_seconds, Observation.text)
        .join(Observation, FindingEvidence.observation_id == Observation.id)
        .join(Session, Session.id == Observation.session_id)
        .join(Study, Study.id == Session.study_id)
        .outerjoin(Participant, Participant.id == Session.participant_id)
        .where(evidence_of)
        .order_by(Session.starts_at, Observation.elapsed_seconds)
    ):  # fmt: skip
        evidence.setdefault(r.finding_id, []).append(
            EvidenceRow(r.id, *stages[r.stage_id], r.code or "", r.starts_at,
                        r.elapsed_seconds, r.text))  # fmt: skip
    statuses: dict[uuid.UUID, list[StageStatus]] = {}
    for st in s.scalars(select(FindingStageStatus).where(status_of)):
        statuses.setdefault(st.finding_id, []).append(
            StageStatus(stages[st.stage_id][0], stages[st.stage_id][1], str(st.status.value),
                        st.note))  # fmt: skip
    owner_ids = {f.created_by_id for f in findings if f.created_by_id is not None}
    owners: dict[uuid.UUID, str] = {}
    if owner_ids:
        owners = dict(
            s.execute(select(Staff.id, Staff.name).where(Staff.id.in_(owner_ids))).all()
        )
    limit = None if at is None else stages[at][1]
    return [
        _shown(f, stages, limit, tuple(evidence.get(f.id, ())),
               tuple(sorted(statuses.get(f.id, ()), key=lambda st: st.position)),
               owners.get(f.created_by_id) if f.created_by_id else None)
        for f in findings
    ]  # fmt: skip


_IN_LIMIT = 500
_FIXED_VALUES = frozenset(f.value for f in FIXED_STATUSES)


def _shown(
    finding: Finding,
    stages: Stages,
    limit: int | None,
    evidence: tuple[EvidenceRow, ...],
    statuses: tuple[StageStatus, ...],
    owner: str | None,
) -> FindingRow:
    """One finding's row at the stage in position ``limit`` (None: its latest stage)."""
    seen = [st for st in statuses if limit is None or st.position <= limit]
    status = seen[-1].status if seen else FindingStatus.OPEN.value
    evidence_positions = [e.stage_position for e in evidence]
    came_back = any(
        st.status in _FIXED_VALUES
        and any(st.position < p and (limit is None or p <= limit) for p in evidence_positions)
        for st in seen
    )
    first = stages[finding.first_stage_id]
    return FindingRow(
        id=finding.id, title=finding.title, description=finding.description,
        task_key=finding.task_key, first_stage=first[0], first_stage_position=first[1],
        severity=finding.severity, severity_wording=severity_wording(finding.severity),
        affected=finding.affected, observed=finding.observed,
        recommendation=finding.recommendation, owner=owner,
        status=FindingStatus.CAME_BACK.value if came_back else status, came_back=came_back,
        statuses=statuses, evidence=evidence,
    )  # fmt: skip


#: Columns of the findings CSV, in order.
CSV_COLUMNS = (
    "severity", "severity_wording", "title", "task_key", "first_stage", "status", "came_back",
    "affected", "observed", "recommendation", "owner", "statuses", "evidence", "description",
)  # fmt: skip


def export_findings(db: Database, out: str | Path, *, product: str | uuid.UUID) -> int:
    """Write a product's findings log to ``out`` as CSV (cells a spreadsheet would run as
    formulas neutralised), atomically; returns the number of findings written."""
    from testlab.io.results_csv import write_rows
    from testlab.services.results_io import write_atomically

    target = Path(out)
    folder = target.parent if str(target.parent) else Path(".")
    if target.is_dir():
        raise InvalidInput(f"{target} is a folder; give a file name such as findings.csv.")
    if not folder.is_dir():
        raise InvalidInput(f"The folder {folder} does not exist; nothing was written.")
    rows = list_findings(db, product=product)
    cells = [
        [
            str(r.severity), r.severity_wording, r.title, r.task_key or "", r.first_stage,
            r.status, "yes" if r.came_back else "no", str(r.affected), str(r.observed),
            r.recommendation, r.owner or "",
            "; ".join(f"{st.stage}: {st.status}" for st in r.statuses),
            "; ".join(f"{e.participant} ({e.stage}): {e.text}" for e in r.evidence),
            r.description,
        ]
        for r in rows
    ]  # fmt: skip
    write_atomically(target, write_rows(cells, CSV_COLUMNS))
    return len(rows)
