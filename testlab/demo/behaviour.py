"""How demo participants behave: outcomes, times, ratings and questionnaire answers.

Pure functions of a seeded ``random.Random``.  Success follows a logistic
model (product quality + stage progress + task ease + participant ability);
times are log-normal around the task's typical time; ratings and SUS answers
follow how well things went, so the statistics tell a coherent story.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from typing import Any

from testlab.demo.products_data import ProductData, TaskData
from testlab.model.enums import DigitalSkill, Network, Outcome

SKILL_ABILITY = {DigitalSkill.LOW: -0.7, DigitalSkill.MEDIUM: 0.0, DigitalSkill.HIGH: 0.5}
# Slow networks hurt the phone products a little: an analysis variable to find.
NETWORK_PENALTY = {Network.CELL_3G: -0.5, Network.DSL: -0.2}
TIME_SIGMA = 0.45
SKIP_RATE = 0.02
# When a participant does not simply succeed, what happens instead.
NOT_SUCCESS = (
    (Outcome.SUCCESS_ASSISTED, 0.3),
    (Outcome.FAILURE, 0.3),
    (Outcome.GAVE_UP, 0.2),
    (Outcome.FALSE_COMPLETION, 0.2),
)
TIME_FACTOR = {
    Outcome.SUCCESS: 1.0,
    Outcome.SUCCESS_ASSISTED: 1.4,
    Outcome.FAILURE: 1.3,
    Outcome.GAVE_UP: 1.6,
    Outcome.FALSE_COMPLETION: 0.9,
}
RATING_SHIFT = {
    Outcome.SUCCESS: 0.6,
    Outcome.SUCCESS_ASSISTED: -0.8,
    Outcome.FAILURE: -1.8,
    Outcome.GAVE_UP: -2.0,
    Outcome.FALSE_COMPLETION: -0.2,
}
COMMENTS = (
    "", "", "", "", "", "",
    "Clear overall, but the menus use words I do not use.",
    "Much simpler than the current version.",
    "I would like to do this without calling the shop.",
    "Too many steps to pay.",
    "Très pratique, mais les icônes sont petites.",
    "Muy claro, lo usaría a diario.",
    "Nie wiedziałem, gdzie kliknąć.",
    "التطبيق سهل لكن بطيء قليلاً",
)


@dataclass(frozen=True)
class AttemptDraw:
    """One drawn attempt, before ids and timestamps are attached."""

    outcome: Outcome
    seconds: float | None
    rating: int | None
    errors: int
    assists: int


def sigmoid(x: float) -> float:
    """The logistic function."""
    return 1.0 / (1.0 + math.exp(-x))


def clip(value: float, low: int, high: int) -> int:
    """``value`` rounded and held within [low, high]."""
    return max(low, min(high, round(value)))


def poisson(rng: random.Random, mean: float) -> int:
    """A Poisson draw (Knuth), enough for the small means used here."""
    limit, k, p = math.exp(-mean), 0, rng.random()
    while p > limit:
        k += 1
        p *= rng.random()
    return k


def success_logit(
    product: ProductData, task: TaskData, stage_index: int, ability: float, network: Network | None
) -> float:
    """The log-odds of plain success for this participant on this task at this stage."""
    penalty = NETWORK_PENALTY.get(network, 0.0) if network else 0.0
    return product.quality + product.gain * stage_index + task.ease + ability + penalty


def draw_attempt(
    rng: random.Random,
    product: ProductData,
    task: TaskData,
    stage_index: int,
    ability: float,
    network: Network | None,
) -> AttemptDraw:
    """What happens when one participant tries one task."""
    if rng.random() < SKIP_RATE:
        return AttemptDraw(Outcome.SKIPPED, None, None, 0, 0)
    p = sigmoid(success_logit(product, task, stage_index, ability, network))
    outcome = Outcome.SUCCESS
    if rng.random() >= p:
        values = [value for value, _ in NOT_SUCCESS]
        weights = [weight for _, weight in NOT_SUCCESS]
        outcome = rng.choices(values, weights)[0]
    typical = task.typical_seconds * math.exp(-0.07 * stage_index - 0.25 * ability)
    seconds = typical * TIME_FACTOR[outcome] * rng.lognormvariate(0.0, TIME_SIGMA)
    rating_value = 1 + 6 * p + RATING_SHIFT[outcome] + rng.gauss(0.0, 0.9)
    rating = None if rng.random() < 0.01 else clip(rating_value, 1, 7)
    errors = poisson(rng, 0.3 if outcome == Outcome.SUCCESS else 1.4)
    assists = 1 + poisson(rng, 0.3) if outcome == Outcome.SUCCESS_ASSISTED else 0
    return AttemptDraw(outcome, round(max(seconds, 3.0), 1), rating, errors, assists)


def draw_questionnaire(rng: random.Random, success_share: float, ability: float) -> dict[str, Any]:
    """SUS items, recommend and satisfaction consistent with how the session went."""
    sus = min(97.5, max(5.0, 30 + 58 * success_share + 4 * ability + rng.gauss(0.0, 9.0)))
    level = sus / 25  # 0..4: how far above the floor each item sits on average
    answers: dict[str, Any] = {}
    for item in range(1, 11):
        # Odd items are positive statements, even items negative ones.
        value = 1 + level if item % 2 else 5 - level
        answers[f"sus_{item}"] = clip(value + rng.gauss(0.0, 0.6), 1, 5)
    answers["recommend"] = clip(sus / 10 + rng.gauss(0.0, 1.3) - 0.3, 0, 10)
    answers["satisfaction"] = clip(1 + 4 * sus / 100 + rng.gauss(0.0, 0.6), 1, 5)
    answers["comments"] = rng.choice(COMMENTS)
    return answers
