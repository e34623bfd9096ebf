"""A small hand-made product for the ``testlab stats`` tests, and its figures by hand.

Every attempt and questionnaire is generated from a seed and kept as plain Python
values, so the tests can recompute each figure with the public ``testlab.analysis.stats``
functions and compare it with what the command prints.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from sqlalchemy.orm import Session

from testlab import model as m

PRODUCT = "Self-care app"
STAGES = ("Prototype", "Beta")
FAILURES = ("failure", "gave_up", "false_completion")


@dataclass
class Attempt:
    stage: str
    key: str
    outcome: str
    seconds: float | None
    rating: int | None
    errors: int
    assists: int
    session: SessionRow


@dataclass
class SessionRow:
    stage: str
    centre: str
    facilitator: str
    device: str
    network: str
    setting: str
    status: str
    sus: list[int | None] | None = None
    recommend: int | None = None
    satisfaction: int | None = None
    attempts: list[Attempt] = field(default_factory=list)


@dataclass
class World:
    sessions: list[SessionRow]

    def attempts(self, stage: str, key: str, **where: str) -> list[Attempt]:
        """Counted attempts of a stage's task key: every recorded attempt but skipped ones,
        whatever the session's status now (the running session's attempts count too)."""
        return [
            a
            for s in self.sessions
            if s.stage == stage
            and all(getattr(s, k) == v for k, v in where.items())
            for a in s.attempts
            if a.key == key and a.outcome != "skipped"
        ]

    def questionnaires(self, stage: str, **where: str) -> list[SessionRow]:
        """Counted questionnaires: every one recorded, whatever the session's status now
        (the running session's answers count too)."""
        return [
            s
            for s in self.sessions
            if s.stage == stage and s.sus is not None
            and all(getattr(s, k) == v for k, v in where.items())
        ]


TASKS = {
    # stage → key → (title, scenario, target)
    "Prototype": {
        "pay-bill": ("Pay your bill", "Your bill is due.", 90.0),
        "top-up": ("Top up", "Add 10 EUR of credit.", None),
    },
    "Beta": {
        "pay-bill": ("Pay this month's bill", "Your bill is due.", 90.0),
        "top-up": ("Top up", "Add 10 EUR of credit.", None),
        "roaming": ("Turn on roaming", "You travel tomorrow.", 60.0),
    },
}
SESSIONS_PER_STAGE = {"Prototype": 15, "Beta": 32}


def generate(seed: int = 11) -> World:
    """The sessions, attempts and questionnaires, as plain values."""
    rng = random.Random(seed)
    sessions: list[SessionRow] = []
    for stage, count in SESSIONS_PER_STAGE.items():
        for i in range(count + 2):
            status = "completed" if i < count else ("running" if i == count else "cancelled")
            s = SessionRow(
                stage=stage,
                centre=rng.choice(["DKR", "LDZ"]),
                facilitator=rng.choice(["Aïssatou Diop", "Jan Kowalski"]),
                device=rng.choice(["smartphone", "tablet"]),
                network=rng.choice(["wifi", "4g"]),
                setting=rng.choice(["lab", "home"]),
                status=status,
            )
            if status != "cancelled":
                good = 0.85 if stage == "Beta" else 0.6
                for key in TASKS[stage]:
                    roll = rng.random()
                    outcome = (
                        "success" if roll < good else
                        "success_assisted" if roll < good + 0.08 else
                        "skipped" if roll < good + 0.12 else rng.choice(FAILURES)
                    )  # fmt: skip
                    seconds = None if outcome == "skipped" else round(rng.lognormvariate(4, 0.5), 1)
                    if outcome == "failure" and rng.random() < 0.3:
                        seconds = None  # a failure without a time
                    rating = None if outcome == "skipped" else rng.randint(2 if stage == "Beta" else 1, 7)
                    s.attempts.append(Attempt(stage, key, outcome, seconds, rating,
                                              rng.randrange(3), int(outcome == "success_assisted"), s))
            if status != "cancelled" and i % 7 != 3:  # a few sessions without questionnaire
                s.sus = [rng.randint(1, 5) for _ in range(10)]
                if i % 5 == 1:
                    s.sus[2] = None  # incomplete SUS: no score
                s.recommend = rng.randint(0, 10)
                s.satisfaction = rng.randint(1, 5)
            sessions.append(s)
    return World(sessions)


def insert(orm: Session, world: World) -> None:
    """Write the world through the ORM (two studies in the first stage, one in the second)."""
    centres = {
        "DKR": m.Centre(code="DKR", name="Dakar", city="Dakar", country="SN",
                        time_zone="Africa/Dakar"),
        "LDZ": m.Centre(code="LDZ", name="Łódź", city="Łódź", country="PL",
                        time_zone="Europe/Warsaw"),
    }
    staff = {
        "Aïssatou Diop": m.Staff(name="Aïssatou Diop", email="ad@example.com",
                                 home_centre=centres["DKR"]),
        "Jan Kowalski": m.Staff(name="Jan Kowalski", email="jk@example.com",
                                home_centre=centres["LDZ"]),
    }
    product = m.Product(name=PRODUCT)
    other = m.Product(name="Other product")
    studies: dict[str, list[m.Study]] = {}
    tasks: dict[tuple[int, str], m.Task] = {}
    for position, stage_name in enumerate(STAGES):
        stage = m.Stage(product=product, position=position, name=stage_name,
                        kind=[m.StageKind.PROTOTYPE, m.StageKind.BETA][position])
        rounds = 2 if stage_name == "Prototype" else 1
        studies[stage_name] = []
        for r in range(rounds):
            study = m.Study(stage=stage, title=f"Round {r}", method=m.StudyMethod.MODERATED_LAB,
                            starts_on=date(2026, 1 + position * 3 + r, 1),
                            ends_on=date(2026, 1 + position * 3 + r, 5),
                            status=m.StudyStatus.CLOSED)
            for t_pos, (key, (title, scenario, target)) in enumerate(TASKS[stage_name].items()):
                task = m.Task(study=study, position=t_pos, key=key, title=title,
                              scenario=scenario, target_seconds=target)
                tasks[(id(study), key)] = task
            studies[stage_name].append(study)
    other_stage = m.Stage(product=other, position=0, name="Prototype", kind=m.StageKind.PROTOTYPE)
    other_study = m.Study(stage=other_stage, title="x", method=m.StudyMethod.REMOTE,
                          starts_on=date(2026, 1, 1), ends_on=date(2026, 1, 2),
                          status=m.StudyStatus.CLOSED)
    other_task = m.Task(study=other_study, position=0, key="pay-bill", title="Pay")
    orm.add_all([*centres.values(), *staff.values(), product, other])
    orm.flush()
    for n, s in enumerate(world.sessions):
        stage_studies = studies[s.stage]
        study = stage_studies[n % len(stage_studies)]
        row = m.Session(study=study, centre_id=centres[s.centre].id,
                        facilitator=staff[s.facilitator], starts_at=datetime(2026, 3, 2, tzinfo=UTC),
                        status=m.SessionStatus(s.status), device_kind=m.DeviceKind(s.device),
                        network=m.Network(s.network), setting=m.Setting(s.setting))
        for a in s.attempts:
            row.attempts.append(m.TaskAttempt(task=tasks[(id(study), a.key)],
                                              outcome=m.Outcome(a.outcome), seconds=a.seconds,
                                              rating=a.rating, errors=a.errors, assists=a.assists))
        if s.sus is not None:
            answers = {f"sus_{i + 1}": v for i, v in enumerate(s.sus)}
            row.questionnaire = m.Questionnaire(recommend=s.recommend,
                                                satisfaction=s.satisfaction, **answers)
        orm.add(row)
    # An attempt of another product with the same key must never leak in.
    noise = m.Session(study=other_study, centre_id=centres["DKR"].id,
                      starts_at=datetime(2026, 3, 2, tzinfo=UTC),
                      status=m.SessionStatus.COMPLETED)
    noise.attempts.append(m.TaskAttempt(task=other_task, outcome=m.Outcome.FAILURE,
                                        seconds=999.0, rating=1))
    orm.add(noise)
