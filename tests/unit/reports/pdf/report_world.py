"""A demo database made harder for the PDF report: an Arabic product and stage name, an
empty product, distinctive contact details; and helpers that read a PDF back (pypdf)."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from pypdf import PdfReader
from sqlalchemy import select, update

from testlab import model as m
from testlab.db.database import Database, open_database
from testlab.model.participants import ParticipantContact
from testlab.services.setup.products import ProductFields, add_stage, create_product

ARABIC_PRODUCT = "HomeHub 6 — موجه المنزل"
ARABIC_STAGE = "نموذج أولي للتطبيق"
EMPTY_PRODUCT = "Żółw pusty — produit vide"
#: Contact details no report may show (on top of the demo's own).
SECRET_NAMES = ("Wiesława Zażółć-Gęślą", "Mohamed Secretname", "Ioana Ștefănescu-Ascunsă")
SECRET_PHONES = ("+48 600 111 222", "+212 611 223 344", "+40 722 999 000")
SECRET_EMAILS = ("wieslawa.secret@example.pl", "m.secret@example.ma", "ioana.secret@example.ro")


@dataclass(frozen=True)
class World:
    path: Path
    contacts: tuple[str, ...]


def make_world(template: Path, target: Path) -> World:
    """Copy the demo template to ``target`` and make it harder (see the module doc)."""
    shutil.copyfile(template, target)
    db = open_database(str(target))
    try:
        with db.session_factory.begin() as s:
            s.execute(update(m.Product).where(m.Product.name == "HomeHub 6 router setup")
                      .values(name=ARABIC_PRODUCT))
            product_id = s.scalar(select(m.Product.id).where(m.Product.name == ARABIC_PRODUCT))
            first = s.scalars(select(m.Stage).where(m.Stage.product_id == product_id)
                              .order_by(m.Stage.position)).first()
            assert first is not None
            first.name = ARABIC_STAGE
            people = s.scalars(select(m.Participant.id).order_by(m.Participant.code)).all()
            for i, person in enumerate(people[: len(SECRET_NAMES)]):
                contact = s.get(ParticipantContact, person)
                if contact is None:
                    contact = ParticipantContact(participant_id=person, full_name="")
                    s.add(contact)
                contact.full_name = SECRET_NAMES[i]
                contact.phone = SECRET_PHONES[i]
                contact.email = SECRET_EMAILS[i]
        record = create_product(db, fields=ProductFields(name=EMPTY_PRODUCT))
        add_stage(db, product_id=record.id, name="Concept", kind="concept")
        add_stage(db, product_id=record.id, name="Beta", kind="beta")
        contacts = contact_details(db)
    finally:
        db.close()
    return World(target, contacts)


def contact_details(db: Database) -> tuple[str, ...]:
    """Every name, phone and e-mail of the contact table."""
    with db.engine.connect() as c:
        rows = c.execute(select(ParticipantContact.full_name, ParticipantContact.phone,
                                ParticipantContact.email)).all()
    return tuple(v for row in rows for v in row if v)


def pages_text(path: Path) -> list[str]:
    """The text of each page."""
    return [p.extract_text() for p in PdfReader(str(path)).pages]


def outline(path: Path) -> list[tuple[int, str, int]]:
    """(level, title, page number from 1) of every bookmark, in order."""
    reader = PdfReader(str(path))
    out: list[tuple[int, str, int]] = []

    def walk(items: list[object], level: int) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item, level + 1)
            else:
                out.append((level, item.title, reader.get_destination_page_number(item) + 1))  # type: ignore[attr-defined]

    walk(reader.outline, 0)
    return out


def fonts(path: Path) -> dict[str, bool]:
    """Each font used on any page -> whether its TrueType program is embedded."""
    found: dict[str, bool] = {}
    for page in PdfReader(str(path)).pages:
        resources = page["/Resources"]
        for font in (resources.get("/Font") or {}).values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            holder = descendants[0].get_object() if descendants else font
            descriptor = holder.get("/FontDescriptor")
            embedded = descriptor is not None and "/FontFile2" in descriptor.get_object()
            found[str(font["/BaseFont"])] = embedded
    return found
