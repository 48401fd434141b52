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
from panel_app.reports.i18n import QT_TRANSLATE_NOOP, translate
from panel_app.reports.numbers import number
from panel_app.reports.words import said, separator

__all__ = ["LANDSCAPE_W", "PORTRAIT_W", "criteria_legend", "fits_portrait", "rank_table", "rule_block"]

MARK_W = cell_width(["4.00"])  # a final mark 0.00 … 4.00; wider when a scale goes higher
TOTAL_W = cell_width(["100.00", "Total", "Gesamt"], bold=True)  # the head in each report language
# comfortable widths: a table narrower than its frame at these widths keeps every column
RANK_W, NAME_W, EMAIL_W, ART29_W, STATUS_W = 9 * mm, 42 * mm, 38 * mm, 16 * mm, 34 * mm
SAMPLE = 2000  # rows measured for the preferred widths of text columns (the annex may hold 10,000)


CONSENSUS = "*"  # after a final mark that is a consensus mark agreed in the meeting


def consensus_note() -> str:
    return translate("Reports", "{star} = consensus mark agreed in the meeting (not the members' mean)").format(
        star=CONSENSUS)


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
               status: bool = False, email: bool = True, preselection: bool = False) -> list[Flowable]:
    """A ranking: one candidate per row, final mark per criterion (codes as column heads), total. `preselection`:
    the preselection total before it (the final ranking, as the Panel page's final ranking shows it)."""
    codes = [c.code for c in criteria]
    mode = email_mode(criteria, width, status, email)
    sample = rows[:SAMPLE]
    rank_w = cell_width([max((r.rank or 0 for r in rows), default=0), "#"], bold=True, floor=7 * mm)
    cols: list[tuple[float, ...]] = [(rank_w, rank_w, 0)]
    lead = ["#", translate("Reports", "Name")]
    names = [r.name for r in sample] + ([r.email for r in sample] if mode == "under" else [])
    cols.append((32 * mm, cell_width(names, cap=70 * mm, floor=NAME_W), 2, 20 * mm))
    if mode == "column":
        lead.append(translate("Reports", "Email"))
        cols.append((32 * mm, cell_width([r.email for r in sample], cap=62 * mm, floor=EMAIL_W), 1, 24 * mm))
    lead.append(translate("Reports", "Art. 29"))
    words = {w for r in sample for w in said(r.article29 or "").split()}  # a category wraps between words only
    art29_w = max(cell_width([lead[-1]], bold=True), cell_width(words))
    cols.append((art29_w, cell_width([said(r.article29) for r in sample], cap=30 * mm, floor=art29_w), 0.3,
                 art29_w))
    code_w = code_width(criteria, rows)
    cols += [(code_w, code_w, 0)] * len(codes)
    pre_head = translate("Reports", "Preselection %")
    if preselection:  # as narrow as its longest word (the head wraps between words)
        pre_w = max(TOTAL_W, *(cell_width([w], bold=True) for w in pre_head.split()))
        cols.append((pre_w, pre_w, 0))
    cols.append((TOTAL_W, TOTAL_W, 0))
    status_text = [_status(r) for r in rows] if status else []
    if status:
        status_w = cell_width(status_text[:SAMPLE], cap=80 * mm, floor=STATUS_W)
        cols.append((min(status_w, 50 * mm), status_w, 1.5, 20 * mm))
    widths = fit_widths(cols, width)
    header: list[object] = [*lead, *code_heads(codes, code_w), *([pre_head] if preselection else []),
                            translate("Reports", "Total")] + (
        [translate("Reports", "Status")] if status else [])
    body = []
    repeated = repeated_names(rows) if mode == "none" else set()
    for i, r in enumerate(rows):
        name = f"{r.name}\n{r.email}" if mode == "under" and r.email else who(r, repeated)
        line = [DASH if r.rank is None else str(r.rank), name] + ([r.email] if mode == "column" else [])
        line += [said(r.article29) or DASH, *[final_text(r, c) for c in codes],
                 *([mark(r.preselection_total)] if preselection else []), mark(r.total)]
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
        text = translate("Reports", status)
    elif reason.casefold().startswith(status.split()[0].casefold()):
        text = said(reason)
    else:
        text = translate("Reports", "{status}: {reason}").format(status=translate("Reports", status),
                                                                 reason=said(reason))
    if r.tie_break and r.tie_break not in (reason or ""):
        text += separator() + said(r.tie_break)
    return text


def criteria_legend(report: Report, criteria: list[CriterionInfo], width: float = PORTRAIT_W) -> list[Flowable]:
    return report.legend(criteria, width)


def rule_block(report: Report, rule: RuleInfo, criteria: list[CriterionInfo]) -> list[Flowable]:
    pass_mark = mark(rule.pass_mark, 1) + (f" / {number(rule.max_total)}" if rule.max_total else "")
    none = translate("Reports", "none")
    mins = ", ".join(f"{k} ≥ {number(v)}" for k, v in rule.minimums.items()) or none
    rows = [(translate("Reports", "Pass mark (total)"), pass_mark),
            (translate("Reports", "Minimum per criterion"), mins),
            (translate("Reports", "Best N"), str(rule.best_n) if rule.best_n else translate("Reports", "no limit")),
            (translate("Reports", "Article 29"), said(rule.article29_text) or DASH),
            (translate("Reports", "Tie-breaks (in order)"),
             separator().join(f"{i}. {said(t)}" for i, t in enumerate(rule.tie_break, 1)) or none),
            (translate("Reports", "Ties at the cut"), separator().join(rule.ties_at_cut) or none)]
    if rule.text:
        rows.append((translate("Reports", "The rule in words"), said(rule.text)))
    return [p(translate("Reports", "Rule applied"), "h1"), report.kv_table(rows, 45 * mm)]


def reason_of(r: RankRow) -> str:
    """The status and the reason in words, with the tie-break that decided the place when one did."""
    text = _status(r)
    if r.status in ("below_pass_mark", "below_minimum") and not (r.reason or "").startswith("not invited"):
        text = translate("Reports", "not invited: {reason}").format(reason=text)
    return text


STATUS = {"invited": QT_TRANSLATE_NOOP("Reports", "invited"),
          "not_invited": QT_TRANSLATE_NOOP("Reports", "not invited"),
          "below_pass_mark": QT_TRANSLATE_NOOP("Reports", "below the pass mark"),
          "below_minimum": QT_TRANSLATE_NOOP("Reports", "below a minimum"),
          "pending": QT_TRANSLATE_NOOP("Reports", "pending"),
          "excluded": QT_TRANSLATE_NOOP("Reports", "excluded at eligibility"),
          "not_assessed": QT_TRANSLATE_NOOP("Reports", "not assessed"),
          "recommended": QT_TRANSLATE_NOOP("Reports", "recommended"),
          "reserve": QT_TRANSLATE_NOOP("Reports", "reserve")}


class ShortlistReport(Report):
    title = QT_TRANSLATE_NOOP("Reports", "Shortlist")

    def __init__(self, data: ShortlistData) -> None:
        super().__init__(data)
        self.d = data
        self.start_landscape = not fits_portrait(data.criteria)
        self.width = LANDSCAPE_W if self.start_landscape else PORTRAIT_W

    def draft(self) -> bool:
        return self.ctx.draft or not self.d.frozen or self.d.changed_since_freeze

    def story(self) -> list[Flowable]:
        d = self.d
        out: list[Flowable] = self.heading(translate("Reports", "Candidates invited to interview"))
        if d.changed_since_freeze:
            state = translate("Reports", "DRAFT: the ranking changed after the freeze; this list must not be signed "
                                         "until it is frozen again.")
        elif d.frozen and d.frozen_by:
            state = translate("Reports", "Frozen on {when} ({zone}) by {who}.").format(
                when=local(d.frozen_at, self.tz), zone=self.tz, who=d.frozen_by)
        elif d.frozen:
            state = translate("Reports", "Frozen on {when} ({zone}).").format(when=local(d.frozen_at, self.tz),
                                                                              zone=self.tz)
        else:
            state = translate("Reports", "DRAFT – not yet frozen: the list may still change and must not be signed.")
        out += [Spacer(1, 2 * mm), p(state, "body")]
        if d.record:
            out += [p(translate("Reports", "The record behind this list"), "h1"),
                    self.kv_table([(said(k), said(v)) for k, v in d.record], 45 * mm)]
        out += [p(translate("Reports", "Panel composition"), "h1"), *self.panel_table(self.ctx.panel)]
        out += rule_block(self, d.rule, d.criteria)
        out += [p(translate("Reports", "Criteria"), "h1"), *criteria_legend(self, d.criteria, self.width)]
        out += self.priority()
        invited = d.article29_rows + d.invited_rows
        out.append(p(translate("Reports", "Candidates invited to interview – {n}").format(n=number(len(invited))), "h1"))
        if invited:
            out += rank_table(self, d.criteria, invited, self.width)
            out.append(p(translate("Reports", "Criterion codes head the mark columns; {dash} = N/A or not scored; "
                                              "{note}.").format(dash=DASH, note=consensus_note()), "small"))
            notes = [translate("Reports", "{name}: {note}").format(
                name=r.name, note=f"{said(r.reason) + separator() if r.reason else ''}{said(r.tie_break)}")
                     for r in invited if r.tie_break]
            if notes:
                out.append(p(translate("Reports", "Ties on the total"), "h2"))
                out += [p("• " + n, "small") for n in notes]
        elif d.not_invited_rows:
            out.append(p(translate("Reports", "No candidate is invited: no candidate reached the pass mark and the "
                                              "minimums.")))
        else:
            out.append(p(translate("Reports", "No candidate is invited: no candidate has been ranked.")))
        out += self.not_invited()
        out += self.signatures(self.ctx.panel if d.frozen else [_unsigned(m) for m in self.ctx.panel],
                               covers=self.covers())
        if d.annex_rows is not None:
            out += self.annex(d.annex_rows)
        return out

    def covers(self) -> str:
        d = self.d
        if d.frozen and not d.changed_since_freeze:
            return translate("Reports", "The sign-offs below were given in the application for this list as frozen "
                                        "on {when}; a new freeze voids them.").format(when=local(d.frozen_at, self.tz))
        return translate("Reports", "No sign-off is shown: the list is not frozen in its present form.")

    def priority(self) -> list[Flowable]:
        """Every Article 29 priority candidate recorded, whatever became of them."""
        rows = self.d.priority_rows or self.d.article29_rows
        out: list[Flowable] = [p(translate("Reports", "Article 29 priority candidates – {n}").format(n=number(len(rows))),
                                 "h1")]
        if self.d.rule.article29_text:
            out.append(p(said(self.d.rule.article29_text) + ".", "small"))
        if not rows:
            return out + [p(translate("Reports", "No Article 29 category (official, official of another institution, "
                                                 "competition laureate) was recorded for any application."))]
        body = [[DASH if r.rank is None else str(r.rank), f"{r.name}\n{r.email}" if r.email else r.name,
                 said(r.article29) or DASH, mark(r.total), reason_of(r)] for r in rows]
        widths = [9 * mm, 52 * mm, 32 * mm, 14 * mm]
        return out + self.table(["#", translate("Reports", "Name"), translate("Reports", "Category"), translate("Reports", "Total"), translate("Reports", "Status and reason")], body,
                                [*widths, self.width - sum(widths)], right_from=3, left=(4,), lines=2)

    def not_invited(self) -> list[Flowable]:
        d = self.d
        rows = d.not_invited_rows
        n = len(rows) or sum(d.not_invited_counts.values())
        out: list[Flowable] = [p(translate("Reports", "Not invited – {n}").format(n=number(n)), "h1")]
        if d.not_invited_counts:
            out.append(p(separator().join(translate("Reports", "{reason}: {n}").format(reason=said(reason), n=number(n))
                                          for reason, n in d.not_invited_counts.items()) + ".", "small"))
        if not rows:
            return out + ([] if d.not_invited_counts else [p(translate("Reports", "Every ranked candidate is invited."))])
        repeated = repeated_names(d.invited_rows + d.article29_rows + rows)
        body = [[DASH if r.rank is None else str(r.rank), who(r, repeated), mark(r.total), reason_of(r)]
                for r in rows]
        widths = [9 * mm, 55 * mm, 14 * mm]
        return out + self.table(["#", translate("Reports", "Name"), translate("Reports", "Total"), translate("Reports", "Reason")], body,
                                [*widths, self.width - sum(widths)], right_from=2, left=(3,))

    def annex(self, rows: list[RankRow]) -> list[Flowable]:
        portrait = fits_portrait(self.d.criteria, status=True)
        out: list[Flowable] = [NextPageTemplate("portrait" if portrait else "landscape"), PageBreak()]
        out.append(p(translate("Reports", "Annex – full ranking ({n} candidates)").format(n=number(len(rows))), "h1"))
        out.append(p(translate("Reports", "Criterion codes as in the table of criteria above; {dash} = N/A or not "
                                          "scored.").format(dash=DASH), "small"))
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
