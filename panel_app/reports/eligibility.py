"""The eligibility report: every application with its intake flags and the outcome per eligibility
criterion, the reasons in words, and the counts received / on time / eligible / excluded."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from panel_app.reports.base import DASH, Report, p
from panel_app.reports.data import EligibilityData
from panel_app.reports.shortlist import LANDSCAPE_W

OUTCOME = {"met": "met", "not_met": "NOT MET", "to_verify": "verify", "declared": "declared"}
OVERALL = {"eligible": "eligible", "not_eligible": "NOT ELIGIBLE", "to_verify": "to verify"}
MAX_REASON = 400  # characters; keeps a reason row's height bounded


class EligibilityReport(Report):
    title = "Eligibility report"
    start_landscape = True

    def __init__(self, data: EligibilityData) -> None:
        super().__init__(data)
        self.d = data

    def story(self) -> list[Flowable]:
        d = self.d
        c = d.counts
        out: list[Flowable] = self.heading("Outcome of the eligibility check for every application")
        out.append(p("Counts", "h1"))
        out += self.table(["Received", "On time", "Eligible", "Excluded", "To verify"],
                          [[str(c.received), str(c.on_time), str(c.eligible), str(c.excluded), str(c.to_verify)]],
                          [30 * mm] * 5, right_from=0)
        out.append(p("Eligibility criteria", "h1"))
        out += self.table(["Code", "Criterion"], [[k.code, k.title] for k in d.criteria],
                          [20 * mm, 200 * mm], wrap=True)
        out.append(p("Legend: met; NOT MET; verify = to be verified by the panel; declared = declared by "
                     "the candidate, verified at recruitment.", "small"))
        out += self.overview()
        out += self.reasons()
        return out

    def overview(self) -> list[Flowable]:
        d = self.d
        codes = [k.code for k in d.criteria]
        fixed = [9 * mm, 42 * mm, 42 * mm, 31 * mm, 34 * mm, 24 * mm]
        code_w = max((LANDSCAPE_W - sum(fixed)) / max(len(codes), 1), 12 * mm)
        header = ["#", "Name", "Email", "Received", "Intake flags", *codes, "Overall"]
        widths = [*fixed[:5], *[code_w] * len(codes), fixed[5]]
        rows = []
        for i, r in enumerate(d.rows, 1):
            outcomes = [OUTCOME.get(r.checks[k][0], r.checks[k][0]) if k in r.checks else DASH for k in codes]
            overall = "EXCLUDED" if r.excluded else OVERALL.get(r.overall, r.overall)
            rows.append([str(i), r.name, r.email, r.received or DASH, ", ".join(r.flags) or DASH,
                         *outcomes, overall])
        return [p(f"Applications – {len(d.rows)}", "h1"), *self.table(header, rows, widths)]

    def reasons(self) -> list[Flowable]:
        """Every outcome with a reason (and every exclusion), one row each; reasons wrap."""
        rows = []
        for i, r in enumerate(self.d.rows, 1):
            for code, (outcome, reason) in r.checks.items():
                if reason:
                    rows.append([str(i), r.name, code, OUTCOME.get(outcome, outcome), _cut(reason)])
            if r.excluded:
                rows.append([str(i), r.name, DASH, "EXCLUDED", _cut(r.exclusion_reason or "no reason recorded")])
        out: list[Flowable] = [p("Reasons", "h1")]
        if not rows:
            return out + [p("No reasons recorded.")]
        return out + self.table(["#", "Name", "Criterion", "Outcome", "Reason"], rows,
                                [9 * mm, 50 * mm, 20 * mm, 22 * mm, LANDSCAPE_W - 101 * mm], wrap=(4,))


def _cut(text: str) -> str:
    return text if len(text) <= MAX_REASON else text[: MAX_REASON - 1] + "…"
