"""The eligibility report: every application with its intake flags and the outcome per eligibility
criterion, the reasons in words, and the counts received / on time / eligible / excluded.

The matrix has one narrow column per criterion, headed by its code (the table of criteria is the
legend) and holding a glyph (✓ met, ✗ not met, ? to verify, D declared); the reasons follow in words."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from panel_app.reports.base import (
    DASH,
    LANDSCAPE_W,
    CodeHead,
    Report,
    cell_width,
    code_heads,
    fit_widths,
    p,
    pm,
)
from panel_app.reports.data import EligibilityData, PanelMemberInfo
from panel_app.reports.i18n import QT_TRANSLATE_NOOP, translate
from panel_app.reports.numbers import number
from panel_app.reports.words import flag_words, said

OUTCOME = {"met": QT_TRANSLATE_NOOP("Reports", "met"), "not_met": QT_TRANSLATE_NOOP("Reports", "NOT MET"),
           "to_verify": QT_TRANSLATE_NOOP("Reports", "verify"), "declared": QT_TRANSLATE_NOOP("Reports", "declared")}
GLYPH = {"met": "✓", "not_met": "✗", "to_verify": "?", "declared": "D"}
OVERALL = {"eligible": QT_TRANSLATE_NOOP("Reports", "eligible"),
           "not_eligible": QT_TRANSLATE_NOOP("Reports", "NOT ELIGIBLE"),
           "to_verify": QT_TRANSLATE_NOOP("Reports", "to verify")}
EXCLUDED = QT_TRANSLATE_NOOP("Reports", "EXCLUDED")
RED, AMBER = colors.HexColor("#b00020"), colors.HexColor("#a85d00")


def emphasis() -> dict[str, colors.Color]:
    """The cells printed bold in colour, in the report's language."""
    tr = {k: translate("Reports", k) for k in ("NOT ELIGIBLE", "EXCLUDED", "to verify", "NOT MET", "verify")}
    return {"✗": RED, "?": AMBER, tr["NOT ELIGIBLE"]: RED, tr["EXCLUDED"]: RED, tr["to verify"]: AMBER,
            tr["NOT MET"]: RED, tr["verify"]: AMBER}


def legend() -> str:
    return translate("Reports", "<b>✓</b> met · <font color='#b00020'><b>✗</b></font> not met · "
                                "<font color='#a85d00'><b>?</b></font> to be verified by the panel · <b>D</b> "
                                "declared by the candidate, verified at recruitment · {dash} not checked. Criterion "
                                "codes as in the table above.").format(dash=DASH)


MAX_REASON = 2000  # characters: a table row must fit on one page (a longer reason stays in the record)


class EligibilityReport(Report):
    title = QT_TRANSLATE_NOOP("Reports", "Eligibility report")
    start_landscape = True

    def __init__(self, data: EligibilityData) -> None:
        super().__init__(data)
        self.d = data

    def story(self) -> list[Flowable]:
        d = self.d
        c = d.counts
        out: list[Flowable] = self.heading(translate("Reports", "Outcome of the eligibility check for every "
                                                                "application"))
        out.append(p(translate("Reports", "Counts"), "h1"))
        out += self.counts_table(c)
        out.append(p(translate("Reports", "Eligibility criteria"), "h1"))
        out += self.legend(d.criteria, LANDSCAPE_W, details=False)
        out.append(pm(translate("Reports", "Legend: {legend}").format(legend=legend()), "small"))
        out += self.overview()
        out += self.reasons()
        out += self.certify()
        return out

    def certify(self) -> list[Flowable]:
        d = self.d
        out: list[Flowable] = [p(translate("Reports", "Certification"), "h1"), p(said(d.certification))]
        signers = [PanelMemberInfo(m.name, m.role, True) for m in self.ctx.panel if m.role in ("secretary", "chair")]
        if signers:
            out += self.signatures(signers, title=translate("Reports", "Certified by"), use_signoffs=False,
                                   covers=translate("Reports", "The secretary and the chair certify that the outcomes "
                                                               "above are the panel's decisions."))
        return out

    def overview(self) -> list[Flowable]:
        d = self.d
        codes = [k.code for k in d.criteria]
        rows = d.rows
        code_w = max(cell_width(GLYPH.values()), CodeHead.min_width(), 5.5 * mm)
        overall_w = cell_width([translate("Reports", "NOT ELIGIBLE"), translate("Reports", "EXCLUDED"), translate("Reports", "Overall")], bold=True)
        received = (translate("Reports", "Received ({zone})").format(zone=d.received_zone) if d.received_zone
                    else translate("Reports", "Received"))
        received_w = cell_width([said(r.received) or DASH for r in rows] + received.split(), bold=True, cap=40 * mm,
                                floor=20 * mm)
        flags = [", ".join(flag_words(f) for f in r.flags) or DASH for r in rows]
        fixed = cell_width([len(rows)], floor=7 * mm) + received_w + code_w * len(codes) + overall_w
        under = fixed + 42 * mm + 42 * mm + 24 * mm > LANDSCAPE_W  # the email under the name
        names = [r.name for r in rows] + ([r.email for r in rows] if under else [])
        num_w = cell_width([len(rows), "#"], bold=True, floor=7 * mm)
        cols = [(num_w, num_w, 0), (32 * mm, cell_width(names, cap=70 * mm, floor=42 * mm), 2)]
        if not under:
            cols.append((30 * mm, cell_width([r.email for r in rows], cap=65 * mm, floor=42 * mm), 1))
        cols += [(received_w, received_w, 0), (22 * mm, cell_width(flags, cap=50 * mm, floor=24 * mm), 0.5)]
        cols += [(code_w, code_w, 0)] * len(codes) + [(overall_w, overall_w, 0)]
        widths = fit_widths(cols, LANDSCAPE_W)
        lead = ["#", translate("Reports", "Name")] + ([] if under else [translate("Reports", "Email")]) + [
            received, translate("Reports", "Intake flags")]
        header = [*lead, *code_heads(codes, code_w, "CENTER"), translate("Reports", "Overall")]
        body = []
        for i, (r, flag) in enumerate(zip(rows, flags, strict=True), 1):
            outcomes = [GLYPH.get(r.checks[k][0], r.checks[k][0]) if k in r.checks else DASH for k in codes]
            overall = translate("Reports", EXCLUDED if r.excluded else OVERALL.get(r.overall, r.overall))
            who = f"{r.name}\n{r.email}" if under and r.email else r.name
            body.append([str(i), who, *([] if under else [r.email]), said(r.received) or DASH, flag, *outcomes, overall])
        first = len(lead)
        return [p(translate("Reports", "Applications – {n}").format(n=number(len(rows))), "h1"),
                *self.table(header, body, widths, center=tuple(range(first, first + len(codes))),
                            lines=2 if under else 1, emphasis=emphasis())]

    def reasons(self) -> list[Flowable]:
        """Every outcome with a reason (and every exclusion), one row each; reasons wrap."""
        rows = []
        for i, r in enumerate(self.d.rows, 1):
            for code, (outcome, reason) in r.checks.items():
                if reason:
                    rows.append([str(i), r.name, code, translate("Reports", OUTCOME.get(outcome, outcome)),
                                 _cut(said(reason)), said(r.decided.get(code, "")) or translate("Reports", "not decided")])
            if r.excluded:
                why = said(r.exclusion_reason) or translate("Reports", "no reason recorded")
                resting = [c for c, (o, _) in r.checks.items() if o == "not_met" and c in r.undecided]
                if resting:
                    why += " – " + translate("Reports", "WARNING: this exclusion rests on {codes}, which no person "
                                                        "has decided yet; decide it before the list is signed.").format(
                        codes=", ".join(resting))
                rows.append([str(i), r.name, DASH, translate("Reports", EXCLUDED), _cut(why), said(r.excluded_by) or DASH])
        out: list[Flowable] = [p(translate("Reports", "Reasons"), "h1")]
        if not rows:
            return out + [p(translate("Reports", "No reasons recorded."))]
        heads = ["#", translate("Reports", "Name"), translate("Reports", "Criterion"), translate("Reports", "Outcome"), translate("Reports", "Reason"), translate("Reports", "Decided by, when")]
        code_w = cell_width([k.code for k in self.d.criteria] + [r[2] for r in rows] + [heads[2]], floor=20 * mm)
        widths = [cell_width([len(self.d.rows), "#"], bold=True, floor=9 * mm), 50 * mm, code_w,
                  cell_width([translate("Reports", "NOT MET"), translate("Reports", "EXCLUDED"), translate("Reports", "Outcome")], bold=True)]
        decided_w = 42 * mm
        return out + self.table(heads, rows, [*widths, LANDSCAPE_W - sum(widths) - decided_w, decided_w],
                                wrap=(4,), emphasis=emphasis())


def _cut(text: str) -> str:
    return text if len(text) <= MAX_REASON else text[: MAX_REASON - 1] + "…"
