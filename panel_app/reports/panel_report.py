"""The panel report (minutes): everything docs/domain-rules.md lists for "The panel report", with charts."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, NextPageTemplate, PageBreak, Spacer

from panel_app.domain.words import countries_words, country_word
from panel_app.reports.base import DASH, LANDSCAPE_W, PORTRAIT_W, Report, cell_width, local, mark, p
from panel_app.reports.charts import (
    criterion_means,
    nationality_chart,
    nationality_order,
    totals_distribution,
)
from panel_app.reports.data import CriterionInfo, PanelMemberInfo, PanelReportData, RankRow, StageRecord
from panel_app.reports.i18n import QT_TRANSLATE_NOOP, date_format, translate
from panel_app.reports.numbers import number
from panel_app.reports.shortlist import criteria_legend, fits_portrait, rank_table, rule_block
from panel_app.reports.words import amendment_words, role, said, separator

STAGES = {"preselection": QT_TRANSLATE_NOOP("Reports", "preselection"),
          "interview": QT_TRANSLATE_NOOP("Reports", "interview")}


class PanelReport(Report):
    title = QT_TRANSLATE_NOOP("Reports", "Panel report")

    def __init__(self, data: PanelReportData) -> None:
        super().__init__(data)
        self.d = data

    def story(self) -> list[Flowable]:
        self.landscape = False  # the page template in force while the story is built
        out: list[Flowable] = self.heading(translate("Reports", "Minutes of the selection panel"))
        for part in (self.notice, self.panel, self.meetings, self.grid, self.compliance, self.intake, self.marks, self.preselection):
            out += part()
        out += self.turn(landscape=False)
        out += self.stage_block("preselection")
        out += self.letters()
        out += self.interview()
        out += self.turn(landscape=False)
        for part in (self.outcome,):
            out += part()
        out += self.stage_block("interview")
        out += self.balance()
        out += self.certification()
        return out

    def notice(self) -> list[Flowable]:
        if not self.d.notice:
            return []
        return [p(translate("Reports", "Vacancy notice"), "h1"),
                self.kv_table([(said(k), said(v)) for k, v in self.d.notice], 45 * mm)]

    def meetings(self) -> list[Flowable]:
        rows = self.d.meetings
        out: list[Flowable] = [p(translate("Reports", "Meetings of the panel – {n}").format(n=number(len(rows))), "h2")]
        if not rows:
            return out + [p(translate("Reports", "No meeting recorded (the Panel page, Meetings; or panel-app "
                                                 "meetings add)."))]
        widths = [20 * mm, 45 * mm, 70 * mm]
        heads = [translate("Reports", "Date"), translate("Reports", "Place / written procedure"), translate("Reports", "Attendance"), translate("Reports", "Purpose")]
        return out + self.table(heads, [[said(a), said(b), c, said(d)] for a, b, c, d in rows],
                                [*widths, PORTRAIT_W - sum(widths)])

    def letters(self) -> list[Flowable]:
        rows = self.d.letters
        out: list[Flowable] = [p(translate("Reports", "Register of invitation letters – {n}").format(n=number(len(rows))),
                                 "h2")]
        if not rows:
            return out + [p(translate("Reports", "No invitation letter prepared yet (the Reports page's Prepare "
                                                 "invitations, or panel-app letters invitations)."))]
        out.append(p(translate("Reports", "One e-mail draft (.eml) per invited candidate; the sha256 identifies the "
                                          "file generated."), "small"))
        heads = [translate("Reports", "Generated"), translate("Reports", "By"), translate("Reports", "To"), translate("Reports", "Lang."), translate("Reports", "Interview"), translate("Reports", "sha256 of the letter")]
        body = [[said(r[0]), r[1], r[2], said(r[3]), *r[4:]] for r in rows]  # the letter's language by name
        lang_w = max(12 * mm, cell_width([r[3] for r in body]), cell_width([heads[3]], bold=True))
        widths = [22 * mm, 26 * mm, 50 * mm, lang_w, 30 * mm]
        return out + self.table(heads, body, [*widths, PORTRAIT_W - sum(widths)])

    def compliance(self) -> list[Flowable]:
        if not self.d.compliance:
            return []
        return [p(translate("Reports", "Compliance statement"), "h1"),
                p(translate("Reports", "The panel states, and the record of the application shows:"), "small"),
                self.kv_table([(said(k), said(v)) for k, v in self.d.compliance], 60 * mm)]

    def stage_block(self, stage: str) -> list[Flowable]:
        """The signature block of one stage, with only that stage's sign-offs."""
        rec = next((r for r in self.d.stages if r.stage == stage), None)
        if rec is None:
            return []
        members = [PanelMemberInfo(m.name, m.role, m.voting, m.replaced_by, m.declaration_signed_at,
                                   rec.signoffs.get(m.name)) for m in self.ctx.panel]
        title = translate("Reports", "Signatures – {stage}").format(stage=translate("Reports", STAGES.get(stage, stage)))
        return self.signatures(members, title=title, covers=self.covers(rec))

    def covers(self, rec: StageRecord) -> str:
        text = translate("Reports", "These signatures cover {what}.").format(what=said(rec.covers))
        if rec.void:
            return f"{text} {said(rec.void)}"
        return text + " " + translate("Reports", "Frozen on {when} by {who}; the sign-offs recorded in the application "
                                                 "are those of this freeze only.").format(
            when=local(rec.frozen_at, self.tz), who=rec.frozen_by)

    def certification(self) -> list[Flowable]:
        """The chair and the secretary certify the minutes."""
        certifiers = [m for m in self.ctx.panel if m.role in ("chair", "secretary")]
        if not certifiers:
            return []
        members = [PanelMemberInfo(m.name, m.role, m.voting) for m in certifiers]
        return self.signatures(members, title=translate("Reports", "Certification"), use_signoffs=False,
                               voting_only=False,
                               covers=translate("Reports", "We certify that these minutes are a true and complete "
                                                           "record of the proceedings of the selection panel."))

    def turn(self, *, landscape: bool) -> list[Flowable]:
        """Switch to landscape (or back to portrait) pages, only when not there already."""
        if landscape == self.landscape:
            return []
        self.landscape = landscape
        return [NextPageTemplate("landscape" if landscape else "portrait"), PageBreak()]

    def panel(self) -> list[Flowable]:
        d, tz = self.d, self.tz
        out: list[Flowable] = [p(translate("Reports", "Panel composition and replacements"), "h1"),
                               *self.panel_table(self.ctx.panel)]
        out.append(p(translate("Reports", "Declarations signed"), "h2"))
        signed = [m for m in self.ctx.panel if m.declaration_signed_at]
        missing = [m.name for m in self.ctx.panel if not m.declaration_signed_at and m.voting]
        # a non-voting member (secretary, observer) does not assess and is not asked in the application:
        # said as such, not as a missing signature
        not_asked = [f"{m.name} ({role(m.role)})" for m in self.ctx.panel
                     if not m.declaration_signed_at and not m.voting]
        out += self.table([translate("Reports", "Member"), translate("Reports", "Declaration of confidentiality and absence of conflict"), translate("Reports", "Signed")],
                          [[m.name, translate("Reports", "signed"), local(m.declaration_signed_at, tz)] for m in signed],
                          [60 * mm, 80 * mm, 34 * mm])
        if missing:
            out.append(p(translate("Reports", "Not signed: {names}").format(names=", ".join(missing))))
        if not_asked:
            out.append(p(translate("Reports", "Non-voting, no declaration recorded in the application (it is asked of "
                                              "the members who assess): {names}.").format(names=", ".join(not_asked)),
                         "small"))
        out.append(p(translate("Reports", "Conflicts of interest declared – {n}").format(n=number(len(d.conflicts))), "h2"))
        if d.conflicts:
            out += self.table([translate("Reports", "Member"), translate("Reports", "Candidate"), translate("Reports", "Type")],
                              [[c.member, c.candidate, said(c.type)] for c in d.conflicts],
                              [60 * mm, 70 * mm, 44 * mm])
            out.append(p(translate("Reports", "A conflicted member did not see that candidate's documents and is "
                                              "excluded from that candidate's aggregation."), "small"))
        return out

    def grid(self) -> list[Flowable]:
        d = self.d
        out: list[Flowable] = [p(translate("Reports", "Sealed grid"), "h1"),
                               self.kv_table([(translate("Reports", "Sealed"), f"{local(d.sealed_at, self.tz)} ({self.tz})"),
                                              (translate("Reports", "Grid hash (sha256)"), d.grid_hash),
                                              (translate("Reports", "Consolidation"), said(d.method))])]
        out += [Spacer(1, 2 * mm), *criteria_legend(self, d.criteria + d.interview_criteria)]
        out.append(p(translate("Reports", "Amendments after sealing – {n}").format(n=number(len(d.amendments))), "h2"))
        if d.amendments:
            out += self.table([translate("Reports", "When"), translate("Reports", "By"), translate("Reports", "Change"), translate("Reports", "Reason")],
                              [[local(a.at, self.tz), a.by, amendment_words(a), a.reason] for a in d.amendments],
                              [28 * mm, 36 * mm, 50 * mm, 60 * mm], wrap=True)
        return out

    def intake(self) -> list[Flowable]:
        c = self.d.counts
        out: list[Flowable] = [p(translate("Reports", "Intake and eligibility"), "h1")]
        out += self.counts_table(c)
        if self.d.eligibility:
            out.append(p(translate("Reports", "Eligibility outcomes with reasons"), "h2"))
            out += self.table([translate("Reports", "Candidate"), translate("Reports", "Outcome"), translate("Reports", "Reasons")],
                              [[e.name, said(e.outcome), separator().join(said(r) for r in e.reasons) or DASH]
                               for e in self.d.eligibility],
                              [50 * mm, 26 * mm, PORTRAIT_W - 76 * mm], wrap=True)
        return out

    def marks(self) -> list[Flowable]:
        d = self.d
        out: list[Flowable] = [p(translate("Reports", "Marks per criterion and consensus"), "h1"), p(said(d.method))]
        if d.totals:
            out += [totals_distribution(d.totals, d.shortlist_rule.pass_mark, d.shortlist_rule.max_total,
                                        width=PORTRAIT_W), Spacer(1, 3 * mm)]
        if d.marks_per_criterion:
            out += [criterion_means(d.marks_per_criterion, width=PORTRAIT_W), Spacer(1, 3 * mm)]
        if d.reliability:
            out.append(p(translate("Reports", "Reliability"), "h2"))
            out += self.table([translate("Reports", "Measure"), translate("Reports", "Value"), translate("Reports", "Note")],
                              [[said(r.label), translate("Reports", "n/a") if r.value is None else mark(r.value), said(r.note)]
                               for r in d.reliability],
                              [60 * mm, 20 * mm, PORTRAIT_W - 80 * mm], wrap=True)
        if d.leniency:
            out.append(KeepTogether([
                p(translate("Reports", "Leniency of the members"), "h2"),
                p(translate("Reports", "Each member's mean mark minus the mean of all members on the same candidates "
                                       "and criteria: above 0 more lenient, below 0 more severe."), "small"),
                *self.table([translate("Reports", "Member"), translate("Reports", "Leniency")],
                            [[m, number(v, 2, sign=True)] for m, v in d.leniency],
                            [60 * mm, max(20 * mm, cell_width([translate("Reports", "Leniency")], bold=True))], right_from=1)]))
        out.append(p(translate("Reports", "Consensus marks departing from the mean – {n}").format(n=number(len(d.consensus))),
                     "h2"))
        if d.consensus:
            heads = [translate("Reports", "Candidate"), translate("Reports", "Criterion"), translate("Reports", "Mean"), translate("Reports", "Consensus"), translate("Reports", "Justification")]
            code_w = cell_width([c.criterion for c in d.consensus] + [heads[1]], bold=True, floor=18 * mm,
                                cap=40 * mm)
            widths = [40 * mm, code_w, max(14 * mm, cell_width([heads[2]], bold=True)),  # Moyenne, Mittelwert
                      max(21 * mm, cell_width([heads[3]], bold=True))]
            out += self.table(heads,
                              [[c.candidate, c.criterion, mark(c.mean), mark(c.consensus), said(c.justification)]
                               for c in d.consensus],
                              [*widths, PORTRAIT_W - sum(widths)], wrap=(0, 4), right_from=2, left=(4,))
        return out

    def preselection(self) -> list[Flowable]:
        d = self.d
        out: list[Flowable] = [*rule_block(self, d.shortlist_rule, d.criteria)]
        if d.robustness:
            out.append(p(translate("Reports", "Robustness of the cut"), "h2"))
            out += [p("• " + said(f)) for f in d.robustness]
        out += self.ranking(d.criteria, [
            (translate("Reports", "Preselection ranking – {n}").format(n=number(len(d.ranking))), d.ranking),
            (translate("Reports", "Invited to interview – {n}").format(n=number(len(d.shortlist))), d.shortlist)])
        if d.invited_note:
            out.append(p(said(d.invited_note)))
        return out

    def interview(self) -> list[Flowable]:
        d = self.d
        out: list[Flowable] = [p(translate("Reports", "Interviews"), "h1")]
        if d.final_method:
            out.append(p(said(d.final_method)))
        if not d.interview_rows:
            return out + [p(translate("Reports", "No interview results recorded."))]
        out += self.ranking(d.interview_criteria, [
            (translate("Reports", "Interview results – {n}").format(n=number(len(d.interview_rows))), d.interview_rows)],
            preselection=any(r.preselection_total is not None for r in d.interview_rows))
        if d.final_ties:
            out.append(p(translate("Reports", "Shared places in the final ranking"), "h2"))
            out += [p("• " + said(t)) for t in d.final_ties]
        return out

    def outcome(self) -> list[Flowable]:
        d = self.d
        valid = d.reserve_valid_until.strftime(date_format()) if d.reserve_valid_until else DASH
        return [p(translate("Reports", "Recommended candidates and reserve list"), "h1"),
                self.kv_table([(translate("Reports", "Recommended"), separator().join(d.recommended) or DASH),
                               (translate("Reports", "Reserve list"), separator().join(d.reserve) or DASH),
                               (translate("Reports", "Reserve list valid until"), valid)])]

    def balance(self) -> list[Flowable]:
        d = self.d
        if not d.nationality_counts:
            return []
        return [KeepTogether([p(translate("Reports", "Geographical balance (information only)"), "h1"),
                              nationality_chart(d.nationality_counts, d.underrepresented, width=PORTRAIT_W),
                              p(translate("Reports", "On the chart: {legend}.").format(legend=", ".join(
                                  f"{c}\u00a0{said(country_word(c))}" for c in nationality_order(d.nationality_counts))),
                                "small"),
                              p(translate("Reports", "Underrepresented Member States listed in the notice: {states}. "
                                                     "Nationality is never a scoring input.").format(
                                  states=said(countries_words(d.underrepresented)) or DASH), "small")])]

    def ranking(self, criteria: list[CriterionInfo], parts: list[tuple[str, list[RankRow]]],
                preselection: bool = False) -> list[Flowable]:
        """Ranking tables (no email column: the minutes identify by name); they move to landscape
        pages when the criteria do not fit a portrait page (back to portrait for the outcome)."""
        wide = self.landscape or not fits_portrait(criteria, status=True, email=False)
        out: list[Flowable] = self.turn(landscape=True) if wide else []
        width = LANDSCAPE_W if wide else PORTRAIT_W
        for heading, rows in parts:
            out += [p(heading, "h2"), *rank_table(self, criteria, rows, width, status=True, email=False,
                                                  preselection=preselection)]
        return out
