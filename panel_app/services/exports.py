"""The XLSX exports for the chair: the grid as sealed, every member's marks with comments, the ranking with
its reasons (issue 17). The figures come from the same builders as the PDF reports, and the same rights apply:

- the grid: whoever may generate the panel report, once the grid is sealed;
- the members' marks: as the candidate sheets' panel internal copy (the chair only), per stage, the
  candidates whose marks are visible (every voting member submitted);
- the ranking: as the shortlist (the chair and the secretary; a member or an observer once it is frozen).

    data = services.exports.render(ref, actor, "ranking")   # xlsx bytes
"""

from __future__ import annotations

from dataclasses import replace

from panel_app.domain.errors import Refused, UserFacingError
from panel_app.domain.grid import Rules
from panel_app.domain.report_kinds import EXPORTS, STAGES
from panel_app.domain.scoring.divergence import apart_words
from panel_app.domain.texts import translate
from panel_app.domain.words import stage_word
from panel_app.reports.export_data import (
    GridCriterion,
    GridExport,
    MarkCell,
    MarksExport,
    RankingExport,
    RankingStage,
)

from .actors import Actor
from .grid_info import GridInfo
from .report_data import context, criteria, distinct_names, when
from .report_data_minutes import amendments, interview_rows, method_words
from .report_data_panel import stage_frozen
from .report_data_record import final_method
from .report_data_shortlist import shortlist_data
from .reports import ReportService

# export -> (the report whose permission it takes, whether it shows the members' own marks)
AS_REPORT = {"grid": ("panel", False), "marks": ("sheets", True), "ranking": ("shortlist", False)}
INTERNAL = "PANEL INTERNAL – individual members' marks – never disclosed outside the panel"


class ExportService:
    def __init__(self, db, reports: ReportService):
        self.db = db
        self.sv = reports

    def allowed(self, ref: str, actor: Actor) -> list[str]:
        """The exports `actor` may ask for (the ranking for members is further refused until frozen)."""
        kinds = set(self.sv.allowed(ref, actor))
        out = [k for k in EXPORTS if AS_REPORT[k][0] in kinds]
        if "marks" in out and not (actor.role == "chair" or actor.is_setup):
            out.remove("marks")
        return out

    def check(self, ref: str, actor: Actor, kind: str, stage: str = "preselection") -> None:
        if kind not in EXPORTS:
            raise UserFacingError(translate("Errors", "'{kind}' is not an export; choose one of {exports}.")
                                      .format(kind=kind, exports=', '.join(EXPORTS)))
        if stage not in STAGES:
            raise UserFacingError(translate("Errors", "'{stage}' is not a stage (preselection or "
                                                      "interview).").format(stage=stage))
        report, member_marks = AS_REPORT[kind]
        self.sv.check(ref, actor, report, show_member_marks=member_marks)

    def render(self, ref: str, actor: Actor, kind: str, stage: str = "preselection") -> bytes:
        """The XLSX bytes of export `kind` (grid | marks | ranking)."""
        self.check(ref, actor, kind, stage)
        from panel_app.reports import xlsx  # openpyxl, only when a workbook is written

        if kind == "grid":
            return xlsx.grid_xlsx(self.grid_data(ref))
        if kind == "marks":
            return xlsx.marks_xlsx(self.marks_data(ref, actor, stage))
        return xlsx.ranking_xlsx(self.ranking_data(ref, actor))

    # ------------------------------------------------------------------------------------------ the grid
    def grid_data(self, ref: str) -> GridExport:
        sv = self.sv
        grid = sv.grid.grid(ref)
        if not grid.sealed:
            raise Refused(translate("Errors", "The grid of {ref} is not sealed yet: there is no grid as "
                                              "sealed to export.").format(ref=ref),
                          hint=translate("Errors", "The chair seals it on the Grid page (panel-app grid "
                                                   "seal)."))
        rules = grid.rules
        lo, hi = Rules.from_dict(rules).scale
        crits = []
        for c in sorted(grid.criteria, key=lambda c: c.position):
            anchors = {int(k): v for k, v in (c.scale.anchors if c.scale else {}).items()}
            crits.append(GridCriterion(code=c.code, title=c.title, group=c.group, stage=c.stage,
                                       kind=c.kind, weight=c.weight if c.kind == "scored" else None,
                                       minimum=c.minimum, anchors=anchors, keywords=list(c.keywords)))
        words = rule_words(grid, lo, hi)
        return GridExport(context=context(sv, ref, with_panel=False), sealed_at=when(grid.sealed_at),
                          sealed_by=grid.sealed_by or "", grid_hash=grid.grid_hash or "",
                          criteria=crits, rules=words, scale=(lo, hi), amendments=amendments(sv, ref, grid))

    # ------------------------------------------------------------------------------------------ the marks
    def marks_data(self, ref: str, actor: Actor, stage: str) -> MarksExport:
        sv = self.sv
        table = sv.panel.panel_table(ref, actor, stage)
        shown = [r for r in table if r.visible]
        if not shown:
            raise Refused(translate("Errors", "No candidate's marks are visible yet at the {stage} stage: "
                                              "the marks are exported once every voting member has "
                                              "submitted a candidate.").format(stage=stage_word(stage)))
        grid = sv.grid.grid(ref)
        crits = criteria(grid, stage=stage)
        names = distinct_names({r.email: r.name or r.email for r in table})
        conflicts = {(d.member, d.candidate) for d in sv.scoring.declarations(ref)
                     if d.kind == "conflict" and d.member}
        members = [m.name for m in sv.members.list(ref) if m.voting and m.role in ("chair", "member") and m.active]
        cells = []
        for r in shown:
            for c in crits:
                x = r.criteria.get(c.code)
                marks = {m: (None if v == "N/A" or v is None else float(v)) for m, v in (x.marks if x else {}).items()}
                absent: dict[str, str] = {m: translate("Record", "conflict of interest") for m in members
                          if (m, r.email) in conflicts}
                cells.append(MarkCell(candidate=names[r.email], email=r.email, criterion=c.code, marks=marks,
                                      comments=dict(x.comments) if x else {}, absent=absent,
                                      mean=x.mean if x else None, spread=x.spread if x else None,
                                      divergent=bool(x and x.divergent), consensus=x.consensus if x else None,
                                      final=x.final if x else None, justification=x.justification if x else ""))
        pending: list[str] = [translate("Record", "{name}: {n} of {expected} members submitted").format(
            name=names[r.email], n=r.members_submitted, expected=r.expected)
                   for r in table if not r.visible and not r.conflicted]
        ctx = replace(context(sv, ref, draft=not stage_frozen(sv, ref, actor, stage), with_panel=False),
                      confidentiality=INTERNAL)
        return MarksExport(context=ctx, stage=stage, criteria=crits, members=members, cells=cells, pending=pending,
                           divergence=apart_words(grid.divergence_points))

    # ------------------------------------------------------------------------------------------ the ranking
    def ranking_data(self, ref: str, actor: Actor) -> RankingExport:
        sv = self.sv
        sd = shortlist_data(sv, ref, actor)
        grid = sv.grid.grid(ref)
        rows = sorted(sd.invited_rows + sd.not_invited_rows, key=lambda r: (r.rank is None, r.rank or 0))
        stages = [RankingStage("Preselection ranking", sd.criteria, rows, pass_mark=grid.pass_mark)]
        record = list(sd.record)
        if sd.frozen:
            irows = _quiet(sv.panel.ranking, ref, actor, "interview", default=[])
            if irows:
                final = _quiet(sv.panel.final_ranking, ref, actor)
                names = {r.email: r.name for r in rows}
                stages.append(RankingStage("Final ranking", criteria(grid, stage="interview"),
                                           interview_rows(irows, final, names),
                                           pass_mark=grid.interview_pass_mark))
                record.append(("Final ranking", final_method(grid, final)))
        return RankingExport(context=sd.context, rule=sd.rule.text, stages=stages, priority=sd.priority_rows,
                             record=record, frozen=sd.frozen and not sd.changed_since_freeze)


def _quiet(fn, *args, default=None):
    try:
        return fn(*args)
    except Refused:
        return default


def rule_words(grid: GridInfo, lo: int, hi: int) -> list[tuple[str, str]]:
    """The grid's rules, one line each, as the Grid page states them."""
    def pct(v) -> str:
        return translate("Record", "none") if v is None else translate("Record", "{pct} % of the maximum total").format(
            pct=f"{float(v):g}")

    return [
        (translate("Record", "Scale"), translate("Record", "{lo}–{hi} points per criterion, N/A allowed (left out of "
                                                           "the mean)").format(lo=lo, hi=hi)),
        (translate("Record", "Pass mark (preselection)"), pct(grid.pass_mark)),
        (translate("Record", "Pass mark (interview)"), pct(grid.interview_pass_mark)),
        (translate("Record", "Best N invited"), str(grid.best_n) if grid.best_n
         else translate("Record", "no limit")),
        (translate("Record", "Tie-break order"), ", ".join(grid.tie_break)
         or translate("Record", "none declared")),
        (translate("Record", "Consolidation"), method_words(grid)),
        (translate("Record", "Divergence flag"), translate("Record", "members {apart}").format(
            apart=apart_words(grid.divergence_points))),
        (translate("Record", "Article 29 beyond best N"), translate("Record", "yes")
         if grid.article29_bypass_best_n else translate("Record", "no")),
        (translate("Record", "Final ranking"), final_method(grid, None)),
    ]
