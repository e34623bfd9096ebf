"""The report's opening: cover, contents, executive summary (one page, plain words),
introduction and method (participants by centre and profile, context of use, tasks,
design, what each figure means)."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Image, PageBreak, Spacer

from testlab.analysis.results import ABOVE, BELOW, IMPROVEMENT, REGRESSION, StageFigures
from testlab.reports.pdf import cells
from testlab.reports.pdf.content import ReportData
from testlab.reports.pdf.document import Heading, paragraph, table_of_contents
from testlab.reports.pdf.tables import table

#: Findings of these severities that are still open go into the summary.
SUMMARY_SEVERITIES = (1, 2)
SUMMARY_FINDINGS = 5
SUMMARY_CHANGES = 8


def cover(d: ReportData) -> list[Flowable]:
    """The cover: logo, product, owner, stages, dates, centres, level, who and when."""
    w, s, f = d.w, d.styles, d.facts
    out: list[Flowable] = [Image(str(d.logo), width=45 * mm, height=15 * mm, kind="proportional",
                                 hAlign="LEFT"), Spacer(1, 20 * mm)]  # fmt: skip
    out.append(paragraph(w("cover.title"), s.subtitle))
    out.append(paragraph(f.name, s.title))
    stages = [st.name for st in d.analysis.stages]
    dates = [st.starts_on for st in f.studies] + [st.ends_on for st in f.studies]
    centres = sorted({c for st in f.studies for c in st.centres})
    rows = [
        (w("cover.owner"), f.owner or "–"),
        (w("cover.stages"), ", ".join(stages) or "–"),
        (w("cover.dates"), f"{w.day(min(dates))} – {w.day(max(dates))}" if dates else "–"),
        (w("cover.centres"), ", ".join(centres) or "–"),
        (w("cover.confidence"), w.pct(d.analysis.confidence)),
        (w("cover.generated"), w.day(d.generated_at) + " " + d.generated_at.strftime("%H:%M UTC")),
        (w("cover.author"), d.options.author or "–"),
        (w("cover.version"), d.version),
    ]
    if d.analysis.filters.active:
        rows.append((w("cover.filters"), d.analysis.filters.describe()))
    out.append(Spacer(1, 10 * mm))
    out.append(table(s, (w("cover.item"), w("cover.value")), rows, (1, 3)))
    out.append(PageBreak())
    out.append(paragraph(w("toc.title"), s.h1))
    out.append(table_of_contents(s))
    out.append(PageBreak())
    return out


def summary(d: ReportData) -> list[Flowable]:
    """One page: headline figures per stage, significant changes, severe open findings,
    where each stage stands against the benchmarks."""
    w, s = d.w, d.styles
    out: list[Flowable] = [Heading(w("summary.heading"), s.h1, 0, "summary")]
    out.append(paragraph(w("summary.intro", product=d.facts.name, stages=len(d.analysis.stages),
                                participants=d.facts.counts.participants,
                                centres=len(d.facts.counts.by_centre),
                                confidence=w.pct(d.analysis.confidence)), s.body))  # fmt: skip
    rows = [_headline(d, st) for st in d.analysis.stages]
    out.append(table(s, (w("summary.stage"), w("summary.tasks_benchmark"), w("figure.sus"),
                         w("figure.nps"), w("figure.nps_weighted"), w("figure.top2")),
                     rows, (3, 2, 1.6, 1.2, 1.4, 1.4), numeric=(1, 2, 3, 4, 5)))  # fmt: skip
    out.append(paragraph(w("summary.flags_note"), s.note))
    out.append(paragraph(w("summary.changes"), s.h2))
    changes = _changes(d)
    if not changes:
        out.append(paragraph(w("summary.no_changes"), s.body))
    for text in changes[:SUMMARY_CHANGES]:
        out.append(paragraph("• " + text, s.body))
    if len(changes) > SUMMARY_CHANGES:
        out.append(paragraph(w("summary.more_changes", n=len(changes) - SUMMARY_CHANGES),
                             s.note))  # fmt: skip
    out.append(paragraph(w("summary.findings"), s.h2))
    severe = [f for f in d.findings if f.severity in SUMMARY_SEVERITIES
              and (f.status in ("open", "came_back") or f.came_back)]  # fmt: skip
    if not severe:
        out.append(paragraph(w("summary.no_findings"), s.body))
    for f in severe[:SUMMARY_FINDINGS]:
        out.append(paragraph("• " + w("summary.finding", title=f.title, severity=f.severity,
                                                affected=f.affected, observed=f.observed),
                             s.body))  # fmt: skip
    out.append(paragraph(w("summary.benchmarks"), s.h2))
    for st in d.analysis.stages:
        out.append(paragraph("• " + _standing(d, st), s.body))
    out.append(PageBreak())
    return out


def _headline(d: ReportData, st: StageFigures) -> list[str]:
    w = d.w
    flagged = [t for t in st.tasks if t.completion is not None]
    meeting = sum(1 for t in flagged if t.flags.completion == ABOVE)
    sus = "–" if st.sus is None else f"{w.num(st.sus.rating.mean, 1)} ({st.sus.grade})"
    nps = "–" if st.nps is None else w.num(st.nps.score, 0)
    wn = st.nps_weighted
    weighted = "–" if wn is None or wn.nps is None else w.num(wn.nps.score, 0)
    top2 = "–" if st.satisfaction is None else w.pct(st.satisfaction.top2.observed)
    return [st.name, w("summary.of", k=meeting, n=len(flagged)), sus, nps, weighted, top2]


def _changes(d: ReportData) -> list[str]:
    """Significant changes between consecutive stages, as sentences."""
    w = d.w
    out = []
    stages = {st.name: st for st in d.analysis.stages}
    for comparison in d.comparisons:
        a, b = stages[comparison.stage_a], stages[comparison.stage_b]
        for t in comparison.tasks:
            if t.completion.verdict not in (IMPROVEMENT, REGRESSION):
                continue
            ta = next(x for x in a.tasks if x.key == t.key)
            tb = next(x for x in b.tasks if x.key == t.key)
            if ta.completion is None or tb.completion is None:
                continue
            key = "rose" if tb.completion.observed > ta.completion.observed else "fell"
            out.append(w(f"summary.change_{key}", task=t.title_b, a=w.pct(ta.completion.observed),
                         b=w.pct(tb.completion.observed), stage_a=a.name, stage_b=b.name,
                         verdict=cells.verdict_words(w, t.completion)))  # fmt: skip
        if comparison.sus.verdict in (IMPROVEMENT, REGRESSION) and a.sus and b.sus:
            out.append(w("summary.change_sus", a=w.num(a.sus.rating.mean, 1),
                         b=w.num(b.sus.rating.mean, 1), stage_a=a.name, stage_b=b.name,
                         verdict=cells.verdict_words(w, comparison.sus)))  # fmt: skip
    return out


def _standing(d: ReportData, st: StageFigures) -> str:
    w = d.w
    flagged = [t for t in st.tasks if t.completion is not None]
    below = sum(1 for t in flagged if t.flags.completion == BELOW)
    above = sum(1 for t in flagged if t.flags.completion == ABOVE)
    if st.sus is None:
        sus = w("summary.sus_none")
    else:
        sus = w(f"summary.sus_{st.sus.flag or 'none_flag'}", sus=w.num(st.sus.rating.mean, 1))
    return w("summary.standing", stage=st.name, above=above, below=below, n=len(flagged), sus=sus)


def introduction(d: ReportData) -> list[Flowable]:
    """The product and each study's objectives, stage by stage."""
    w, s, f = d.w, d.styles, d.facts
    out: list[Flowable] = [Heading(w("intro.heading"), s.h1, 0, "introduction")]
    out.append(paragraph(f.description or f.name, s.body))
    rows = [(st.stage, st.title, st.objectives or "–", w(f"method_kind.{st.method}"))
            for st in f.studies]  # fmt: skip
    out.append(table(s, (w("intro.stage"), w("intro.study"), w("intro.objectives"),
                         w("intro.method")), rows, (2, 2.5, 4, 1.5)))  # fmt: skip
    return out


def method(d: ReportData) -> list[Flowable]:
    """Participants, context of use, tasks, design, and how the figures are computed."""
    w, s, f = d.w, d.styles, d.facts
    counts = f.counts
    out: list[Flowable] = [CondPageBreak(120 * mm), Heading(w("method.heading"), s.h1, 0, "method")]
    out.append(Heading(w("method.participants"), s.h2, 1, "method-participants"))
    out.append(paragraph(w("method.participants_text", participants=counts.participants,
                                sessions=counts.sessions), s.body))  # fmt: skip
    out.append(table(s, (w("method.centre"), w("method.centre_name"), w("method.count")),
                     [(c, f.centres.get(c, ""), str(n)) for c, n in counts.by_centre],
                     (1, 4, 1), numeric=(2,)))  # fmt: skip
    out.append(Spacer(1, 4 * mm))
    rows: list[tuple[str, ...]] = [(w(f"profile.{k}"), w.get(f"value.{v}", v) if v else w("value.unknown"), str(n))
            for k, values in counts.profiles.items() for v, n in values]  # fmt: skip
    out.append(table(s, (w("method.profile"), w("method.value"), w("method.count")), rows,
                     (2, 3, 1), numeric=(2,)))  # fmt: skip
    out.append(Heading(w("method.context"), s.h2, 1, "method-context"))
    rows = [(w(f"condition.{k}"), w.get(f"value.{v}", v) if v else w("value.unknown"), str(n))
            for k, values in counts.conditions.items() for v, n in values]  # fmt: skip
    out.append(table(s, (w("method.condition"), w("method.value"), w("method.sessions")), rows,
                     (2, 3, 1), numeric=(2,)))  # fmt: skip
    out.append(Heading(w("method.tasks"), s.h2, 1, "method-tasks"))
    rows = [(t.key, t.title, t.scenario, t.success_criteria or "–",
             "–" if t.target_seconds is None else w.seconds(t.target_seconds)) for t in f.tasks]
    out.append(table(s, (w("method.key"), w("method.title"), w("method.scenario"),
                         w("method.criteria"), w("method.target")), rows,
                     (1.6, 2, 3.6, 2, 1), numeric=(4,)))  # fmt: skip
    out.append(Heading(w("method.design"), s.h2, 1, "method-design"))
    rows = [(st.stage, w(f"method_kind.{st.method}"), f"{w.day(st.starts_on)} – {w.day(st.ends_on)}",
             ", ".join(st.centres)) for st in f.studies]  # fmt: skip
    out.append(table(s, (w("intro.stage"), w("intro.method"), w("method.dates"),
                         w("method.centres")), rows, (2.5, 2, 2.5, 3)))  # fmt: skip
    out.append(Heading(w("method.figures"), s.h2, 1, "method-figures"))
    assisted = "assisted_success" if d.analysis.assisted_counts_as_success else "assisted_failure"
    for key in ("completion", "time", "seq", "sus", "nps", "nps_weighted", "satisfaction",
                "comparisons", assisted, "small_samples"):  # fmt: skip
        out.append(paragraph(w(f"explain.{key}", confidence=w.pct(d.analysis.confidence)),
                             s.body))  # fmt: skip
    return out
