"""Regenerate the screenshots in docs/screenshots/ from the demo procedure (make screenshots).

Runs offscreen on a temporary database: the demo procedure, signed in as the chair. The English ones go to
docs/screenshots/, the French and German ones (the main pages, the application viewer, the restore dialog and the
first start) to docs/screenshots/fr/
and docs/screenshots/de/. `python docs/make_screenshots.py fr` makes one language only.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QMessageBox, QSplitter  # noqa: E402

from panel_app.services import Services  # noqa: E402
from panel_app.services.demo import demo_chair, ensure_demo  # noqa: E402
from panel_app.ui import i18n  # noqa: E402
from panel_app.ui.app import build_window, make_app  # noqa: E402

OUT = ROOT / "docs" / "screenshots"


def _no_modal(box) -> int:
    """A message box would block an offscreen run: print it instead."""
    print("message:", box.text())
    return 0


QMessageBox.exec = _no_modal
PAGES = {"Procedure": "procedure", "Applications": "applications", "Eligibility": "eligibility", "Grid": "grid",
         "Scoring": "scoring", "Panel": "panel", "Shortlist": "shortlist", "Reports": "reports",
         "History": "history"}


def main(languages: list[str]) -> None:
    global OUT
    app = make_app()
    for lang in languages:
        OUT = ROOT / "docs" / "screenshots" / ("" if lang == "en" else lang)
        OUT.mkdir(parents=True, exist_ok=True)
        if i18n.install(lang, app) != lang:
            raise SystemExit(f"no {lang} translation could be loaded (pyside6-lrelease missing?)")
        shoot(app, full=lang == "en")


def shoot(app, full: bool) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        services = Services.open(f"sqlite:///{Path(tmp) / 'demo.sqlite'}")
        ref = ensure_demo(services)
        window = build_window(services, ref)
        window.state.set_actor(demo_chair(services, ref))
        window.resize(1360, 820)
        window.show()
        titles = window.titles

        def settle() -> None:
            for _ in range(20):
                window.state.tasks.wait()
                app.processEvents()

        for title, name in PAGES.items():
            if title not in titles:
                continue
            window.go_to(title)
            settle()
            page = window.page(title)
            if title == "Reports" and hasattr(page, "preview"):
                page.preview()
            if title == "Applications":
                page.table.selectRow(4)  # show a document and its details
            if title == "Eligibility":  # a nationality cell that is not met, with its evidence in the PDF
                m = page.model
                col = next(c for c in range(m.columnCount()) if "NATIONALITY" in str(m.headerData(c, Qt.Horizontal)))
                row = next((r for r in range(m.rowCount()) if m._state(m.index(r, col))[0] == "not_met"), 0)
                page.table.setCurrentIndex(m.index(row, col))
            for _ in range(30):  # let page loads (PDF views, reports) finish
                settle()
                QTest.qWait(20)
            window.grab().save(str(OUT / f"{name}.png"))
            print("wrote", OUT / f"{name}.png")
        _application_viewer(window, settle)
        _restore_dialog(window, services, ref, Path(tmp), settle)
        if not full:  # the translated sets: the main pages, the viewer, the restore dialog and the first start
            window.close()
            services.db.dispose()
            _first_start(app, Path(tmp))
            return
        # the banner a lost database shows (tests/resilience/test_offline_navigation.py stops a real server)
        window.go_to("Applications")
        settle()
        window.offline_banner.set_reachable(False)
        settle()
        window.grab().save(str(OUT / "offline.png"))
        print("wrote", OUT / "offline.png")
        # the cover of a procedure nobody has signed in to: nothing personal before sign-in
        window.state.set_actor(_setup_actor())
        window.go_to("Applications")
        settle()
        window.grab().save(str(OUT / "signin_cover.png"))
        print("wrote", OUT / "signin_cover.png")
        window.close()
        services.db.dispose()
        _first_start(app, Path(tmp))


def _application_viewer(window, settle) -> None:
    """The Applications page's viewer on its own, larger: an application with flags and a PDF, its details below."""
    window.go_to("Applications")
    settle()
    page = window.page("Applications")
    rows = page.model.rows
    pick = next((i for i, r in enumerate(rows) if r["_app"].flags and any(
        d.kind == "pdf" for d in r["_app"].documents) and not r["_app"].excluded), 4)
    page.table.selectRow(pick)
    for _ in range(30):
        settle()
        QTest.qWait(20)
    viewer = page.viewer
    split = next(w for w in page.findChildren(QSplitter) if w.orientation() == Qt.Orientation.Horizontal)
    split.setSizes([400, 780])  # the viewer wide enough to read
    viewer.setSizes([380, 380])
    for _ in range(10):
        settle()
        QTest.qWait(20)
    viewer.grab().save(str(OUT / "application_viewer.png"))
    print("wrote", OUT / "application_viewer.png")


def _restore_dialog(window, services, ref: str, tmp: Path, settle) -> None:
    """File ▸ Restore…: the question asked before anything is replaced, about a backup just taken."""
    path = tmp / "panel_app-backup.sqlite"
    services.backup.backup(ref, window.state.actor, path)
    actions = window.backup_actions
    box = QMessageBox(QMessageBox.Icon.Question, actions.tr("Restore a backup"), actions.question(
        services.backup.describe(path)), QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, window)
    box.show()
    for _ in range(10):
        settle()
        QTest.qWait(20)
    box.grab().save(str(OUT / "restore.png"))
    print("wrote", OUT / "restore.png")
    box.close()


def _setup_actor():
    from panel_app.services.actors import SETUP

    return SETUP


def _first_start(app, tmp: Path) -> None:
    """An empty database: the first-start dialog over the window that says what to do first."""
    services = Services.open(f"sqlite:///{tmp / 'empty.sqlite'}")
    window = build_window(services)
    window.resize(1360, 820)
    window.show()
    window.go_to("Applications")
    window.first_start()
    dlg = window.first_start_dialog
    dlg.name.setText("Anna Schmidt")
    for _ in range(10):
        app.processEvents()
        QTest.qWait(20)
    window.grab().save(str(OUT / "first_start_window.png"))
    dlg.grab().save(str(OUT / "first_start.png"))
    print("wrote", OUT / "first_start.png")
    dlg.reject()
    window.close()
    services.db.dispose()


if __name__ == "__main__":
    main(sys.argv[1:] or ["en", "fr", "de"])
