"""Would the invited list change if one member's marks were left out, or one weight moved by ±1?

Each scenario re-aggregates and re-ranks. To keep a scenario cheap the marks are grouped once by
cell; leaving a member out only recomputes the cells that member touched, and a weight change only
recomputes the totals (the final marks do not depend on the weights).

- Leaving a member out: the member's marks are dropped and the member is no longer expected on any
  cell (so a cell can become "marks missing" if that member was the only one who marked it).
  Consensus marks stay: they were agreed by the panel.
  A panel of one member has no such scenario.
- Weights move by +1 and −1; a weight never goes below 0, and the weights never all become 0.
- A flip is a candidate who enters or leaves the invited list: (key, old status, new status).
  Only scenarios with at least one flip are returned.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace

from .aggregate import CONSENSUS_NEEDED, MISSING, NA, OK, group_marks
from .divergence import marks_divergent
from .marks import Candidate, CriterionRule, MarkLike, RankingRules, fmt
from .ranking import rank


@dataclass
class Finding:
    kind: str  # "without_member" | "weight"
    detail: str  # "without Member B" | "weight of S3-CICD 2→3"
    flips: list[tuple[str, str, str]] = field(default_factory=list)


@dataclass(slots=True)
class _CellData:
    values: dict[str, float]
    na: set[str]
    missing: tuple[str, ...]
    consensus: float | None
    total: float = 0.0  # Σ of the counted marks, summed as aggregate() does
    n: int = 0


def _cell_final(cd: _CellData, dp: float, required: bool, drop: str | None) -> tuple[float | None, str]:
    """final_of() for one cell, cheaply, optionally without the member `drop`."""
    if cd.consensus is not None:
        return float(cd.consensus), OK
    vals = cd.values
    n, total = cd.n, cd.total
    if drop is not None and drop in vals:
        n, total = n - 1, total - vals[drop]
    if n == 0:
        any_na = bool(cd.na) if drop is None else bool(cd.na - {drop})
        any_missing = bool(cd.missing) if drop is None else any(m != drop for m in cd.missing)
        return None, (NA if any_na and not any_missing else MISSING)
    if required and n >= 2:
        if marks_divergent((v for m, v in vals.items() if m != drop), dp):
            return None, CONSENSUS_NEEDED
    return total / n, OK


def _num_den(vec: Sequence[float | None], weights: Sequence[float], tops: Sequence[float]) -> tuple[float, float]:
    num = den = 0.0
    for w, top, f in zip(weights, tops, vec, strict=True):
        if f is not None:
            num += w * f
            den += w * top
    return num, den


def _pct(num: float, den: float) -> float | None:
    return num / den * 100 if den > 0 else None


def _flips(before: Mapping[str, str], after: Mapping[str, str]) -> list[tuple[str, str, str]]:
    return [(k, old, after.get(k, "absent")) for k, old in before.items()
            if (old == "invited") != (after.get(k) == "invited")]


def robustness(
    marks: Iterable[MarkLike],
    candidates: Sequence[Candidate],
    criteria: Sequence[CriterionRule],
    rules: RankingRules,
    members: Iterable[str] | None = None,
    *,
    conflicts: Iterable[tuple[str, str]] = (),
    consensus: Mapping[tuple[str, str], float] | None = None,
    member_names: Mapping[str, str] | None = None,
) -> list[Finding]:
    """The scenarios that change the invited list, each with its flips."""
    conflicts = set(conflicts)
    consensus = consensus or {}
    member_names = member_names or {}
    keys = [c.key for c in candidates if c.eligible]
    g = group_marks(marks, criteria, members, conflicts, keys)
    codes = [c.code for c in criteria]
    weights = [float(c.weight) for c in criteria]
    tops = [float(c.scale_max) for c in criteria]

    # Grouped once: per candidate, per criterion (in criteria order).
    cells: dict[str, list[_CellData]] = {}
    touched: dict[str, set[str]] = {m: set() for m in g.members}
    for cand in keys:
        expected = [m for m in g.members if (m, cand) not in conflicts]
        row = []
        for code in codes:
            vals = g.values.get((cand, code), {})
            nas = g.na.get((cand, code), set())
            missing = tuple(m for m in expected if m not in vals and m not in nas)
            row.append(_CellData(vals, nas, missing, consensus.get((cand, code)),
                                 sum(vals.values()), len(vals)))
        cells[cand] = row
        for m in expected:
            touched[m].add(cand)

    dp, required = rules.divergence_points, rules.consolidation == "consensus_required"

    def finals_of(cand: str, drop: str | None) -> tuple[list[float | None], dict, dict]:
        vec: list[float | None] = []
        fin: dict[str, float | None] = {}
        pend: dict[str, str] = {}
        for code, cd in zip(codes, cells[cand], strict=True):
            final, state = _cell_final(cd, dp, required, drop)
            vec.append(final)
            if state != NA:
                fin[code] = final
                if final is None:
                    pend[code] = state
        return vec, fin, pend

    base_vec, base_fin, base_pend, base_nd = {}, {}, {}, {}
    for cand in keys:
        base_vec[cand], base_fin[cand], base_pend[cand] = finals_of(cand, None)
        base_nd[cand] = _num_den(base_vec[cand], weights, tops)

    def statuses(fin: Mapping[str, Mapping[str, float | None]], pend: Mapping[str, Mapping[str, str]],
                 totals: Mapping[str, float | None], crit: Sequence[CriterionRule]) -> dict[str, str]:
        ranked = rank(candidates, fin, totals, crit, rules, pending=pend, reasons=False)
        return {r.key: r.status for r in ranked}

    base = statuses(base_fin, base_pend, {k: _pct(*nd) for k, nd in base_nd.items()}, criteria)
    findings: list[Finding] = []

    for member in g.members if len(g.members) > 1 else ():
        fin, pend = dict(base_fin), dict(base_pend)
        totals = {k: _pct(*nd) for k, nd in base_nd.items()}
        for cand in touched[member]:
            vec, fin[cand], pend[cand] = finals_of(cand, member)
            totals[cand] = _pct(*_num_den(vec, weights, tops))
        flips = _flips(base, statuses(fin, pend, totals, criteria))
        if flips:
            findings.append(Finding("without_member", f"without {member_names.get(member, member)}", flips))

    for i, c in enumerate(criteria):
        for delta in (1, -1):
            w = weights[i] + delta
            if w < 0 or sum(weights) + delta <= 0:
                continue
            crit = list(criteria)
            crit[i] = replace(c, weight=w)
            dw, dtop = delta, delta * tops[i]
            totals = {}
            for k, (num, den) in base_nd.items():
                f = base_vec[k][i]
                totals[k] = _pct(num, den) if f is None else _pct(num + dw * f, den + dtop)
            flips = _flips(base, statuses(base_fin, base_pend, totals, crit))
            if flips:
                findings.append(Finding("weight", f"weight of {c.code} {fmt(weights[i])}→{fmt(w)}", flips))
    return findings
