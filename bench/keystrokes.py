"""Keystrokes a member needs per candidate on the real Scoring page (issue 18: ≤ 17 on 15 criteria).

Drives the page with Qt's own key events (QTest.keyClick, as pytest-qt does) over a sealed procedure on SQLite:
for each of 5 candidates it counts the keys from the first mark of a candidate to the first mark of the next
one, checks that every mark landed in the database as typed and that the candidates were submitted, and prints
`keystrokes per candidate: N` (an Excel grid takes about 30; the page took 32 plus a dialog per submit before).
Run: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/keystrokes.py
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

CANDIDATES = 5


def main() -> int:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from panel_app.ui.app import make_app
    from panel_app.ui.pages.scoring_page import ScoringPage
    from panel_app.ui.state import AppState

    sys.path.insert(0, str(ROOT / "bench"))
    from scoring import build

    app = make_app()
    with tempfile.TemporaryDirectory() as tmp:
        sv, ref, chair = build(Path(tmp), CANDIDATES + 1)
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
                state.tasks.wait()
                if time.perf_counter() > end:
                    raise TimeoutError("the page did not answer")

        until(lambda: page.sheet is not None and page.grid.model.marks)
        table = page.grid.table
        table.setFocus()
        counts, emails = [], []
        for k in range(CANDIDATES):
            until(lambda: page.sheet is not None and page.shown() == page.current and page.grid.model.marks)
            emails.append(page.current)
            keys = 0
            for i in range(len(page.grid.model.marks)):
                QTest.keyClick(table, getattr(Qt.Key, f"Key_{(i + k) % 5}"))
                keys += 1
            QTest.keyClick(table, Qt.Key.Key_Return)  # submit (undo bar) and open the next candidate
            keys += 1
            counts.append(keys)
        page.pending.flush()
        state.tasks.wait()
        app.processEvents()
        for k, email in enumerate(emails):
            sheet = sv.scoring.sheet(ref, chair, email)
            got = [m.value for m in sheet.marks]
            assert got == [(i + k) % 5 for i in range(len(got))], f"{email}: stored {got}"
            assert sheet.status == "submitted", f"{email} was not submitted"
        criteria = len(sv.scoring.sheet(ref, chair, emails[0]).marks)
        per = max(counts)
        print(f"criteria per candidate: {criteria}; candidates scored and submitted: {len(emails)}")
        print(f"keystrokes per candidate: {per}   (target ≤ 17; an Excel grid takes about 30)")
        page.close()
        sv.db.dispose()
    return 0 if per <= 17 else 1


if __name__ == "__main__":
    sys.exit(main())
