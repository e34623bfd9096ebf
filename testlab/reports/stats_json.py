"""The JSON document of ``testlab stats --json``: a stable shape others build on.

The shape is documented in ``docs/stats-json.md``; change it only by adding keys, and
bump ``VERSION`` for anything else. Counts are integers, every measure a float, and a
figure that does not exist is ``null`` (never NaN or infinity).
"""

from __future__ import annotations

import dataclasses
import json
import math
from typing import Any

from testlab.analysis import stats
from testlab.analysis.filters import Filters
from testlab.analysis.results import (
    GroupDifference,
    ProductAnalysis,
    StageComparison,
    StageFigures,
    TaskFigures,
    TimeFigure,
    Verdict,
    WeightedNpsFigure,
)

FORMAT = "testlab-stats"
VERSION = 1

# Keys of each kind of comparison, so a missing one still has every key (as null).
_COMPARISON_KEYS = {
    "proportion": ("difference", "low", "high", "p_value", "test"),
    "ratio": ("ratio", "low", "high", "p_value", "df"),
    "mean": ("difference", "low", "high", "p_value", "df"),
    "nps": ("difference", "low", "high", "p_value"),
}


def document(analysis: ProductAnalysis) -> dict[str, Any]:
    """The whole analysis as plain JSON-ready data (see docs/stats-json.md)."""
    return {
        "format": FORMAT,
        "version": VERSION,
        "product": analysis.product,
        "confidence": float(analysis.confidence),
        "assisted_counts_as_success": analysis.assisted_counts_as_success,
        "benchmarks": {
            "completion": stats.COMPLETION_BENCHMARK,
            "simplicity": stats.SEQ_BENCHMARK,
            "sus": stats.SUS_BENCHMARK,
        },
        "sus_grading_scale": stats.SUS_GRADING_SCALE,
        "stages": [stage_document(s) for s in analysis.stages],
        "breakdown": None
        if analysis.breakdown is None
        else {
            "dimension": analysis.breakdown.dimension,
            "groups": [
                {
                    "value": g.value,
                    "label": g.label,
                    "stages": [stage_document(s) for s in g.stages],
                    "differences": [_difference(d) for d in g.differences],
                }
                for g in analysis.breakdown.groups
            ],
            "groups_tested": analysis.breakdown.groups_tested,
            "multiple_comparisons_note": analysis.breakdown.multiple_comparisons_note,
        },
        "comparison": None
        if analysis.comparison is None
        else comparison_document(analysis.comparison),
        "filters": filters_document(analysis.filters),
    }


def filters_document(filters: Filters) -> dict[str, Any]:
    """What the figures were restricted to: every key present, null (or []) when not set."""
    return {
        "centres": list(filters.centres),
        "age_band": filters.age_band,
        "segment": filters.segment,
        "digital_skill": filters.digital_skill,
        "existing_customer": filters.existing_customer,
        "from": None if filters.date_from is None else filters.date_from.isoformat(),
        "to": None if filters.date_to is None else filters.date_to.isoformat(),
    }


def dumps(analysis: ProductAnalysis) -> str:
    """The document as indented UTF-8 JSON text (strict: no NaN)."""
    return json.dumps(document(analysis), indent=2, ensure_ascii=False, allow_nan=False)


def stage_document(stage: StageFigures) -> dict[str, Any]:
    """One stage: its tasks, then SUS, NPS and satisfaction (each null without answers)."""
    sus = None
    if stage.sus is not None:
        sus = {**_plain(stage.sus.rating), "grade": stage.sus.grade, "flag": stage.sus.flag}
    satisfaction_top2 = satisfaction = None
    if stage.satisfaction is not None:
        satisfaction_top2 = _plain(stage.satisfaction.top2)
        satisfaction = _plain(stage.satisfaction.rating)
    return {
        "name": stage.name,
        "kind": stage.kind,
        "position": stage.position,
        "questionnaires": stage.questionnaires,
        "tasks": [task_document(t) for t in stage.tasks],
        "sus": sus,
        "nps": _plain(stage.nps),
        "satisfaction_top2": satisfaction_top2,
        "satisfaction": satisfaction,
        "nps_weighted": weighted_nps_document(stage.nps_weighted),
    }


def weighted_nps_document(figure: WeightedNpsFigure | None) -> dict[str, Any] | None:
    """The operator's weighted NPS: score and interval (null when it cannot be weighted,
    ``note`` says why), answers, the strata used and those with customers but no answer."""
    if figure is None:
        return None
    w = figure.nps
    return {
        "strata_by": figure.strata_by,
        "score": None if w is None else _number(w.score),
        "low": None if w is None else _number(w.low),
        "high": None if w is None else _number(w.high),
        "n": figure.answers,
        "strata": [] if w is None else [_plain(r) for r in w.strata],
        "missing": [] if w is None else list(w.missing),
        "note": figure.note,
    }


def task_document(task: TaskFigures) -> dict[str, Any]:
    """One task key: completion, times, simplicity, errors, assists, SUM and flags."""
    simplicity = None
    if task.simplicity is not None:
        simplicity = {
            **_plain(task.simplicity.rating),
            "share_6_or_more": float(task.simplicity.share_6_or_more),
        }
    return {
        "key": task.key,
        "title": task.title,
        "scenario": task.scenario,
        "target_seconds": _number(task.target_seconds),
        "attempts": task.attempts,
        "completion": _plain(task.completion),
        "time": _time(task.time),
        "time_to_failure": _time(task.time_to_failure),
        "simplicity": simplicity,
        "errors_per_attempt": _number(task.errors_per_attempt),
        "assists_per_attempt": _number(task.assists_per_attempt),
        "sum": _plain(task.sum),
        "flags": _plain(task.flags),
    }


def comparison_document(comparison: StageComparison) -> dict[str, Any]:
    """Stage B against stage A, task by task and for the stage-level figures."""
    return {
        "stage_a": comparison.stage_a,
        "stage_b": comparison.stage_b,
        "confidence": float(comparison.confidence),
        "tasks": [
            {
                "key": t.key,
                "title_a": t.title_a,
                "title_b": t.title_b,
                "wording_changed": t.wording_changed,
                "warning": t.warning,
                "completion": _verdict(t.completion, "proportion"),
                "time": _verdict(t.time, "ratio"),
                "simplicity": _verdict(t.simplicity, "mean"),
            }
            for t in comparison.tasks
        ],
        "only_in_a": list(comparison.only_in_a),
        "only_in_b": list(comparison.only_in_b),
        "sus": _verdict(comparison.sus, "mean"),
        "nps": _verdict(comparison.nps, "nps"),
        "satisfaction_top2": _verdict(comparison.satisfaction_top2, "proportion"),
        "satisfaction": _verdict(comparison.satisfaction, "mean"),
        "nps_weighted": _verdict(comparison.nps_weighted, "nps"),
    }


def _difference(d: GroupDifference) -> dict[str, Any]:
    """A group's task figures against the other groups pooled (group minus others)."""
    return {
        "stage": d.stage,
        "key": d.key,
        "groups_tested": d.groups_tested,
        "differs": d.differs,
        "completion": _verdict(d.completion, "proportion"),
        "time": _verdict(d.time, "ratio"),
        "simplicity": _verdict(d.simplicity, "mean"),
    }


def _time(figure: TimeFigure | None) -> dict[str, Any] | None:
    if figure is None:
        return None
    return {
        **_plain(figure.time),
        "centre_shown": figure.centre_shown,
        "centre": _number(figure.centre),
    }


def _verdict(verdict: Verdict, kind: str) -> dict[str, Any]:
    values = _plain(verdict.comparison) or {}
    result = {key: values.get(key) for key in _COMPARISON_KEYS[kind]}
    result["verdict"] = verdict.verdict
    return result


def _plain(value: Any) -> Any:
    """A dataclass as a dict with JSON-safe values (ints stay ints, floats finite or null)."""
    if value is None:
        return None
    return {f.name: _value(getattr(value, f.name)) for f in dataclasses.fields(value)}


def _value(value: Any) -> Any:
    if isinstance(value, bool) or value is None or isinstance(value, (int, str)):
        return value
    if isinstance(value, float):
        return _number(value)
    if dataclasses.is_dataclass(value):
        return _plain(value)
    return str(value)


def _number(value: float | None) -> float | None:
    """A finite float, or None."""
    if value is None:
        return None
    number = float(value)
    return number if math.isfinite(number) else None
