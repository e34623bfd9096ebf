"""What the report must print for a figure of the ``stats --json`` document, written the
report's way (its rounding and number format, through the catalogue's ``Words``)."""

from __future__ import annotations

from typing import Any

from testlab.reports.pdf.catalogue import Words

SIGNS = {"above": " ▲", "below": " ▼", "near": " ●", None: ""}


def _few(n: int) -> str:
    return " *" if n < 5 else ""


def task_cells(w: Words, t: dict[str, Any]) -> list[str]:
    """key, attempts, completion, interval, time, interval, SEQ, interval."""
    cells = [t["key"], str(t["attempts"])]
    c = t["completion"]
    if c is None:
        cells += ["–", "–"]
    else:
        cells += [w.pct(c["observed"]) + SIGNS[t["flags"]["completion"]] + _few(c["n"]),
                  w.pct_range(c["low"], c["high"])]
    tm = t["time"]
    if tm is None:
        cells += ["–", "–"]
    else:
        median = tm["centre_shown"] == "median" and tm["median"] is not None
        low, high = (tm["median_low"], tm["median_high"]) if median else (tm["low"], tm["high"])
        cells += [w.seconds(tm["centre"]) + SIGNS[t["flags"]["time"]] + _few(tm["n"]),
                  w.num_range(low, high, 0, "s")]
    s = t["simplicity"]
    if s is None:
        cells += ["–", "–"]
    else:
        cells += [w.num(s["mean"], 1) + SIGNS[t["flags"]["simplicity"]] + _few(s["n"]),
                  w.num_range(s["low"], s["high"], 1)]
    return cells


def stage_rows(w: Words, st: dict[str, Any]) -> list[list[str]]:
    """The questionnaire table's rows: SUS, NPS, weighted NPS, top-2, satisfaction."""
    rows = []
    if st["sus"] is not None:
        s = st["sus"]
        rows.append([w("figure.sus"), f"{w.num(s['mean'], 1)} ({s['grade']}){SIGNS[s['flag']]}",
                     w.num_range(s["low"], s["high"], 1), str(s["n"])])
    if st["nps"] is not None:
        n = st["nps"]
        rows.append([w("figure.nps"), w.num(n["score"], 0), w.num_range(n["low"], n["high"], 0),
                     str(n["n"])])
    wn = st["nps_weighted"]
    if wn is not None and wn["score"] is not None:
        rows.append([w("figure.nps_weighted"), w.num(wn["score"], 0),
                     w.num_range(wn["low"], wn["high"], 0), str(wn["n"])])
    if st["satisfaction_top2"] is not None:
        t2, r = st["satisfaction_top2"], st["satisfaction"]
        rows.append([w("figure.top2"), w.pct(t2["observed"]), w.pct_range(t2["low"], t2["high"]),
                     str(t2["n"])])
        rows.append([w("figure.satisfaction"), w.num(r["mean"], 1),
                     w.num_range(r["low"], r["high"], 1), str(r["n"])])
    return rows


def _diff(w: Words, v: dict[str, Any], kind: str) -> tuple[str, str, str]:
    if v.get("p_value") is None:
        return "–", "–", "–"
    if kind == "proportion":
        return (w.num(100 * v["difference"], 0, sign=True) + w.unit_space + w("unit.points"),
                w.num_range(100 * v["low"], 100 * v["high"], 0), w.p(v["p_value"]))
    if kind == "ratio":
        return w.num(v["ratio"], 2), w.num_range(v["low"], v["high"], 2), w.p(v["p_value"])
    if kind == "nps":
        return (w.num(v["difference"], 0, sign=True), w.num_range(v["low"], v["high"], 0),
                w.p(v["p_value"]))
    return (w.num(v["difference"], 1, sign=True), w.num_range(v["low"], v["high"], 1),
            w.p(v["p_value"]))


def comparison_task_cells(w: Words, t: dict[str, Any]) -> list[str]:
    """key, completion change, p, verdict, time ratio, p, SEQ change, p."""
    comp = _diff(w, t["completion"], "proportion")
    time = _diff(w, t["time"], "ratio")
    seq = _diff(w, t["simplicity"], "mean")
    key = t["key"] + (" †" if t["wording_changed"] else "")
    return [key, comp[0], comp[2], w(f"verdict.{t['completion']['verdict']}"),
            time[0], time[2], seq[0], seq[2]]


def comparison_stage_rows(w: Words, c: dict[str, Any]) -> list[list[str]]:
    """SUS, NPS, weighted NPS, top-2 and satisfaction: difference, interval, p, verdict."""
    rows = []
    for name, key, kind in (("sus", "sus", "mean"), ("nps", "nps", "nps"),
                            ("nps_weighted", "nps_weighted", "nps"),
                            ("top2", "satisfaction_top2", "proportion"),
                            ("satisfaction", "satisfaction", "mean")):
        d = _diff(w, c[key], kind)
        rows.append([w(f"figure.{name}"), *d, w(f"verdict.{c[key]['verdict']}")])
    return rows
