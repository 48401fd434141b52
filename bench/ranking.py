"""Time aggregation + ranking (1,000 candidates × 7 members × 12 criteria = 84,000 marks) and the
robustness check (1,000 × 7 × 15). Targets: ≤ 150 ms and ≤ 2 s. Run: .venv/bin/python bench/ranking.py
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from timing import best_of  # (bench/timing.py, beside this script)

from panel_app.domain.scoring import (
    Candidate,
    CriterionRule,
    Mark,
    RankingRules,
    aggregate,
    rank,
    robustness,
)

MEMBERS = [f"member{i}@ec.europa.eu" for i in range(7)]


def make(n_cand: int, n_crit: int, seed: int = 1):
    rnd = random.Random(seed)
    criteria = [CriterionRule(f"C{j + 1}", weight=rnd.choice([1, 2, 3]), minimum=2 if j == 0 else None)
                for j in range(n_crit)]
    candidates = [Candidate(f"cand{i:04d}@example.eu", f"Candidate {i:04d}",
                            article29="official" if i % 50 == 0 else None, eligible=i % 97 != 0)
                  for i in range(n_cand)]
    marks = []
    for c in candidates:
        level = rnd.uniform(0.5, 3.8)
        for crit in criteria:
            for m in MEMBERS:
                if rnd.random() < 0.01:
                    marks.append(Mark(m, c.key, crit.code, None, na=True))
                else:
                    v = min(4, max(0, round(level + rnd.gauss(0, 0.8))))
                    marks.append(Mark(m, c.key, crit.code, float(v)))
    rules = RankingRules(pass_mark=60.0, best_n=12, tie_break=[c.code for c in criteria[:3]])
    return criteria, candidates, marks, rules




def main() -> None:
    criteria, candidates, marks, rules = make(1000, 12)
    conflicts = {(MEMBERS[0], candidates[3].key), (MEMBERS[1], candidates[10].key)}

    def agg_rank():
        agg = aggregate(marks, criteria, MEMBERS, conflicts=conflicts, rules=rules)
        return rank(candidates, agg.finals, agg.totals, criteria, rules, pending=agg.pending)

    ms = best_of(agg_rank, 5)
    result = agg_rank()
    print(f"aggregation + ranking, {len(marks):,} marks: {ms:.1f} ms (target ≤ 150 ms); "
          f"{len(result.invited())} invited")

    criteria15, candidates15, marks15, rules15 = make(1000, 15, seed=2)
    ms = best_of(lambda: robustness(marks15, candidates15, criteria15, rules15, MEMBERS), 3)
    findings = robustness(marks15, candidates15, criteria15, rules15, MEMBERS)
    print(f"robustness, {len(marks15):,} marks, {len(MEMBERS)} + {2 * len(criteria15)} scenarios: "
          f"{ms:.0f} ms (target ≤ 2000 ms); {len(findings)} scenarios flip someone")


if __name__ == "__main__":
    main()
