"""The candidate's access extract (Regulation (EU) 2018/1725): their submitted data, the eligibility
result with reasons, the consolidated mark per criterion, the total, the pass mark and the stage
reached. `ExtractData` has no field for members' marks, other candidates or the ranking, and drops
the panel list, so none of them can leak into this document."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from panel_app.reports.base import DASH, PORTRAIT_W, Report, cell_width, mark, p
from panel_app.reports.data import ExtractData
from panel_app.reports.i18n import QT_TRANSLATE_NOOP, translate
from panel_app.reports.numbers import number
from panel_app.reports.words import said


class ExtractReport(Report):
    title = QT_TRANSLATE_NOOP("Reports", "Access to personal data – extract")

    def __init__(self, data: ExtractData) -> None:
        super().__init__(data)
        self.d = data

    def story(self) -> list[Flowable]:
        d = self.d
        out: list[Flowable] = self.heading(translate("Reports", "Extract for the data subject"))
        out += [p(translate("Reports", "Candidate"), "h1"),
                self.kv_table([(translate("Reports", "Name"), d.name), (translate("Reports", "Email"), d.email)])]
        out.append(p(translate("Reports", "Data you submitted"), "h1"))
        out.append(self.kv_table([(said(k), said(v)) for k, v in d.submitted.items()], 55 * mm) if d.submitted else p(DASH))
        out += [p(translate("Reports", "Eligibility"), "h1"),
                self.kv_table([(translate("Reports", "Result"), said(d.eligibility_result))])]
        if d.eligibility_reasons:
            out += self.table([translate("Reports", "Criterion"), translate("Reports", "Outcome and reason")],
                              [[k, said(v)] for k, v in d.eligibility_reasons.items()],
                              [60 * mm, PORTRAIT_W - 60 * mm], wrap=True)
        out.append(p(translate("Reports", "Assessment"), "h1"))
        if d.stages is not None:
            return out + self.stage_tables() + self.about()
        if d.criteria:
            out += self.marks_table(d.criteria, d.finals)
        else:
            out.append(p(translate("Reports", "Your application was not assessed on the selection criteria.")))
        out.append(self.kv_table([(translate("Reports", "Total"), mark(d.total)),
                                  (translate("Reports", "Pass mark"), mark(d.pass_mark, 1)),
                                  (translate("Reports", "Stage reached"), said(d.stage_reached))]))
        return out + self.about()

    def marks_table(self, criteria, finals) -> list[Flowable]:
        rows = [[c.code, said(c.title), number(c.weight), mark(finals.get(c.code))] for c in criteria]
        code_w = cell_width([c.code for c in criteria], floor=16 * mm, cap=45 * mm)
        heads = [translate("Reports", "Code"), translate("Reports", "Criterion"), translate("Reports", "Weight"),
                 translate("Reports", "Final mark")]
        weight_w = max(18 * mm, cell_width([heads[2]], bold=True))
        final_w = max(22 * mm, *(cell_width([w], bold=True) for w in heads[3].split()))
        return self.table(heads, rows, [code_w, PORTRAIT_W - code_w - weight_w - final_w, weight_w, final_w],
                          wrap=(1,), right_from=2)

    def stage_tables(self) -> list[Flowable]:
        d = self.d
        out: list[Flowable] = []
        if not d.stages:
            out.append(p(translate("Reports", "Your application was not assessed on the selection criteria.")))
        for st in d.stages or []:
            name = said(st.name)
            out.append(p(translate("Reports", "{stage} – your consolidated marks").format(stage=name), "h2"))
            out += self.marks_table(st.criteria, st.finals)
            out.append(self.kv_table([(translate("Reports", "{stage} total").format(stage=name), mark(st.total)),
                                      (translate("Reports", "{stage} pass mark").format(stage=name),
                                       mark(st.pass_mark, 1)),
                                      *([(translate("Reports", "{stage} result").format(stage=name), said(st.result))]
                                        if st.result else [])], 55 * mm))
        out.append(self.kv_table([(translate("Reports", "Stage reached"), said(d.stage_reached))], 55 * mm))
        return out

    def about(self) -> list[Flowable]:
        return [p(translate("Reports", "About this extract"), "h1"),
                p(translate("Reports", "The marks above are the panel's consolidated marks. Under Article 6 of Annex "
                                       "III to the Staff Regulations the proceedings of the selection panel are "
                                       "secret: this extract does not contain the marks or views of individual panel "
                                       "members, data of other candidates, or the comparative ranking."), "small")]
