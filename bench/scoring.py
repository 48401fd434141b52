"""Scoring benchmark: a sealed procedure with N candidates (1,000 by default) on SQLite.

(a) switching candidate in the Scoring page: from selecting the next row until the sheet is in the grid, the
    PDF's page count is known and page 1 has been painted — median over 50 switches (target ≤ 100 ms);
(b) ScoringService.set_mark: median over 200 autosaves (target ≤ 5 ms).
Run: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/scoring.py [N]
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def build(tmp: Path, n: int):
    from panel_app.domain.paths import DEFAULT_TEMPLATE
    from panel_app.services import Services
    from panel_app.services.synthetic import write_mailbox

    write_mailbox(tmp / "mailbox", n, seed=7, late_every=0)
    sv = Services.open(f"sqlite:///{tmp / 'bench.sqlite'}")
    ref = sv.procedures.create_from_template(DEFAULT_TEMPLATE).result.reference
    sv.intake.import_paths(ref, [tmp / "mailbox"], workers=2)
    sv.members.add(ref, "Chair Anna", "chair", password="bench-pass")
    chair = sv.members.sign_in(ref, "Chair Anna", "bench-pass")
    sv.gates.set_mode(ref, "parallel", chair)  # every candidate in the queues, eligibility undecided (issue 16)
    sv.grid.seal(ref, chair)
    sv.scoring.declare_confidentiality(ref, chair)
    return sv, ref, chair


def bench_switch(sv, ref, chair, switches: int = 50) -> tuple[list[float], int]:
    from PySide6.QtPdf import QPdfDocument

    from panel_app.ui.app import make_app
    from panel_app.ui.pages.scoring_page import ScoringPage
    from panel_app.ui.state import AppState

    app = make_app()
    state = AppState(sv)
    page = ScoringPage(state)
    page.resize(1360, 780)
    page.show()
    state.set_procedure(ref)
    state.set_actor(chair)

    def until(cond, limit: float = 10.0) -> None:
        end = time.perf_counter() + limit
        while not cond():
            app.processEvents()
            time.sleep(0.0002)
            if time.perf_counter() > end:
                raise TimeoutError("the page did not finish loading")

    until(lambda: page.candidates.model.rowCount() > 0 and page.sheet is not None)
    rows = page.candidates.model.rowCount()
    times = []
    for i in range(1, switches + 1):
        email = page.candidates.model.rows[i]["email"]
        t = time.perf_counter()
        page.candidates.select_row(i)
        until(lambda email=email: page.shown() == email and page.grid.model.rowCount() > 0
              and page.pdf.pdf.status() == QPdfDocument.Status.Ready and page.pdf.pdf.pageCount() > 0)
        page.pdf.view.viewport().repaint()  # paint page 1 now, inside the timing
        times.append(time.perf_counter() - t)
    state.tasks.shutdown()
    page.close()
    return times, rows


def bench_set_mark(sv, ref, chair, saves: int = 200) -> list[float]:
    cands = sv.scoring.my_candidates(ref, chair)
    codes = [m.criterion for m in sv.scoring.sheet(ref, chair, cands[0].email).marks]
    versions: dict = {}
    times = []
    for i in range(saves):
        email, code = cands[100 + i // len(codes)].email, codes[i % len(codes)]
        t = time.perf_counter()
        m = sv.scoring.set_mark(ref, chair, email, code, i % 5, comment="bench", expected_version=versions.get(
            (email, code))).result
        times.append(time.perf_counter() - t)
        versions[(email, code)] = m.version
    return times


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    with tempfile.TemporaryDirectory() as tmp:
        t = time.perf_counter()
        sv, ref, chair = build(Path(tmp), n)
        setup = time.perf_counter() - t
        switch, rows = bench_switch(sv, ref, chair)
        saves = bench_set_mark(sv, ref, chair)
        sv.db.dispose()
    ms = [x * 1000 for x in switch]
    print(f"scoring: {rows} candidates (procedure built in {setup:.1f} s)")
    print(f"  switch candidate (grid filled, PDF page count known, page 1 painted): median {statistics.median(ms):.1f} ms,"
          f" p90 {sorted(ms)[int(len(ms) * 0.9)]:.1f} ms, max {max(ms):.1f} ms over {len(ms)} switches "
          f"(target ≤ 100 ms median)")
    sm = [x * 1000 for x in saves]
    print(f"  ScoringService.set_mark on SQLite: median {statistics.median(sm):.2f} ms, "
          f"p90 {sorted(sm)[int(len(sm) * 0.9)]:.2f} ms over {len(sm)} saves (target ≤ 5 ms)")


if __name__ == "__main__":
    main()
