"""Composition root: config -> engine -> migrations -> services -> QApplication -> MainWindow."""

from __future__ import annotations


def run_gui(db_url: str | None = None, demo: bool = False, procedure: str | None = None,
            smoke_test: str | None = None) -> int:
    from panel_app.ui.app import run

    return run(db_url=db_url, demo=demo, procedure=procedure, smoke_test=smoke_test)


def run_archive(path: str) -> int:
    from panel_app.ui.app import run_archive as run

    return run(path)
