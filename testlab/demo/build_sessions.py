"""Generate the demo's participants and sessions, with what was recorded in them.

Sessions are booked on the free (room, day, slot) of their centre within its
local opening hours, then stored in UTC.  Past sessions are mostly completed
(some no-shows and cancellations, rebooked until the planned sample is met);
sessions after the reference date are scheduled.
"""

from __future__ import annotations

import random
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from testlab.demo import behaviour
from testlab.demo.build_catalog import StudyPlan
from testlab.demo.build_network import CentreInfo, NetworkIndex, person_name
from testlab.demo.network_data import NAMES
from testlab.demo.products_data import REFERENCE_DATE
from testlab.demo.rows import DemoRows, new_id, utc_midday, weighted
from testlab.model.enums import (
    AgeBand,
    DigitalSkill,
    Outcome,
    RoomKind,
    Segment,
    SessionStatus,
    Setting,
    StudyMethod,
    StudyStatus,
)
from testlab.scheduling.zones import local_to_utc

SLOT_STEP = timedelta(minutes=90)
FIRST_SLOT_AFTER_OPENING = timedelta(minutes=30)
REUSE_PARTICIPANT = 0.25
PAST_STATUS = ((SessionStatus.COMPLETED, 0.88), (SessionStatus.NO_SHOW, 0.07),
               (SessionStatus.CANCELLED, 0.05))
AGE_BANDS = ((AgeBand.A18_24, 0.16), (AgeBand.A25_34, 0.26), (AgeBand.A35_44, 0.22),
             (AgeBand.A45_54, 0.16), (AgeBand.A55_64, 0.12), (AgeBand.A65_PLUS, 0.08))
OBSERVATIONS = (
    ("Looked for it under Settings first.", ["navigation"]),
    ("Did not understand the word on the button.", ["terminology"]),
    ("Missed the confirmation message.", ["feedback", "visual"]),
    ("Screen froze for a few seconds.", ["bug", "performance"]),
    ('"I would have called the shop by now."', ["quote"]),
    ("Went back to the home screen to start again.", ["navigation"]),
    ("Page loaded slowly on the mobile network.", ["network", "performance"]),
    ("Tapped the greyed-out button several times.", ["visual", "affordance"]),
)
OBSERVATION_RATE = 0.12


@dataclass
class _Person:
    """A participant of the pool, with what the generator must remember about them."""

    id: uuid.UUID
    ability: float
    studies: set[uuid.UUID] = field(default_factory=set)
    days: set[date] = field(default_factory=set)


@dataclass(frozen=True)
class ObservationRef:
    """An observation made on a task, kept as possible evidence for a finding."""

    id: uuid.UUID
    study_id: uuid.UUID
    task_key: str


@dataclass
class SessionsResult:
    """What the findings generator needs: tallies per (study, task key) and observations."""

    # (study id, task key) -> [attempts with an outcome, attempts not plainly successful]
    tallies: dict[tuple[uuid.UUID, str], list[int]] = field(
        default_factory=lambda: defaultdict(lambda: [0, 0])
    )
    observations: list[ObservationRef] = field(default_factory=list)


class SessionBuilder:
    """Books and fills the sessions of every study, centre by centre."""

    def __init__(self, rng: random.Random, rows: DemoRows, network: NetworkIndex,
                 reference: date = REFERENCE_DATE) -> None:
        self.rng = rng
        # Sessions from this Monday on are still to come (booked); earlier ones happened.
        self.reference = reference
        self.rows = rows
        self.network = network
        self.pool: dict[str, list[_Person]] = defaultdict(list)
        self.busy: set[tuple[uuid.UUID, date, time]] = set()
        # A centre a little off-protocol or with harder customers shows in by-centre figures.
        self.centre_effect = {code: rng.gauss(0.0, 0.2) for code in network.centres}
        self.result = SessionsResult()

    def build(self, plans: list[StudyPlan]) -> SessionsResult:
        """Book the sessions of every study that is not a draft."""
        for plan in plans:
            if plan.status == StudyStatus.DRAFT:
                continue
            for code in plan.stage.centres:
                self._book_study_centre(plan, self.network.centres[code])
        return self.result

    def _book_study_centre(self, plan: StudyPlan, centre: CentreInfo) -> None:
        minutes = plan.product.minutes
        wanted = RoomKind.REMOTE if plan.stage.method != StudyMethod.MODERATED_LAB else plan.product.room
        room_id = centre.room_for(wanted)
        slots = _slots(centre, plan.starts_on, plan.ends_on, minutes)
        self.rng.shuffle(slots)
        slots = [s for s in slots if (room_id, *s) not in self.busy]
        held = 0
        for day, at in slots:
            if held >= plan.stage.sample:
                break
            facilitator = self._free_facilitator(centre, day, at)
            if facilitator is None:
                continue
            if day >= self.reference:
                status = SessionStatus.SCHEDULED
            else:
                status = weighted(self.rng, PAST_STATUS)
            person = self._participant(centre, plan, day)
            self.busy.add((room_id, day, at))
            self.busy.add((facilitator, day, at))
            self._session(plan, centre, room_id, facilitator, person, day, at, status)
            if status in (SessionStatus.COMPLETED, SessionStatus.SCHEDULED):
                held += 1

    def _free_facilitator(self, centre: CentreInfo, day: date, at: time) -> uuid.UUID | None:
        free = [f for f in centre.facilitators if (f, day, at) not in self.busy]
        return self.rng.choice(free) if free else None

    def _participant(self, centre: CentreInfo, plan: StudyPlan, day: date) -> _Person:
        """A returning participant now and then, otherwise a new recruit."""
        pool = self.pool[centre.data.code]
        if pool and self.rng.random() < REUSE_PARTICIPANT:
            candidates = [p for p in pool if plan.id not in p.studies and day not in p.days]
            if candidates:
                person = self.rng.choice(candidates)
                person.studies.add(plan.id)
                person.days.add(day)
                return person
        person = self._new_participant(centre, day, len(pool) + 1)
        person.studies.add(plan.id)
        person.days.add(day)
        pool.append(person)
        return person

    def _new_participant(self, centre: CentreInfo, day: date, number: int) -> _Person:
        rng = self.rng
        age = weighted(rng, AGE_BANDS)
        older = age in (AgeBand.A55_64, AgeBand.A65_PLUS)
        skill = weighted(rng, ((DigitalSkill.LOW, 0.3 if older else 0.15),
                               (DigitalSkill.MEDIUM, 0.5),
                               (DigitalSkill.HIGH, 0.15 if older else 0.35)))
        if age == AgeBand.A18_24:
            segment = weighted(rng, ((Segment.YOUTH, 0.7), (Segment.CONSUMER, 0.3)))
        elif age == AgeBand.A65_PLUS:
            segment = weighted(rng, ((Segment.SENIOR, 0.8), (Segment.CONSUMER, 0.2)))
        else:
            segment = weighted(rng, ((Segment.CONSUMER, 0.45), (Segment.FAMILY, 0.3),
                                     (Segment.SMALL_BUSINESS, 0.17), (Segment.ENTERPRISE, 0.08)))
        consent_on = day - timedelta(days=rng.randint(1, 20))
        person_id = new_id(rng)
        self.rows.add("participants", {
            "id": person_id, "code": f"P-{centre.data.code}-{number:04d}",
            "centre_id": centre.id, "age_band": age, "segment": segment,
            "digital_skill": skill, "existing_customer": rng.random() < 0.8,
            "consent_date": consent_on,
            "consent_version": "2023.2" if consent_on.year < 2025 else "2025.1",
            "consent_audio": rng.random() < 0.95, "consent_video": rng.random() < 0.7,
            "consent_screen": rng.random() < 0.9, "created_at": utc_midday(consent_on),
        })
        name, given, family = person_name(rng, NAMES[centre.data.region])
        digits = "".join(str(rng.randint(0, 9)) for _ in range(8))
        email = f"{given}.{family}{rng.randint(1, 99)}@example.org".replace("'", "")
        self.rows.add("participant_contacts", {
            "participant_id": person_id, "full_name": name,
            "phone": f"{centre.data.dial_code} {digits[:2]} {digits[2:5]} {digits[5:]}",
            "email": email if rng.random() < 0.85 else None,
        })
        ability = behaviour.SKILL_ABILITY[skill] + rng.gauss(0.0, 0.5)
        return _Person(person_id, ability + self.centre_effect[centre.data.code])

    def _session(self, plan: StudyPlan, centre: CentreInfo, room_id: uuid.UUID,
                 facilitator: uuid.UUID, person: _Person, day: date, at: time,
                 status: SessionStatus) -> None:
        rng, product = self.rng, plan.product
        starts_at = local_to_utc(day, at, centre.data.time_zone)
        session_id = new_id(rng)
        happened = status in (SessionStatus.COMPLETED, SessionStatus.SCHEDULED)
        kind, model, os_name = rng.choice(product.devices)
        network = rng.choice(product.networks)
        setting = product.setting
        if plan.stage.method != StudyMethod.MODERATED_LAB:
            setting = Setting.HOME
        row = {
            "id": session_id, "study_id": plan.id, "centre_id": centre.id, "room_id": room_id,
            "facilitator_id": facilitator, "participant_id": person.id,
            "starts_at": starts_at, "planned_minutes": product.minutes, "status": status,
            "device_kind": kind if happened else None,
            "device_model": model if happened else None,
            "device_os": os_name if happened else None,
            "network": network if happened else None,
            "setting": setting if happened else None,
            "consent_confirmed_at": None, "checked_in_at": None, "started_at": None,
            "ended_at": None, "open_on": None, "open_heartbeat_at": None,
        }
        self.rows.add("sessions", row)
        if status != SessionStatus.COMPLETED:
            return
        checked_in = starts_at - timedelta(minutes=rng.randint(3, 15))
        started = starts_at + timedelta(minutes=rng.randint(0, 6))
        elapsed, successes, tried = 120.0, 0, 0  # briefing before the first task
        for task in plan.tasks:
            draw = behaviour.draw_attempt(rng, product, task.data, plan.stage_index,
                                          person.ability, network)
            elapsed += 30.0
            if rng.random() < OBSERVATION_RATE and draw.outcome not in (
                Outcome.SUCCESS, Outcome.SKIPPED
            ):
                self._observation(plan, session_id, task.id, task.data.key, facilitator,
                                  started, elapsed + (draw.seconds or 0) / 2)
            elapsed += draw.seconds or 0.0
            self.rows.add("task_attempts", {
                "id": new_id(rng), "session_id": session_id, "task_id": task.id,
                "outcome": draw.outcome, "seconds": draw.seconds, "rating": draw.rating,
                "errors": draw.errors, "assists": draw.assists, "notes": "",
                "recorded_by_id": facilitator,
                "recorded_at": started + timedelta(seconds=round(elapsed)),
            })
            if draw.outcome != Outcome.SKIPPED:
                tried += 1
                successes += draw.outcome == Outcome.SUCCESS
                tally = self.result.tallies[(plan.id, task.data.key)]
                tally[0] += 1
                tally[1] += draw.outcome != Outcome.SUCCESS
        ended = started + timedelta(seconds=round(elapsed) + 300)
        row.update(consent_confirmed_at=checked_in + timedelta(minutes=2),
                   checked_in_at=checked_in, started_at=started, ended_at=ended)
        answers = behaviour.draw_questionnaire(rng, successes / max(tried, 1), person.ability)
        self.rows.add("questionnaires", {"session_id": session_id, "study_id": plan.id,
                                         **answers, "completed_at": ended})

    def _observation(self, plan: StudyPlan, session_id: uuid.UUID, task_id: uuid.UUID,
                     task_key: str, facilitator: uuid.UUID, started: datetime,
                     elapsed: float) -> None:
        text, tags = self.rng.choice(OBSERVATIONS)
        observation_id = new_id(self.rng)
        self.rows.add("observations", {
            "id": observation_id, "session_id": session_id, "task_id": task_id,
            "elapsed_seconds": round(elapsed, 1),
            "noted_at": started + timedelta(seconds=round(elapsed)),
            "text": text, "tags": list(tags), "recorded_by_id": facilitator,
        })
        self.result.observations.append(ObservationRef(observation_id, plan.id, task_key))


def _slots(centre: CentreInfo, first: date, last: date, minutes: int) -> list[tuple[date, time]]:
    """Every (day, local start) between ``first`` and ``last`` that fits the opening hours."""
    slots = []
    length = timedelta(minutes=minutes)
    day = first
    while day <= last:
        hours = centre.data.hours.get(day.weekday())
        if hours:
            opens = datetime.combine(day, hours[0], tzinfo=UTC)
            closes = datetime.combine(day, hours[1], tzinfo=UTC)
            start = opens + FIRST_SLOT_AFTER_OPENING
            while start + length <= closes:
                slots.append((day, start.time()))
                start += SLOT_STEP
        day += timedelta(days=1)
    return slots
