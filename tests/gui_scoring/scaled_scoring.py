"""The Scoring page at 150 % on a 1280×720 (logical) screen, in a process of its own: Qt reads the scale factor
when it starts. Prints, as JSON, the grid's criterion column and what its header text and the longest criterion
code need, with the window filling the screen and at the window's minimum size.

    QT_SCALE_FACTOR=1.5 QT_QPA_PLATFORM=offscreen:configfile=SCREEN.json python -m tests.gui_scoring.scaled_scoring URL LANG
"""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from panel_app.services import Services
from panel_app.ui import i18n
from panel_app.ui.app import build_window, make_app


def main(url: str, lang: str, member: str = "Member Bob", password: str = "bob-pass") -> None:
    app = make_app()
    if i18n.install(lang, app) != lang:
        raise SystemExit(f"no {lang} translation (compile the .qm files)")
    sv = Services.open(url)
    ref = sv.procedures.list()[0].reference
    win = build_window(sv, ref)
    win.state.set_actor(sv.members.sign_in(ref, member, password))
    win.show()
    win.go_to("Scoring")
    page = win.page("Scoring")
    out = []
    for size in ((1280, 720), (1, 1)):  # the screen; then as small as the window goes
        win.resize(*size)
        for _ in range(500):
            win.state.tasks.wait()
            app.processEvents()
            QTest.qWait(10)
            if page.sheet is not None and page.grid.model.rowCount():
                break
        for _ in range(5):
            app.processEvents()
            QTest.qWait(10)
        table, model = page.grid.table, page.grid.model
        header = table.horizontalHeader()
        text = model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        codes = [m.criterion for m in model.marks]
        out.append({"window": [win.width(), win.height()], "screen": win.screen().size().toTuple(),
                    "ratio": win.devicePixelRatio(), "header": text, "column": header.sectionSize(0),
                    "header_needs": header.fontMetrics().horizontalAdvance(text),
                    "code_needs": max(table.fontMetrics().horizontalAdvance(c) for c in codes)})
    win.state.set_actor(sv.members.sign_in(ref, "Chair Anna", "chair-pass"))  # every page, as the chair
    for title in win.titles:
        win.go_to(title)
        for _ in range(20):
            win.state.tasks.wait()
            app.processEvents()
            QTest.qWait(10)
    out.append({"pages": list(win.titles), "window_needs": win.minimumSizeHint().width()})
    print(json.dumps(out))
    win.close()
    sv.db.dispose()


if __name__ == "__main__":
    main(*sys.argv[1:3])
