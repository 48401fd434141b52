"""The shortlist the panel signs, built from the panel service (ranking, shortlist), the grid and eligibility.

Everything it states comes from the one owner of each rule: the rule and the Article 29 wording from the
domain (`rule_text`, `article29_rule`, the same words as `panel-app ranking`), every reason and tie-break
from the domain ranking. It adds the record behind the list: the grid's seal (hash and time), who froze
the list and when, and whether every invitee's eligibility was decided, and by whom.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from panel_app.domain.texts import joined, moment, translate
from panel_app.reports.data import RankRow, ShortlistData

from .eligibility_info import EligibilityRow
from .panel_rank import ShortlistRow
from .report_data import NOBODY, article29_text, context, criteria, person, when
from .report_data_panel import not_invited_counts, rank_row, rule_info

if TYPE_CHECKING:
    from .report_sources import ReportSources

OVERALL_WORDS = {"eligible": translate("Record", "eligible"), "not_eligible": translate("Record", "not eligible"),
                 "to_verify": translate("Record", "to verify")}
STATUS_WORDS = {"invited": "invited", "not_invited": "not invited", "below_pass_mark": "below the pass mark",
                "below_minimum": "below a minimum", "pending": "pending"}


def _eligibility_by_email(sv: ReportSources, ref: str) -> dict[str, EligibilityRow]:
    return {r.candidate.email: r for r in sv.eligibility.overview(ref).rows if r.candidate.email}


def eligibility_line(invited: list[str], elig: dict[str, EligibilityRow], tz: str) -> str:
    """Whether every invitee's eligibility was decided by a person (every criterion), and by whom."""
    if not invited:
        return translate("Record", "No candidate is invited yet.")
    undecided: list[str] = []
    deciders: set[str] = set()
    last = None
    for email in invited:
        row = elig.get(email)
        if row is None:
            undecided.append(email)
            continue
        open_checks = [c.criterion for c in row.checks if not c.decided]
        if open_checks:
            undecided.append(f"{person(row.candidate, email)} ({', '.join(open_checks)})")  # names, codes
        for c in row.checks:
            if c.decided:
                deciders.add(c.decided_by or "?")
                at = when(c.decided_at)
                if at is not None and (last is None or at > last):
                    last = at
    who = ", ".join(sorted(deciders)) or NOBODY
    if undecided:
        return translate("Record", "NOT decided for {n} of {invited} invited candidates: {which}. Decisions "
                                   "recorded so far by {who}.").format(
            n=len(undecided), invited=len(invited), which="; ".join(undecided), who=who)
    return translate("Record", "Decided by a person on every eligibility criterion for all {invited} invited "
                               "candidates, by {who} (last decision {last}).").format(
        invited=len(invited), who=who, last=moment(last, tz))


def priority_rows(rows: list[ShortlistRow], elig: dict[str, EligibilityRow]) -> list[RankRow]:
    """Every Article 29 priority candidate recorded: ranked ones with total and status, the others (excluded or
    not eligible) with the eligibility outcome as the reason."""
    out = [rank_row(r) for r in rows if r.article29]
    ranked = {r.candidate for r in rows}
    for email, e in elig.items():
        if not e.article29 or email in ranked:
            continue
        why = e.exclusion_reason if e.excluded else translate("Record", "eligibility: {outcome}").format(
            outcome=OVERALL_WORDS.get(e.overall, e.overall.replace("_", " ")))
        out.append(RankRow(rank=None, name=person(e.candidate, email), email=email,
                           article29=article29_text(e.article29), status="excluded" if e.excluded
                           else "not_assessed", reason=why or translate("Record", "excluded at eligibility")))
    return out


def shortlist_data(sv: ReportSources, ref: str, actor, progress=None) -> ShortlistData:
    sl = sv.panel.shortlist(ref, actor)
    if progress:
        progress(0.4, "Reading the grid and the eligibility decisions")
    grid = sv.grid.grid(ref)
    tz = grid.timezone
    crits = criteria(grid, stage="preselection")
    rows = sl.rows
    names = {r.candidate: r.name or r.candidate for r in rows}
    ties = [names.get(k, k) for k in sl.ties_at_cut]
    frozen = sl.frozen
    changed = frozen and sl.changed_since_freeze
    elig = _eligibility_by_email(sv, ref)
    invited = [r for r in rows if r.status == "invited"]
    invited.sort(key=lambda r: (r.rank is None, r.rank or 0, r.name.casefold()))
    rule = rule_info(grid, crits, ties=ties, text=sl.rule or "")
    sealed = when(grid.sealed_at)
    record = [
        ("Grid sealed", translate("Record", "{when} by {who}").format(when=moment(sealed, tz, named=True),
                                                                       who=grid.sealed_by or "?")
         if sealed else translate("Record", "NOT SEALED")),
        ("Grid hash (sha256)", grid.grid_hash or "–"),
        ("Frozen", joined([translate("Record", "{when} by {who}").format(
            when=moment(when(sl.frozen_at), tz, named=True), who=sl.frozen_by),
            *([translate("Record", "reason for the change: {reason}").format(reason=sl.freeze_reason)]
              if sl.freeze_reason else [])], "; ")
         if frozen else translate("Record", "not yet frozen")),
        ("Eligibility of the invitees", eligibility_line([r.candidate for r in invited], elig, tz)),
    ]
    if changed:
        record.append(("Changed since the freeze", translate("Record", "the live ranking no longer matches the frozen "
                                                                   "list: the chair freezes it again, with a reason, "
                                                                   "and every member signs again")))
    return ShortlistData(
        context=context(sv, ref, signoffs=sl.signoffs if frozen and not changed else None, draft=changed),
        criteria=crits, rule=rule,
        article29_rows=[], invited_rows=[rank_row(r) for r in invited],
        not_invited_counts=not_invited_counts(sl.not_invited_counts, grid.best_n),
        annex_rows=None, frozen=frozen, frozen_at=when(sl.frozen_at), frozen_by=sl.frozen_by or "",
        priority_rows=priority_rows(rows, elig),
        not_invited_rows=[rank_row(r) for r in sorted((r for r in rows if r.status != "invited"),
                                                     key=lambda r: (r.rank is None, r.rank or 0))],
        record=record, changed_since_freeze=changed)
