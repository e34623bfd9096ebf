"""What an analysis returns: frozen dataclasses, no ORM objects, ready for tables and JSON.

The figures themselves are the dataclasses of ``testlab.analysis.stats`` (``CompletionRate``,
``TaskTime``, ``RatingSummary`` ...); the classes here arrange them by product, stage,
task, breakdown group and comparison, and add the flags against the benchmarks.
"""

from __future__ import annotations

from dataclasses import dataclass

from testlab.analysis.filters import NO_FILTERS, Filters
from testlab.analysis.stats import (
    CompletionRate,
    MeanComparison,
    NetPromoterScore,
    ProportionComparison,
    RatingSummary,
    RatioComparison,
    SumScore,
    TaskTime,
    WeightedNps,
)

#: Which centre a time figure shows: the geometric mean below 25 times, the median from 25.
CENTRE_GEOMETRIC_MEAN = "geometric_mean"
CENTRE_MEDIAN = "median"

#: Where a figure's interval lies against its benchmark (``None`` when there is no interval).
ABOVE = "above"
BELOW = "below"
NEAR = "near"

#: Verdicts of a stage-against-stage comparison (stage B judged against stage A).
IMPROVEMENT = "significant_improvement"
REGRESSION = "significant_regression"
NO_CHANGE = "no_detectable_change"
NOT_ENOUGH_DATA = "not_enough_data"



@dataclass(frozen=True, slots=True)
class TimeFigure:
    """A time on task (seconds) and which of its centres to show."""

    time: TaskTime
    centre_shown: str

    @property
    def centre(self) -> float:
        """The value to show: the geometric mean, or the median from 25 times up."""
        if self.centre_shown == CENTRE_MEDIAN and self.time.median is not None:
            return self.time.median
        return self.time.geometric_mean


@dataclass(frozen=True, slots=True)
class Simplicity:
    """Single Ease Question (1–7): mean with its interval, and the share answering 6 or 7."""

    rating: RatingSummary
    share_6_or_more: float


@dataclass(frozen=True, slots=True)
class TaskFlags:
    """Each figure's interval against its benchmark: ``above``, ``below``, ``near`` or None.

    completion against 78 %, simplicity against 5.5, time (geometric mean) against the
    task's own target time (``below`` the target is good).
    """

    completion: str | None
    simplicity: str | None
    time: str | None


@dataclass(frozen=True, slots=True)
class TaskFigures:
    """Every figure of one task (by key) within one stage, or one breakdown group of it."""

    key: str
    title: str
    scenario: str
    target_seconds: float | None
    attempts: int
    completion: CompletionRate | None
    time: TimeFigure | None
    time_to_failure: TimeFigure | None
    simplicity: Simplicity | None
    errors_per_attempt: float | None
    assists_per_attempt: float | None
    sum: SumScore | None
    flags: TaskFlags


@dataclass(frozen=True, slots=True)
class SusFigure:
    """Stage SUS: mean of the session scores with its t interval, and the grade of the mean."""

    rating: RatingSummary
    grade: str
    flag: str | None


@dataclass(frozen=True, slots=True)
class Satisfaction:
    """Overall satisfaction (1–5): share "satisfied or very satisfied" and the mean."""

    top2: CompletionRate
    rating: RatingSummary


@dataclass(frozen=True, slots=True)
class WeightedNpsFigure:
    """The operator's NPS of a stage: per stratum, weighted by its customers.

    ``strata_by`` is one of ``NPS_STRATA``; ``answers`` the recommend answers of the stage.
    ``nps`` is None when it cannot be weighted, and ``note`` says why (no customer numbers
    entered, or none for the strata that answered): weights are never invented.
    """

    strata_by: str
    answers: int
    nps: WeightedNps | None
    note: str | None


@dataclass(frozen=True, slots=True)
class StageFigures:
    """One stage (all its studies pooled, tasks matched by key) and its questionnaire figures."""

    name: str
    kind: str
    position: int
    questionnaires: int
    tasks: tuple[TaskFigures, ...]
    sus: SusFigure | None
    nps: NetPromoterScore | None
    satisfaction: Satisfaction | None
    #: Only on the stages of the analysis itself (None in breakdown groups and without answers).
    nps_weighted: WeightedNpsFigure | None = None


@dataclass(frozen=True, slots=True)
class GroupDifference:
    """One group's task figures against the other groups pooled (``verdict``s are
    ``significantly_better``, ``significantly_worse``, ``no_detectable_difference`` or
    ``not_enough_data``); ``groups_tested``: how many groups were tested for this task."""

    stage: str
    key: str
    groups_tested: int
    completion: Verdict
    time: Verdict
    simplicity: Verdict

    @property
    def differs(self) -> bool:
        """Whether any figure of the group differs significantly from the others."""
        return any(
            v.verdict in ("significantly_better", "significantly_worse")
            for v in (self.completion, self.time, self.simplicity)
        )


@dataclass(frozen=True, slots=True)
class BreakdownGroup:
    """The stages' figures restricted to one centre, facilitator or test condition."""

    value: str | None
    label: str
    stages: tuple[StageFigures, ...]
    #: Its task figures against the other groups pooled, for every task tested.
    differences: tuple[GroupDifference, ...] = ()


@dataclass(frozen=True, slots=True)
class Breakdown:
    """The same figures split by one dimension (see ``testlab.analysis.dimensions``)."""

    dimension: str
    groups: tuple[BreakdownGroup, ...]
    #: The most groups tested together for one task, and what that means for reading them.
    groups_tested: int = 0
    multiple_comparisons_note: str | None = None


@dataclass(frozen=True, slots=True)
class NpsComparison:
    """Difference of two NPS (points, b − a) from independent adjusted-Wald estimates."""

    difference: float
    low: float
    high: float
    p_value: float


@dataclass(frozen=True, slots=True)
class Verdict:
    """One compared figure: the comparison (None without enough data) and its verdict."""

    comparison: ProportionComparison | RatioComparison | MeanComparison | NpsComparison | None
    verdict: str


@dataclass(frozen=True, slots=True)
class TaskComparison:
    """One task key present in both stages, stage B against stage A."""

    key: str
    title_a: str
    title_b: str
    wording_changed: bool
    warning: str | None
    completion: Verdict
    time: Verdict
    simplicity: Verdict


@dataclass(frozen=True, slots=True)
class StageComparison:
    """Stage B against stage A: tasks matched by key, then the stage-level figures."""

    stage_a: str
    stage_b: str
    confidence: float
    tasks: tuple[TaskComparison, ...]
    only_in_a: tuple[str, ...]
    only_in_b: tuple[str, ...]
    sus: Verdict
    nps: Verdict
    satisfaction_top2: Verdict
    satisfaction: Verdict
    nps_weighted: Verdict = Verdict(None, NOT_ENOUGH_DATA)


@dataclass(frozen=True, slots=True)
class ProductAnalysis:
    """Everything ``testlab stats`` shows for one product."""

    product: str
    confidence: float
    assisted_counts_as_success: bool
    stages: tuple[StageFigures, ...]
    breakdown: Breakdown | None
    comparison: StageComparison | None
    #: What every figure was restricted to (nothing by default).
    filters: Filters = NO_FILTERS
