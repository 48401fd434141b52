"""The candidate's access extract (Regulation (EU) 2018/1725): their submitted data, the eligibility
result with reasons, the consolidated mark per criterion, the total, the pass mark and the stage
reached. `ExtractData` has no field for members' marks, other candidates or the ranking, and drops
the panel list, so none of them can leak into this document."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from panel_app.reports.base import DASH, PORTRAIT_W, Report, cell_width, mark, p
from panel_app.reports.data import ExtractData


class ExtractReport(Report):
    title = "Access to personal data – extract"

    def __init__(self, data: ExtractData) -> None:
        super().__init__(data)
        self.d = data

    def story(self) -> list[Flowable]:
        d = self.d
        out: list[Flowable] = self.heading("Extract for the data subject")
        out += [p("Candidate", "h1"), self.kv_table([("Name", d.name), ("Email", d.email)])]
        out.append(p("Data you submitted", "h1"))
        out.append(self.kv_table(list(d.submitted.items()), 55 * mm) if d.submitted else p(DASH))
        out += [p("Eligibility", "h1"), self.kv_table([("Result", d.eligibility_result)])]
        if d.eligibility_reasons:
            out += self.table(["Criterion", "Outcome and reason"],
                              [[k, v] for k, v in d.eligibility_reasons.items()],
                              [60 * mm, PORTRAIT_W - 60 * mm], wrap=True)
        out.append(p("Assessment", "h1"))
        if d.stages is not None:
            return out + self.stage_tables() + self.about()
        if d.criteria:
            rows = [[c.code, c.title, f"{c.weight:g}", mark(d.finals.get(c.code))] for c in d.criteria]
            code_w = cell_width([c.code for c in d.criteria], floor=16 * mm, cap=45 * mm)
            out += self.table(["Code", "Criterion", "Weight", "Final mark"], rows,
                              [code_w, PORTRAIT_W - code_w - 40 * mm, 18 * mm, 22 * mm], wrap=(1,), right_from=2)
        else:
            out.append(p("Your application was not assessed on the selection criteria."))
        out.append(self.kv_table([("Total", mark(d.total)), ("Pass mark", mark(d.pass_mark, 1)),
                                  ("Stage reached", d.stage_reached)]))
        return out + self.about()

    def stage_tables(self) -> list[Flowable]:
        d = self.d
        out: list[Flowable] = []
        if not d.stages:
            out.append(p("Your application was not assessed on the selection criteria."))
        for st in d.stages or []:
            out.append(p(f"{st.name} – your consolidated marks", "h2"))
            rows = [[c.code, c.title, f"{c.weight:g}", mark(st.finals.get(c.code))] for c in st.criteria]
            code_w = cell_width([c.code for c in st.criteria], floor=16 * mm, cap=45 * mm)
            out += self.table(["Code", "Criterion", "Weight", "Final mark"], rows,
                              [code_w, PORTRAIT_W - code_w - 40 * mm, 18 * mm, 22 * mm], wrap=(1,), right_from=2)
            out.append(self.kv_table([(f"{st.name} total", mark(st.total)),
                                      (f"{st.name} pass mark", mark(st.pass_mark, 1)),
                                      *([(f"{st.name} result", st.result)] if st.result else [])], 55 * mm))
        out.append(self.kv_table([("Stage reached", d.stage_reached)], 55 * mm))
        return out

    def about(self) -> list[Flowable]:
        return [p("About this extract", "h1"),
                p("The marks above are the panel's consolidated marks. Under Article 6 of Annex III to the "
                  "Staff Regulations the proceedings of the selection panel are secret: this extract does not "
                  "contain the marks or views of individual panel members, data of other candidates, or the "
                  "comparative ranking.", "small")]
