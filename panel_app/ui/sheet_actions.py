"""The "Scores" menu: export my offline score sheet (.xlsx), import a filled sheet (.xlsx/.csv).

The work runs on the DB worker (state.tasks); a sheet with bad rows is shown as a list of rows to correct.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QFileDialog, QMenu, QMenuBar, QMessageBox, QWidget

from panel_app.domain.changes import Changed
from panel_app.domain.errors import UserFacingError
from panel_app.services.scoring_results import SheetExported, SheetImported
from panel_app.ui.words import text as said

from .errors import show_error
from .state import AppState

SHOWN_ROWS = 12


class SheetActions(QObject):
    def __init__(self, state: AppState, parent: QWidget, stage: str | Callable[[], str] = "preselection"):
        super().__init__(parent)
        self.state, self.parent_widget, self._stage = state, parent, stage

    @property
    def stage(self) -> str:
        return self._stage() if callable(self._stage) else self._stage

    def _ready(self) -> bool:
        if not self.state.reference:
            show_error(self.parent_widget, UserFacingError(self.tr("Open a procedure first.")))
            return False
        return True

    def export(self) -> None:
        if not self._ready():
            return
        s = self.state
        default = Path.home() / (re.sub(r"[^\w.-]+", "-", f"scores-{s.reference}-{s.actor.name}").strip("-") + ".xlsx")
        path, _ = QFileDialog.getSaveFileName(self.parent_widget, self.tr("Export my score sheet"), str(default),
                                              self.tr("Excel workbook (*.xlsx)"))
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        s.tasks.run(s.services.sheets.export, s.reference, s.actor, path, self.stage,
                    on_done=self._exported, on_error=self._failed)

    def import_(self) -> None:
        if not self._ready():
            return
        s = self.state
        path, _ = QFileDialog.getOpenFileName(self.parent_widget, self.tr("Import a score sheet"), str(Path.home()),
                                              self.tr("Score sheets (*.xlsx *.csv);;Excel workbook (*.xlsx);;CSV (*.csv)"))
        if not path:
            return
        s.tasks.run(s.services.sheets.import_file, s.reference, s.actor, path, self.stage,
                    on_done=self._imported, on_error=self._failed)

    def _exported(self, out: SheetExported) -> None:
        QMessageBox.information(self.parent_widget, self.tr("Score sheet exported"),
                                self.tr("Wrote {file}: {candidates} candidates × {criteria} criteria.\n\nFill in the value "
                                        "column (0–4 or NA), then use Scores ▸ Import a score sheet.").format(
                                    file=out.file, candidates=out.candidates, criteria=out.criteria))

    def _imported(self, op: Changed[SheetImported]) -> None:
        out = self.state.apply(op)
        extra = []
        if out.unchanged:
            extra.append(self.tr("{n} unchanged").format(n=out.unchanged))
        if out.skipped:
            extra.append(self.tr("{n} rows without a value skipped").format(n=out.skipped))
        QMessageBox.information(self.parent_widget, self.tr("Score sheet imported"),
                                self.tr("Applied {n} marks from {file}.").format(n=out.applied,
                                                                               file=Path(out.file).name)
                                + (f" ({', '.join(extra)}.)" if extra else ""))

    def _failed(self, error: BaseException) -> None:
        rows = getattr(error, "rows", None)
        if not rows:
            show_error(self.parent_widget, error)
            return
        box = row_errors_box(self.parent_widget, said(error.headline), [said(r) for r in rows],
                             said(error.hint) if error.hint else None)
        box.exec()


def row_errors_box(parent: QWidget | None, headline: str, rows: list[str], hint: str | None) -> QMessageBox:
    """The first rows in the message, all of them under Show Details."""
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate(
        "SheetActions", "panel_app — score sheet not imported"), headline, parent=parent)
    shown = "\n".join(rows[:SHOWN_ROWS])
    if len(rows) > SHOWN_ROWS:
        shown += "\n" + QCoreApplication.translate("SheetActions", "… and {n} more (Show Details).").format(
            n=len(rows) - SHOWN_ROWS)
    box.setInformativeText(shown + (f"\n\n{hint}" if hint else ""))
    box.setDetailedText("\n".join(rows))
    box.setObjectName("sheetErrorsBox")
    return box


def install(menu_bar_or_menu: QMenuBar | QMenu, state: AppState, parent: QWidget,
            stage: str | Callable[[], str] = "preselection") -> QMenu:
    """Add the "Scores" menu; `stage` may be a callable returning the stage being scored."""
    actions = SheetActions(state, parent, stage)
    menu = menu_bar_or_menu.addMenu(QCoreApplication.translate("SheetActions", "&Scores"))
    menu.setObjectName("scoresMenu")
    export = menu.addAction(QCoreApplication.translate("SheetActions", "Export my score sheet…"))
    export.setObjectName("exportScoreSheet")
    export.triggered.connect(lambda _checked=False: actions.export())
    imp = menu.addAction(QCoreApplication.translate("SheetActions", "Import a score sheet…"))
    imp.setObjectName("importScoreSheet")
    imp.triggered.connect(lambda _checked=False: actions.import_())
    menu.sheet_actions = actions  # keep a Python reference alongside the Qt parent
    return menu
