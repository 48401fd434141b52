"""Candidate sheets: one page (or more) per candidate with the final mark per criterion, the
consensus justification and the evidence pages. Individual members' marks are printed only when
`show_member_marks` is True (internal panel use; never for anyone outside the panel)."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak

from panel_app.reports.base import DASH, LANDSCAPE_W, PORTRAIT_W, Report, cell_width, mark, p, pm
from panel_app.reports.data import CandidateSheet, CandidateSheetData

MAX_JUSTIFICATION = 900  # characters per criterion; keeps a row within a page


class CandidateSheetsReport(Report):
    title = "Candidate sheets"

    def __init__(self, data: CandidateSheetData) -> None:
        super().__init__(data)
        self.d = data
        # the panel internal copy adds a column per member: landscape pages keep every column readable
        self.start_landscape = bool(data.show_member_marks)
        self.width = LANDSCAPE_W if self.start_landscape else PORTRAIT_W

    def story(self) -> list[Flowable]:
        stage = self.d.stage.capitalize()
        out: list[Flowable] = self.heading(f"{stage}: consolidated assessment per candidate "
                                           f"({len(self.d.sheets)})")
        for i, sheet in enumerate(self.d.sheets):
            if i:
                out.append(PageBreak())
            out += self.sheet(sheet)
        return out

    def sheet(self, s: CandidateSheet) -> list[Flowable]:
        d = self.d
        facts = [f"<b>Rank</b> {DASH if s.rank is None else s.rank}",
                 f"<b>Total</b> {mark(s.total)}"
                 + (f" (pass mark {mark(d.pass_mark, 1)})" if d.pass_mark is not None else "")]
        if s.status:
            facts.append(f"<b>Status</b> {escape(s.status)}")
        if s.article29:
            facts.append(f"<b>Art. 29</b> {escape(s.article29)}")
        out: list[Flowable] = [p(s.name, "h1")]
        if s.email:
            out.append(p(s.email, "small"))
        out.append(pm(" · ".join(facts)))
        members = list(s.member_marks or {}) if d.show_member_marks else []
        marks = s.member_marks or {}
        rows = []
        for c in d.criteria:
            pages = s.evidence_pages.get(c.code) or []
            just = s.justifications.get(c.code, "")
            if len(just) > MAX_JUSTIFICATION:
                just = just[: MAX_JUSTIFICATION - 1] + "…"
            rows.append([c.code, c.title, f"{c.weight:g}", *[mark(marks[m].get(c.code)) for m in members],
                         mark(s.finals.get(c.code)), ", ".join(map(str, pages)) or DASH, just or DASH])
        # the individual marks (panel internal copy) are columns of the same table: one sheet stays one page
        words = [w for m in members for w in m.split()]
        member_w = max(14 * mm, cell_width(words, bold=True))
        title_w = 52 * mm if not members else 70 * mm
        widths = [self.code_w(), title_w, 13 * mm, *[member_w] * len(members), 14 * mm, 16 * mm]
        last = len(widths)
        out += self.table(["Code", "Criterion", "Weight", *members, "Final", "Pages", "Justification"], rows,
                          [*widths, self.width - sum(widths)], wrap=(1, last), right_from=2,
                          left=(last - 1, last))
        if members:
            out.append(p("Individual marks (internal – never disclosed outside the panel): one column per member "
                         f"before the final mark; {DASH} = N/A or not scored.", "small"))
        if s.consensus_notes:
            out += [p("Consensus notes", "h2"), p(s.consensus_notes)]
        return out

    def code_w(self) -> float:
        return cell_width([c.code for c in self.d.criteria] + ["Code"], floor=13 * mm, cap=40 * mm)
