"""``testlab stats`` shows the operator's weighted NPS: on a hand-made world with known
customer numbers, the JSON's score and interval equal the ones computed by hand, on SQLite
and PostgreSQL; the per-stratum table adds up; without customer numbers it says so."""

from __future__ import annotations

import json
import math
from datetime import UTC, date, datetime
from typing import Any

import pytest
from scipy.stats import norm

from testlab import model as m
from testlab.cli.main import main
from testlab.db.database import Database
from testlab.services.customers import set_customers

PRODUCT = "Router app"
Z95 = float(norm.ppf(0.975))

# (stage, session centre, participant: (home centre, segment) or None, recommend)
ANSWERS: list[tuple[str, str, tuple[str, str] | None, int | None]] = [
    ("Alpha", "BRU", ("BRU", "consumer"), 10),
    ("Alpha", "BRU", ("BRU", "consumer"), 9),
    ("Alpha", "BRU", ("BRU", "consumer"), 7),
    # A Belgian customer tested remotely from Dakar still counts for Belgium.
    ("Alpha", "DKR", ("BRU", "consumer"), 3),
    ("Alpha", "BRU", ("BRU", "senior"), 6),
    ("Alpha", "BRU", ("BRU", "senior"), 10),
    # No participant recorded: Senegal (the session's centre), segment not recorded.
    ("Alpha", "DKR", None, 8),
    # A questionnaire without a recommend answer counts in no NPS.
    ("Alpha", "DKR", ("DKR", "consumer"), None),
    ("Beta", "BRU", ("BRU", "consumer"), 10),
    ("Beta", "BRU", ("BRU", "consumer"), 10),
    ("Beta", "BRU", ("BRU", "consumer"), 9),
    ("Beta", "BRU", ("BRU", "senior"), 9),
    ("Beta", "BRU", ("BRU", "senior"), 3),
    ("Beta", "DKR", ("DKR", "consumer"), 10),
]
CUSTOMERS = [("BE", "consumer", 300), ("BE", "senior", 100), ("SN", "consumer", 600),
             ("FR", "consumer", 1000)]  # fmt: skip


def insert_world(db: Database, *, customers: bool = True) -> None:
    """The product, two stages of one study each, and the answers above."""
    with db.session_factory.begin() as orm:
        centres = {
            "BRU": m.Centre(code="BRU", name="Bruxelles", city="Bruxelles", country="BE",
                            time_zone="Europe/Brussels"),
            "DKR": m.Centre(code="DKR", name="Dakar", city="Dakar", country="SN",
                            time_zone="Africa/Dakar"),
        }  # fmt: skip
        product = m.Product(name=PRODUCT)
        studies = {}
        for position, name in enumerate(("Alpha", "Beta")):
            stage = m.Stage(product=product, position=position, name=name,
                            kind=[m.StageKind.ALPHA, m.StageKind.BETA][position])  # fmt: skip
            studies[name] = m.Study(stage=stage, title=name, method=m.StudyMethod.MODERATED_LAB,
                                    starts_on=date(2026, 1 + position, 1),
                                    ends_on=date(2026, 1 + position, 9),
                                    status=m.StudyStatus.CLOSED)  # fmt: skip
        orm.add_all([*centres.values(), product])
        orm.flush()
        for i, (stage_name, held, who, recommend) in enumerate(ANSWERS):
            participant = None
            if who is not None:
                participant = m.Participant(code=f"P-{i:04d}", centre_id=centres[who[0]].id,
                                            segment=m.Segment(who[1]))  # fmt: skip
                orm.add(participant)
                orm.flush()
            session = m.Session(study=studies[stage_name], centre_id=centres[held].id,
                                participant_id=None if participant is None else participant.id,
                                starts_at=datetime(2026, 3, 2, 9, tzinfo=UTC),
                                status=m.SessionStatus.COMPLETED)  # fmt: skip
            session.questionnaire = m.Questionnaire(recommend=recommend, satisfaction=4)
            orm.add(session)
    if customers:
        for country, segment, number in CUSTOMERS:
            set_customers(db, country=country, segment=segment, customers=number)


def run_json(db: Database, capsys: pytest.CaptureFixture[str], *args: str) -> dict[str, Any]:
    target = db.url.render_as_string(hide_password=False)
    assert main(["--db", target, "stats", "--product", PRODUCT, "--json", *args]) == 0
    return json.loads(capsys.readouterr().out)


def run_text(db: Database, capsys: pytest.CaptureFixture[str], *args: str) -> str:
    target = db.url.render_as_string(hide_password=False)
    assert main(["--db", target, "stats", "--product", PRODUCT, *args]) == 0
    return capsys.readouterr().out


def by_hand(strata: list[tuple[int, int, int, int]], z: float = Z95) -> tuple[float, float, float]:
    """Score and interval from (n, P, D, customers) per answering stratum, as STATS.md says."""
    total = sum(c for _n, _p, _d, c in strata)
    score = centre = variance = 0.0
    for n, p, d, c in strata:
        w = c / total
        score += w * 100 * (p - d) / n
        pa, da = (p + 0.75) / (n + 3), (d + 0.75) / (n + 3)
        centre += w * (pa - da)
        variance += w * w * (pa + da - (pa - da) ** 2) / (n + 3)
    half = z * math.sqrt(variance)
    return score, max(-100.0, 100 * (centre - half)), min(100.0, 100 * (centre + half))


def _variance(strata: list[tuple[int, int, int, int]]) -> tuple[float, float]:
    total = sum(c for _n, _p, _d, c in strata)
    centre = variance = 0.0
    for n, p, d, c in strata:
        w = c / total
        pa, da = (p + 0.75) / (n + 3), (d + 0.75) / (n + 3)
        centre += w * (pa - da)
        variance += w * w * (pa + da - (pa - da) ** 2) / (n + 3)
    return centre, variance


def approx(value: float) -> Any:
    return pytest.approx(value, rel=1e-9, abs=1e-9)


def test_country_by_segment_by_hand(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    insert_world(db)
    doc = run_json(db, capsys)
    alpha = doc["stages"][0]
    assert doc["version"] == 1
    weighted = alpha["nps_weighted"]
    # Belgium consumer 10 9 7 3 (300 customers), Belgium senior 6 10 (100), Senegal 8 (no
    # segment, no customers); France and Senegal consumers have customers but no answer.
    score, low, high = by_hand([(4, 2, 1, 300), (2, 1, 1, 100)])
    assert weighted["strata_by"] == "country,segment"
    assert weighted["score"] == approx(18.75) and score == approx(18.75)
    assert weighted["low"] == approx(low) and weighted["high"] == approx(high)
    assert weighted["low"] == approx(-36.799470519385245)
    assert weighted["high"] == approx(58.228041947956676)
    assert weighted["n"] == alpha["nps"]["n"] == 7
    assert weighted["strata"] == [
        {"label": "Belgium, consumer", "weight": 0.75, "n": 4, "score": 25.0},
        {"label": "Belgium, senior", "weight": 0.25, "n": 2, "score": 0.0},
        {"label": "Senegal, segment not recorded", "weight": 0.0, "n": 1, "score": 0.0},
    ]
    assert weighted["missing"] == ["France, consumer", "Senegal, consumer"]
    assert weighted["note"] is None
    # The table adds up.
    assert math.fsum(s["weight"] for s in weighted["strata"]) == approx(1.0)
    assert sum(s["n"] for s in weighted["strata"]) == weighted["n"]
    assert math.fsum(s["weight"] * s["score"] for s in weighted["strata"]) == approx(
        weighted["score"]
    )


def test_country_only_and_segment_only_by_hand(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    insert_world(db)
    by_country = run_json(db, capsys, "--nps-strata", "country")["stages"][0]["nps_weighted"]
    # Belgium: 6 answers, P 3, D 2, 400 customers; Senegal: 1 passive, 600; France missing.
    score, low, high = by_hand([(6, 3, 2, 400), (1, 0, 0, 600)])
    assert (by_country["score"], by_country["low"], by_country["high"]) == (
        approx(score), approx(low), approx(high))  # fmt: skip
    assert by_country["score"] == approx(0.4 * 100 / 6)
    assert [(s["label"], s["n"]) for s in by_country["strata"]] == [("Belgium", 6), ("Senegal", 1)]
    assert by_country["missing"] == ["France"]
    by_segment = run_json(db, capsys, "--nps-strata", "segment")["stages"][0]["nps_weighted"]
    # consumer: 4 answers (P 2, D 1), 1900 customers; senior: 2 (P 1, D 1), 100; one answer
    # without a segment weighs nothing.
    score, low, high = by_hand([(4, 2, 1, 1900), (2, 1, 1, 100)])
    assert (by_segment["score"], by_segment["low"], by_segment["high"]) == (
        approx(score), approx(low), approx(high))  # fmt: skip
    assert [(s["label"], s["weight"]) for s in by_segment["strata"]] == [
        ("consumer", approx(0.95)), ("senior", approx(0.05)), ("segment not recorded", 0.0)]
    assert by_segment["missing"] == []


def test_compare_weighted_nps_by_hand(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    insert_world(db)
    doc = run_json(db, capsys, "--compare", "Alpha", "Beta", "--confidence", "0.90")
    compared = doc["comparison"]["nps_weighted"]
    alpha = [(4, 2, 1, 300), (2, 1, 1, 100)]
    # Beta: Belgium consumer 10 10 9, Belgium senior 9 3, Senegal consumer 10.
    beta = [(3, 3, 0, 300), (2, 1, 1, 100), (1, 1, 0, 600)]
    z = float(norm.ppf(0.95))
    (ca, va), (cb, vb) = _variance(alpha), _variance(beta)
    se = math.sqrt(va + vb)
    assert compared["difference"] == approx(by_hand(beta)[0] - by_hand(alpha)[0])
    assert compared["low"] == approx(100 * (cb - ca - z * se))
    assert compared["high"] == approx(100 * (cb - ca + z * se))
    assert compared["p_value"] == approx(2 * norm.sf(abs(cb - ca) / se))
    # +71 points of raw difference, but one Senegalese answer carries 60% of Beta's weight:
    # the adjusted estimates differ far less (p ≈ 0.57), so no detectable change.
    assert compared["difference"] == approx(71.25)
    assert compared["p_value"] == approx(0.574979846267474)
    assert compared["verdict"] == "no_detectable_change"
    beta_stage = doc["stages"][1]["nps_weighted"]
    assert beta_stage["score"] == approx(by_hand(beta, z)[0])
    assert beta_stage["low"] == approx(by_hand(beta, z)[1])
    assert beta_stage["missing"] == ["France, consumer"]


def test_text_table_adds_up_and_names_the_missing(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    insert_world(db)
    text = run_text(db, capsys, "--stage", "Alpha")
    lines = text.splitlines()
    head = next(i for i, line in enumerate(lines) if "Weighted NPS" in line)
    assert "Weighted NPS (by country × segment, weighted by customers) +19 [-37–+58], n 7" in (
        lines[head])  # fmt: skip
    assert lines[head + 1].startswith("  no answer from: France (every segment); Senegal: consumer")
    table = lines[head + 2: head + 7]
    assert table[0].split() == ["Stratum", "Weight", "n", "NPS"]
    assert table[1].split() == ["Belgium,", "consumer", "75.0%", "4", "+25"]
    assert table[2].split() == ["Belgium,", "senior", "25.0%", "2", "+0"]
    assert table[3].split() == ["Senegal,", "segment", "not", "recorded", "0.0%", "1", "+0"]
    assert table[4].split() == ["Total", "100.0%", "7", "+19"]


def test_without_customer_numbers_it_says_so(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    insert_world(db, customers=False)
    weighted = run_json(db, capsys)["stages"][0]["nps_weighted"]
    assert weighted["score"] is None and weighted["low"] is None and weighted["high"] is None
    assert weighted["strata"] == [] and weighted["missing"] == []
    assert weighted["n"] == 7
    assert "No customer numbers are entered" in weighted["note"]
    text = run_text(db, capsys)
    assert "Weighted NPS (by country × segment): No customer numbers are entered" in text
    compared = run_json(db, capsys, "--compare", "Alpha", "Beta")["comparison"]["nps_weighted"]
    assert compared["verdict"] == "not_enough_data" and compared["difference"] is None


def test_no_customers_where_answers_came_from_is_said(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    insert_world(db, customers=False)
    set_customers(db, country="FR", segment="consumer", customers=1000)
    weighted = run_json(db, capsys)["stages"][0]["nps_weighted"]
    assert weighted["score"] is None
    assert weighted["note"].startswith("None of the strata that answered (Belgium, consumer, ")


def test_bad_strata_is_refused(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    insert_world(db)
    target = db.url.render_as_string(hide_password=False)
    with pytest.raises(SystemExit) as stop:
        main(["--db", target, "stats", "--product", PRODUCT, "--nps-strata", "city"])
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert "--nps-strata" in err and len(err.strip().splitlines()) == 1
