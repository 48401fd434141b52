"""The candidate sheets (and the rows and rule shared with the shortlist and the minutes), built from the panel service (ranking, shortlist, panel table).

The sheets add, per criterion, the consensus mark with its justification and the evidence pages the
members cited (store.report_queries; pages only, never who cited them). Minority views and the
individual marks name members: they go only into the chair's panel internal copy.

The panel service applies the visibility rules (independence of the members): a report is refused
while the ranking is hidden from the actor. The panel report (minutes) is in report_data_minutes.py.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from panel_app.domain.errors import UserFacingError
from panel_app.domain.scoring.divergence import flagged_sentence
from panel_app.domain.scoring.marks import fmt
from panel_app.domain.scoring.ranking import article29_rule
from panel_app.domain.texts import joined, translate
from panel_app.domain.words import stage_word
from panel_app.reports.data import (
    CandidateSheet,
    CandidateSheetData,
    CriterionInfo,
    RankRow,
    RuleInfo,
)
from panel_app.store import read_only
from panel_app.store.report_queries import evidence_pages

from .grid_info import GridInfo
from .panel import PanelCell, PanelRow
from .panel_rank import RankingRow, ShortlistRow
from .report_data import article29_text, context, criteria

if TYPE_CHECKING:
    from .report_sources import ReportSources

NOT_INVITED_WORDS = {
    "not_invited": "Passed, but not among the best {n}",
    "below_pass_mark": "Below the pass mark",
    "below_minimum": "Below the minimum on a criterion",
    "pending": "Pending (marks or consensus missing)",
}


SHEET_STATUS = {"invited": translate("Record", "invited"), "not_invited": translate("Record", "not invited"),
                "below_pass_mark": translate("Record", "below pass mark"),
                "below_minimum": translate("Record", "below minimum"), "pending": translate("Record", "pending"),
                "passed": translate("Record", "passed")}


def sheet_status(code: str | None, reason: str | None) -> str:
    """A sheet's status in words, with the reason when it says more ("below pass mark – below the pass mark …")."""
    code = code or ""
    status = SHEET_STATUS.get(code) or code.replace("_", " ")
    reason = reason or ""
    return joined([status, reason], " – ") if reason and reason not in ("invited", code) else status


def tie_break_words(codes: list[str]) -> list[str]:
    """The declared tie-break order in words (the codes are explained in the table of criteria)."""
    return [f"higher final mark on {c}" for c in codes]


def rule_info(grid: GridInfo, crits: list[CriterionInfo], *, stage: str = "preselection",
              ties: list[str] | None = None, text: str = "") -> RuleInfo:
    pass_mark = grid.interview_pass_mark if stage == "interview" else grid.pass_mark
    bypass = bool(grid.article29_bypass_best_n)
    return RuleInfo(pass_mark=pass_mark, minimums={c.code: c.minimum for c in crits if c.minimum is not None},
                    best_n=grid.best_n if stage == "preselection" else None,
                    tie_break=tie_break_words(list(grid.tie_break)), ties_at_cut=ties or [],
                    article29_bypass=bypass, max_total=100.0, article29_text=article29_rule(bypass),
                    text=text)


def rank_row(r: RankingRow, names: dict[str, str] | None = None, status: str | None = None) -> RankRow:
    """A RankRow from a panel ranking row (a shortlist row carries the name, the chair's wording, the consensus
    codes and the tie-break)."""
    more = r if isinstance(r, ShortlistRow) else None
    email = r.candidate
    name = (more.name if more else "") or (names or {}).get(email) or email
    reason = (more.reason_edited if more else None) or r.reason or ""
    st = status or r.status or ""
    return RankRow(rank=r.rank, name=name, email=email, article29=article29_text(r.article29),
                   finals=dict(r.final), total=r.total, status=st,
                   reason="" if reason in ("invited", st) else reason,
                   consensus=list(more.consensus) if more else [], tie_break=more.tie_break if more else "")


def not_invited_counts(counts: dict, best_n: int | None) -> dict[str, int]:
    out = {}
    for status, n in counts.items():
        label = NOT_INVITED_WORDS.get(status, status.replace("_", " ").capitalize())
        out[label.format(n=best_n or "N")] = n
    return out


def _mark(v) -> float | None:
    return v if isinstance(v, int | float) and not isinstance(v, bool) else None


def sentence(text: str) -> str:
    """`text` ending with a full stop (unless it already ends a sentence)."""
    text = text.rstrip()
    return text if text.endswith((".", "!", "?")) else text + "."


def consensus_lines(cells: dict[str, PanelCell], *, minority: bool) -> list[str]:
    """One note per criterion with a consensus mark: the agreed mark, the members' mean, the justification
    and (panel internal copy only: it names members) the minority view."""
    out: list[str] = []
    for code, c in cells.items():
        if c.consensus is None:
            continue
        mean = c.mean
        # the justification itself stands in the table's Justification column: it is not printed twice
        justified = bool(c.justification)
        line: str
        if mean is None:
            line = (translate("Record", "{code}: agreed {mark} – justification in the table.") if justified else
                    translate("Record", "{code}: agreed {mark} – no justification needed.")).format(
                code=code, mark=fmt(float(c.consensus)))
        else:
            line = (translate("Record", "{code}: agreed {mark} (members' mean {mean}) – justification in the table.")
                    if justified else
                    translate("Record", "{code}: agreed {mark} (members' mean {mean}) – no justification needed.")
                    ).format(code=code, mark=fmt(float(c.consensus)), mean=fmt(float(mean)))
        if minority and c.minority:
            line = joined([line, translate("Record", "Minority view: {view}").format(view=sentence(c.minority))],
                          " ")
        out.append(line)
    return out


def sheet_of(row: PanelRow, crits: list[CriterionInfo], show_member_marks: bool,
             pages: dict[tuple[str, str], list[int]] | None = None,
             divergence_points: float | None = None) -> CandidateSheet:
    """One candidate's sheet from a panel table row (marks only when the row is visible to the actor).
    `pages`: (e-mail, code) -> the evidence pages the members cited; `divergence_points`: the procedure's
    divergence threshold (the default when None)."""
    name, email = row.name or row.email, row.email
    article29 = article29_text(row.article29)
    if row.conflicted:
        return CandidateSheet(name=name, email=email, article29=article29,
                              status=translate("Record", "not shown: the person generating this report declared a "
                                                         "conflict on this candidate"))
    if not row.visible:
        return CandidateSheet(name=name, email=email, article29=article29,
                              status=translate("Record", "pending: {n} of {expected} members have submitted").format(
                                  n=row.members_submitted, expected=row.expected))
    cells = row.criteria
    cited = pages or {}
    divergent = [code for code, c in cells.items() if c.divergent]
    notes = consensus_lines(cells, minority=show_member_marks)
    if divergent:
        notes.append(flagged_sentence(divergent, divergence_points))
    by_member: dict[str, dict[str, float | None]] | None = None
    if show_member_marks:
        by_member = {}
        for code, c in cells.items():
            for member, value in c.marks.items():
                by_member.setdefault(member, {})[code] = _mark(value)
    return CandidateSheet(
        name=name, email=email, article29=article29,
        finals={c.code: _mark(cell.final) if (cell := cells.get(c.code)) else None for c in crits},
        total=row.total, rank=row.rank,
        status=sheet_status(row.status, row.reason),
        justifications={code: c.justification for code, c in cells.items() if c.justification},
        evidence_pages={c.code: list(cited[(email, c.code)]) for c in crits if (email, c.code) in cited},
        consensus_notes=joined(notes, " "), member_marks=by_member)


def stage_frozen(sv: ReportSources, ref: str, actor, stage: str) -> bool:
    """Whether the stage's result is frozen (and unchanged since): the sheets are a DRAFT until then."""
    try:
        if stage == "interview":
            rec = sv.panel.final_record(ref, actor)
            return rec.frozen and not rec.changed_since_freeze
        sl = sv.panel.shortlist(ref, actor)
    except UserFacingError:
        return False
    return sl.frozen and not sl.changed_since_freeze


def _order(s: CandidateSheet) -> tuple:
    return (s.rank is None, s.rank or 0, s.name.casefold(), s.email)


def sheets_data(sv: ReportSources, ref: str, actor, stage: str = "preselection", show_member_marks: bool = False,
                progress=None, candidate: str | None = None) -> CandidateSheetData:
    table = sv.panel.panel_table(ref, actor, stage)
    if not table:
        raise UserFacingError(translate("Errors", "No candidate at the {stage} stage yet: there is no "
                                                  "sheet to print.").format(stage=stage_word(stage)))
    if candidate is not None:
        key = candidate.strip().lower()
        table = [r for r in table if r.email.lower() == key]
        if not table:
            raise UserFacingError(translate("Errors", "No candidate {candidate} at the {stage} stage: give "
                                                      "the e-mail address of a candidate of that stage "
                                                      "(see panel-app panel).")
                                      .format(candidate=candidate, stage=stage_word(stage)))
    if progress:
        progress(0.4, "Reading the grid")
    grid = sv.grid.grid(ref)
    crits = criteria(grid, stage=stage)
    with read_only(sv.db) as s:
        pages = evidence_pages(s, ref, stage)
    points = grid.divergence_points
    sheets = sorted((sheet_of(r, crits, show_member_marks, pages, points) for r in table), key=_order)
    pass_mark = grid.interview_pass_mark if stage == "interview" else grid.pass_mark
    ctx = context(sv, ref, draft=not stage_frozen(sv, ref, actor, stage))
    if show_member_marks:
        ctx = replace(ctx, confidentiality="PANEL INTERNAL – individual members' marks – never disclosed outside "
                                           "the panel")
    return CandidateSheetData(context=ctx, criteria=crits, sheets=sheets, show_member_marks=show_member_marks,
                              pass_mark=pass_mark, stage=stage)
