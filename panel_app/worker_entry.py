"""The one entry point of panel_app's helper processes, for a Python install and a packaged (frozen) app alike.

A packaged app (PyInstaller) has no Python interpreter to run `python -m …`: its `sys.executable` is the app
itself. So a helper is started as the app re-invoked with a worker flag (`worker_command`), and the app's
entry point calls `run_if_worker()` first, before anything else is imported: when the flag is there, the
helper runs and the process exits. Standard library only, imported at start-up.

Helpers: the OCR render worker (`--panel-ocr-render`, panel_app/intake/ocr_render.py). The intake parsing
workers use multiprocessing, which needs `multiprocessing.freeze_support()`: it is called here too.
"""

from __future__ import annotations

import sys

OCR_RENDER = "--panel-ocr-render"


def frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def worker_command(flag: str, args: list[str]) -> list[str]:
    """The command line that starts helper `flag` with `args`: the frozen app itself, or this Python."""
    if frozen():
        return [sys.executable, flag, *args]
    module = {OCR_RENDER: "panel_app.intake.ocr_render"}[flag]
    return [sys.executable, "-m", module, *args]


def run_if_worker(argv: list[str] | None = None) -> None:
    """Called first by the app's entry point. Runs the helper the command line names and exits; returns at once
    when the process is the app itself."""
    argv = sys.argv[1:] if argv is None else argv
    if frozen():
        import multiprocessing

        multiprocessing.freeze_support()  # a multiprocessing child of the frozen app runs here and exits
    if argv[:1] == [OCR_RENDER]:
        from panel_app.intake.ocr_render import main

        sys.exit(main(argv[1:]))
