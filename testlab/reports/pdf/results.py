"""The Results section: trend charts across stages, then per stage its task table, its
SUS, NPS (plain and weighted by customers) and satisfaction, its charts, and its
breakdown by centre (table and forest chart), device and network."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Spacer

from testlab.analysis.results import Breakdown, StageFigures
from testlab.model.countries import say_label
from testlab.reports.pdf import cells
from testlab.reports.pdf.charts import ChartJob
from testlab.reports.pdf.content import ReportData
from testlab.reports.pdf.document import Heading, paragraph
from testlab.reports.pdf.tables import table

TREND_METRICS = ("completion", "time", "simplicity")
BREAKDOWNS = ("centre", "device", "network")
#: Strata without an answer named one by one; the rest are counted.
MISSING_SHOWN = 12


def chart_jobs(d: ReportData) -> dict[str, ChartJob]:
    """Every chart of the Results section, keyed, in the order they appear."""
    stages = d.analysis.stages
    lang = d.options.lang
    jobs: dict[str, ChartJob] = {}
    if len(stages) > 1:
        for metric in TREND_METRICS:
            jobs[f"trend-{metric}"] = ChartJob("by_stage", stages, 4.6, lang, metric=metric)
    for i, st in enumerate(stages):
        if not st.tasks:
            continue
        # The per-task figures are in the stage's table (with their intervals and flags);
        # the forest chart shows what a table cannot: the centres side by side.
        breakdown = d.breakdowns.get("centre")
        key = _forest_task(st)
        if breakdown is not None and key is not None:
            groups = sum(1 for g in breakdown.groups for s in g.stages
                         if s.name == st.name and any(t.key == key for t in s.tasks))
            jobs[f"stage{i}-centres"] = ChartJob("by_centre", (st,), 1.3 + 0.24 * (groups + 1),
                                                 lang, breakdown=breakdown, task_key=key)
    return jobs


def _forest_task(st: StageFigures) -> str | None:
    """The task whose completion is lowest: the one worth seeing centre by centre."""
    rated = [t for t in st.tasks if t.completion is not None]
    if not rated:
        return None
    return min(rated, key=lambda t: (t.completion.observed, t.key)).key  # type: ignore[union-attr]


def results(d: ReportData) -> list[Flowable]:
    """The whole Results section."""
    w, s = d.w, d.styles
    out: list[Flowable] = [PageBreak(), Heading(w("results.heading"), s.h1, 0, "results")]
    if len(d.analysis.stages) > 1:
        out.append(Heading(w("results.trend"), s.h2, 1, "results-trend"))
        for metric in TREND_METRICS:
            chart = d.chart(f"trend-{metric}")
            if chart is not None:
                out.append(chart)
    for i, st in enumerate(d.analysis.stages):
        out.extend(_stage(d, i, st))
    return out


def _stage(d: ReportData, i: int, st: StageFigures) -> list[Flowable]:
    w, s = d.w, d.styles
    out: list[Flowable] = [CondPageBreak(90 * mm),
                           Heading(w("results.stage", stage=st.name), s.h2, 1, f"stage-{i}")]
    if not st.tasks and st.questionnaires == 0:
        out.append(paragraph(w("results.no_data"), s.body))
        return out
    rows = []
    for t in st.tasks:
        comp, comp_i = cells.completion(w, t)
        time, time_i = cells.time(w, t)
        seq, seq_i = cells.simplicity(w, t)
        rows.append((t.key, str(t.attempts), comp, comp_i, time, time_i, seq, seq_i))
    out.append(table(s, (w("results.task"), w("results.n"), w("figure.completion"),
                         w("results.interval"), w("figure.time"), w("results.interval"),
                         w("figure.seq"), w("results.interval")), rows,
                     (2.4, 0.7, 1.2, 1.2, 1.1, 1.3, 0.9, 1.1),
                     numeric=(1, 2, 3, 4, 5, 6, 7)))  # fmt: skip
    out.append(paragraph(w("results.table_note"), s.note))
    out.append(KeepTogether(_questionnaire(d, st)))
    for name in ("centres",):
        chart = d.chart(f"stage{i}-{name}")
        if chart is not None:
            out.append(chart)
    for dimension in BREAKDOWNS:
        breakdown = d.breakdowns.get(dimension)
        if breakdown is not None:
            out.extend(_breakdown(d, st, breakdown))
    return out


def _questionnaire(d: ReportData, st: StageFigures) -> list[Flowable]:
    """SUS, NPS, weighted NPS (with its strata) and satisfaction of one stage."""
    w, s = d.w, d.styles
    rows = []
    if st.sus is not None:
        r = st.sus.rating
        rows.append((w("figure.sus"), f"{w.num(r.mean, 1)} ({st.sus.grade}){cells.flag(st.sus.flag)}",
                     w.num_range(r.low, r.high, 1), str(r.n)))  # fmt: skip
    if st.nps is not None:
        n = st.nps
        rows.append((w("figure.nps"), w.num(n.score, 0), w.num_range(n.low, n.high, 0), str(n.n)))
    wn = st.nps_weighted
    if wn is not None and wn.nps is not None:
        rows.append((w("figure.nps_weighted"), w.num(wn.nps.score, 0),
                     w.num_range(wn.nps.low, wn.nps.high, 0), str(wn.answers)))  # fmt: skip
    if st.satisfaction is not None:
        t2, r = st.satisfaction.top2, st.satisfaction.rating
        rows.append((w("figure.top2"), w.pct(t2.observed), w.pct_range(t2.low, t2.high), str(t2.n)))
        rows.append((w("figure.satisfaction"), w.num(r.mean, 1), w.num_range(r.low, r.high, 1),
                     str(r.n)))  # fmt: skip
    out: list[Flowable] = [Spacer(1, 3 * mm)]
    if not rows:
        out.append(paragraph(w("results.no_questionnaires"), s.body))
        return out
    out.append(table(s, (w("results.questionnaire"), w("results.value"), w("results.interval"),
                         w("results.n")), rows, (3, 1.5, 1.5, 0.8), numeric=(1, 2, 3)))  # fmt: skip
    out.extend(_weighted(d, st))
    return out


def _weighted(d: ReportData, st: StageFigures) -> list[Flowable]:
    """Where the weighted NPS comes from: strata with weight, n, score; who did not answer."""
    w, s = d.w, d.styles
    wn = st.nps_weighted
    if wn is None:
        return []
    if wn.nps is None:
        return [paragraph(w("results.nps_not_weighted", note=wn.note or ""), s.note)]
    out: list[Flowable] = [paragraph(w("results.strata", by=w.get(
        f"strata.{wn.strata_by}", wn.strata_by)), s.small)]
    rows = [(_stratum(d, r.label), w.pct(r.weight, 1), str(r.n), w.num(r.score, 0))
            for r in wn.nps.strata]
    out.append(table(s, (w("results.stratum"), w("results.weight"), w("results.n"),
                         w("figure.nps")), rows, (3, 1.2, 0.8, 1), numeric=(1, 2, 3)))  # fmt: skip
    if wn.nps.missing:
        shown = [_stratum(d, label) for label in wn.nps.missing[:MISSING_SHOWN]]
        if len(wn.nps.missing) > MISSING_SHOWN:
            shown.append(w("results.and_more", n=len(wn.nps.missing) - MISSING_SHOWN))
        out.append(paragraph(w("results.no_answer_from", who=w.list_sep.join(shown)), s.note))
    return out


def _stratum(d: ReportData, label: str) -> str:
    """A stratum's label ("Belgium, small business") in the report's language: a country
    by its name in that language (CLDR), a profile value (the segment) in the
    catalogue's words."""
    return say_label(label, d.w.lang,
                     lambda part: d.w.get(f"value.{part.replace(' ', '_')}", part))


def _breakdown(d: ReportData, st: StageFigures, breakdown: Breakdown) -> list[Flowable]:
    """One stage by centre, device or network: each group's tasks and how they differ."""
    w, s = d.w, d.styles
    rows = []
    for group in breakdown.groups:
        gs = next((x for x in group.stages if x.name == st.name), None)
        if gs is None:
            continue
        differs = {x.key: x for x in group.differences if x.stage == st.name}
        for t in gs.tasks:
            comp, _ = cells.completion(w, t)
            time, _ = cells.time(w, t)
            seq, _ = cells.simplicity(w, t)
            diff = differs.get(t.key)
            verdict = "–" if diff is None else ", ".join(
                w(f"figure.{name}") + w.colon + w(f"group_verdict.{v.verdict}")
                for name, v in (("completion", diff.completion), ("time", diff.time),
                                ("seq", diff.simplicity))
                if v.verdict in ("significantly_better", "significantly_worse")
            ) or w("group_verdict.no_detectable_difference")  # fmt: skip
            label = w.get(f"value.{group.label}", group.label)
            rows.append((label, t.key, str(t.attempts), comp, time, seq, verdict))
    if not rows:
        return []
    heading = w(f"results.by_{breakdown.dimension}", stage=st.name)
    out: list[Flowable] = [CondPageBreak(35 * mm), Spacer(1, 3 * mm), paragraph(heading, s.small)]
    out.append(table(s, (w(f"dimension.{breakdown.dimension}"), w("results.task"), w("results.n"),
                         w("figure.completion"), w("figure.time"), w("figure.seq"),
                         w("results.against_others")), rows,
                     (2.3, 2.4, 0.5, 1.3, 0.9, 0.8, 2.4), numeric=(2, 3, 4, 5)))  # fmt: skip
    if breakdown.multiple_comparisons_note:
        out.append(paragraph(w("results.multiple_comparisons",
                                    groups=breakdown.groups_tested), s.note))  # fmt: skip
    return out
