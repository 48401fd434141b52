"""Robustness: scenarios that change the invited list."""

from __future__ import annotations

import random

from panel_app.domain.scoring import Candidate, CriterionRule, Mark, RankingRules, robustness

RULES = RankingRules(pass_mark=0, best_n=1)


def test_leaving_one_member_out_flips_the_invited_candidate():
    crit = [CriterionRule("K", 1)]
    # x: 4, 4, 0 → mean 2.67; y: 3, 3, 3 → 3. y is invited. Without C, x = 4 > y = 3.
    marks = [Mark("A", "x", "K", 4), Mark("B", "x", "K", 4), Mark("C", "x", "K", 0),
             Mark("A", "y", "K", 3), Mark("B", "y", "K", 3), Mark("C", "y", "K", 3)]
    cands = [Candidate("x", "X"), Candidate("y", "Y")]
    findings = robustness(marks, cands, crit, RULES, ["A", "B", "C"], member_names={"C": "Member C"})
    assert len(findings) == 1
    f = findings[0]
    assert f.kind == "without_member" and f.detail == "without Member C"
    assert sorted(f.flips) == [("x", "not_invited", "invited"), ("y", "invited", "not_invited")]


def test_weight_change_flips():
    crit = [CriterionRule("K1", 1), CriterionRule("K2", 1)]
    # x: (4 + 2) / 8 = 75 %; y: (2 + 3.5) / 8 = 68.75 %.  K2 1→2: x = 8/12, y = 9/12 → y first.
    marks = [Mark("A", "x", "K1", 4), Mark("A", "x", "K2", 2), Mark("A", "y", "K1", 2), Mark("A", "y", "K2", 3.5)]
    cands = [Candidate("x", "X"), Candidate("y", "Y")]
    findings = robustness(marks, cands, crit, RULES, ["A"])
    assert [(f.kind, f.detail) for f in findings] == [("weight", "weight of K1 1→0"), ("weight", "weight of K2 1→2")]
    assert sorted(findings[1].flips) == [("x", "invited", "not_invited"), ("y", "not_invited", "invited")]


def test_stable_result_has_no_findings():
    crit = [CriterionRule("K", 1)]
    marks = [Mark(m, c, "K", v) for m in "AB" for c, v in (("x", 4), ("y", 1))]
    assert robustness(marks, [Candidate("x", "X"), Candidate("y", "Y")], crit, RULES, ["A", "B"]) == []


def test_only_marker_left_out_makes_the_candidate_pending():
    crit = [CriterionRule("K", 1)]
    marks = [Mark("A", "x", "K", 4), Mark("B", "y", "K", 3)]
    findings = robustness(marks, [Candidate("x", "X"), Candidate("y", "Y")], crit, RULES, ["A", "B"],
                          conflicts={("B", "x"), ("A", "y")})
    assert findings[0].detail == "without A"
    assert ("x", "invited", "pending") in findings[0].flips


def test_robustness_at_full_size_1000_candidates_7_members_15_criteria():
    """At full size every member's leave-one-out scenario is computed (its speed is bench/ranking.py's: never a
    timed test, which fails on a busy host)."""
    rnd = random.Random(3)
    members = [f"m{i}" for i in range(7)]
    crit = [CriterionRule(f"C{j}", rnd.choice([1, 2, 3]), minimum=2 if j == 0 else None) for j in range(15)]
    cands = [Candidate(f"c{i:04d}", f"C {i}") for i in range(1000)]
    marks = []
    for c in cands:
        level = rnd.uniform(0.5, 3.8)
        marks += [Mark(m, c.key, k.code, float(min(4, max(0, round(level + rnd.gauss(0, 0.8))))))
                  for k in crit for m in members]
    rules = RankingRules(pass_mark=60, best_n=12, tie_break=["C0", "C1"])
    findings = robustness(marks, cands, crit, rules, members)
    assert {f.detail for f in findings} >= {f"without {m}" for m in members}


def test_fast_scenarios_agree_with_full_recomputation():
    """Each scenario equals aggregating and ranking again from scratch."""
    from dataclasses import replace

    from panel_app.domain.scoring import aggregate, rank

    rnd = random.Random(7)
    members = ["A", "B", "C", "D"]
    crit = [CriterionRule(f"K{j}", rnd.choice([1, 2]), minimum=2 if j == 0 else None) for j in range(4)]
    cands = [Candidate(f"c{i:02d}", f"C{i}", article29="laureate" if i % 9 == 0 else None) for i in range(40)]
    marks = []
    for c in cands:
        for k in crit:
            for m in members:
                roll = rnd.random()
                if roll < 0.05:
                    marks.append(Mark(m, c.key, k.code, None, na=True))
                elif roll < 0.93:
                    marks.append(Mark(m, c.key, k.code, rnd.randint(0, 4)))
    conflicts = {("A", "c03"), ("B", "c05")}
    consensus = {("c01", "K1"): 4.0}
    rules = RankingRules(pass_mark=50, best_n=8, tie_break=["K0", "K1"], consolidation="consensus_required")

    def statuses(mbrs, crits):
        agg = aggregate(marks, crits, mbrs, conflicts=conflicts, consensus=consensus, rules=rules,
                        candidates=[c.key for c in cands])
        return {r.key: r.status for r in rank(cands, agg.finals, agg.totals, crits, rules, pending=agg.pending)}

    def flips(before, after):
        return sorted((k, s, after[k]) for k, s in before.items() if (s == "invited") != (after[k] == "invited"))

    base = statuses(members, crit)
    expected = {}
    for m in members:
        expected[f"without {m}"] = flips(base, statuses([x for x in members if x != m], crit))
    for i, c in enumerate(crit):
        for d in (1, -1):
            changed = list(crit)
            changed[i] = replace(c, weight=c.weight + d)
            if changed[i].weight >= 0:
                expected[f"weight of {c.code} {c.weight}→{c.weight + d}"] = flips(base, statuses(members, changed))
    expected = {k: v for k, v in expected.items() if v}
    found = robustness(marks, cands, crit, rules, members, conflicts=conflicts, consensus=consensus)
    assert {f.detail: sorted(f.flips) for f in found} == expected
    assert expected  # the case does exercise some flips
