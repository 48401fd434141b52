"""The candidate's access extract (Regulation (EU) 2018/1725) built from the database.

Only that candidate's data: what they submitted, the eligibility result with its reasons, the
consolidated (final) mark per criterion, the total, the pass mark and the stage reached. Never a
member's mark or name, another candidate or the ranking: the ranking is read only to pick out this
candidate's own row, and the rank itself is dropped.

The stage reached follows the frozen shortlist and the final outcome: "invited to interview", "recommended",
"reserve list until …", "not invited: <reason>" (the reason about their own marks; a best-N cut is said
without the rank). Once the interview is assessed, its consolidated marks per criterion are added
(titles prefixed "Interview –") and the interview total and pass mark are given with the stage.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from panel_app.domain.eligibility.languages import languages_words
from panel_app.domain.errors import NotFound, Refused, UserFacingError
from panel_app.domain.texts import Moment, Number, joined, moment, translate
from panel_app.domain.words import countries_words
from panel_app.reports.data import ExtractData, StageMarks

from .application_info import ApplicationInfo
from .eligibility_info import EligibilityRow
from .panel_final import FinalRow
from .panel_rank import RankingRow
from .report_data import article29_text, check_outcome, context, criteria, person, when

if TYPE_CHECKING:
    from .report_sources import ReportSources

TZ = "Europe/Brussels"
OUTCOME_WORDS = {"met": translate("Record", "met"), "not_met": translate("Record", "not met"),
                 "to_verify": translate("Record", "to be verified"), "declared": translate("Record", "declared")}
RESULT_WORDS = {"eligible": "eligible", "not_eligible": "not eligible", "to_verify": "to be verified"}
NOT_INVITED = {
    "below_pass_mark": translate("Record", "below the pass mark"),
    "below_minimum": translate("Record", "below the minimum required on a criterion"),
    "not_invited": translate("Record", "not among the candidates invited under the best-N rule"),
}


def row_key(row: RankingRow | FinalRow) -> str:
    """The candidate e-mail of a ranking row."""
    return row.candidate.strip().lower()


def own_ranking_row(sv: ReportSources, ref: str, actor, email: str, stage: str = "preselection") -> RankingRow | None:
    """This candidate's row of the panel's ranking, or None (no panel service yet, or not ranked)."""
    panel = getattr(sv, "panel", None)
    if panel is None:
        return None
    key = email.strip().lower()
    try:
        rows = panel.ranking(ref, actor, stage)
    except Refused:  # not every assessment is submitted yet: the assessment is still in progress
        return None
    return next((r for r in rows if row_key(r) == key), None)


def submitted(app: ApplicationInfo, elig: EligibilityRow, tz: str = TZ) -> dict[str, str]:
    """label -> value, as the candidate submitted it (read from their mail and application form)."""
    sug = elig.suggested
    langs = languages_words([(x.get("lang", ""), x.get("level")) for x in sug.languages])
    docs = joined([translate("Record", "{file} ({pages} pages)").format(file=d.filename, pages=d.pages)
                   if d.pages else d.filename for d in app.documents], "; ")
    cand = app.candidate
    out = {"Surname": cand.surname or "", "First name": cand.first_name or "",
           "E-mail address": cand.email or "",
           "Application received": moment(when(app.received_utc), tz, seconds=True, named=True),
           "Subject of the e-mail": app.subject or "", "Documents": docs,
           "Nationalities (as stated)": countries_words(list(sug.nationalities)),
           "Years of university study (as stated)": "" if sug.diploma_years is None
           else str(sug.diploma_years),
           "Languages (as stated)": langs,
           "Article 29 category": article29_text(elig.article29) or translate("Record", "none")}
    return {k: v for k, v in out.items() if v}


def _quiet(fn, *args):
    """The panel service's answer, or None while it refuses it (assessment in progress, not visible)."""
    try:
        return fn(*args)
    except UserFacingError:
        return None


def _day(value: str | None) -> Moment | str:
    return Moment(date.fromisoformat(value)) if value else ""


def not_invited_reason(row: RankingRow, edited: str | None) -> str:
    """Why the candidate was not invited, about them only: the panel's wording of a failed mark (the chair's,
    else the generated one). A best-N cut is said without the rank, which would disclose the ranking."""
    status = row.status or ""
    if status == "not_invited":
        return NOT_INVITED["not_invited"]
    return edited or row.reason or NOT_INVITED.get(status) or status.replace("_", " ")


def interview_stage(final_row: FinalRow | None, pass_mark: float | None, *, named: bool = True) -> str:
    """The stage reached by an invited candidate, from their own row of the final ranking ("Interview – …";
    the outcome alone when not `named`)."""
    if final_row is None or final_row.status == "pending":
        return translate("Record", "Interview – invited to interview; assessment in progress")
    outcome = final_row.outcome
    if outcome == "recommended":
        words = translate("Record", "recommended")
    elif outcome == "reserve":
        words = translate("Record", "reserve list until {day}").format(day=_day(final_row.valid_until))
    elif final_row.status == "passed":
        words = translate("Record", "passed the interview; the outcome is not decided yet")
    else:
        words = translate("Record", "not retained: {reason}").format(
            reason=final_row.reason or (final_row.status or "").replace("_", " "))
    stage = translate("Record", "Interview – {outcome}").format(outcome=words) if named else words
    total = final_row.interview_total
    if total is None:
        return stage
    if pass_mark is None:
        return translate("Record", "{stage} (interview total {total})").format(stage=stage, total=Number(f"{total:.2f}"))
    return translate("Record", "{stage} (interview total {total}, pass mark {mark})").format(
        stage=stage, total=Number(f"{total:.2f}"), mark=Number(f"{pass_mark:.1f}"))


def stage_reached(elig: EligibilityRow, row: RankingRow | None, frozen: bool, *, invited: bool | None = None,
                  edited: str | None = None, final_row: FinalRow | None = None,
                  interview_pass_mark: float | None = None) -> str:
    """`invited`: whether the candidate is on the frozen shortlist (None: read from `row`'s status);
    `edited`: the chair's wording of their reason; `final_row`: their row of the final ranking."""
    if elig.excluded:
        if elig.exclusion_reason:
            return translate("Record", "Eligibility – excluded from the assessment: {reason}").format(
                reason=elig.exclusion_reason)
        return translate("Record", "Eligibility – excluded from the assessment")
    if elig.overall == "not_eligible":
        return translate("Record", "Eligibility – not eligible")
    if elig.overall == "to_verify":
        return translate("Record", "Eligibility – being verified")
    if frozen and invited:
        return interview_stage(final_row, interview_pass_mark)
    if row is None or row.status in (None, "", "pending"):
        return translate("Record", "Preselection – assessment in progress")
    if row.status == "invited":
        return translate("Record", "Preselection – invited to interview") if frozen else \
            translate("Record", "Preselection – passed (the shortlist is not final yet)")
    words = not_invited_reason(row, edited)
    if not frozen:
        return translate("Record", "Preselection – {reason}; the shortlist is not final yet").format(reason=words)
    return translate("Record", "Preselection – not invited: {reason}").format(reason=words)


def preselection_result(row: RankingRow | None, frozen: bool, invited: bool | None, edited: str | None) -> str:
    if row is None or row.status in (None, "", "pending"):
        return translate("Record", "assessment in progress")
    if row.status == "invited" or invited:
        return translate("Record", "invited to interview") if frozen else \
            translate("Record", "passed (the shortlist is not final yet)")
    return translate("Record", "not invited: {reason}").format(reason=not_invited_reason(row, edited))


def extract_data(sv: ReportSources, ref: str, actor, email: str, frozen: bool = False) -> ExtractData:
    key = (email or "").strip().lower()
    app_id = sv.eligibility.application_of(ref, key)
    elig = sv.eligibility.row(ref, app_id)
    app = next(iter(sv.applications.list(ref, application_id=app_id)), None)
    if app is None:
        raise NotFound(translate("Errors", "No application from {email} in {ref}.").format(email=email, ref=ref))
    grid = sv.grid.grid(ref)
    titles = {c.code: c.title for c in grid.criteria}
    reasons: dict[str, str] = {}
    for c in elig.checks:
        if not c.decided:  # a suggestion of the software is not the panel's outcome: never given as one
            reasons[titles.get(c.criterion, c.criterion)] = translate("Record", "not yet decided by the panel")
            continue
        outcome, reason = check_outcome(c)
        text = OUTCOME_WORDS.get(outcome, outcome)
        reasons[titles.get(c.criterion, c.criterion)] = joined([text, reason], ": ") if reason else text
    if elig.excluded and elig.exclusion_reason:
        reasons["Exclusion from the assessment"] = elig.exclusion_reason
    assessed = not elig.excluded and elig.overall == "eligible"
    row = own_ranking_row(sv, ref, actor, key) if assessed else None
    panel = getattr(sv, "panel", None)
    sl = _quiet(panel.shortlist, ref, actor) if assessed and panel is not None else None
    frozen = sl.frozen if sl else frozen
    invited = key in sl.frozen_invited if sl and frozen else None
    final_row = None
    if invited and panel is not None:
        final = _quiet(panel.final_ranking, ref, actor)
        final_row = next((r for r in final.rows if row_key(r) == key), None) if final else None
    own_finals = row.final if row is not None else {}
    crits = criteria(grid, stage="preselection") if assessed else []
    finals = {c.code: own_finals.get(c.code) for c in crits}
    if final_row is not None and final_row.status != "pending":
        for ic in criteria(grid, stage="interview"):
            crits.append(replace(ic, title=translate("Record", "Interview – {title}").format(title=ic.title)))
            finals[ic.code] = final_row.final.get(ic.code)
    edited = sl.reasons_edited.get(key) if sl else None
    stage = stage_reached(elig, row, frozen, invited=invited, edited=edited,
                          final_row=final_row, interview_pass_mark=grid.interview_pass_mark)
    stages = []
    if assessed:
        pre = criteria(grid, stage="preselection")
        stages.append(StageMarks("Preselection", pre, {c.code: own_finals.get(c.code) for c in pre},
                                 row.total if row is not None else None, grid.pass_mark,
                                 preselection_result(row, frozen, invited, edited)))
    if final_row is not None and final_row.status != "pending":
        icr = criteria(grid, stage="interview")
        stages.append(StageMarks("Interview", icr, {c.code: final_row.final.get(c.code) for c in icr},
                                 final_row.interview_total, grid.interview_pass_mark,
                                 interview_stage(final_row, None, named=False)))
    return ExtractData(
        context=context(sv, ref, with_panel=False), name=person(elig.candidate, app.source), email=key,
        submitted=submitted(app, elig, grid.timezone), eligibility_result=RESULT_WORDS.get(elig.overall, elig.overall)
        if not elig.excluded else "excluded", eligibility_reasons=reasons, criteria=crits, finals=finals,
        total=row.total if row is not None else None, pass_mark=grid.pass_mark,
        stage_reached=stage, stages=stages)
