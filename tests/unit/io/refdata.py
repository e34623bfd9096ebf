"""Reference data for results-CSV tests: centres, rooms, staff, products, stages, studies, tasks.

``build_reference`` fills an empty database with exactly what a results file
refers to, so that a fresh database can receive an export (the round trip).
``count_rows`` counts every table, to prove that a refused import changed nothing.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from testlab import model as m
from testlab.db.database import Database

HEADER = ("centre,product,stage,study,task_key,participant,session_start,outcome,seconds,"
          "simplicity,errors,assists,notes")
CONTACT_NAME = "Zéphyrine Quixotelle-Marchbanks"
CONTACT_PHONE = "+221 77 000 42 42"
CONTACT_EMAIL = "zephyrine.quixotelle@example.org"


def build_reference(db: Database) -> None:
    """Three centres (Dakar, Paris, Łódź), two products, stages, studies and tasks."""
    with db.session_factory.begin() as s:
        dkr = m.Centre(code="DKR", name="Centre de Dakar", city="Dakar", country="SN",
                       time_zone="Africa/Dakar")
        par = m.Centre(code="PAR", name="Centre de Paris", city="Paris", country="FR",
                       time_zone="Europe/Paris")
        ldz = m.Centre(code="LDZ", name="Centrum Łódź", city="Łódź", country="PL",
                       time_zone="Europe/Warsaw")
        for centre in (dkr, par, ldz):
            centre.rooms.append(m.Room(name="Lab 1", kind=m.RoomKind.USABILITY_LAB))
        par.rooms.append(m.Room(name="Salon", kind=m.RoomKind.LIVING_ROOM_LAB))
        staff = m.Staff(name="Aïssatou Diop", email="a.diop@example.com", home_centre=dkr)
        staff2 = m.Staff(name="Jean Martin", email="j.martin@example.com", home_centre=par)
        s.add_all([dkr, par, ldz, staff, staff2])
        for name, stages in (("Self-care app", ("Wireframes v2", "Beta 1")),
                             ("Box TV", ("Concept",))):
            product = m.Product(name=name, owner=staff)
            for position, stage_name in enumerate(stages):
                stage = m.Stage(product=product, position=position,
                                kind=m.StageKind.PROTOTYPE, name=stage_name)
                study = m.Study(stage=stage, title="Round 1",
                                method=m.StudyMethod.MODERATED_LAB,
                                starts_on=date(2026, 3, 2), ends_on=date(2026, 3, 30),
                                status=m.StudyStatus.CLOSED)
                for task_pos, key in enumerate(("pay-bill", "top-up", "change-plan")):
                    study.tasks.append(m.Task(position=task_pos, key=key,
                                              title=key.replace("-", " ").title(),
                                              target_seconds=90.0))
            s.add(product)
        s.flush()
        participant = m.Participant(code="P-DKR-0001", centre=dkr)
        participant.contact = m.ParticipantContact(full_name=CONTACT_NAME, phone=CONTACT_PHONE,
                                                   email=CONTACT_EMAIL)
        s.add(participant)


def count_rows(db: Database) -> dict[str, int]:
    """Rows in every table of the model."""
    with db.session_factory() as s:
        return {
            table.name: s.scalar(select(func.count()).select_from(table)) or 0
            for table in m.Base.metadata.sorted_tables
        }


def csv_text(*rows: str, header: str = HEADER) -> str:
    """A results file's text: the header, then ``rows``, CRLF-free."""
    return "\n".join((header, *rows)) + "\n"


GOOD_ROWS = (
    "DKR,Self-care app,Wireframes v2,Round 1,pay-bill,P-DKR-0001,2026-03-02 09:30,success,75,6,0,0,",
    "DKR,Self-care app,Wireframes v2,Round 1,top-up,P-DKR-0001,2026-03-02 09:30,failure,1:15,3,2,1,"
    "\"Looked for it under 'Offers', then gave up\"",
    "PAR,Self-care app,Wireframes v2,Round 1,pay-bill,P-PAR-0007,2026-03-03 14:00,"
    "Success with assistance,75.5,5,1,1,\"Needed help, once\"",
    "LDZ,Self-care app,Beta 1,Round 1,change-plan,P-LDZ-0003,2026-03-04 10:15,skipped,,,0,0,",
)
