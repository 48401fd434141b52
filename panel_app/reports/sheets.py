"""Candidate sheets: one page (or more) per candidate with the final mark per criterion, the
consensus justification and the evidence pages. Individual members' marks are printed only when
`show_member_marks` is True (internal panel use; never for anyone outside the panel)."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak

from panel_app.reports.base import DASH, PORTRAIT_W, Report, cell_width, mark, p, pm
from panel_app.reports.data import CandidateSheet, CandidateSheetData

MAX_JUSTIFICATION = 900  # characters per criterion; keeps a row within a page


class CandidateSheetsReport(Report):
    title = "Candidate sheets"

    def __init__(self, data: CandidateSheetData) -> None:
        super().__init__(data)
        self.d = data

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
        rows = []
        for c in d.criteria:
            pages = s.evidence_pages.get(c.code) or []
            just = s.justifications.get(c.code, "")
            if len(just) > MAX_JUSTIFICATION:
                just = just[: MAX_JUSTIFICATION - 1] + "…"
            rows.append([c.code, c.title, f"{c.weight:g}", mark(s.finals.get(c.code)),
                         ", ".join(map(str, pages)) or DASH, just or DASH])
        widths = [self.code_w(), 52 * mm, 13 * mm, 14 * mm, 18 * mm]
        out += self.table(["Code", "Criterion", "Weight", "Final", "Pages", "Justification"], rows,
                          [*widths, PORTRAIT_W - sum(widths)], wrap=(1, 5), right_from=2, left=(4, 5))
        if s.consensus_notes:
            out += [p("Consensus notes", "h2"), p(s.consensus_notes)]
        if d.show_member_marks and s.member_marks:
            out += self.member_marks(s)
        return out

    def code_w(self) -> float:
        return cell_width([c.code for c in self.d.criteria] + ["Code"], floor=13 * mm, cap=40 * mm)

    def member_marks(self, s: CandidateSheet) -> list[Flowable]:
        """One row per criterion, one column per member (so any number of criteria fits the page)."""
        marks = s.member_marks or {}
        members = list(marks)
        code_w, final_w = self.code_w(), 16 * mm
        member_w = min(34 * mm, (PORTRAIT_W - code_w - final_w) / max(len(members), 1))
        rows = [[c.code, *[mark(marks[m].get(c.code)) for m in members], mark(s.finals.get(c.code))]
                for c in self.d.criteria]
        return [p("Individual marks (internal – never disclosed outside the panel)", "h2"),
                *self.table(["Code", *members, "Final"], rows, [code_w, *[member_w] * len(members), final_w],
                            right_from=1)]
