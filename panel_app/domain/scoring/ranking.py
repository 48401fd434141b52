"""The shortlist: who passes, in what order, and who is invited — each with a reason in words.

Rules, in order:
1. Ineligible candidates are left out entirely.
2. A candidate with a criterion still pending (marks missing, consensus needed) is "pending".
3. A candidate must reach the pass mark (a percentage of the maximum total) and the minimum of every
   criterion that has one. A criterion with a minimum marked N/A by everyone fails the minimum: the
   minimum asks for evidence. Both failures are stated; the status is the first one.
4. Those who pass are ordered by total (descending), then by the tie-break criteria in the declared
   order (higher final mark first; a criterion without a final mark counts lowest). Ranks are
   standard competition ranks (1, 2, 2, 4): candidates equal on the total and on every tie-break
   criterion share a rank. Display order among equals is by name, then key (deterministic).
5. Best N: a candidate whose rank is ≤ N is invited. Candidates tied at the cut-off are ALL invited,
   which the reason states, and they are listed in `Ranking.ties_at_cut`.
6. Article 29 priority candidates who pass are listed first (section "article29").
   - article29_bypass_best_n False: they compete for the best N places with everyone; `rank` is the
     rank among all who pass.
   - article29_bypass_best_n True: they are all invited and do NOT consume best-N places; `rank` is
     their rank within their section, and the other candidates are ranked among themselves for the
     N places.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from ..texts import Number, joined, translate
from .marks import Candidate, CriterionRule, RankingRules, fmt, fmt_pair

EPS = 1e-9
_FAIL_ORDER = {"pending": 0, "below_pass_mark": 1, "below_minimum": 2}
# why a criterion is pending (aggregate.MISSING, aggregate.CONSENSUS_NEEDED), in words
_PENDING_WORDS = {"marks missing": translate("Ranking", "marks missing"),
                  "consensus needed": translate("Ranking", "consensus needed")}


@dataclass
class RankedCandidate:
    key: str
    name: str
    status: str  # invited | not_invited | below_pass_mark | below_minimum | pending
    reason: str
    total: float | None
    finals: dict[str, float | None]
    rank: int | None = None  # None for those who do not pass
    section: str = "general"  # "article29" | "general"
    article29: str | None = None
    tied_at_cut: bool = False
    tie_break: str = ""  # how a tie on the total was settled, in words ("" when no tie-break decided the place)

    @property
    def invited(self) -> bool:
        return self.status == "invited"


class Ranking(list[RankedCandidate]):
    """The ranked list, in display order, with the candidates tied at the cut-off and the rule in words."""

    def __init__(self, items: Iterable[RankedCandidate] = (), ties_at_cut: list[str] | None = None,
                 rule: str = ""):
        super().__init__(items)
        self.ties_at_cut: list[str] = ties_at_cut or []
        self.rule = rule

    def invited(self) -> list[RankedCandidate]:
        return [r for r in self if r.status == "invited"]

    def by_key(self) -> dict[str, RankedCandidate]:
        return {r.key: r for r in self}


def article29_rule(bypass_best_n: bool) -> str:
    """What Article 29 priority means under the procedure's setting (the one wording: CLI, screens, reports)."""
    if bypass_best_n:
        return translate("Ranking", "Article 29 priority candidates who pass are invited outside the best-N places")
    return translate("Ranking", "Article 29 priority candidates who pass are listed first and compete for the "
                                "best-N places")


def rule_text(criteria: Sequence[CriterionRule], rules: RankingRules) -> str:
    """The cut rule in words, for the shortlist and the report."""
    parts: list[str] = [translate("Ranking", "pass mark {mark} %").format(mark=fmt(rules.pass_mark))]
    mins = [f"{c.code} ≥ {fmt(c.minimum)}" for c in criteria if c.minimum is not None]
    if mins:
        parts.append(translate("Ranking", "minimum {minimums}").format(minimums=", ".join(mins)))
    if rules.best_n is None:
        parts.append(translate("Ranking", "every candidate who passes is invited"))
    else:
        parts.append(translate("Ranking", "the best {n} are invited, and all candidates tied at the cut-off")
                     .format(n=rules.best_n))
    if rules.tie_break:
        parts.append(translate("Ranking", "tie-break order {codes}").format(codes=", ".join(rules.tie_break)))
    parts.append(article29_rule(rules.article29_bypass_best_n))
    return joined(parts)


def _pending_reason(pend: Mapping[str, str], order: Sequence[str]) -> str:
    groups: dict[str, list[str]] = {}
    for code in order:
        if code in pend:
            groups.setdefault(pend[code], []).append(code)
    for code, why in pend.items():
        if code not in order:
            groups.setdefault(why, []).append(code)
    return translate("Ranking", "pending: {reasons}").format(reasons=joined([
        translate("Ranking", "{why} on {codes}").format(why=_PENDING_WORDS.get(why, why), codes=", ".join(codes))
        for why, codes in groups.items()]))


def _assess(cand: Candidate, fin: Mapping[str, float | None], total: float | None,
            pend: Mapping[str, str] | None, criteria: Sequence[CriterionRule],
            rules: RankingRules, reasons: bool = True) -> tuple[str, str] | None:
    """(status, reason) for a candidate who does not pass; None if the candidate passes."""
    codes = [c.code for c in criteria]
    if pend is None:
        pend = {code: "marks missing" for code in codes if code in fin and fin[code] is None}
    if pend:
        return "pending", _pending_reason(pend, codes) if reasons else ""
    if total is None:
        return "pending", translate("Ranking", "pending: no marks")
    fails: list[tuple[str, str]] = []
    if not reasons:
        if total < rules.pass_mark - EPS:
            return "below_pass_mark", ""
        for c in criteria:
            v = fin.get(c.code)
            if c.minimum is not None and (v is None or v < c.minimum - EPS):
                return "below_minimum", ""
        return None
    if total < rules.pass_mark - EPS:
        a, b = fmt_pair(total, rules.pass_mark)
        fails.append(("below_pass_mark", translate("Ranking", "below the pass mark ({total} < {pass_mark})")
                      .format(total=a, pass_mark=b)))
    for c in criteria:
        if c.minimum is None:
            continue
        v = fin.get(c.code)
        if v is None:
            fails.append(("below_minimum", translate("Ranking", "below the minimum on {code} (N/A < {minimum})")
                          .format(code=c.code, minimum=fmt(c.minimum))))
        elif v < c.minimum - EPS:
            a, b = fmt_pair(v, c.minimum)
            fails.append(("below_minimum", translate("Ranking", "below the minimum on {code} ({value} < {minimum})")
                          .format(code=c.code, value=a, minimum=b)))
    if fails:
        return fails[0][0], joined([r for _, r in fails])
    return None


def _merit(r: RankedCandidate, tie_break: Sequence[str]) -> tuple:
    tb = tuple(-1e9 if r.finals.get(c) is None else round(r.finals[c], 9) for c in tie_break)  # type: ignore[arg-type]
    return (round(r.total or 0.0, 9),) + tb


def _value(v: float | None) -> str:
    return "N/A" if v is None else Number(f"{v:.2f}")


def deciding_criterion(above: RankedCandidate, below: RankedCandidate,
                       tie_break: Sequence[str]) -> tuple[str, float | None, float | None] | None:
    """The first tie-break criterion on which two candidates equal on the total differ, with both marks."""
    for code in tie_break:
        a, b = above.finals.get(code), below.finals.get(code)
        if (-1e9 if a is None else round(a, 9)) != (-1e9 if b is None else round(b, 9)):
            return code, a, b
    return None


def tie_break_words(above: RankedCandidate, below: RankedCandidate, tie_break: Sequence[str]) -> str:
    """How `below` was placed after `above` (equal on the total), e.g.
    "tie with rank 8 broken on S2-DEVOPS (3.00 > 2.67)"."""
    found = deciding_criterion(above, below, tie_break)
    if found is None:
        return translate("Ranking", "equal with rank {rank} on the total and on every tie-break criterion: the rank "
                                    "is shared").format(rank=above.rank)
    code, a, b = found
    return translate("Ranking", "tie with rank {rank} broken on {code} ({a} > {b})").format(
        rank=above.rank, code=code, a=_value(a), b=_value(b))


def _explain_ties(pool: list[RankedCandidate], tie_break: Sequence[str]) -> None:
    """Word every place a tie on the total decided: the deciding criterion and both marks, for the
    candidate placed lower and for the one placed higher; a shared rank says why it is shared.
    `pool` is in rank order, so the candidates equal on the total are neighbours."""
    i = 0
    while i < len(pool):
        j = i + 1
        total = round(pool[i].total or 0.0, 9)
        while j < len(pool) and round(pool[j].total or 0.0, 9) == total:
            j += 1
        group = pool[i:j]
        i = j
        if len(group) < 2:
            continue
        for r in group:
            higher = [x for x in group if (x.rank or 0) < (r.rank or 0)]
            lower = [x for x in group if (x.rank or 0) > (r.rank or 0)]
            shared = [x for x in group if x is not r and x.rank == r.rank]
            parts = []
            if higher:
                parts.append(tie_break_words(higher[-1], r, tie_break))
            if shared:
                parts.append(translate("Ranking", "equal on the total and on every tie-break criterion with "
                                                  "{names}: rank {rank} is shared")
                             .format(names=", ".join(x.name for x in shared[:5]) + ("…" if len(shared) > 5 else ""),
                                     rank=r.rank))
            if lower:
                found = deciding_criterion(r, lower[0], tie_break)
                if found is not None:
                    code, a, b = found
                    parts.append(translate("Ranking", "ahead of rank {rank} on {code} ({a} > {b})")
                                 .format(rank=lower[0].rank, code=code, a=_value(a), b=_value(b)))
            r.tie_break = joined(parts)


def _rank_pool(pool: list[RankedCandidate], rules: RankingRules, best_n: int | None,
               ties: list[str], reasons: bool = True) -> None:
    """Order `pool` in place, give competition ranks, and apply the best-N cut."""
    keyed = [(_merit(r, rules.tie_break), r) for r in pool]
    keyed.sort(key=lambda kr: (tuple(-x for x in kr[0]), kr[1].name.casefold(), kr[1].key))
    pool[:] = [r for _, r in keyed]
    prev = None
    size: dict[int, int] = {}
    for i, (merit, r) in enumerate(keyed):
        if merit != prev:
            rank_now, prev = i + 1, merit
        r.rank = rank_now
        size[rank_now] = size.get(rank_now, 0) + 1
    if reasons:
        _explain_ties(pool, rules.tie_break)
    for r in pool:
        assert r.rank is not None
        if best_n is None:
            r.status, r.reason = "invited", translate("Ranking", "invited")
        elif r.rank <= best_n:
            r.status = "invited"
            if r.rank + size[r.rank] - 1 > best_n:
                r.tied_at_cut = True
                r.reason = translate("Ranking", "invited: tied at the cut-off with rank {rank}").format(rank=r.rank)
                ties.append(r.key)
            else:
                r.reason = translate("Ranking", "invited")
        else:
            r.status = "not_invited"
            r.reason = translate("Ranking", "rank {rank} > best {n}").format(rank=r.rank, n=best_n)
            if r.tie_break and reasons:
                r.reason = joined([r.reason, r.tie_break])


def rank(
    candidates: Iterable[Candidate],
    finals: Mapping[str, Mapping[str, float | None]],
    totals: Mapping[str, float | None],
    criteria: Sequence[CriterionRule],
    rules: RankingRules,
    *,
    pending: Mapping[str, Mapping[str, str]] | None = None,
    reasons: bool = True,
) -> Ranking:
    """Rank the eligible candidates (see the module docstring for the rules).

    finals/totals/pending: as produced by `aggregate()` (`Aggregation.finals`, `.totals`, `.pending`).
    Without `pending`, a criterion whose final is None is taken as "marks missing".
    reasons=False leaves the failure reasons unworded (faster; used by the robustness check).
    """
    passing: list[RankedCandidate] = []
    failing: list[RankedCandidate] = []
    for cand in candidates:
        if not cand.eligible:
            continue
        fin = dict(finals.get(cand.key, {}))
        total = totals.get(cand.key)
        pend = None if pending is None else pending.get(cand.key, {})
        r = RankedCandidate(cand.key, cand.name, "", "", total, fin,
                            section="article29" if cand.article29 else "general", article29=cand.article29)
        verdict = _assess(cand, fin, total, pend, criteria, rules, reasons)
        if verdict is None:
            passing.append(r)
        else:
            r.status, r.reason = verdict
            failing.append(r)
    ties: list[str] = []
    art29 = [r for r in passing if r.section == "article29"]
    general = [r for r in passing if r.section == "general"]
    if rules.article29_bypass_best_n:
        _rank_pool(art29, rules, None, [], reasons)
        for r in art29:
            r.reason = translate("Ranking", "invited: Article 29 priority (outside the best-N places)")
        _rank_pool(general, rules, rules.best_n, ties, reasons)
    else:
        _rank_pool(passing, rules, rules.best_n, ties, reasons)
        art29 = [r for r in passing if r.section == "article29"]
        general = [r for r in passing if r.section == "general"]
    failing.sort(key=lambda r: (_FAIL_ORDER[r.status], -(r.total or 0.0), r.name.casefold(), r.key))
    tie_set = set(ties)
    ordered_ties = [r.key for r in art29 + general if r.key in tie_set]
    return Ranking(art29 + general + failing, ordered_ties, rule_text(criteria, rules))


__all__ = ["RankedCandidate", "Ranking", "article29_rule", "deciding_criterion", "rank", "rule_text",
           "tie_break_words"]
