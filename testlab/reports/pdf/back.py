"""The report's closing sections: comparisons of consecutive stages (task by task and
for SUS, NPS, weighted NPS and satisfaction) and the findings by severity."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, PageBreak

from testlab.reports.pdf import cells
from testlab.reports.pdf.content import ReportData
from testlab.reports.pdf.document import Heading, paragraph
from testlab.reports.pdf.tables import table


def comparisons(d: ReportData) -> list[Flowable]:
    """Each stage against the one before it."""
    w, s = d.w, d.styles
    out: list[Flowable] = [PageBreak(), Heading(w("compare.heading"), s.h1, 0, "comparisons")]
    if not d.comparisons:
        out.append(paragraph(w("compare.none"), s.body))
        return out
    out.append(paragraph(w("compare.intro", confidence=w.pct(d.analysis.confidence)), s.body))
    for i, c in enumerate(d.comparisons):
        out.append(CondPageBreak(60 * mm))
        out.append(Heading(w("compare.pair", a=c.stage_a, b=c.stage_b), s.h2, 1, f"compare-{i}"))
        rows: list[tuple[str, ...]] = []
        for t in c.tasks:
            comp = cells.verdict_cells(w, t.completion, "proportion")
            time = cells.verdict_cells(w, t.time, "ratio")
            seq = cells.verdict_cells(w, t.simplicity, "mean")
            key = t.key + (" †" if t.wording_changed else "")
            rows.append((key, comp[0], comp[2], cells.verdict_words(w, t.completion),
                         time[0], time[2], seq[0], seq[2]))  # fmt: skip
        out.append(table(s, (w("results.task"), w("compare.completion_diff"), "p",
                             w("compare.verdict"), w("compare.time_ratio"), "p",
                             w("compare.seq_diff"), "p"), rows,
                         (2.2, 1.2, 1.1, 2, 1, 1.1, 1, 1.1),
                         numeric=(1, 2, 4, 5, 6, 7)))  # fmt: skip
        notes = [w("compare.table_note")]
        if any(t.wording_changed for t in c.tasks):
            notes.append(w("compare.wording_changed"))
        if c.only_in_a or c.only_in_b:
            notes.append(w("compare.only", a=", ".join(c.only_in_a) or "–",
                           b=", ".join(c.only_in_b) or "–"))  # fmt: skip
        for note in notes:
            out.append(paragraph(note, s.note))
        rows = []
        for name, verdict, kind in (("sus", c.sus, "mean"), ("nps", c.nps, "nps"),
                                    ("nps_weighted", c.nps_weighted, "nps"),
                                    ("top2", c.satisfaction_top2, "proportion"),
                                    ("satisfaction", c.satisfaction, "mean")):  # fmt: skip
            diff, interval, p = cells.verdict_cells(w, verdict, kind)
            rows.append((w(f"figure.{name}"), diff, interval, p, cells.verdict_words(w, verdict)))
        out.append(table(s, (w("results.questionnaire"), w("compare.difference"),
                             w("results.interval"), "p", w("compare.verdict")), rows,
                         (2.5, 1.3, 1.5, 1.1, 2.4), numeric=(1, 2, 3)))  # fmt: skip
    return out


def findings(d: ReportData) -> list[Flowable]:
    """The findings, most severe first, with their status at each stage."""
    w, s = d.w, d.styles
    out: list[Flowable] = [PageBreak(), Heading(w("findings.heading"), s.h1, 0, "findings")]
    if not d.findings:
        out.append(paragraph(w("findings.none"), s.body))
        return out
    out.append(paragraph(w("findings.intro", n=len(d.findings)), s.body))
    rows = []
    for f in d.findings:
        statuses = w.list_sep.join(st.stage + w.colon + w(f"status.{st.status}") for st in f.statuses)
        status = w(f"status.{f.status}") + (" — " + w("status.came_back") if f.came_back
                                             and f.status != "came_back" else "")
        title = f.title + (f". {w('findings.recommendation')}{w.colon}{f.recommendation}"
                           if f.recommendation else "")
        rows.append((w(f"severity.{f.severity}"), title, f.task_key or "–", f.first_stage,
                     statuses or status, f"{f.affected}/{f.observed}", str(len(f.evidence))))
    out.append(table(s, (w("findings.severity"), w("findings.finding"), w("results.task"),
                         w("findings.first_seen"), w("findings.status"), w("findings.affected"),
                         w("findings.evidence")), rows,
                     (1.4, 3.4, 1.6, 1.4, 2.5, 1.3, 1.3), numeric=(5, 6)))  # fmt: skip
    return out
