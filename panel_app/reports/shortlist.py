"""The shortlist the panel signs: the record behind it (seal, freeze, eligibility decided), the rule (the
domain's words), every Article 29 priority candidate with total, status and reason, the invited candidates
in rank order (consensus marks marked, tie-breaks named), every candidate not invited by name with the
reason, signatures with place and date; DRAFT until frozen; optional full-ranking annex.

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
    PanelMemberInfo,
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


CONSENSUS = "*"  # after a final mark that is a consensus mark agreed in the meeting
CONSENSUS_NOTE = f"{CONSENSUS} = consensus mark agreed in the meeting (not the members' mean)"


def code_width(criteria: list[CriterionInfo], rows: list[RankRow] = ()) -> float:
    """Width of a mark column: the widest final mark in `rows` (at least 4.00, with the consensus star when
    any), at least a turned code."""
    top = max((v for r in rows for v in r.finals.values() if v is not None), default=0.0, key=abs)
    star = CONSENSUS if any(r.consensus for r in rows) else ""
    return max(MARK_W, cell_width([mark(top) + star]), CodeHead.min_width()) if criteria else 0.0


def final_text(r: RankRow, code: str) -> str:
    return mark(r.finals.get(code)) + (CONSENSUS if code in r.consensus else "")


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
    words = {w for r in sample for w in (r.article29 or "").split()}  # a category wraps between words, never inside
    art29_w = max(cell_width(["Art. 29"], bold=True), cell_width(words))
    cols.append((art29_w, cell_width([r.article29 for r in sample], cap=30 * mm, floor=art29_w), 0.3, art29_w))
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
    repeated = repeated_names(rows) if mode == "none" else set()
    for i, r in enumerate(rows):
        name = f"{r.name}\n{r.email}" if mode == "under" and r.email else who(r, repeated)
        line = [DASH if r.rank is None else str(r.rank), name] + ([r.email] if mode == "column" else [])
        line += [r.article29 or DASH, *[final_text(r, c) for c in codes], mark(r.total)]
        if status:
            line.append(status_text[i])
        body.append(line)
    return report.table(header, body, widths, right_from=len(lead), left=(len(header) - 1,) if status else (),
                        lines=2 if mode == "under" or status else 1)


def _status(r: RankRow) -> str:
    """The status in words with its reason, said once ("below the pass mark (54.89 < 60)", "invited: tied at
    the cut-off with rank 8"), and the tie-break that decided the place when one did."""
    status = STATUS.get(r.status, r.status.replace("_", " "))
    reason = r.reason
    if not reason:
        text = status
    elif reason.casefold().startswith(status.split()[0].casefold()):
        text = reason
    else:
        text = f"{status}: {reason}"
    if r.tie_break and r.tie_break not in text:
        text += f"; {r.tie_break}"
    return text


def criteria_legend(report: Report, criteria: list[CriterionInfo], width: float = PORTRAIT_W) -> list[Flowable]:
    return report.legend(criteria, width)


def rule_block(report: Report, rule: RuleInfo, criteria: list[CriterionInfo]) -> list[Flowable]:
    pass_mark = mark(rule.pass_mark, 1) + (f" / {rule.max_total:g}" if rule.max_total else "")
    mins = ", ".join(f"{k} ≥ {v:g}" for k, v in rule.minimums.items()) or "none"
    rows = [("Pass mark (total)", pass_mark), ("Minimum per criterion", mins),
            ("Best N", str(rule.best_n) if rule.best_n else "no limit"),
            ("Article 29", rule.article29_text or DASH),
            ("Tie-breaks (in order)", "; ".join(f"{i}. {t}" for i, t in enumerate(rule.tie_break, 1)) or "none"),
            ("Ties at the cut", "; ".join(rule.ties_at_cut) or "none")]
    if rule.text:
        rows.append(("The rule in words", rule.text))
    return [p("Rule applied", "h1"), report.kv_table(rows, 45 * mm)]


def reason_of(r: RankRow) -> str:
    """The status and the reason in words, with the tie-break that decided the place when one did."""
    text = _status(r)
    if r.status in ("below_pass_mark", "below_minimum") and not text.startswith("not invited"):
        text = "not invited: " + text
    return text


STATUS = {"invited": "invited", "not_invited": "not invited", "below_pass_mark": "below the pass mark",
          "below_minimum": "below a minimum", "pending": "pending", "excluded": "excluded at eligibility",
          "not_assessed": "not assessed"}


class ShortlistReport(Report):
    title = "Shortlist"

    def __init__(self, data: ShortlistData) -> None:
        super().__init__(data)
        self.d = data
        self.start_landscape = not fits_portrait(data.criteria)
        self.width = LANDSCAPE_W if self.start_landscape else PORTRAIT_W

    def draft(self) -> bool:
        return self.ctx.draft or not self.d.frozen or self.d.changed_since_freeze

    def story(self) -> list[Flowable]:
        d = self.d
        out: list[Flowable] = self.heading("Candidates invited to interview")
        if d.changed_since_freeze:
            state = "DRAFT: the ranking changed after the freeze; this list must not be signed until it is frozen again."
        elif d.frozen:
            state = f"Frozen on {local(d.frozen_at, self.tz)} ({self.tz})" + (f" by {d.frozen_by}." if d.frozen_by else ".")
        else:
            state = "DRAFT – not yet frozen: the list may still change and must not be signed."
        out += [Spacer(1, 2 * mm), p(state, "body")]
        if d.record:
            out += [p("The record behind this list", "h1"), self.kv_table(d.record, 45 * mm)]
        out += [p("Panel composition", "h1"), *self.panel_table(self.ctx.panel)]
        out += rule_block(self, d.rule, d.criteria)
        out += [p("Criteria", "h1"), *criteria_legend(self, d.criteria, self.width)]
        out += self.priority()
        invited = d.article29_rows + d.invited_rows
        out.append(p(f"Candidates invited to interview – {len(invited)}", "h1"))
        if invited:
            out += rank_table(self, d.criteria, invited, self.width)
            out.append(p(f"Criterion codes head the mark columns; {DASH} = N/A or not scored; {CONSENSUS_NOTE}.",
                         "small"))
            notes = [f"{r.name}: {r.reason + '; ' if r.reason else ''}{r.tie_break}" for r in invited if r.tie_break]
            if notes:
                out.append(p("Ties on the total", "h2"))
                out += [p("• " + n, "small") for n in notes]
        else:
            out.append(p("No candidate is invited: " + ("no candidate reached the pass mark and the minimums."
                                                        if d.not_invited_rows else "no candidate has been ranked.")))
        out += self.not_invited()
        out += self.signatures(self.ctx.panel if d.frozen else [_unsigned(m) for m in self.ctx.panel],
                               covers=self.covers())
        if d.annex_rows is not None:
            out += self.annex(d.annex_rows)
        return out

    def covers(self) -> str:
        d = self.d
        if d.frozen and not d.changed_since_freeze:
            return (f"The sign-offs below were given in the application for this list as frozen on "
                    f"{local(d.frozen_at, self.tz)}; a new freeze voids them.")
        return "No sign-off is shown: the list is not frozen in its present form."

    def priority(self) -> list[Flowable]:
        """Every Article 29 priority candidate recorded, whatever became of them."""
        rows = self.d.priority_rows or self.d.article29_rows
        out: list[Flowable] = [p(f"Article 29 priority candidates – {len(rows)}", "h1")]
        if self.d.rule.article29_text:
            out.append(p(self.d.rule.article29_text + ".", "small"))
        if not rows:
            return out + [p("No Article 29 category (official, official of another institution, competition "
                            "laureate) was recorded for any application.")]
        body = [[DASH if r.rank is None else str(r.rank), f"{r.name}\n{r.email}" if r.email else r.name,
                 r.article29 or DASH, mark(r.total), reason_of(r)] for r in rows]
        widths = [9 * mm, 52 * mm, 32 * mm, 14 * mm]
        return out + self.table(["#", "Name", "Category", "Total", "Status and reason"], body,
                                [*widths, self.width - sum(widths)], right_from=3, left=(4,), lines=2)

    def not_invited(self) -> list[Flowable]:
        d = self.d
        rows = d.not_invited_rows
        out: list[Flowable] = [p(f"Not invited – {len(rows) or sum(d.not_invited_counts.values())}", "h1")]
        if d.not_invited_counts:
            out.append(p("; ".join(f"{reason}: {n}" for reason, n in d.not_invited_counts.items()) + ".", "small"))
        if not rows:
            return out + ([] if d.not_invited_counts else [p("Every ranked candidate is invited.")])
        repeated = repeated_names(d.invited_rows + d.article29_rows + rows)
        body = [[DASH if r.rank is None else str(r.rank), who(r, repeated), mark(r.total), reason_of(r)]
                for r in rows]
        widths = [9 * mm, 55 * mm, 14 * mm]
        return out + self.table(["#", "Name", "Total", "Reason"], body, [*widths, self.width - sum(widths)],
                                right_from=2, left=(3,))

    def annex(self, rows: list[RankRow]) -> list[Flowable]:
        portrait = fits_portrait(self.d.criteria, status=True)
        out: list[Flowable] = [NextPageTemplate("portrait" if portrait else "landscape"), PageBreak()]
        out.append(p(f"Annex – full ranking ({len(rows)} candidates)", "h1"))
        out.append(p(f"Criterion codes as in the table of criteria above; {DASH} = N/A or not scored.", "small"))
        width = PORTRAIT_W if portrait else LANDSCAPE_W
        return out + rank_table(self, self.d.criteria, rows, width, status=True)


def repeated_names(rows: list[RankRow]) -> set[str]:
    """Names that more than one candidate bears: they print with the e-mail, so each can be told apart."""
    seen: set[str] = set()
    twice: set[str] = set()
    for r in rows:
        key = r.name.casefold()
        (twice if key in seen else seen).add(key)
    return twice


def who(r: RankRow, repeated: set[str]) -> str:
    return f"{r.name}\n{r.email}" if r.email and r.name.casefold() in repeated else r.name


def _unsigned(m: PanelMemberInfo) -> PanelMemberInfo:
    return PanelMemberInfo(m.name, m.role, m.voting, m.replaced_by, m.declaration_signed_at, None)
