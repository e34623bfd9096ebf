"""``testlab setup export|import`` as a subprocess: every entity created, edited and refused
from a hand-written file, on SQLite and PostgreSQL (one line on stderr, exit 2, nothing changed)."""

from __future__ import annotations

import subprocess
import tomllib
from collections.abc import Callable
from pathlib import Path

import pytest

from testlab.db.database import open_database
from testlab.model.enums import StudyStatus
from testlab.services.setup_file import setup_document

SETUP = '''format = "testlab-setup"
version = 1

[[centre]]
code = "MAD"
name = "Madrid lab"
city = "Madrid"
country = "ES"
time_zone = "Europe/Madrid"
closed_days = [2026-12-25]
hours = { mon = "09:00-18:00", tue = "09:00-18:00" }

[[centre]]
code = "DKR"
name = "Dakar lab"
city = "Dakar"
country = "SN"
time_zone = "Africa/Dakar"

[[room]]
centre = "MAD"
name = "Lab 1"
kind = "usability_lab"

[[staff]]
email = "ana@example.net"
name = "Ana Ruiz"
roles = ["product_owner", "designer"]
home_centre = "MAD"

[[product]]
name = "Self-care app"
owner = "ana@example.net"

[[stage]]
product = "Self-care app"
name = "Wireframes"
kind = "concept"

[[study]]
product = "Self-care app"
stage = "Wireframes"
title = "Round 1"
method = "moderated_lab"
starts_on = 2026-03-02
ends_on = 2026-03-06
centres = { MAD = 8 }

[[task]]
product = "Self-care app"
stage = "Wireframes"
study = "Round 1"
key = "pay-bill"
title = "Pay your bill"
target_seconds = 60

[[participant]]
code = "P-MAD-0001"
centre = "MAD"
age_band = "25-34"
consent_date = 2026-03-01
consent_version = "v2"
'''

REFUSALS = [  # (text in SETUP, its replacement, reason): the line is where the replacement is
    ('time_zone = "Europe/Madrid"', 'time_zone = "Europe/Atlantis"',
     "centre: time_zone 'Europe/Atlantis' does not exist"),
    ("target_seconds = 60", "target_seconds = 0", "task: target_seconds 0.0 must be more than 0"),
    ("ends_on = 2026-03-06", "ends_on = 2026-02-06", "study: ends_on 2026-02-06 is before "
     "starts_on 2026-03-02: the dates are reversed"),
    ("centres = { MAD = 8 }", "centres = { MAD = 0 }", "study: planned_sample for MAD is 0"),
    ("centres = { MAD = 8 }", "centres = { DKR = 8 }", "study: centres: DKR has no room"),
    ('code = "DKR"', 'code = "MAD"', "centre: the same centre as line 4"),
    ('roles = ["product_owner", "designer"]', 'roles = ["boss"]', "staff: roles 'boss' is not"),
    ('kind = "concept"', 'kind = "gamma"', "stage: kind 'gamma' is not one of"),
    ('key = "pay-bill"', 'key = "pay bill"', "task: key 'pay bill' is not a task key"),
    ('consent_date = 2026-03-01', 'consent_date = "yesterday"', "participant: consent_date "
     "must be a date"),
    ('home_centre = "MAD"', 'home_centre = "XYZ"', "staff: home_centre: there is no centre XYZ"),
]


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_arg(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """--db for a fresh empty database on each backend."""
    if request.param == "sqlite":
        path = tmp_path / "setup.sqlite3"
        open_database(str(path)).close()
        return str(path)
    url: str = request.getfixturevalue("postgres_schema_url")
    open_database(url).close()
    return url


def _document(db_arg: str) -> dict[str, object]:
    db = open_database(db_arg)
    try:
        return setup_document(db)  # type: ignore[return-value]
    finally:
        db.close()


def test_created_then_edited_then_same_file_changes_nothing(
        run_cli: Callable[..., subprocess.CompletedProcess[str]], db_arg: str,
        tmp_path: Path) -> None:
    file = tmp_path / "setup.toml"
    file.write_text(SETUP, encoding="utf-8")
    dry = run_cli("--db", db_arg, "setup", "import", file, "--dry-run")
    assert dry.returncode == 0 and "Nothing was written" in dry.stdout, dry.stderr
    assert _document(db_arg) == {}
    first = run_cli("--db", db_arg, "setup", "import", file)
    assert first.returncode == 0, first.stderr
    doc = _document(db_arg)
    assert [c["code"] for c in doc["centre"]] == ["DKR", "MAD"]  # type: ignore[index]
    assert doc["study"][0]["centres"] == {"MAD": 8}  # type: ignore[index]
    assert doc["task"][0]["target_seconds"] == 60.0  # type: ignore[index]
    again = run_cli("--db", db_arg, "setup", "import", file)
    assert "0 record(s) created, 0 changed" in again.stdout, again.stdout

    edited = (SETUP.replace('name = "Madrid lab"', 'name = "Madrid Castellana"')
              .replace('title = "Pay your bill"', 'title = "Pay this month\'s bill"')
              .replace('roles = ["product_owner", "designer"]', 'roles = ["admin"]\nactive = false')
              .replace("centres = { MAD = 8 }", "centres = { MAD = 12 }\nstatus = \"planned\""))
    file.write_text(edited, encoding="utf-8")
    second = run_cli("--db", db_arg, "setup", "import", file)
    assert second.returncode == 0, second.stderr
    doc = _document(db_arg)
    assert doc["centre"][1]["name"] == "Madrid Castellana"  # type: ignore[index]
    assert doc["staff"][0]["roles"] == ["admin"] and doc["staff"][0]["active"] is False  # type: ignore[index]
    assert doc["study"][0]["centres"] == {"MAD": 12}  # type: ignore[index]
    assert doc["study"][0]["status"] == StudyStatus.PLANNED.value  # type: ignore[index]
    assert doc["task"][0]["title"] == "Pay this month's bill"  # type: ignore[index]

    out = tmp_path / "back.toml"
    exported = run_cli("--db", db_arg, "setup", "export", "--out", out)
    assert exported.returncode == 0, exported.stderr
    assert "Madrid Castellana" in out.read_text(encoding="utf-8")


@pytest.mark.parametrize(("old", "new", "reason"), REFUSALS)
def test_a_bad_entry_refuses_the_file_naming_field_and_line(
        run_cli: Callable[..., subprocess.CompletedProcess[str]],
        assert_refused: Callable[[subprocess.CompletedProcess[str]], str], tmp_path: Path,
        old: str, new: str, reason: str) -> None:
    path = tmp_path / "refused.sqlite3"
    open_database(str(path)).close()
    file = tmp_path / "setup.toml"
    assert old in SETUP
    text = SETUP.replace(old, new, 1)
    file.write_text(text, encoding="utf-8")
    line = text[:text.rindex(new)].count("\n") + 1
    message = assert_refused(run_cli("--db", path, "setup", "import", file))
    assert f"line {line}:" in message and reason in message, message
    assert _document(str(path)) == {}  # nothing was written, not even the good entries


def test_refusals_on_postgres_too(
        run_cli: Callable[..., subprocess.CompletedProcess[str]],
        assert_refused: Callable[[subprocess.CompletedProcess[str]], str], tmp_path: Path,
        db_arg: str) -> None:
    file = tmp_path / "setup.toml"
    file.write_text(SETUP.replace("target_seconds = 60", "target_seconds = -5"), encoding="utf-8")
    message = assert_refused(run_cli("--db", db_arg, "setup", "import", file))
    assert "line 55: task: target_seconds -5.0 must be more than 0" in message
    assert _document(db_arg) == {}


def test_a_file_that_is_not_toml_is_refused_with_its_line(
        run_cli: Callable[..., subprocess.CompletedProcess[str]],
        assert_refused: Callable[[subprocess.CompletedProcess[str]], str], tmp_path: Path) -> None:
    path = tmp_path / "x.sqlite3"
    file = tmp_path / "setup.toml"
    file.write_text(SETUP.replace('city = "Dakar"', 'city = Dakar'), encoding="utf-8")
    message = assert_refused(run_cli("--db", path, "setup", "import", file))
    assert "line 16: not valid TOML" in message, message


def test_every_problem_is_listed_with_its_line(
        run_cli: Callable[..., subprocess.CompletedProcess[str]], tmp_path: Path) -> None:
    path = tmp_path / "x.sqlite3"
    file = tmp_path / "setup.toml"
    file.write_text(SETUP.replace('kind = "usability_lab"', 'kind = "kitchen"')
                    .replace("target_seconds = 60", "target_seconds = 0"), encoding="utf-8")
    result = run_cli("--db", path, "setup", "import", file)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert "(3 problems); nothing was imported" in lines[0]
    assert lines[1:] == [
        "  line 23: room: kind 'kitchen' is not one of usability_lab, living_room_lab, remote.",
        "  line 47: study: centres: MAD has no room; add a room before it takes part in a study.",
        "  line 55: task: target_seconds 0.0 must be more than 0.",
    ]


def test_customer_numbers_travel_in_the_setup_file_and_a_bad_one_is_refused(
        run_cli: Callable[..., subprocess.CompletedProcess[str]], tmp_path: Path) -> None:
    """Customer numbers (the NPS weights) move with the setup; a wrong one names its field."""
    source, target = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3"
    setup = tmp_path / "setup.toml"
    for args in (("--db", source, "init"),
                 ("--db", source, "customers", "set", "--country", "SN", "--segment", "senior",
                  "--customers", "125000"),
                 ("--db", source, "setup", "export", "--out", setup),
                 ("--db", target, "setup", "import", setup)):
        assert run_cli(*args).returncode == 0
    exported = tomllib.loads(setup.read_text(encoding="utf-8"))
    assert exported["customers"] == [{"country": "SN", "segment": "senior", "customers": 125000}]
    listed = run_cli("--db", target, "customers", "list", "--json")
    assert listed.returncode == 0 and "125000" in listed.stdout
    setup.write_text(setup.read_text(encoding="utf-8").replace('"senior"', '"pensioners"'),
                     encoding="utf-8")
    refused = run_cli("--db", tmp_path / "c.sqlite3", "setup", "import", setup)
    assert refused.returncode == 2
    assert "segment" in refused.stderr and "pensioners" in refused.stderr
