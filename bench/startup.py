"""Start-up benchmark: process launch -> usable main window on a procedure with 1,000 applications.

Compared with a bare QMainWindow started the same way. Prints seconds and the ratio.
`--runs=K` starts each process K times (5 by default) and prints the median.
Run: .venv/bin/python bench/startup.py [N] [--runs=K]
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

APP = r"""
import sys
from panel_app.ui.app import make_app, build_window
from panel_app.services import Services
app = make_app()
sv = Services.open(sys.argv[1])
w = build_window(sv)
w.show()
if len(sys.argv) > 2:
    w.go_to(sys.argv[2])
app.processEvents()
w.state.tasks.wait()
app.processEvents()
print("ready", flush=True)
"""

BARE = r"""
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow(); w.show(); app.processEvents()
print("ready", flush=True)
"""


def timed(code: str, *args: str, runs: int = 5) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, cwd=ROOT)
        times.append(time.perf_counter() - t)
        assert "ready" in out.stdout, out.stderr[-2000:]
    return statistics.median(times)


def build_db(path: Path, n: int) -> None:
    from panel_app.services import Services
    from panel_app.services.synthetic import write_mailbox

    sv = Services.open(f"sqlite:///{path}")
    from panel_app.domain.paths import DEFAULT_TEMPLATE

    ref = sv.procedures.create_from_template(DEFAULT_TEMPLATE).result.reference
    with tempfile.TemporaryDirectory() as box:
        write_mailbox(Path(box), n, seed=7)
        sv.intake.import_paths(ref, [box], workers=2)
    sv.db.dispose()


def main() -> None:
    runs = next((int(a.split("=", 1)[1]) for a in sys.argv[1:] if a.startswith("--runs=")), 5)
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    n = int(args[0]) if args else 1000
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "startup.sqlite"
        build_db(db, n)
        app = timed(APP, f"sqlite:///{db}", runs=runs)
        apps_page = timed(APP, f"sqlite:///{db}", "Applications", runs=runs)
        bare = timed(BARE, runs=runs)
    print(f"startup: {n} applications -> usable main window {app:.2f} s (median of {runs}; first page loaded); "
          f"bare QMainWindow {bare:.2f} s; ratio {app / bare:.1f}x; target <= 1.0 s")
    print(f"startup: straight to the Applications page with all {n} rows loaded {apps_page:.2f} s")


if __name__ == "__main__":
    main()
