"""What the minutes say about the record itself: the notice's dates, the compliance statement, the members'
leniency, the final-ranking method and its shared places, and each stage's freeze and sign-offs.

Each stage has its own signature block: the preselection's carries the sign-offs of the latest shortlist
freeze, the interview's those of the latest final-ranking freeze. A block shows no sign-off when its stage is
not frozen, or when what it covers changed after the freeze (a signature never predates what it covers).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from panel_app.domain.scoring.divergence import apart_words
from panel_app.domain.texts import Moment, Number, joined, moment, translate
from panel_app.domain.words import language_word, stage_word
from panel_app.reports.data import StageRecord
from panel_app.store import read_only
from panel_app.store.report_queries import first_event_at

from .grid_info import GridInfo
from .letters import register_of
from .report_data import NOBODY, person, when

if TYPE_CHECKING:
    from .final_signoff import FinalRecord
    from .panel import PanelRow, ReliabilityFigures
    from .panel_final import FinalRanking, FinalRow
    from .panel_shortlist import Shortlist
    from .procedures import ProcedureSettings
    from .report_sources import ReportSources

MARK_ACTIONS = ("score.set", "score.import", "assessment.submit")


def notice_lines(settings: ProcedureSettings, published: str | None = None) -> list[tuple[str, str]]:
    tz = settings.timezone or "Europe/Brussels"
    out: list[tuple[str, str]] = []
    out.append(("Notice published", _day(published) if published else
                translate("Record", "not recorded (panel-app meetings published --date YYYY-MM-DD, or the Panel page, "
                                    "Meetings)")))
    deadline = when(settings.deadline_utc)
    out.append(("Deadline for applications", moment(deadline, tz, seconds=True, named=True) if deadline else "–"))
    return out


def _day(iso: str) -> Moment:
    """A day given as YYYY-MM-DD, written as the report's language writes dates."""
    return Moment(date.fromisoformat(iso))


def meeting_rows(sv: ReportSources, ref: str) -> list[tuple[str, str, str, str]]:
    from .meetings import MeetingService

    return [(_day(m.date), m.where(), ", ".join(m.attendees), m.purpose) for m in MeetingService(sv.db).list(ref)]


def published_on(sv: ReportSources, ref: str) -> str | None:
    from .meetings import MeetingService

    return MeetingService(sv.db).published_on(ref)


def compliance(sv: ReportSources, ref: str, grid: GridInfo, table: list[PanelRow], panel: list,
               tz: str) -> list[tuple[str, str]]:
    """The statement the minutes certify, each part with what the record shows (never a bare "yes")."""
    with read_only(sv.db) as s:
        first_mark = first_event_at(s, ref, MARK_ACTIONS)
    sealed = when(grid.sealed_at)
    if sealed is None:
        seal = translate("Record", "NO: the grid is not sealed.")
    elif first_mark is not None and first_mark < sealed:
        seal = translate("Record", "NO: a mark was recorded at {mark}, before the seal at {seal}.").format(
            mark=moment(first_mark, tz), seal=moment(sealed, tz))
    else:
        seal = translate("Record", "Yes: sealed {seal}; the first mark was recorded {mark}. The application shows no "
                                   "application to a member before the seal and the member's declaration.").format(
            seal=moment(sealed, tz),
            mark=moment(first_mark, tz) if first_mark else translate("Record", "(none yet)"))
    voters = [m for m in panel if m.voting]
    unsigned = [m.name for m in voters if m.declaration_signed_at is None]
    decl = (translate("Record", "Yes: all {n} voting members signed the declaration of confidentiality and absence "
                                "of conflict before assessing.").format(n=len(voters)) if not unsigned else
            translate("Record", "NO: not signed by {names}.").format(names=", ".join(unsigned)))
    rows = sv.eligibility.overview(ref).rows
    assessed = [r for r in rows if not r.excluded]
    open_rows = [r for r in assessed if any(not c.decided for c in r.checks)]
    deciders = sorted({c.decided_by or "?" for r in rows for c in r.checks if c.decided})
    elig = (translate("Record", "Yes: every criterion of the {n} assessed applications was decided by "
                                "{deciders}.").format(n=len(assessed), deciders=", ".join(deciders) or NOBODY)
            if not open_rows else
            translate("Record", "NO: {n} assessed application(s) still have undecided criteria, e.g. {name}.").format(
                n=len(open_rows), name=person(open_rows[0].candidate, open_rows[0].source)))
    div = [c for r in table for c in r.criteria.values() if c.divergent]
    agreed = [c for c in div if c.consensus is not None]
    apart = apart_words(grid.divergence_points)
    if not div:
        divergence = translate("Record", "No criterion had members {apart}.").format(apart=apart)
    else:
        divergence = translate("Record", "{n} divergent cell(s) ({apart}) were flagged for discussion; {agreed} settled "
                                         "by a consensus mark, {kept} kept at the members' mean after discussion.").format(
            n=len(div), apart=apart, agreed=len(agreed), kept=len(div) - len(agreed))
    return [("Grid sealed before any application was assessed", seal), ("Declarations signed", decl),
            ("Eligibility decided", elig), ("Divergences discussed", divergence)]


def leniency_rows(rel: ReliabilityFigures | None) -> list[tuple[str, float | None]]:
    return sorted(rel.leniency.items()) if rel else []


def final_method(grid: GridInfo, final: FinalRanking | None) -> str:
    pm = grid.interview_pass_mark
    method = (final.method if final else None) or grid.final_ranking or "interview_only"
    parts = []
    if method == "combined":
        w = grid.combined_weights
        how = joined([translate("Record", "{weight} × {stage} total").format(weight=Number(f"{float(v):g}"),
                                                                              stage=stage_word(k))
                      for k, v in w.items()], " + ")
        parts.append(translate("Record", "Final ranking on the combined total ({how}), divided by the sum of the "
                                         "weights").format(how=how))
    else:
        parts.append(translate("Record", "Final ranking on the interview total alone"))
    parts.append(translate("Record", "interview pass mark {mark} % of the maximum").format(mark=Number(f"{pm:g}"))
                 if pm is not None else translate("Record", "no interview pass mark"))
    mins = [joined([c.code, Number(f"{c.minimum:g}")], " ≥ ") for c in grid.criteria
            if c.stage == "interview" and c.minimum is not None]
    if mins:
        parts.append(translate("Record", "minimum {minimums}").format(minimums=joined(mins, ", ")))
    return translate("Record", "{method}. Equal final totals share a place: the final ranking has no "
                               "tie-break.").format(method=joined(parts, "; "))


def final_ties(final: FinalRanking | None, names: dict[str, str] | None = None) -> list[str]:
    """Every place shared in the final ranking, with the equal totals that explain it (`names`: e-mail -> the
    name the report shows)."""
    by_rank: dict[int, list[FinalRow]] = {}
    for r in final.rows if final else []:
        if r.rank is not None:
            by_rank.setdefault(r.rank, []).append(r)
    shown = names or {}
    out: list[str] = []
    for rank, rows in sorted(by_rank.items()):
        if len(rows) > 1:
            totals = joined(["–" if r.total is None else Number(f"{r.total:.2f}") for r in rows], " / ")
            out.append(translate("Record", "Place {rank} is shared by {names}: equal final totals ({totals}); the "
                                           "final ranking declares no tie-break, so the place is shared.").format(
                rank=rank, names="; ".join(shown.get(r.candidate, r.name) for r in rows), totals=totals))
    return out


def stage_records(sl: Shortlist | None, rec: FinalRecord | None) -> list[StageRecord]:
    """The preselection's and the interview's freeze and sign-offs."""
    pre = _stage_record(
        "preselection", "the preselection: the ranking, the shortlist and the candidates invited to interview",
        bool(sl and sl.frozen), bool(sl and sl.changed_since_freeze), sl.frozen_at if sl else None,
        sl.frozen_by if sl else None, [(x.member, x.signed_at) for x in sl.signoffs] if sl else [],
        not_frozen="The shortlist is not frozen: no sign-off is shown.",
        changed="The ranking changed after the freeze: the earlier sign-offs are void until it is frozen again.")
    itv = _stage_record(
        "interview", "the interview: its results, the final ranking, the recommended candidates and the reserve "
        "list", bool(rec and rec.frozen), bool(rec and rec.changed_since_freeze), rec.frozen_at if rec else None,
        rec.frozen_by if rec else None, [(x.member, x.signed_at) for x in rec.signoffs] if rec else [],
        not_frozen="The final ranking is not frozen: no sign-off is shown.",
        changed="The final ranking or an outcome changed after the freeze: the sign-offs are void.")
    return [pre, itv]


def _stage_record(stage: str, covers: str, frozen: bool, changed_since: bool, frozen_at: str | None,
                  frozen_by: str | None, signoffs: list[tuple[Any, str]], *, not_frozen: str,
                  changed: str) -> StageRecord:
    if not frozen:
        return StageRecord(stage, covers, void=not_frozen)
    if changed_since:
        return StageRecord(stage, covers, void=changed)
    return StageRecord(stage, covers, frozen_at=when(frozen_at), frozen_by=frozen_by or "",
                       signoffs={m: when(at) for m, at in signoffs})


def letter_rows(sv: ReportSources, ref: str, tz: str) -> list[tuple[str, str, str, str, str, str]]:
    """The register of invitation letters: every .eml generated, when, by whom, to whom, and its sha256."""
    return [(moment(when(e.at), tz), e.by, e.to, language_word(e.language), e.interview, e.sha256)
            for e in register_of(sv.procedures, ref)]
