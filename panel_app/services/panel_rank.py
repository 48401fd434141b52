"""From the stage data to the ranking rows (the JSON contract of `panel-app ranking --json`).

Only candidates whose every expected (voting, non-conflicted) member has submitted are aggregated; the
others are "pending" with the count in the reason, and their partial marks are never used.

Row: {"candidate": email, "rank": int|null, "total": float|null, "final": {code: float|null},
"members_submitted": int, "divergent": [codes], "article29": category|null, "status": ..., "reason": text}
(`extended` rows add: name, section, tied_at_cut, expected, hidden, tie_break (the deciding tie-break criterion
and both marks, in words), consensus (codes whose final mark is a consensus mark).)
- rank: the domain rank (competition ranks, 1 2 2 4) for those who pass; for those who fail, the
  next positions in display order (equal totals share a rank); null while pending.
- total: Σ w × final / Σ w × 4 × 100 over the criteria with a final mark; null while pending.
- final: per scored criterion of the stage, the consensus if set, else the mean (null = N/A for all, or
  pending).
"""

from __future__ import annotations

from dataclasses import dataclass

from panel_app.domain.scoring import Aggregation, Ranking, aggregate, rank
from panel_app.domain.texts import translate

from .panel_cells import aggregate_cells
from .panel_data import StageData

HIDDEN = translate("Ranking", "hidden: you declared a conflict of interest on this candidate")


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


def ranking_rows(d: StageData, c: Computed, viewer: str | None = None, extended: bool = False) -> list[dict]:
    """The contract rows; `extended` adds what the screens need: name, section, tie at the cut, expected."""
    codes = [cr.code for cr in d.criteria]
    hidden_for = {cand for member, cand in d.conflicts if member == viewer} if viewer is not None else set()
    cell_of = c.agg.cells.get
    out = []
    for r in c.ranking:
        hidden = r.key in hidden_for
        key = r.key
        divergent = [code for code in codes if (cell := cell_of((key, code))) and cell.divergent]
        finals = r.finals
        final = dict.fromkeys(codes) if hidden else {
            code: (None if (v := finals.get(code)) is None else round(float(v), 6)) for code in codes}
        row = {
            "candidate": r.key, "rank": c.ranks.get(r.key), "total": None if hidden or r.total is None
            else round(float(r.total), 6), "final": final, "members_submitted": d.n_submitted(r.key),
            "divergent": [] if hidden else divergent, "article29": r.article29, "status": r.status,
            "reason": HIDDEN if hidden else r.reason,
        }
        if extended:
            consensus = [] if hidden else [code for code in codes
                                           if (cell := cell_of((key, code))) and cell.consensus is not None]
            row.update(name=r.name, section=r.section, tied_at_cut=r.tied_at_cut, expected=len(d.expected(r.key)),
                       hidden=hidden, tie_break="" if hidden else r.tie_break, consensus=consensus)
        out.append(row)
    return out

