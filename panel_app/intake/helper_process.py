"""How the intake starts a helper process, from a source checkout and from the packaged app.

From source, a helper is `python -m MODULE …`. In the packaged app (PyInstaller sets `sys.frozen`) there is no
Python interpreter: `sys.executable` is the app itself, so the helper is `panel-app --panel-worker NAME …`, which
`panel-app` hands to `run_helper` before it parses any option. Only the helpers named in HELPERS can be started
that way. (The import's parsing workers use `multiprocessing`, which the packaged app's entry point supports
with `multiprocessing.freeze_support()`: packaging/panel_app_entry.py.)
"""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
from pathlib import Path

HELPER_FLAG = "--panel-worker"
HELPERS = {"ocr-render": "panel_app.intake.ocr_render"}


def frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def helper_command(name: str, *args: str) -> list[str]:
    """The command line that runs helper `name` with `args`, in this installation."""
    if frozen():
        return [sys.executable, HELPER_FLAG, name, *args]
    return [sys.executable, "-m", HELPERS[name], *args]


def helper_environment() -> dict[str, str]:
    """The helper's environment: this one, and from source the checkout on PYTHONPATH (the app may have been
    started from any folder)."""
    env = dict(os.environ)
    if not frozen():
        root = str(Path(__file__).resolve().parents[2])
        env["PYTHONPATH"] = root + os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else root
    return env


def helper_flags() -> int:
    """Windows: no console window flashes up for a helper of the windowed app."""
    return subprocess.CREATE_NO_WINDOW if sys.platform.startswith("win") else 0


def run_helper(argv: list[str]) -> int:
    """`panel-app --panel-worker NAME ARGS…`: runs the helper's `main(ARGS)`; exit 2 for an unknown name."""
    if not argv or argv[0] not in HELPERS:
        print(f"panel-app: no helper named {argv[0] if argv else '(none)'}; known: {', '.join(HELPERS)}",
              file=sys.stderr)
        return 2
    return int(importlib.import_module(HELPERS[argv[0]]).main(argv[1:]) or 0)
