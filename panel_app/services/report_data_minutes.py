"""The panel report (the minutes, docs/domain-rules.md "Documents the panel signs") built from the services.

The parts that compare candidates (ranking, consensus, reliability, robustness, interview, outcome) come
from the panel service and are left empty, with the report marked DRAFT, while the panel service
refuses them to the actor (not every assessment submitted yet). The report is also DRAFT until the
shortlist is frozen, and again when the live shortlist no longer matches the frozen one.

Consensus notes carry the justification and the minority view; the interview results follow the final
ranking, with the outcome (recommended, reserve list until …) as the status. Conflicts show the member,
the candidate and the type only, never the details the member gave.
"""

from __future__ import annotations

import ast
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from panel_app.domain.eligibility.nationality import is_member_state
from panel_app.domain.errors import Refused
from panel_app.domain.scoring.divergence import apart_words
from panel_app.domain.scoring.reliability import ICC_UNDEFINED
from panel_app.domain.texts import Moment, Number, joined, translate
from panel_app.domain.words import stage_word
from panel_app.reports.data import (
    AmendmentInfo,
    ConflictInfo,
    ConsensusNote,
    EligibilityOutcome,
    FieldChange,
    PanelReportData,
    RankRow,
    ReliabilityRow,
)

from .grid_info import GridInfo
from .panel import PanelRow, ReliabilityFigures, RobustnessFinding
from .panel_final import FinalRanking
from .panel_rank import RankingRow
from .report_data import (
    article29_text,
    check_outcome,
    context,
    criteria,
    distinct_names,
    intake_counts,
    person,
    when,
)
from .report_data_panel import rank_row, rule_info, sentence
from .report_data_record import (
    compliance,
    final_method,
    final_ties,
    leniency_rows,
    letter_rows,
    meeting_rows,
    notice_lines,
    published_on,
    stage_records,
)

if TYPE_CHECKING:
    from .report_sources import ReportSources

OUTCOME = {"not_eligible": "not eligible", "to_verify": "to verify", "eligible": "eligible"}


def method_words(grid: GridInfo) -> str:
    flag = translate("Record", "Criteria where members are {apart} are flagged for discussion.").format(
        apart=apart_words(grid.divergence_points))
    if grid.consolidation == "consensus_required":
        return joined([translate("Record", "Consensus: a mark agreed in the meeting on every criterion; a consensus "
                                           "departing from the members' mean by more than 0.5 carries a "
                                           "justification."), flag], " ")
    return joined([translate("Record", "Mean of the members' marks (N/A left out); a consensus mark agreed in the "
                                       "meeting replaces the mean where recorded, with a justification when it "
                                       "departs from the mean by more than 0.5."), flag], " ")


def amendments(sv: ReportSources, ref: str, grid: GridInfo) -> list[AmendmentInfo]:
    """Each amendment of the sealed grid with its audit event: who, and every field it changed (before → after)."""
    events = sv.procedures.audit_trail(ref, action="grid.amend")
    out = []
    for a in grid.amendments:
        at = when(a.at)
        target = a.criterion or grid.reference
        event = next((e for e in events if e.entity_id == target and at is not None
                      and abs((when(e.at) - at).total_seconds()) < 5), None)
        before, after = ((event.before or {}), (event.after or {})) if event else ({}, _recorded(a.change or ""))
        changes = [FieldChange(k, before.get(k), v) for k, v in after.items()]
        out.append(AmendmentInfo(at=at, by=event.actor if event else "", criterion=a.criterion or "",
                                 changes=changes, reason=a.reason or ""))
    return out


def _recorded(change: str) -> dict:
    """The values an amendment set, from the decision that records it (its text is the dict of the new values)."""
    try:
        value = ast.literal_eval(change)
    except (ValueError, SyntaxError):
        value = None
    return value if isinstance(value, dict) else {"": change}


def eligibility_parts(sv: ReportSources, ref: str):
    """(outcomes for the minutes, email -> name, nationality counts)."""
    ov = sv.eligibility.overview(ref)
    outcomes, names = [], {}
    nations: dict[str, int] = {}
    for r in ov.rows:
        name = person(r.candidate, r.source)
        if r.candidate.email:
            names[r.candidate.email] = name
        eu = [c for c in r.suggested.nationalities if is_member_state(c)]
        if eu:
            nations[eu[0]] = nations.get(eu[0], 0) + 1
        if r.candidate.email:
            name = f"{name}\n{r.candidate.email}"
        if r.excluded:
            outcomes.append(EligibilityOutcome(name, "excluded", [r.exclusion_reason
                                                                  or translate("Record", "no reason recorded")]))
        elif r.overall != "eligible":
            reasons = []
            for c in r.checks:
                outcome, reason = check_outcome(c)
                if outcome in ("not_met", "to_verify"):
                    reasons.append(joined([c.criterion, reason], ": ") if reason else c.criterion)
            outcomes.append(EligibilityOutcome(name, OUTCOME.get(r.overall, r.overall), reasons))
    return outcomes, names, nations, ov.counts


def conflicts(sv: ReportSources, ref: str, names: dict[str, str]) -> list[ConflictInfo]:
    return [ConflictInfo(member=d.member or "", candidate=names.get(d.candidate or "", d.candidate or ""),
                         type=d.type or "other")
            for d in sv.scoring.declarations(ref) if d.kind == "conflict"]


def consensus_notes(table: list[PanelRow]) -> list[ConsensusNote]:
    """The consensus marks that depart from the members' mean, with the justification and the minority
    view (the minutes are the panel's own record; they never leave the panel)."""
    out = []
    for row in table:
        for code, c in row.criteria.items():
            if c.consensus is None:
                continue
            mean = c.mean
            if mean is not None and abs(float(c.consensus) - float(mean)) < 1e-9:
                continue
            text = c.justification or ""
            if c.minority:
                view = translate("Record", "Minority view: {view}").format(view=sentence(c.minority))
                text = joined([sentence(text), view], " ") if text else view
            out.append(ConsensusNote(candidate=row.name or row.email, criterion=code, mean=mean,
                                     consensus=c.consensus, justification=text))
    return out


def reliability_rows(rel: ReliabilityFigures | None, prefix: str = "") -> list[ReliabilityRow]:
    """Krippendorff's α and ICC(2,k), overall then per criterion. Criteria for which nothing could be
    computed (too few candidates, no variance) are summed up in one line with the reason. `prefix`: "Interview – "
    for the interview's rows."""

    def named(text: str) -> str:
        return translate("Record", "Interview – {measure}").format(measure=text) if prefix else text

    out: list[ReliabilityRow] = []
    if rel is None:  # refused to this actor: the section stays empty
        return out
    overall = rel.overall
    if overall:
        out.append(ReliabilityRow(named(translate("Record", "All criteria – Krippendorff's α (ordinal)")),
                                  overall.alpha, overall.note or translate("Record", "{n} units").format(
                                      n=overall.n_alpha or 0)))
        out.append(ReliabilityRow(named(translate("Record", "All criteria – ICC(2,k)")),
                                  overall.icc2k,
                                  translate("Record", "agreement of the mean mark (two-way random, absolute)")
                                  if overall.icc2k is not None else ICC_UNDEFINED))
    blank: dict[str, list[str]] = {}
    for code, r in rel.per_criterion.items():
        if r.alpha is None and r.icc2k is None:
            blank.setdefault(r.note or translate("Record", "not computed"), []).append(code)
            continue
        note = (joined(["ICC(2,k)", Number(f"{r.icc2k:.2f}")], " ") if r.icc2k is not None
                else joined(["ICC(2,k)", ICC_UNDEFINED], " "))
        out.append(ReliabilityRow(named(f"{code} – α"), r.alpha,
                                  joined([x for x in (note, r.note or "") if x], "; ")))
    for note, codes in blank.items():
        label = (translate("Record", "every criterion") if len(codes) == len(rel.per_criterion)
                 else ", ".join(codes))
        out.append(ReliabilityRow(named(translate("Record", "Per criterion – α, ICC(2,k)")), None,
                                  translate("Record", "not computed for {which}: {note}").format(which=label, note=note)))
    return out


def _quiet(fn, *args, default=None):
    """The panel service's answer, or `default` while it refuses it to this actor."""
    try:
        return fn(*args)
    except Refused:
        return default


def day(value: str | None) -> Moment | str:
    """'2027-12-31' -> the day, written as the report's language writes dates ('31.12.2027' in English)."""
    return Moment(date.fromisoformat(value)) if value else ""


def robustness_lines(found: list[RobustnessFinding] | None) -> list[str]:
    if found is None:  # refused to this actor: the section stays empty
        return []
    if not found:
        return [translate("Record", "No scenario checked changes the invited list (each member's marks left out in "
                                    "turn; each weight one point higher or lower).")]
    return [f.text for f in found]


def interview_rows(irows: list[RankingRow], final: FinalRanking | None, names: dict[str, str],
                   shown: dict[str, str] | None = None) -> list[RankRow]:
    """The interview results in the order of the final ranking, with the outcome (recommended, reserve list
    and its validity) as the status; the interview ranking alone while no final ranking is available.
    `shown`: e-mail -> the name the whole report shows, where it differs from the final ranking's."""
    rows = final.rows if final else []
    if not final or not rows:
        out = [rank_row(r, names) for r in irows]
        return [replace(r, status="passed", reason="") if r.status == "invited" else r for r in out]
    combined = final.method == "combined"
    shown = shown or {}
    out = []
    for r in rows:
        status, reason = r.outcome or r.status or "", r.reason or ""
        if r.outcome == "reserve":
            reason = (translate("Record", "valid until {day}").format(day=day(r.valid_until))
                      if r.valid_until else "")
        elif r.outcome == "recommended" or reason in ("passed the interview", status):
            reason = ""
        if combined and r.total is not None:
            weights = final.weights or {}
            how = joined([translate("Record", "{weight} × {stage}").format(weight=Number(f"{float(w):g}"), stage=stage_word(k))
                          for k, w in weights.items()], " + ")
            total = translate("Record", "final total {total} ({how})").format(total=Number(f"{r.total:.2f}"), how=how)
            reason = joined([reason, total], "; ") if reason else total
        out.append(RankRow(rank=r.rank, name=shown.get(r.candidate, r.name) or names.get(r.candidate, r.candidate),
                           email=r.candidate, article29=article29_text(r.article29),
                           finals=dict(r.final), total=r.interview_total, status=status,
                           reason=reason, preselection_total=r.preselection_total))
    return out


def panel_report_data(sv: ReportSources, ref: str, actor, progress=None) -> PanelReportData:
    step = progress or (lambda _f, _m="": None)
    grid = sv.grid.grid(ref)
    crits = criteria(grid, stage="preselection")
    icrits = criteria(grid, stage="interview")
    outcomes, names, nations, counts = eligibility_parts(sv, ref)
    step(0.2, "Reading the ranking and the shortlist")
    panel = sv.panel
    sl = _quiet(panel.shortlist, ref, actor)
    table = _quiet(panel.panel_table, ref, actor, "preselection", default=[])
    step(0.35, "Reliability and robustness")
    rel = _quiet(panel.reliability, ref, actor, "preselection")
    robust = _quiet(panel.robustness, ref, actor, "preselection")
    step(0.5, "Interview and final ranking")
    frozen = bool(sl and sl.frozen)
    irows = _quiet(panel.ranking, ref, actor, "interview", default=[]) if frozen else []
    final = _quiet(panel.final_ranking, ref, actor) if frozen and irows else None
    itable = _quiet(panel.panel_table, ref, actor, "interview", default=[]) if irows else []
    frec = _quiet(panel.final_record, ref, actor, default=None) if irows else None
    irel = _quiet(panel.reliability, ref, actor, "interview") if irows else None
    ranking: list[RankRow] = []
    invited: list[RankRow] = []
    ties: list[str] = []
    if sl:
        rows = sl.rows
        names.update({r.candidate: r.name for r in rows if r.name})
        ranking = sorted((rank_row(r) for r in rows), key=lambda r: (r.rank is None, r.rank or 0))
        invited = sorted((rank_row(r) for r in sl.article29 + sl.invited), key=lambda r: r.rank or 0)
        ties = [names.get(k, k) for k in sl.ties_at_cut]
    final_rows = final.rows if final else []
    shown = distinct_names(names)
    recommended = [shown.get(r.candidate, r.name) for r in final_rows if r.outcome == "recommended"]
    reserve = [shown.get(r.candidate, r.name) for r in final_rows if r.outcome == "reserve"]
    valid = [date.fromisoformat(r.valid_until) for r in final_rows if r.outcome == "reserve" and r.valid_until]
    done = [r for r in ranking if r.total is not None]
    settings = sv.procedures.settings(ref)
    draft = not frozen or bool(sl and sl.changed_since_freeze)
    ctx = context(sv, ref, draft=draft)
    tz = ctx.timezone
    if not sl:
        invited_note = "The ranking is not visible yet (not every assessment is submitted): nobody is invited yet."
    elif not frozen:
        invited_note = "The shortlist is not frozen yet: the candidates invited to interview are listed once it is."
    elif not invited:
        invited_note = "No candidate reached the pass mark and the minimums."
    else:
        invited_note = ""
    rule = rule_info(grid, crits, ties=ties, text=sl.rule if sl else "")
    return PanelReportData(
        context=ctx, notice=notice_lines(settings, published_on(sv, ref)), meetings=meeting_rows(sv, ref),
        compliance=compliance(sv, ref, grid, table or [], ctx.panel, tz), leniency=leniency_rows(rel),
        letters=letter_rows(sv, ref, tz),
        final_method=final_method(grid, final), final_ties=final_ties(final, shown), invited_note=invited_note,
        stages=stage_records(sl, frec),
        criteria=crits, grid_hash=grid.grid_hash or "(not sealed)", sealed_at=when(grid.sealed_at),
        counts=intake_counts(counts), method=method_words(grid), shortlist_rule=rule,
        amendments=amendments(sv, ref, grid), conflicts=conflicts(sv, ref, names), eligibility=outcomes,
        consensus=consensus_notes(table) + consensus_notes(itable),
        reliability=reliability_rows(rel) + reliability_rows(irel, "Interview – "), ranking=ranking,
        shortlist=invited if frozen else [], robustness=robustness_lines(robust),
        interview_criteria=icrits, interview_rows=interview_rows(irows, final, names, shown),
        recommended=recommended, reserve=reserve, reserve_valid_until=max(valid) if valid else None,
        totals=[r.total for r in done if r.total is not None],
        marks_per_criterion={c.code: [m for r in done if (m := r.finals.get(c.code)) is not None]
                             for c in crits},
        nationality_counts=nations, underrepresented=list(settings.underrepresented or []))
