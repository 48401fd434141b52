"""The shortlist the panel signs: rule, Art. 29 candidates first, invited candidates in rank order,
counts of those not invited by reason, signatures; DRAFT until frozen; optional full-ranking annex."""

from __future__ import annotations

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, NextPageTemplate, PageBreak, Spacer

from panel_app.reports.base import DASH, MARGIN, Report, local, mark, p
from panel_app.reports.data import CriterionInfo, RankRow, RuleInfo, ShortlistData

PORTRAIT_W = A4[0] - 2 * MARGIN
LANDSCAPE_W = landscape(A4)[0] - 2 * MARGIN
MIN_CODE_W = 11 * mm


def fits_portrait(criteria: list[CriterionInfo], status: bool = False, email: bool = True) -> bool:
    return _code_width(criteria, PORTRAIT_W, status, email) >= MIN_CODE_W


def _fixed(status: bool, email: bool) -> list[float]:
    # rank, name, (email), art. 29, total, (status)
    return ([9 * mm, 42 * mm] + ([38 * mm] if email else []) + [16 * mm, 14 * mm]
            + ([34 * mm] if status else []))


def _code_width(criteria: list[CriterionInfo], width: float, status: bool, email: bool) -> float:
    return (width - sum(_fixed(status, email))) / max(len(criteria), 1)


def rank_table(report: Report, criteria: list[CriterionInfo], rows: list[RankRow], width: float, *,
               status: bool = False, email: bool = True) -> list[Flowable]:
    """A ranking: one candidate per row, final mark per criterion (codes as column heads), total."""
    fixed = _fixed(status, email)
    code_w = max(_code_width(criteria, width, status, email), MIN_CODE_W)
    if status:  # the surplus goes to the status column
        code_w = min(code_w, 16 * mm)
        fixed[-1] = width - sum(fixed[:-1]) - code_w * len(criteria)
    codes = [c.code for c in criteria]
    lead = ["#", "Name"] + (["Email"] if email else []) + ["Art. 29"]
    header = [*lead, *codes, "Total"] + (["Status"] if status else [])
    widths = [*fixed[:len(lead)], *[code_w] * len(codes), *fixed[len(lead):]]
    body = []
    for r in rows:
        line = [DASH if r.rank is None else str(r.rank), r.name] + ([r.email] if email else [])
        line += [r.article29 or DASH, *[mark(r.finals.get(c)) for c in codes], mark(r.total)]
        if status:
            line.append(r.status.replace("_", " ") + (f": {r.reason}" if r.reason else ""))
        body.append(line)
    return report.table(header, body, widths, right_from=len(lead), left=(len(header) - 1,) if status else ())


def criteria_legend(report: Report, criteria: list[CriterionInfo]) -> list[Flowable]:
    rows = [[c.code, c.title, c.group, f"{c.weight:g}", mark(c.minimum, 1)] for c in criteria]
    return report.table(["Code", "Criterion", "Group", "Weight", "Minimum"], rows,
                        [16 * mm, 104 * mm, 22 * mm, 14 * mm, 18 * mm], wrap=True)


def rule_block(report: Report, rule: RuleInfo, criteria: list[CriterionInfo]) -> list[Flowable]:
    titles = {c.code: c.code for c in criteria}
    pass_mark = mark(rule.pass_mark, 1) + (f" / {rule.max_total:g}" if rule.max_total else "")
    mins = ", ".join(f"{titles.get(k, k)} ≥ {v:g}" for k, v in rule.minimums.items()) or "none"
    rows = [("Pass mark (total)", pass_mark), ("Minimum per criterion", mins),
            ("Best N", str(rule.best_n) if rule.best_n else "no limit"),
            ("Article 29", "priority candidates considered first"
             + ("; invited beyond best N when they pass the marks" if rule.article29_bypass else "")),
            ("Tie-breaks (in order)", "; ".join(f"{i}. {t}" for i, t in enumerate(rule.tie_break, 1)) or "none"),
            ("Ties at the cut", ", ".join(rule.ties_at_cut) or "none")]
    return [p("Rule applied", "h1"), report.kv_table(rows, 45 * mm)]


class ShortlistReport(Report):
    title = "Shortlist"

    def __init__(self, data: ShortlistData) -> None:
        super().__init__(data)
        self.d = data
        self.start_landscape = not fits_portrait(data.criteria)
        self.width = LANDSCAPE_W if self.start_landscape else PORTRAIT_W

    def draft(self) -> bool:
        return self.ctx.draft or not self.d.frozen

    def story(self) -> list[Flowable]:
        d = self.d
        out: list[Flowable] = self.heading("Candidates invited to interview")
        state = (f"Frozen on {local(d.frozen_at, self.tz)} ({self.tz})." if d.frozen
                 else "Not yet frozen: the list may still change and must not be signed.")
        out += [Spacer(1, 2 * mm), p(state, "body"), p("Panel composition", "h1"), *self.panel_table(self.ctx.panel)]
        out += rule_block(self, d.rule, d.criteria)
        out += [p("Criteria", "h1"), *criteria_legend(self, d.criteria)]
        out.append(p(f"Article 29 candidates (considered first) – {len(d.article29_rows)}", "h1"))
        if d.article29_rows:
            out += rank_table(self, d.criteria, d.article29_rows, self.width, status=False)
        else:
            out.append(p("No application from an official or a competition laureate.", "body"))
        out.append(p(f"Candidates invited to interview – {len(d.invited_rows)}", "h1"))
        out += rank_table(self, d.criteria, d.invited_rows, self.width)
        out.append(p(f"Not invited – {sum(d.not_invited_counts.values())}", "h1"))
        if d.not_invited_counts:
            rows = [[reason, str(n)] for reason, n in d.not_invited_counts.items()]
            out += self.table(["Reason", "Candidates"], rows, [120 * mm, 25 * mm], right_from=1)
        out += self.signatures(self.ctx.panel)
        if d.annex_rows is not None:
            out += self.annex(d.annex_rows)
        return out

    def annex(self, rows: list[RankRow]) -> list[Flowable]:
        portrait = fits_portrait(self.d.criteria, status=True)
        out: list[Flowable] = [NextPageTemplate("portrait" if portrait else "landscape"), PageBreak()]
        out.append(p(f"Annex – full ranking ({len(rows)} candidates)", "h1"))
        out.append(p(f"Criterion codes as in the table of criteria above; {DASH} = N/A or not scored.", "small"))
        width = PORTRAIT_W if portrait else LANDSCAPE_W
        return out + rank_table(self, self.d.criteria, rows, width, status=True)
