"""Breakdown verdicts: each group (centre, facilitator, condition) against the others pooled.

For every shown stage and task key, each group with attempts is compared with the sum of
the other groups' attempts (completion: N−1 two-proportion test; time: Welch t on log
times; SEQ: Welch t), from the same grouped sums the breakdown's figures come from. With
k groups, k tests are made per task and figure: at 95 % about one in twenty is
"significant" by chance alone, so the breakdown says how many groups were tested.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Iterable, Mapping
from typing import Any

from testlab.analysis.compare import _completion, _guarded, _means, _times
from testlab.analysis.results import (
    IMPROVEMENT,
    NO_CHANGE,
    NOT_ENOUGH_DATA,
    REGRESSION,
    GroupDifference,
    Verdict,
)
from testlab.analysis.sums import AttemptSums

#: A group's figure against the others pooled.
BETTER = "significantly_better"
WORSE = "significantly_worse"
NO_DIFFERENCE = "no_detectable_difference"
_WORDS = {IMPROVEMENT: BETTER, REGRESSION: WORSE, NO_CHANGE: NO_DIFFERENCE,
          NOT_ENOUGH_DATA: NOT_ENOUGH_DATA}  # fmt: skip


def group_differences(
    stages: Iterable[tuple[uuid.UUID, str]],
    sums: Mapping[tuple[uuid.UUID, str, Any], AttemptSums],
    confidence: float,
) -> tuple[dict[Any, list[GroupDifference]], int]:
    """Per breakdown value, its differences from the other groups (stage, task key), and
    the largest number of groups tested together for one task."""
    by_task: dict[tuple[uuid.UUID, str], dict[Any, AttemptSums]] = {}
    for (stage_id, key, value), s in sums.items():
        if s.attempts:
            by_task.setdefault((stage_id, key), {})[value] = s
    result: dict[Any, list[GroupDifference]] = {}
    most = 0
    for stage_id, stage_name in stages:
        for (sid, key), groups in sorted(by_task.items(), key=lambda item: item[0][1]):
            if sid != stage_id or len(groups) < 2:
                continue
            most = max(most, len(groups))
            for value, mine in groups.items():
                others = AttemptSums()
                for other_value, s in groups.items():
                    if other_value != value:
                        others = others + s
                result.setdefault(value, []).append(
                    _difference(stage_name, key, len(groups), mine, others, confidence)
                )
    return result, most


def multiple_comparisons_note(groups_tested: int, confidence: float) -> str | None:
    """What to keep in mind when reading k groups' verdicts (None when nothing was tested)."""
    if groups_tested < 2:
        return None
    chance = 1.0 - confidence
    return (
        f"Each of up to {groups_tested} groups was tested against the others pooled, for "
        f"each task and figure: at {100 * confidence:.0f}% confidence about 1 test in "
        f"{round(1 / chance)} is 'significant' by chance alone; a difference seen in one "
        "task only deserves a second look before acting on it."
    )


def _difference(
    stage: str, key: str, tested: int, mine: AttemptSums, others: AttemptSums, confidence: float
) -> GroupDifference:
    """One group's task against the others pooled: group − others, times group / others."""
    return GroupDifference(
        stage=stage,
        key=key,
        groups_tested=tested,
        completion=_word(_guarded(lambda: _completion(others, mine, confidence))),
        time=_word(_guarded(lambda: _times(others, mine, confidence))),
        simplicity=_word(_guarded(lambda: _means(
            (others.rating_n, others.rating_sum, others.rating_sq),
            (mine.rating_n, mine.rating_sum, mine.rating_sq), confidence))),
    )  # fmt: skip


def _word(v: Verdict) -> Verdict:
    return dataclasses.replace(v, verdict=_WORDS[v.verdict])
