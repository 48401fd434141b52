"""Run the GUI: logging -> QApplication -> services -> main window."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from panel_app.services import Services
from panel_app.services.logs import setup_logging

from . import i18n
from .errors import install_excepthook, show_error
from .main_window import MainWindow
from .state import AppState


def make_app() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("panel_app")
    app.setApplicationName("panel_app")
    return app


def run(db_url: str | None = None, demo: bool = False, procedure: str | None = None,
        smoke_test: str | None = None) -> int:
    setup_logging()
    app = make_app()
    i18n.install()  # the user's language (Settings ▸ Language), else the system's; English when none loads
    install_excepthook()
    actor = None
    try:
        if demo and not db_url:
            from panel_app.services.demo import demo_database_url

            db_url = demo_database_url()
        services = Services.open(db_url)
        if demo:
            from panel_app.services.demo import demo_chair, ensure_demo

            procedure = ensure_demo(services)
            actor = demo_chair(services, procedure)
    except Exception as e:
        show_error(None, e)
        return 2
    window = build_window(services, procedure, title=QCoreApplication.translate(
        "App", "panel_app DEMO — its own database, {database}").format(database=services.db.display) if demo else None)
    from .live import LiveProgress

    live = LiveProgress(window.state)  # other workstations' submissions show up within ~2 s
    live.start()
    if actor is not None:
        window.state.set_actor(actor)
        window.go_to("Applications")
        window.statusBar().showMessage(QCoreApplication.translate(
            "App", "Demo procedure: signed in as the chair, {name} (every demo member's password is demo-panel).").format(
            name=actor.name), 15000)
    window.show()
    if not window.state.reference:  # an empty database: the first-start path
        window.first_start()
    if smoke_test is not None:  # `panel-app --smoke-test [PNG]`: say what is shown, then quit (packaging/)
        from .smoke import report_and_quit

        report_and_quit(window, smoke_test)
    code = app.exec()
    services.db.dispose()
    return code


def build_window(services: Services, procedure: str | None = None, title: str | None = None) -> MainWindow:
    state = AppState(services)
    window = MainWindow(state)
    if title:
        window.title_prefix = title
    window.load_procedures(procedure)
    return window


def run_archive(path: str) -> int:
    """`panel-app --archive FILE`: the archive, verified, in a read-only window (a refusal says why)."""
    setup_logging()
    app = make_app()
    install_excepthook()
    try:
        from panel_app.services.archive_read import open_read_only

        services, ref = open_read_only(path)
    except Exception as e:
        show_error(None, e)
        return 2
    from pathlib import Path

    from .records_actions import archive_window

    window = archive_window(services, ref, Path(path).name)
    window.show()
    code = app.exec()
    services.db.dispose()
    return code
