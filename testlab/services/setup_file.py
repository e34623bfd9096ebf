"""The setup file: the whole network and its study designs out to one TOML file and back in.

``export_setup`` writes centres (rooms, opening hours, closed days), staff,
products, stages, studies (centres per study), tasks and participants (profile
and consent, never contact details).  ``import_setup`` creates or updates by
natural keys (centre code, staff e-mail, product name, stage name in the
product, study title in the stage, task key in the study, participant code)
through the same ``save_*`` functions the setup services use, in one
transaction: every problem is reported with its line and nothing is written if
there is any.  Importing the same file twice changes nothing.  Nothing is
deleted by an import.  The format is described in docs/setup-file.md.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import event, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session as OrmSession

from testlab import model as m
from testlab.db.database import Database
from testlab.errors import ImportRejected, InvalidField, InvalidInput, TestLabError
from testlab.io import setup_toml
from testlab.io.setup_toml import Entry
from testlab.model.enums import Role
from testlab.services import customers
from testlab.services.results_io import ExportResult, write_atomically
from testlab.services.setup import centres, participants, products, staff, studies, tasks
from testlab.services.setup.centres import WEEKDAY_KEYS

T = TypeVar("T")


@dataclass(frozen=True)
class SetupImportResult:
    """What an import did (or, on a dry run, would do): entries read, rows created/changed."""

    source: str
    entries: int
    created: int
    changed: int
    dry_run: bool


# ---------------------------------------------------------------- export


def _hours(centre: m.Centre) -> dict[str, str]:
    return {WEEKDAY_KEYS[h.weekday]: f"{h.opens:%H:%M}-{h.closes:%H:%M}" for h in centre.hours}


def setup_document(db: Database) -> dict[str, list[dict[str, Any]]]:
    """Every setup entry of the database, by kind, sorted by natural key."""
    doc: dict[str, list[dict[str, Any]]] = defaultdict(list)
    with db.session_factory.begin() as s:
        codes = {c.id: c.code for c in s.scalars(select(m.Centre))}
        for c in s.scalars(select(m.Centre).order_by(m.Centre.code)):
            doc["centre"].append({
                "code": c.code, "name": c.name, "city": c.city, "country": c.country,
                "time_zone": c.time_zone, "hours": _hours(c),
                "closed_days": [d.day for d in c.closed_days]})
            doc["room"].extend({"centre": c.code, "name": r.name, "kind": r.kind.value}
                               for r in c.rooms)
        emails: dict[uuid.UUID, str] = {}
        for p in s.scalars(select(m.Staff).order_by(m.Staff.email)):
            emails[p.id] = p.email
            doc["staff"].append({
                "email": p.email, "name": p.name, "roles": sorted(r.value for r in p.roles),
                "home_centre": codes.get(p.home_centre_id) if p.home_centre_id else None,
                "active": p.active})
        for product in s.scalars(select(m.Product).order_by(m.Product.name)):
            doc["product"].append({
                "name": product.name, "description": product.description,
                "owner": emails.get(product.owner_id) if product.owner_id else None})
            for stage in product.stages:
                doc["stage"].append({"product": product.name, "name": stage.name,
                                     "kind": stage.kind.value})
                for study in sorted(stage.studies, key=lambda st: st.title):
                    doc["study"].append({
                        "product": product.name, "stage": stage.name, "title": study.title,
                        "objectives": study.objectives, "method": study.method.value,
                        "starts_on": study.starts_on, "ends_on": study.ends_on,
                        "status": study.status.value,
                        "centres": {codes[c.centre_id]: c.planned_sample
                                    for c in sorted(study.centres,
                                                    key=lambda c: codes[c.centre_id])}})
                    doc["task"].extend({
                        "product": product.name, "stage": stage.name, "study": study.title,
                        "key": t.key, "title": t.title, "scenario": t.scenario,
                        "success_criteria": t.success_criteria,
                        "target_seconds": t.target_seconds} for t in study.tasks)
        for part in s.scalars(select(m.Participant).order_by(m.Participant.code)):
            doc["participant"].append({
                "code": part.code, "centre": codes[part.centre_id],
                "age_band": part.age_band.value if part.age_band else None,
                "segment": part.segment.value if part.segment else None,
                "digital_skill": part.digital_skill.value if part.digital_skill else None,
                "existing_customer": part.existing_customer,
                "consent_date": part.consent_date, "consent_version": part.consent_version,
                "consent_audio": part.consent_audio, "consent_video": part.consent_video,
                "consent_screen": part.consent_screen})
    numbers = customers.list_customers(db)
    if numbers:
        doc["customers"] = [{"country": c.country, "segment": c.segment.value,
                             "customers": c.customers} for c in numbers]
    return dict(doc)


def export_setup(db: Database, out: str | Path) -> ExportResult:
    """Write the setup file to ``out`` atomically; ``rows`` counts its entries."""
    target = Path(out)
    if target.is_dir():
        raise InvalidField("out", f"{target} is a folder; give a file name such as setup.toml.")
    if not (target.parent if str(target.parent) else Path(".")).is_dir():
        raise InvalidField("out", f"The folder {target.parent} does not exist; nothing was "
                           "written.")
    doc = setup_document(db)
    write_atomically(target, setup_toml.write(doc))
    return ExportResult(str(target), sum(len(v) for v in doc.values()))


# ---------------------------------------------------------------- import


_KEY_FIELD = {"centre": "code", "staff": "email", "product": "name", "stage": "name",
              "study": "title", "participant": "code"}
# Fields whose refusal is about a value written under another name in the file.
_FIELD_IN_FILE = {"planned_sample": "centres", "home_centre_id": "home_centre"}


class _Skipped(Exception):
    """An entry naming one that was refused already: not reported a second time."""


class _Fields:
    """Typed reads of one entry's values; a wrong or missing value is an ``InvalidField``."""

    def __init__(self, entry: Entry) -> None:
        self.values = entry.values
        self.used: set[str] = set()

    def get(self, name: str, kind: type[T], default: Any = ..., what: str = "") -> T:
        self.used.add(name)
        if name not in self.values:
            if default is ...:
                raise InvalidField(name, f"{name} is missing")
            return default  # type: ignore[no-any-return]
        value = self.values[name]
        ok = isinstance(value, kind) and not (kind is int and isinstance(value, bool))
        if kind is date and isinstance(value, datetime):
            ok = False
        if kind is float and isinstance(value, int) and not isinstance(value, bool):
            return float(value)  # type: ignore[return-value]
        if not ok:
            raise InvalidField(name, f"{name} must be {what or kind.__name__}, not {value!r}")
        return value  # type: ignore[no-any-return]

    def text(self, name: str, default: Any = ...) -> str:
        return self.get(name, str, default, "text in quotes")

    def finish(self) -> None:
        unknown = sorted(set(self.values) - self.used)
        if unknown:
            raise InvalidField(unknown[0], f"unknown field '{unknown[0]}'; the fields are "
                               f"{', '.join(sorted(self.used))}")


def _parse_hours(table: dict[str, Any]) -> tuple[centres.Hours, ...]:
    hours = []
    for day, span in table.items():
        if day not in WEEKDAY_KEYS:
            raise InvalidField("hours", f"hours: '{day}' is not one of {', '.join(WEEKDAY_KEYS)}")
        try:
            opens, closes = (time.fromisoformat(part.strip()) for part in str(span).split("-"))
        except ValueError:
            raise InvalidField("hours", f"hours: {day} = '{span}' is not like "
                               "\"09:00-18:00\"") from None
        hours.append(centres.Hours(WEEKDAY_KEYS.index(day), opens, closes))
    return tuple(sorted(hours, key=lambda h: h.weekday))


class _Importer:
    """Applies the entries, kind after kind, collecting (line, problem) pairs."""

    def __init__(self, s: OrmSession, confirm_wording: bool) -> None:
        self.s = s
        self.confirm_wording = confirm_wording
        self.problems: list[tuple[int, str]] = []
        self.stage_order: dict[uuid.UUID, list[uuid.UUID]] = defaultdict(list)
        self.task_order: dict[uuid.UUID, list[uuid.UUID]] = defaultdict(list)
        # Entries refused above: what names them is not reported again (one cause, one line).
        self.failed: set[tuple[str, str]] = set()

    @staticmethod
    def _key(kind: str, entry: Entry) -> str:
        v = entry.values
        name = {"centre": "code", "staff": "email", "product": "name", "participant": "code"}
        if kind in name:
            return str(v.get(name[kind], "")).strip().upper() if kind == "centre" else str(
                v.get(name[kind], "")).strip()
        if kind == "stage":
            return f"{v.get('product')}/{v.get('name')}"
        if kind == "study":
            return f"{v.get('product')}/{v.get('stage')}/{v.get('title')}"
        return ""

    def _missing(self, kind: str, key: str, field: str, message: str) -> InvalidField:
        """The error for a name that resolves to nothing; skipped if that entry was refused."""
        if (kind, key) in self.failed:
            raise _Skipped
        return InvalidField(field, message)

    def run(self, entries: dict[str, list[Entry]]) -> None:
        appliers: dict[str, Callable[[_Fields], None]] = {
            "centre": self.centre, "room": self.room, "staff": self.staff,
            "product": self.product, "stage": self.stage, "study": self.study,
            "task": self.task, "participant": self.participant, "customers": self.customers,
        }
        for kind in setup_toml.KINDS:
            seen: dict[str, int] = {}
            for entry in entries[kind]:
                key = self._key(kind, entry) if kind not in ("room", "task") else None
                if key:
                    first = seen.setdefault(key, entry.line)
                    if first != entry.line:
                        name = _KEY_FIELD.get(kind, "")
                        self.problems.append((entry.line_of(name), f"{kind}: the same {kind} as line "
                                              f"{first}; give each once"))
                        continue
                fields = _Fields(entry)
                try:
                    appliers[kind](fields)
                    fields.finish()
                except DBAPIError as exc:  # a rule only the database knew: stop here
                    reason = str(exc.orig).strip().splitlines()[0] if exc.orig else "refused"
                    self.problems.append((entry.line, f"{kind}: the database refused it "
                                          f"({reason})"))
                    return
                except _Skipped:  # what this entry names was refused: so is this entry
                    self.failed.add((kind, self._key(kind, entry)))
                except TestLabError as exc:
                    field = getattr(exc, "field", "")
                    field = _FIELD_IN_FILE.get(field, field)
                    self.problems.append((entry.line_of(field), f"{kind}: {exc}"))
                    self.failed.add((kind, self._key(kind, entry)))
            if kind == "stage":
                self._place(self.stage_order, m.Product, lambda p: p.stages, products.place_stages)
            if kind == "task":
                self._place(self.task_order, m.Study, lambda st: st.tasks, tasks.place_tasks)

    def _place(self, orders: dict[uuid.UUID, list[uuid.UUID]], parent_type: Any,
               children: Callable[[Any], list[Any]], place: Callable[..., None]) -> None:
        """File order first, then the children the file does not name, as they were."""
        if self.problems:
            return
        for parent_id, named in orders.items():
            parent = self.s.get_one(parent_type, parent_id)
            rest = [c.id for c in children(parent) if c.id not in named]
            place(self.s, parent, named + rest)

    def _centre_id(self, code: str, field: str) -> uuid.UUID:
        found = self.s.scalar(select(m.Centre.id).where(m.Centre.code == code.strip().upper()))
        if found is None:
            raise self._missing("centre", code.strip().upper(), field,
                                f"{field}: there is no centre {code}")
        return found

    def _staff_id(self, email: str, field: str) -> uuid.UUID:
        found = self.s.scalar(select(m.Staff.id).where(m.Staff.email == email.strip()))
        if found is None:
            raise self._missing("staff", email.strip(), field,
                                f"{field}: there is no member of staff {email}")
        return found

    def _product(self, name: str) -> m.Product:
        found = self.s.scalars(select(m.Product).where(m.Product.name == name)).first()
        if found is None:
            raise self._missing("product", name, "product",
                                f"product: there is no product '{name}'")
        return found

    def _stage(self, f: _Fields) -> m.Stage:
        product = self._product(f.text("product"))
        name = f.text("stage")
        found = next((st for st in product.stages if st.name == name), None)
        if found is None:
            raise self._missing("stage", f"{product.name}/{name}", "stage",
                                f"stage: '{product.name}' has no stage '{name}'")
        return found

    def _study(self, stage: m.Stage, title: str) -> m.Study | None:
        return self.s.scalars(select(m.Study).where(m.Study.stage_id == stage.id,
                                                    m.Study.title == title)).first()

    def centre(self, f: _Fields) -> None:
        code = f.text("code")
        existing = self.s.scalars(select(m.Centre).where(
            m.Centre.code == code.strip().upper())).first()
        closed = f.get("closed_days", list, [], "a list of dates")
        if not all(isinstance(d, date) and not isinstance(d, datetime) for d in closed):
            raise InvalidField("closed_days", "closed_days must be dates like 2026-12-25")
        centres.save_centre(self.s, centres.CentreFields(
            code=code, name=f.text("name"), city=f.text("city"), country=f.text("country"),
            time_zone=f.text("time_zone"),
            hours=_parse_hours(f.get("hours", dict, {}, "a table like { mon = \"09:00-18:00\" }")),
            closed_days=tuple(closed)), existing)

    def room(self, f: _Fields) -> None:
        centre = self.s.get_one(m.Centre, self._centre_id(f.text("centre"), "centre"))
        name = f.text("name")
        existing = next((r for r in centre.rooms if r.name == name.strip()), None)
        centres.save_room(self.s, centre, name, f.text("kind"), existing)

    def staff(self, f: _Fields) -> None:
        email = f.text("email")
        existing = self.s.scalars(select(m.Staff).where(m.Staff.email == email.strip())).first()
        roles = f.get("roles", list, [], "a list of roles")
        home = f.text("home_centre", None)
        person = staff.save_staff(self.s, staff.StaffFields(
            name=f.text("name"), email=email,
            roles=frozenset(Role(r) if r in Role._value2member_map_ else r for r in roles),
            home_centre_id=None if home is None else self._centre_id(home, "home_centre")),
            existing)
        active = f.get("active", bool, True, "true or false")
        if person.active != active:
            person.active = active

    def product(self, f: _Fields) -> None:
        name = f.text("name")
        existing = self.s.scalars(select(m.Product).where(m.Product.name == name.strip())).first()
        owner = f.text("owner", None)
        products.save_product(self.s, products.ProductFields(
            name=name, description=f.text("description", ""),
            owner_id=None if owner is None else self._staff_id(owner, "owner")), existing)

    def stage(self, f: _Fields) -> None:
        product = self._product(f.text("product"))
        name = f.text("name")
        existing = next((st for st in product.stages if st.name == name.strip()), None)
        stage = products.save_stage(self.s, product, name, f.text("kind"), existing)
        self.stage_order[product.id].append(stage.id)

    def study(self, f: _Fields) -> None:
        stage = self._stage(f)
        title = f.text("title")
        planned = f.get("centres", dict, {}, "a table like { MAD = 8 }")
        centre_samples = {self._centre_id(code, "centres"): sample
                          for code, sample in planned.items()}
        study = studies.save_study(self.s, stage, studies.StudyFields(
            title=title, method=f.text("method"), starts_on=f.get("starts_on", date, ..., "a date"),
            ends_on=f.get("ends_on", date, ..., "a date"), objectives=f.text("objectives", ""),
            status=f.text("status", "draft")), self._study(stage, title.strip()))
        studies.place_centres(self.s, study, centre_samples)

    def task(self, f: _Fields) -> None:
        stage = self._stage(f)
        title = f.text("study")
        study = self._study(stage, title.strip())
        if study is None:
            raise self._missing("study", f"{stage.product.name}/{stage.name}/{title}", "study",
                                f"study: stage '{stage.name}' has no study '{title}'")
        key = f.text("key")
        existing = next((t for t in study.tasks if t.key == key.strip()), None)
        task = tasks.save_task(self.s, study, tasks.TaskFields(
            key=key, title=f.text("title"), scenario=f.text("scenario", ""),
            success_criteria=f.text("success_criteria", ""),
            target_seconds=f.get("target_seconds", float, None, "a number of seconds")),
            existing, confirm_wording=self.confirm_wording)
        self.task_order[study.id].append(task.id)

    def participant(self, f: _Fields) -> None:
        self._centre_id(f.text("centre"), "centre")
        participants.save_participant(self.s, participants.ParticipantFields(
            code=f.text("code"), centre_code=f.text("centre"),
            age_band=f.text("age_band", None), segment=f.text("segment", None),
            digital_skill=f.text("digital_skill", None),
            existing_customer=f.get("existing_customer", bool, True, "true or false"),
            consent_date=f.get("consent_date", date, None, "a date"),
            consent_version=f.text("consent_version", None),
            consent_audio=f.get("consent_audio", bool, False, "true or false"),
            consent_video=f.get("consent_video", bool, False, "true or false"),
            consent_screen=f.get("consent_screen", bool, False, "true or false")))

    def customers(self, f: _Fields) -> None:
        country, segment = f.text("country"), f.text("segment")
        number = f.get("customers", int, ..., "a whole number")
        checks: list[tuple[str, Callable[[Any], object], object]] = [
            ("country", customers.check_country, country),
            ("segment", customers.check_segment, segment),
            ("customers", customers.check_customers, number)]
        for field, check, value in checks:
            try:
                check(value)
            except InvalidInput as exc:
                raise InvalidField(field, str(exc)) from None
        customers.save_customers(self.s, country=country, segment=segment, customers=number)


def import_setup(db: Database, path: str | Path, *, dry_run: bool = False,
                 confirm_wording: bool = False) -> SetupImportResult:
    """Create or update everything the setup file at ``path`` names; all or nothing.

    Raises ``ImportRejected`` listing every problem with its line, having written
    nothing.  ``confirm_wording`` lets the file change the wording of tasks that
    have recorded attempts.
    """
    file = Path(path)
    try:
        data = file.read_bytes()
    except OSError as exc:
        raise InvalidField("file", f"{file} cannot be read: {exc.strerror or exc}.") from None
    entries = setup_toml.read(data)
    counts = {"created": 0, "changed": 0}
    with db.session_factory() as s:
        def count(session: OrmSession, *_: Any) -> None:
            counts["created"] += len(session.new)
            counts["changed"] += sum(1 for o in session.dirty if session.is_modified(o))
            counts["changed"] += len(session.deleted)

        event.listen(s, "before_flush", count)
        s.begin()
        try:
            importer = _Importer(s, confirm_wording)
            importer.run(entries)
            if not importer.problems:
                s.flush()
        except BaseException:
            s.rollback()
            raise
        if importer.problems or dry_run:
            s.rollback()
        else:
            s.commit()
        if importer.problems:
            problems = sorted(importer.problems)
            raise ImportRejected(f"{file} was refused: {len(problems)} problem(s); nothing "
                                 "was imported.", problems)
    return SetupImportResult(str(file), sum(len(v) for v in entries.values()),
                             counts["created"], counts["changed"], dry_run)
