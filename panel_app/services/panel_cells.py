"""`domain.scoring.aggregate()` over per-cell statistics computed in SQL (n, Σ, min, max, n N/A) instead of
the individual marks: the same rules, for the ranking and the shortlist of a large procedure.

The tests check that both paths give the same ranking. Members' own totals are not computed here (they
need the individual marks: the panel table uses `aggregate()`).
"""

from __future__ import annotations

from panel_app.domain.scoring import Aggregation, Cell
from panel_app.domain.scoring.aggregate import CONSENSUS_NEEDED, EPS, MISSING, NA, OK

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
                divergent = n >= 2 and spread >= dp - EPS
            else:
                mean = spread = None
                divergent = False
            cons = consensus.get((cand, code))
            if cons is not None:
                final, state = float(cons), OK
            elif not n:
                final, state = None, (NA if nas and not missing else MISSING)
            elif required and divergent:
                final, state = None, CONSENSUS_NEEDED
            else:
                final, state = mean, OK
            out.cells[(cand, code)] = Cell(cand, code, n, mean, lo, hi, spread, divergent, missing, nas, cons,
                                           final, state)
            if final is not None:
                fin[code] = final
                num += w * final
                den += wtop
            elif state != NA:
                fin[code] = None
                pend[code] = state
        out.finals[cand] = fin
        out.totals[cand] = num / den * 100 if den > 0 else None
        if pend:
            out.pending[cand] = pend
    return out
