"""`domain.scoring.aggregate()` over per-cell statistics computed in SQL (n, Σ, min, max, n N/A) instead of
the individual marks: the same rules, for the ranking and the shortlist of a large procedure.

The tests check that both paths give the same ranking. Members' own totals are not computed here (they
need the individual marks: the panel table uses `aggregate()`).
"""

from __future__ import annotations

from panel_app.domain.scoring import Aggregation, Cell
from panel_app.domain.scoring.aggregate import book, finish, settle
from panel_app.domain.scoring.divergence import is_divergent

from .panel_data import StageData

NOBODY = (0, 0.0, None, None, 0)


def aggregate_cells(d: StageData, complete: set[str]) -> Aggregation:
    cells = d.cells or {}
    consensus = d.consensus_values()
    dp, required = d.rules.divergence_points, d.rules.consolidation == "consensus_required"
    crit = [(r.code, r.weight, r.weight * r.scale_max) for r in d.criteria]
    out = Aggregation()
    for cand in (c.key for c in d.candidates):
        n_expected = len(d.expected(cand))
        done = cand in complete
        fin: dict[str, float | None] = {}
        pend: dict[str, str] = {}
        num = den = 0.0
        for code, w, wtop in crit:
            n, total, lo, hi, nas = cells.get((cand, code), NOBODY) if done else NOBODY
            short = n_expected - n - nas
            missing = (f"{short} member(s)",) if short > 0 else ()
            if n:
                mean, spread = total / n, hi - lo
                divergent = is_divergent(n, spread, dp)
            else:
                mean = spread = None
                divergent = False
            cons = consensus.get((cand, code))
            final, state = settle(n, mean, bool(nas), bool(missing), divergent, cons, required)
            out.cells[(cand, code)] = Cell(cand, code, n, mean, lo, hi, spread, divergent, missing, nas, cons,
                                           final, state)
            num, den = book(code, final, state, w, wtop, fin, pend, num, den)
        finish(out, cand, fin, pend, num, den)
    return out
