"""The questionnaires CSV: one closing questionnaire per row, read, checked and written.

It shares the results CSV's file handling (``results_csv``: UTF-8 with or without
BOM, comma or semicolon, header aliases, line numbers) and its session cells
(``results_cells``: local start, date-only starts).  A row names its session as the
results CSV does (centre, product, stage, study, participant, session start); the
session must already be recorded (import the results first).  All or nothing: a
row whose answers differ from those recorded is refused, identical ones are
skipped.  See docs/questionnaires-csv.md.
"""

from __future__ import annotations

import re
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.engine import Connection

from testlab.errors import ImportRejected
from testlab.io import results_cells as cells
from testlab.io.results_cells import CellError
from testlab.io.results_csv import SESSION_ALIASES, CsvFormat, CsvTable, RawRow
from testlab.io.results_refs import load_references, resolve_study
from testlab.model import Centre, Participant, Product, Questionnaire, Session, Stage, Study
from testlab.scheduling.zones import zone

SUS_ITEMS = tuple(f"sus_{i}" for i in range(1, 11))
ANSWERS = (*SUS_ITEMS, "recommend", "satisfaction")
SCALES = {**{item: (1, 5) for item in SUS_ITEMS}, "recommend": (0, 10), "satisfaction": (1, 5)}
SESSION_COLUMNS = ("centre", "product", "stage", "study", "participant", "session_start")
QUESTIONNAIRES = CsvFormat(
    "questionnaires", (*SESSION_COLUMNS, *ANSWERS, "comments"), ("completed_at",),
    {**SESSION_ALIASES, **{f"sus{i}": f"sus_{i}" for i in range(1, 11)},
     **{f"sus_q{i}": f"sus_{i}" for i in range(1, 11)},
     "nps": "recommend", "likelihood_to_recommend": "recommend", "ltr": "recommend",
     "csat": "satisfaction", "overall_satisfaction": "satisfaction", "comment": "comments",
     "notes": "comments"},
)
COLUMNS = QUESTIONNAIRES.columns


@dataclass
class QuestionnairePlan:
    """What an import would write, and what it leaves alone as already recorded."""

    rows: int = 0
    skipped: int = 0
    inserts: list[dict[str, Any]] = field(default_factory=list)


def parse_answer(cell: str, name: str) -> int | None:
    """An answer on its scale ("4", "4.0" or "4,0"); empty: not answered."""
    text = cell.strip()
    if not text:
        return None
    low, high = SCALES[name]
    if not re.fullmatch(r"[+]?\d{1,3}(?:[.,]0+)?", text):
        raise CellError(f"{name} '{text[:24]}' is not a whole number from {low} to {high}")
    value = int(re.split(r"[.,]", text.lstrip("+"))[0])
    if not low <= value <= high:
        raise CellError(f"{name} {value} is out of range; it must be {low} to {high}")
    return value


def _parse_completed(cell: str) -> datetime | None:
    text = cell.strip()
    if not text:
        return None
    try:
        value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise CellError(f"completed_at '{text[:30]}' is not a UTC time like "
                        "2026-03-02T10:15:00+00:00") from None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class _Sessions:
    """Recorded sessions of the studies a file names: by exact start and by local day."""

    def __init__(self, connection: Connection, study_ids: set[uuid.UUID],
                 zones: dict[uuid.UUID, ZoneInfo]) -> None:
        self.exact: dict[tuple[Any, ...], list[uuid.UUID]] = defaultdict(list)
        self.by_day: dict[tuple[Any, ...], list[uuid.UUID]] = defaultdict(list)
        query = (select(Session.id, Session.study_id, Session.centre_id, Participant.code,
                        Session.starts_at)
                 .outerjoin(Participant, Participant.id == Session.participant_id)
                 .where(Session.study_id.in_(sorted(study_ids))))
        for sid, study, centre, code, start in connection.execute(query):
            self.exact[(study, centre, code, start)].append(sid)
            self.by_day[(study, centre, code, start.astimezone(zones[centre]).date())].append(sid)


def plan_import(connection: Connection, table: CsvTable) -> QuestionnairePlan:
    """Check every row against the database; the plan, or ``ImportRejected`` with every problem."""
    refs = load_references(connection)
    zones = {cid: zone(tz) for cid, tz in refs.centres.values()}
    problems: list[tuple[int, str]] = []
    resolved: list[tuple[int, uuid.UUID, uuid.UUID, str | None, datetime, bool,
                         dict[str, Any]]] = []
    for raw in table.rows:
        def cell(name: str, raw: RawRow = raw) -> str:
            return table.cell(raw, name)

        before = len(problems)
        values: dict[str, Any] = {}
        for name in ANSWERS:
            try:
                values[name] = parse_answer(cell(name), name)
            except CellError as exc:
                problems.append((raw.line, str(exc)))
        values["comments"] = cell("comments").strip()
        try:
            values["completed_at"] = _parse_completed(cell("completed_at"))
        except CellError as exc:
            problems.append((raw.line, str(exc)))
        centre, product, stage, study = (cell(n).strip() for n in
                                         ("centre", "product", "stage", "study"))
        target = resolve_study(refs, centre, product, stage, study)
        if isinstance(target, str):
            problems.append((raw.line, target))
            continue
        centre_id, _zone, study_id = target
        try:
            start, date_only = cells.parse_start_or_date(cell("session_start"), zones[centre_id])
        except CellError as exc:
            problems.append((raw.line, str(exc)))
            continue
        if len(problems) == before:
            resolved.append((raw.line, centre_id, study_id, cell("participant").strip() or None,
                             start, date_only, values))
    sessions = _Sessions(connection, {r[2] for r in resolved}, zones)
    recorded = _recorded(connection, sessions)
    plan = QuestionnairePlan(rows=len(table.rows))
    seen: dict[uuid.UUID, int] = {}
    for line, centre_id, study_id, code, start, date_only, values in resolved:
        if date_only:
            day = start.astimezone(zones[centre_id]).date()
            found = sessions.by_day.get((study_id, centre_id, code, day), [])
        else:
            found = sessions.exact.get((study_id, centre_id, code, start), [])
        if not found:
            problems.append((line, f"no recorded session of participant '{code or ''}' at that "
                             "session_start in this study and centre; import its results first"))
            continue
        if len(found) > 1:
            problems.append((line, f"session_start matches {len(found)} recorded sessions; "
                             "give the time"))
            continue
        session_id = found[0]
        first = seen.setdefault(session_id, line)
        if first != line:
            problems.append((line, f"duplicate questionnaire: the same session as line {first}"))
            continue
        existing = recorded.get(session_id)
        if existing is not None:
            diffs = [f"{name} {_show(values[name])} (recorded: {_show(existing[name])})"
                     for name in (*ANSWERS, "comments") if values[name] != existing[name]]
            if diffs:
                problems.append((line, "conflicts with the recorded answers: "
                                 + "; ".join(diffs)))
            else:
                plan.skipped += 1
            continue
        plan.inserts.append({"session_id": session_id, "study_id": study_id, **values})
    if problems:
        problems.sort(key=lambda item: item[0])
        raise ImportRejected(f"The file was refused: {len(problems)} problem(s) in "
                             f"{len(table.rows)} row(s); nothing was imported.", problems)
    return plan


def _show(value: Any) -> str:
    return "empty" if value is None or value == "" else str(value)


def _recorded(connection: Connection, sessions: _Sessions) -> dict[uuid.UUID, dict[str, Any]]:
    """The questionnaires already recorded for the sessions found, by session id."""
    ids = sorted({sid for found in sessions.exact.values() for sid in found})
    names = (*ANSWERS, "comments")
    recorded: dict[uuid.UUID, dict[str, Any]] = {}
    for start in range(0, len(ids), 500):
        query = select(Questionnaire.session_id,
                       *(getattr(Questionnaire, n) for n in names)).where(
            Questionnaire.session_id.in_(ids[start:start + 500]))
        for sid, *values in connection.execute(query):
            recorded[sid] = dict(zip(names, values, strict=True))
            recorded[sid]["comments"] = (recorded[sid]["comments"] or "").strip()
    return recorded


def export_rows(connection: Connection, product: str | None) -> list[list[str]]:
    """Every recorded questionnaire (of one product, if named) as rows in COLUMNS order."""
    query = (
        select(Centre.code, Centre.time_zone, Product.name, Stage.position, Stage.name,
               Study.title, Participant.code, Session.starts_at, Session.start_date_only,
               *(getattr(Questionnaire, n) for n in ANSWERS), Questionnaire.comments,
               Questionnaire.completed_at)
        .select_from(Questionnaire)
        .join(Session, Session.id == Questionnaire.session_id)
        .join(Study, Study.id == Session.study_id)
        .join(Stage, Stage.id == Study.stage_id)
        .join(Product, Product.id == Stage.product_id)
        .join(Centre, Centre.id == Session.centre_id)
        .outerjoin(Participant, Participant.id == Session.participant_id)
    )
    if product is not None:
        query = query.where(Product.name == product)
    keyed = []
    for (centre, tz_name, product_name, stage_pos, stage, study, code, start, date_only,
         *rest) in connection.execute(query):
        tz = zone(tz_name)
        answers, comments, completed = rest[:len(ANSWERS)], rest[-2], rest[-1]
        shown = cells.format_date_only(start, tz) if date_only else cells.format_start(start, tz)
        row = [centre, product_name, stage, study, code or "", shown,
               *("" if a is None else str(a) for a in answers), comments or "",
               "" if completed is None else completed.astimezone(UTC).isoformat()]
        keyed.append(((product_name, stage_pos, study, centre, start, code or ""), row))
    keyed.sort(key=lambda item: item[0])
    return [row for _key, row in keyed]
