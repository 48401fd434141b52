"""The shortlist the panel signs: rule, Art. 29 candidates first, invited candidates in rank order,
counts of those not invited by reason, signatures; DRAFT until frozen; optional full-ranking annex.

Ranking tables size their columns from the frame width (`fit_widths`): one narrow column per
criterion headed by its code (turned when long; the table of criteria is the legend), the total
always last but one (or last). Pages turn landscape when the criteria do not fit a portrait page;
the email moves under the name, or is dropped, when even a landscape page is too narrow."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, NextPageTemplate, PageBreak, Spacer

from panel_app.reports.base import (
    DASH,
    LANDSCAPE_W,
    PORTRAIT_W,
    CodeHead,
    Report,
    cell_width,
    code_heads,
    fit_widths,
    local,
    mark,
    p,
)
from panel_app.reports.data import CriterionInfo, RankRow, RuleInfo, ShortlistData

__all__ = ["LANDSCAPE_W", "PORTRAIT_W", "criteria_legend", "fits_portrait", "rank_table", "rule_block"]

MARK_W = cell_width(["4.00"])  # a final mark 0.00 … 4.00; wider when a scale goes higher
TOTAL_W = cell_width(["100.00", "Total"], bold=True)
# comfortable widths: a table narrower than its frame at these widths keeps every column
RANK_W, NAME_W, EMAIL_W, ART29_W, STATUS_W = 9 * mm, 42 * mm, 38 * mm, 16 * mm, 34 * mm
SAMPLE = 2000  # rows measured for the preferred widths of text columns (the annex may hold 10,000)


def code_width(criteria: list[CriterionInfo], rows: list[RankRow] = ()) -> float:
    """Width of a mark column: the widest final mark in `rows` (at least 4.00), at least a turned code."""
    top = max((v for r in rows for v in r.finals.values() if v is not None), default=0.0, key=abs)
    return max(MARK_W, cell_width([mark(top)]), CodeHead.min_width()) if criteria else 0.0


def comfortable(criteria: list[CriterionInfo], status: bool, email: bool) -> float:
    """Width of a ranking with every column at its comfortable width."""
    fixed = RANK_W + NAME_W + (EMAIL_W if email else 0) + ART29_W + TOTAL_W + (STATUS_W if status else 0)
    return fixed + code_width(criteria) * len(criteria)


def fits_portrait(criteria: list[CriterionInfo], status: bool = False, email: bool = True) -> bool:
    return comfortable(criteria, status, email) <= PORTRAIT_W


def email_mode(criteria: list[CriterionInfo], width: float, status: bool, email: bool) -> str:
    """"column" when the email fits as its own column, else "under" the name (a second line)."""
    if not email:
        return "none"
    return "column" if comfortable(criteria, status, True) <= width else "under"


def rank_table(report: Report, criteria: list[CriterionInfo], rows: list[RankRow], width: float, *,
               status: bool = False, email: bool = True) -> list[Flowable]:
    """A ranking: one candidate per row, final mark per criterion (codes as column heads), total."""
    codes = [c.code for c in criteria]
    mode = email_mode(criteria, width, status, email)
    sample = rows[:SAMPLE]
    rank_w = cell_width([max((r.rank or 0 for r in rows), default=0), "#"], bold=True, floor=7 * mm)
    cols: list[tuple[float, ...]] = [(rank_w, rank_w, 0)]
    lead = ["#", "Name"]
    names = [r.name for r in sample] + ([r.email for r in sample] if mode == "under" else [])
    cols.append((32 * mm, cell_width(names, cap=70 * mm, floor=NAME_W), 2, 20 * mm))
    if mode == "column":
        lead.append("Email")
        cols.append((32 * mm, cell_width([r.email for r in sample], cap=62 * mm, floor=EMAIL_W), 1, 24 * mm))
    lead.append("Art. 29")
    art29_w = cell_width(["Art. 29"], bold=True)
    cols.append((art29_w, cell_width([r.article29 for r in sample], cap=30 * mm, floor=art29_w), 0.3, 8 * mm))
    code_w = code_width(criteria, rows)
    cols += [(code_w, code_w, 0)] * len(codes)
    cols.append((TOTAL_W, TOTAL_W, 0))
    status_text = [_status(r) for r in rows] if status else []
    if status:
        status_w = cell_width(status_text[:SAMPLE], cap=80 * mm, floor=STATUS_W)
        cols.append((min(status_w, 50 * mm), status_w, 1.5, 20 * mm))
    widths = fit_widths(cols, width)
    header: list[object] = [*lead, *code_heads(codes, code_w), "Total"] + (["Status"] if status else [])
    body = []
    for i, r in enumerate(rows):
        who = f"{r.name}\n{r.email}" if mode == "under" and r.email else r.name
        line = [DASH if r.rank is None else str(r.rank), who] + ([r.email] if mode == "column" else [])
        line += [r.article29 or DASH, *[mark(r.finals.get(c)) for c in codes], mark(r.total)]
        if status:
            line.append(status_text[i])
        body.append(line)
    return report.table(header, body, widths, right_from=len(lead), left=(len(header) - 1,) if status else (),
                        lines=2 if mode == "under" or status else 1)


def _status(r: RankRow) -> str:
    return r.status.replace("_", " ") + (f": {r.reason}" if r.reason else "")


def criteria_legend(report: Report, criteria: list[CriterionInfo], width: float = PORTRAIT_W) -> list[Flowable]:
    return report.legend(criteria, width)


def rule_block(report: Report, rule: RuleInfo, criteria: list[CriterionInfo]) -> list[Flowable]:  # noqa: ARG001
    pass_mark = mark(rule.pass_mark, 1) + (f" / {rule.max_total:g}" if rule.max_total else "")
    mins = ", ".join(f"{k} ≥ {v:g}" for k, v in rule.minimums.items()) or "none"
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
        out += [p("Criteria", "h1"), *criteria_legend(self, d.criteria, self.width)]
        out.append(p(f"Criterion codes head the mark columns below; {DASH} = N/A or not scored.", "small"))
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


