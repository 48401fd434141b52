"""Candidate sheets: one page (or more) per candidate with the final mark per criterion, the
consensus justification and the evidence pages. Individual members' marks are printed only when
`show_member_marks` is True (internal panel use; never for anyone outside the panel)."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak

from panel_app.reports.base import DASH, LANDSCAPE_W, PORTRAIT_W, Report, cell_width, mark, p, pm
from panel_app.reports.data import CandidateSheet, CandidateSheetData
from panel_app.reports.i18n import QT_TRANSLATE_NOOP, translate
from panel_app.reports.numbers import number
from panel_app.reports.words import said

STAGES = {"preselection": QT_TRANSLATE_NOOP("Reports", "Preselection"),
          "interview": QT_TRANSLATE_NOOP("Reports", "Interview")}

MAX_JUSTIFICATION = 900  # characters per criterion; keeps a row within a page


class CandidateSheetsReport(Report):
    title = QT_TRANSLATE_NOOP("Reports", "Candidate sheets")

    def __init__(self, data: CandidateSheetData) -> None:
        super().__init__(data)
        self.d = data
        # the panel internal copy adds a column per member: landscape pages keep every column readable
        self.start_landscape = bool(data.show_member_marks)
        self.width = LANDSCAPE_W if self.start_landscape else PORTRAIT_W

    def story(self) -> list[Flowable]:
        stage = translate("Reports", STAGES.get(self.d.stage, self.d.stage.capitalize()))
        out: list[Flowable] = self.heading(translate("Reports", "{stage}: consolidated assessment per candidate "
                                                                "({n})").format(stage=stage, n=number(len(self.d.sheets))))
        for i, sheet in enumerate(self.d.sheets):
            if i:
                out.append(PageBreak())
            out += self.sheet(sheet)
        return out

    def sheet(self, s: CandidateSheet) -> list[Flowable]:
        d = self.d
        facts = [f"<b>{escape(translate('Reports', 'Rank'))}</b> {DASH if s.rank is None else s.rank}",
                 f"<b>{escape(translate('Reports', 'Total'))}</b> {mark(s.total)}"
                 + (" " + escape(translate("Reports", "(pass mark {mark})").format(mark=mark(d.pass_mark, 1)))
                    if d.pass_mark is not None else "")]
        if s.status:
            facts.append(f"<b>{escape(translate('Reports', 'Status'))}</b> {escape(said(s.status))}")
        if s.article29:
            facts.append(f"<b>{escape(translate('Reports', 'Art. 29'))}</b> {escape(said(s.article29))}")
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
            rows.append([c.code, c.title, number(c.weight), *[mark(marks[m].get(c.code)) for m in members],
                         mark(s.finals.get(c.code)), ", ".join(map(str, pages)) or DASH, just or DASH])
        # the individual marks (panel internal copy) are columns of the same table: one sheet stays one page
        words = [w for m in members for w in m.split()]
        member_w = max(14 * mm, cell_width(words, bold=True))
        title_w = 52 * mm if not members else 70 * mm
        weight_w = max(13 * mm, cell_width([translate("Reports", "Weight")], bold=True))
        final_w = max(14 * mm, cell_width([translate("Reports", "Final")], bold=True))
        pages_w = max(16 * mm, cell_width([translate("Reports", "Pages")], bold=True))
        widths = [self.code_w(), title_w, weight_w, *[member_w] * len(members), final_w, pages_w]
        last = len(widths)
        heads = [translate("Reports", "Code"), translate("Reports", "Criterion"), translate("Reports", "Weight"),
                 *members, translate("Reports", "Final"), translate("Reports", "Pages"),
                 translate("Reports", "Justification")]
        out += self.table(heads, rows, [*widths, self.width - sum(widths)], wrap=(1, last), right_from=2,
                          left=(last - 1, last))
        if members:
            out.append(p(translate("Reports", "Individual marks (internal – never disclosed outside the panel): one "
                                              "column per member before the final mark; {dash} = N/A or not "
                                              "scored.").format(dash=DASH), "small"))
        if s.consensus_notes:
            out += [p(translate("Reports", "Consensus notes"), "h2"), p(said(s.consensus_notes))]
        return out

    def code_w(self) -> float:
        return cell_width([c.code for c in self.d.criteria] + [translate("Reports", "Code")], floor=13 * mm,
                          cap=40 * mm)
