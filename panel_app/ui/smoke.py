"""`panel-app --smoke-test [PNG]`: the packaged app's smoke test (packaging/smoke.py) starts the GUI this way.

Once the event loop has shown the windows, one line on stdout says what a person would see: the Qt platform,
the main window, and on an empty database the first start with the vacancy templates it offers (none means
the bundle lost `data/`), and the interface language with Qt's own word for Cancel (whether the bundle
kept the translations). The screen is saved to PNG when asked; then the app quits, 0 when all was shown.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication, QTimer, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMainWindow

from . import i18n

SETTLE_MS = 1500  # after the event loop starts: the first paint, the first-start dialog, the page's first load


def report_and_quit(window: QMainWindow, png: str = "") -> None:
    """PANEL_SMOKE_SETTLE_MS=0 reports at the event loop's first turn (bench/cold_start.py: time to the window)."""
    delay_ms = int(os.environ.get("PANEL_SMOKE_SETTLE_MS") or SETTLE_MS)
    QTimer.singleShot(delay_ms, lambda: QApplication.exit(_report(window, png)))


def _report(window: QMainWindow, png: str) -> int:
    app = QApplication.instance()
    problems = []
    said = [f"Qt {qVersion()} on {app.platformName()}", f"interface in {i18n.current()}",
            # Qt's own translations (qtbase_<lang>.qm) name the standard buttons
            f"Qt's Cancel reads '{QCoreApplication.translate('QPlatformTheme', 'Cancel')}'"]
    if window.isVisible():
        said.append(f'main window "{window.windowTitle()}" shown')
    else:
        problems.append("the main window is not shown")
    dialog = getattr(window, "first_start_dialog", None)
    if not window.state.reference:
        if dialog is None or not dialog.isVisible():
            problems.append("the first start is not shown on an empty database")
        else:
            templates = dialog.list.count()
            said.append(f'first start "{dialog.windowTitle()}" shown with {templates} vacancy template(s)')
            if not templates:
                problems.append("the first start offers no vacancy template (data/vacancies missing)")
    if png:
        shot = QGuiApplication.primaryScreen().grabWindow(0)  # the whole screen, as a person sees it
        if shot.isNull() or shot.width() <= 1:  # offscreen has no screen to grab: the windows themselves
            shot = (dialog if dialog is not None and dialog.isVisible() else window).grab()
        if shot.save(png):
            said.append(f"screen saved to {png}")
        else:
            problems.append(f"the screen could not be saved to {png}")
    print("smoke: " + "; ".join(said), flush=True)
    for p in problems:
        print(f"smoke: FAILED: {p}", file=sys.stderr, flush=True)
    return 1 if problems else 0
