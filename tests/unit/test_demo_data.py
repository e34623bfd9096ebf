"""The demo network as generated (no database): shape, names, catalogue and timing."""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest

from testlab.demo.generator import generate
from testlab.demo.rows import DemoRows
from testlab.model.enums import Role, RoomKind, SessionStatus, StageKind


@pytest.fixture(scope="module")
def rows() -> DemoRows:
    return generate(7)


def by_id(rows: DemoRows, table: str) -> dict:
    return {row["id"]: row for row in rows.tables[table]}


def test_23_centres_with_unique_codes_and_valid_zones(rows: DemoRows) -> None:
    centres = rows.tables["centres"]
    assert len(centres) == 23
    codes = [c["code"] for c in centres]
    assert len(set(codes)) == 23
    assert all(re.fullmatch(r"[A-Z]{3}", code) for code in codes)
    assert all(re.fullmatch(r"[A-Z]{2}", c["country"]) for c in centres)
    for centre in centres:
        ZoneInfo(centre["time_zone"])  # raises for an unknown zone
    zones = {c["time_zone"] for c in centres}
    assert {"Europe/Warsaw", "Africa/Dakar", "Asia/Amman", "Indian/Antananarivo"} <= zones


def test_names_carry_accents_and_non_latin_scripts(rows: DemoRows) -> None:
    text = " ".join(c["name"] + " " + c["city"] for c in rows.tables["centres"])
    assert "Łódź" in text and "București" in text and "عمّان" in text
    staff = " ".join(s["name"] for s in rows.tables["staff"])
    assert any(unicodedata.combining(ch) for ch in unicodedata.normalize("NFD", staff))


def test_each_centre_has_one_to_three_rooms_and_some_hours(rows: DemoRows) -> None:
    rooms = defaultdict(list)
    for room in rows.tables["rooms"]:
        rooms[room["centre_id"]].append(room["kind"])
    hours = defaultdict(dict)
    for row in rows.tables["opening_hours"]:
        assert row["opens"] < row["closes"]
        hours[row["centre_id"]][row["weekday"]] = row
    for centre in rows.tables["centres"]:
        assert 1 <= len(rooms[centre["id"]]) <= 3
        assert RoomKind.USABILITY_LAB in rooms[centre["id"]]
        assert 5 <= len(hours[centre["id"]]) <= 6
    amman = next(c for c in rows.tables["centres"] if c["code"] == "AMM")
    assert 4 not in hours[amman["id"]] and 6 in hours[amman["id"]]  # closed Friday, open Sunday
    paris = next(c for c in rows.tables["centres"] if c["code"] == "PAR")
    assert 6 not in hours[paris["id"]]


def test_every_role_present_and_emails_unique(rows: DemoRows) -> None:
    roles = {row["role"] for row in rows.tables["staff_roles"]}
    assert roles == set(Role)
    emails = [s["email"] for s in rows.tables["staff"]]
    assert len(set(emails)) == len(emails)
    assert all(e.isascii() and "@" in e for e in emails)
    facilitators = {r["staff_id"] for r in rows.tables["staff_roles"]
                    if r["role"] == Role.FACILITATOR}
    homes = {s["home_centre_id"] for s in rows.tables["staff"] if s["id"] in facilitators}
    assert homes == {c["id"] for c in rows.tables["centres"]}


def test_products_have_design_stages_and_a_post_launch_stage(rows: DemoRows) -> None:
    products = rows.tables["products"]
    assert 5 <= len(products) <= 8
    kinds = defaultdict(list)
    for stage in sorted(rows.tables["stages"], key=lambda s: s["position"]):
        kinds[stage["product_id"]].append(stage["kind"])
    for product in products:
        stage_kinds = kinds[product["id"]]
        assert stage_kinds[-1] == StageKind.POST_LAUNCH
        assert len(stage_kinds) >= 4
        assert product["owner_id"] is not None


def test_task_keys_persist_across_stages_with_some_rewording(rows: DemoRows) -> None:
    studies, stages = by_id(rows, "studies"), by_id(rows, "stages")
    per_study = defaultdict(list)
    for task in rows.tables["tasks"]:
        per_study[task["study_id"]].append(task)
    assert all(5 <= len(tasks) <= 10 for tasks in per_study.values())
    titles = defaultdict(set)  # (product, key) -> titles
    keys_by_product = defaultdict(list)
    for study_id, tasks in per_study.items():
        product = stages[studies[study_id]["stage_id"]]["product_id"]
        keys_by_product[product].append({t["key"] for t in tasks})
        for task in tasks:
            titles[(product, task["key"])].add(task["title"])
    for key_sets in keys_by_product.values():
        assert len(set.intersection(*key_sets)) >= 5  # most keys in every stage
    assert sum(len(t) > 1 for t in titles.values()) >= 3
    with_target = sum(t["target_seconds"] is not None for t in rows.tables["tasks"])
    assert with_target / len(rows.tables["tasks"]) > 0.75


def test_sizes_are_believable(rows: DemoRows) -> None:
    sessions = rows.tables["sessions"]
    assert 600 <= len(sessions) <= 1200
    assert 6000 <= rows.count("task_attempts") <= 10000
    statuses = defaultdict(int)
    for session in sessions:
        statuses[session["status"]] += 1
    assert statuses[SessionStatus.COMPLETED] > 0.8 * len(sessions)
    assert statuses[SessionStatus.NO_SHOW] and statuses[SessionStatus.CANCELLED]
    assert 0 < statuses[SessionStatus.SCHEDULED] < 0.1 * len(sessions)
    assert rows.count("questionnaires") == statuses[SessionStatus.COMPLETED]
    study_of = {s["id"]: s["study_id"] for s in sessions}
    assert all(q["study_id"] == study_of[q["session_id"]] for q in rows.tables["questionnaires"])
    assert rows.count("findings") > 0 and rows.count("observations") > 0


def test_participant_codes_are_pseudonymous_and_contacts_separate(rows: DemoRows) -> None:
    codes = [p["code"] for p in rows.tables["participants"]]
    assert len(set(codes)) == len(codes)
    assert all(re.fullmatch(r"P-[A-Z]{3}-\d{4}", code) for code in codes)
    assert rows.count("participant_contacts") == len(codes)


def test_attempt_values_are_within_their_ranges(rows: DemoRows) -> None:
    for attempt in rows.tables["task_attempts"]:
        if attempt["outcome"] == "skipped":
            assert attempt["seconds"] is None
        else:
            assert attempt["seconds"] > 0
        assert attempt["rating"] is None or 1 <= attempt["rating"] <= 7
    for q in rows.tables["questionnaires"]:
        assert all(1 <= q[f"sus_{i}"] <= 5 for i in range(1, 11))
        assert 0 <= q["recommend"] <= 10 and 1 <= q["satisfaction"] <= 5


def test_no_room_or_facilitator_is_double_booked(rows: DemoRows) -> None:
    for column in ("room_id", "facilitator_id"):
        spans = defaultdict(list)
        for s in rows.tables["sessions"]:
            if s["status"] != SessionStatus.CANCELLED:
                end = s["starts_at"] + timedelta(minutes=s["planned_minutes"])
                spans[s[column]].append((s["starts_at"], end))
        for booked in spans.values():
            booked.sort()
            assert all(a[1] <= b[0] for a, b in zip(booked, booked[1:], strict=False))


def test_same_seed_same_rows_other_seed_other_rows() -> None:
    assert generate(3).tables == generate(3).tables
    assert generate(3).tables["sessions"] != generate(4).tables["sessions"]
