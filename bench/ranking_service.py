"""Time PanelService.ranking end to end (SQL + aggregation + ranking) on 1,000 candidates × 7 members ×
12 criteria = 84,000 submitted marks in a SQLite file, against the bare SQL aggregate
(GROUP BY candidate, criterion → AVG). Target: ≤ 150 ms. Run: .venv/bin/python bench/ranking_service.py [N]
(N candidates, 1,000 by default).
"""

from __future__ import annotations

import random
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bulk_rows import bulk_candidates, bulk_marks  # (bench/bulk_rows.py, beside this script)
from sqlalchemy import text
from timing import best_of  # (bench/timing.py, beside this script)

from panel_app.domain.paths import DEFAULT_TEMPLATE
from panel_app.services import Services
from panel_app.services.edits import CriterionEdit
from panel_app.store import procedures as q

N_CAND, N_MEMBERS = 1000, 7
RAW = text("""SELECT s.candidate_id, s.criterion_id, AVG(s.value) FROM score s
              JOIN assessment a ON a.member_id = s.member_id AND a.candidate_id = s.candidate_id
                               AND a.stage = s.stage
              WHERE s.procedure_id = :p AND s.stage = 'preselection' AND a.status = 'submitted' AND s.na = false
              GROUP BY s.candidate_id, s.criterion_id""")


def build(sv: Services, n_cand: int = N_CAND) -> tuple[str, object]:
    ref = sv.procedures.create_from_template(DEFAULT_TEMPLATE).result.reference
    g = sv.grid.grid(ref)
    setup = sv.members.sign_in(ref, None, None)
    for code in ("A3-NUTANIX", "A4-ITIL-PM2", "A5-LANGUAGES"):  # 15 → 12 scored preselection criteria
        c = next(c for c in g.criteria if c.code == code)
        sv.grid.update_criterion(ref, code, CriterionEdit(group="requirement"), c.version, setup)
    sv.members.add(ref, "Chair 0", "chair", password="bench-pass")
    chair = sv.members.sign_in(ref, "Chair 0", "bench-pass")
    for i in range(1, N_MEMBERS):
        sv.members.add(ref, f"Member {i}", "member", chair, password="bench-pass")
    sv.grid.seal(ref, chair)
    sv.scoring.declare_confidentiality(ref, chair)
    rnd = random.Random(1)
    with sv.db.sessions() as s, s.begin():
        p = next(x for x in q.all_procedures(s) if x.reference == ref)
        bulk_candidates(s, p.id, [f"cand{i:05d}@example.eu" for i in range(n_cand)])
        crit = [c.id for c in q.criteria(s, p.id) if c.stage == "preselection" and c.kind == "scored"]
        members = [m.id for m in q.members(s, p.id)]
        cands = [c for (c,) in s.execute(text("SELECT id FROM candidate WHERE procedure_id = :p"), {"p": p.id})]
        rows = []
        for c in cands:
            level = rnd.uniform(0.5, 3.8)
            for k in crit:
                for m in members:
                    rows.append((m, c, k, float(min(4, max(0, round(level + rnd.gauss(0, 0.8)))))))
        bulk_marks(s, p.id, "preselection", rows)
        pid = p.id
    return ref, chair, pid, len(rows), len(crit)




def main(n_cand: int = N_CAND) -> None:
    with tempfile.TemporaryDirectory(prefix="bench-ranking-") as tmp:
        sv = Services.open(f"sqlite:///{Path(tmp) / 'bench.sqlite'}")
        ref, chair, pid, n_marks, n_crit = build(sv, n_cand)
        rows = sv.panel.ranking(ref, chair)
        assert len(rows) == n_cand and not any(r.status == "pending" for r in rows)

        def raw() -> None:
            with sv.db.engine.connect() as con:
                con.execute(RAW, {"p": pid}).all()

        t_service = best_of(lambda: sv.panel.ranking(ref, chair))
        t_raw = best_of(raw)
        invited = sum(r.status == "invited" for r in rows)
        print(f"PanelService.ranking: {n_cand} candidates × {N_MEMBERS} members × {n_crit} criteria "
              f"({n_marks:,} marks), SQLite")
        print(f"  service ranking   {t_service:7.1f} ms  (target ≤ 150 ms; {invited} invited)")
        print(f"  raw SQL AVG       {t_raw:7.1f} ms  (GROUP BY candidate, criterion)")
        print(f"  ratio             {t_service / t_raw:7.2f} ×")
        sv.db.dispose()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else N_CAND)
