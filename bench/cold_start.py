"""Cold start of the packaged app (dist/panel-app, `make package`), beside the same app run from source.

Two figures, each the wall time from launching the process to its exit:
  * `panel-app --version` (the command line's start: the bootloader unpacks nothing in a one-folder bundle,
    it loads Python and the program's archive);
  * the GUI to its first window on a new database, then quit (`--smoke-test` with PANEL_SMOKE_SETTLE_MS=0:
    it reports at the event loop's first turn, after the main window and the first start are shown).
Cold: the first run after the page cache is dropped (`--cold`, root only: `echo 3 > /proc/sys/vm/drop_caches`,
which slows every program on the machine for a moment). Warm: the median of N further runs.
Qt runs offscreen unless DISPLAY is set. Prints the figures and the ratio bundle/source.
Run: .venv/bin/python bench/cold_start.py [--cold] [--runs N] [dist/panel-app]
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


def drop_caches() -> bool:
    try:
        subprocess.run(["sync"], check=False)
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
        return True
    except OSError:
        return False


def timed(cmd: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    out = subprocess.run(cmd, capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL, timeout=300)
    took = time.perf_counter() - started
    if out.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed (exit {out.returncode}): {out.stderr.strip()[-400:]}")
    return took


def measure(name: str, cmd: list[str], env: dict[str, str], runs: int, cold: bool) -> tuple[float | None, float]:
    first = timed(cmd, env) if cold and drop_caches() else None
    if first is None:
        timed(cmd, env)  # a warm-up run
    warm = statistics.median(timed(cmd, env) for _ in range(runs))
    said = f"cold {first:.2f} s, " if cold and first is not None else ""
    print(f"  {name:<44} {said}warm {warm:.2f} s (median of {runs})", flush=True)
    return first, warm


def main(argv: list[str]) -> int:
    cold = "--cold" in argv
    runs = int(argv[argv.index("--runs") + 1]) if "--runs" in argv else 5
    bundle = Path(next((a for a in argv if not a.startswith("--") and not a.isdigit()), ROOT / "dist" / "panel-app"))
    exe = bundle / ("panel-app.exe" if sys.platform.startswith("win") else "panel-app")
    if not exe.is_file():
        print(f"No bundle at {bundle}: build it with `make package`.", file=sys.stderr)
        return 2
    home = Path(tempfile.mkdtemp(prefix="panel-cold-"))
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "PANEL_SMOKE_SETTLE_MS": "0",
           "QT_QPA_PLATFORM": "xcb" if os.environ.get("DISPLAY") else "offscreen"}
    if os.environ.get("DISPLAY"):
        env["DISPLAY"] = os.environ["DISPLAY"]
    source = [sys.executable, "-m", "panel_app.cli"]
    src_env = {**env, "PYTHONPATH": str(ROOT)}
    size = subprocess.run(["du", "-sh", str(bundle)], capture_output=True, text=True).stdout.split()[0]
    how = "cold = the first run after dropping the page cache" if cold else "warm runs only"
    print(f"Packaged app {bundle} ({size}), Qt {env['QT_QPA_PLATFORM']}; {how}")
    figures = {}
    for what, args in (("--version", ["--version"]),
                       ("GUI to its first window (new database)", ["--db", str(home / "new.sqlite"), "--smoke-test"])):
        figures[what] = (measure(f"bundle: {what}", [str(exe), *args], env, runs, cold),
                         measure(f"source: {what}", [*source, *args], src_env, runs, cold))
        (home / "new.sqlite").unlink(missing_ok=True)
    for what, ((b_cold, b_warm), (s_cold, s_warm)) in figures.items():
        ratio = f"warm {b_warm / s_warm:.2f}" + (f", cold {b_cold / s_cold:.2f}" if b_cold and s_cold else "")
        print(f"  ratio bundle/source, {what}: {ratio}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
