"""From the stage data to the ranking rows (the JSON contract of `panel-app ranking --json`).

Only candidates whose every expected (voting, non-conflicted) member has submitted are aggregated; the
others are "pending" with the count in the reason, and their partial marks are never used.

Row (`RankingRow`; its `as_json()` is the JSON): {"candidate": email, "rank": int|null, "total": float|null,
"final": {code: float|null}, "members_submitted": int, "divergent": [codes], "article29": category|null,
"status": ..., "reason": text}
(`ShortlistRow` adds: name, section, tied_at_cut, expected, hidden, tie_break (the deciding tie-break criterion
and both marks, in words), consensus (codes whose final mark is a consensus mark), reason_edited (the chair's
wording of the reason, set by the shortlist).)
- rank: the domain rank (competition ranks, 1 2 2 4) for those who pass; for those who fail, the
  next positions in display order (equal totals share a rank); null while pending.
- total: Σ w × final / Σ w × 4 × 100 over the criteria with a final mark; null while pending.
- final: per scored criterion of the stage, the consensus if set, else the mean (null = N/A for all, or
  pending).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from panel_app.domain.scoring import Aggregation, Ranking, aggregate, rank
from panel_app.domain.texts import translate

from .json_record import JsonRecord
from .panel_cells import aggregate_cells
from .panel_data import StageData

HIDDEN = translate("Ranking", "hidden: you declared a conflict of interest on this candidate")


@dataclass(frozen=True, slots=True)
class RankingRow(JsonRecord):
    """One candidate's place in a stage's ranking (the rows of `panel-app ranking --json`)."""

    candidate: str  # e-mail
    rank: int | None
    total: float | None  # % of the maximum; None while pending, or hidden
    final: dict[str, float | None]  # per scored criterion
    members_submitted: int
    divergent: list[str]  # criterion codes
    article29: str | None
    status: str  # invited | not_invited | below_pass_mark | below_minimum | pending
    reason: str


@dataclass(frozen=True, slots=True)
class ShortlistRow(RankingRow):
    """A ranking row with what the screens and the reports show (the rows of the shortlist and of the final
    ranking's source)."""

    name: str
    section: str  # "article29" | "general"
    tied_at_cut: bool
    expected: int
    hidden: bool  # the viewer declared a conflict on this candidate: no total, reason nor marks
    tie_break: str
    consensus: list[str]  # codes whose final mark is a consensus mark
    reason_edited: str | None = None  # the chair's wording (the shortlist sets it)


@dataclass
class Computed:
    agg: Aggregation
    ranking: Ranking
    ranks: dict[str, int | None]
    complete: set[str]


def compute(d: StageData) -> Computed:
    complete = {c.key for c in d.candidates if d.complete(c.key)}
    if d.cells is not None:
        agg = aggregate_cells(d, complete)
    else:
        marks = [m for m in d.marks if m.candidate in complete]
        agg = aggregate(marks, d.criteria, d.members, conflicts=d.conflicts, consensus=d.consensus_values(),
                        rules=d.rules, candidates=[c.key for c in d.candidates])
    ranking = rank(d.candidates, agg.finals, agg.totals, d.criteria, d.rules, pending=agg.pending)
    for r in ranking:
        if r.key not in complete:
            r.status = "pending"
            r.reason = translate("Ranking", "pending: {submitted} of {expected} members have submitted").format(
                submitted=d.n_submitted(r.key), expected=len(d.expected(r.key)))
            r.total = None
            r.finals = {c.code: None for c in d.criteria}
    ranks: dict[str, int | None] = {r.key: r.rank for r in ranking}
    passing = sum(1 for r in ranking if r.rank is not None)
    pos, prev_total, prev_rank = passing, object(), None
    for r in ranking:
        if r.rank is not None or r.status == "pending":
            continue
        pos += 1
        key = (r.status, round(r.total or 0.0, 9))
        if key != prev_total:
            prev_rank, prev_total = pos, key
        ranks[r.key] = prev_rank
    return Computed(agg, ranking, ranks, complete)


def _rows(d: StageData, c: Computed, viewer: str | None, extended: bool) -> list[Any]:
    codes = [cr.code for cr in d.criteria]
    hidden_for = {cand for member, cand in d.conflicts if member == viewer} if viewer is not None else set()
    cell_of = c.agg.cells.get
    out: list[Any] = []
    for r in c.ranking:
        hidden = r.key in hidden_for
        key = r.key
        divergent = [code for code in codes if (cell := cell_of((key, code))) and cell.divergent]
        finals = r.finals
        final = dict.fromkeys(codes) if hidden else {
            code: (None if (v := finals.get(code)) is None else round(float(v), 6)) for code in codes}
        base = (r.key, c.ranks.get(r.key), None if hidden or r.total is None else round(float(r.total), 6), final,
                d.n_submitted(r.key), [] if hidden else divergent, r.article29, r.status, HIDDEN if hidden else r.reason)
        if extended:
            consensus = [] if hidden else [code for code in codes
                                           if (cell := cell_of((key, code))) and cell.consensus is not None]
            out.append(ShortlistRow(*base, name=r.name, section=r.section, tied_at_cut=r.tied_at_cut,
                                    expected=len(d.expected(r.key)), hidden=hidden,
                                    tie_break="" if hidden else r.tie_break, consensus=consensus))
        else:
            out.append(RankingRow(*base))
    return out


def ranking_rows(d: StageData, c: Computed, viewer: str | None = None) -> list[RankingRow]:
    """The contract rows (`panel-app ranking`)."""
    return _rows(d, c, viewer, extended=False)


def shortlist_rows(d: StageData, c: Computed, viewer: str | None = None) -> list[ShortlistRow]:
    """The contract rows and what the screens need: name, section, tie at the cut, expected, consensus."""
    return _rows(d, c, viewer, extended=True)
