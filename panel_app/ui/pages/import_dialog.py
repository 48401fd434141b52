"""Importing from the mailbox export: progress with Cancel, then the import report (every file, its outcome).

The import runs on the DB worker thread (IntakeService.import_paths); Cancel sets a threading.Event that the
service polls between files. Each file is its own transaction, so a cancelled import keeps what was
committed and lists the rest as not imported.
"""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from panel_app.domain.changes import Changed
from panel_app.domain.errors import UserFacingError

from .. import words
from ..errors import show_error
from ..state import AppState
from ..table_model import Column, DictTableModel, elide_headers

if TYPE_CHECKING:
    from panel_app.services.intake import ImportReport

OUTCOMES = [("imported", QT_TRANSLATE_NOOP("ImportDialog", "imported")),
            ("imported_with_flags", QT_TRANSLATE_NOOP("ImportDialog", "imported with flags")),
            ("not_read", QT_TRANSLATE_NOOP("ImportDialog", "stored, not read")),
            ("not_application", QT_TRANSLATE_NOOP("ImportDialog", "not an application (stored)")),
            ("already_imported", QT_TRANSLATE_NOOP("ImportDialog", "already imported")),
            ("rejected", QT_TRANSLATE_NOOP("ImportDialog", "rejected")),
            ("not_imported", QT_TRANSLATE_NOOP("ImportDialog", "not imported"))]
OUTCOME_LABEL = dict(OUTCOMES)


def _t(text: str) -> str:
    return QCoreApplication.translate("ImportDialog", text)


def outcome_label(outcome: str) -> str:
    return _t(OUTCOME_LABEL[outcome]) if outcome in OUTCOME_LABEL else outcome


def counts_text(counts: dict[str, int], cancelled: bool = False) -> str:
    parts = [f"{counts[k]} {_t(label)}" for k, label in OUTCOMES if counts.get(k)]
    text = ", ".join(parts) if parts else QCoreApplication.translate("ImportDialog", "No files found")
    return QCoreApplication.translate("ImportDialog", "Import cancelled — {counts}").format(counts=text) \
        if cancelled else text


class ImportDialog(QDialog):
    """Runs one import. `start()` begins it; `imported(report)` is emitted when it has finished."""

    imported = Signal(object)

    def __init__(self, state: AppState, paths: list[str], parent: QWidget | None = None, workers: int = 2):
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import applications"))
        self.state, self.paths, self.workers = state, [str(p) for p in paths], workers
        self.cancel_event = threading.Event()
        self.report = None
        self.running = False

        self.message = QLabel(self.tr("Starting…"), objectName="importMessage")
        self.message.setWordWrap(True)
        self.bar = QProgressBar(objectName="importProgress")
        self.bar.setRange(0, 1000)
        self.cancel_button = QPushButton(self.tr("Cancel"), objectName="cancelButton")
        self.cancel_button.clicked.connect(self.cancel)
        progress = QWidget()
        pl = QVBoxLayout(progress)
        pl.addWidget(QLabel(self.tr("<b>Importing {n} selected item(s)…</b>").format(n=len(self.paths))))
        pl.addWidget(self.message)
        pl.addWidget(self.bar)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        pl.addLayout(row)
        pl.addStretch(1)

        self.counts = QLabel(objectName="importCounts")
        self.counts.setWordWrap(True)
        self.model = DictTableModel([
            Column("file", QT_TRANSLATE_NOOP("Headers", "File"), tooltip_key="file"),
            Column("outcome_label", QT_TRANSLATE_NOOP("Headers", "Outcome")),
            Column("applications", QT_TRANSLATE_NOOP("Headers", "Applications"), align_right=True),
            Column("flags_text", QT_TRANSLATE_NOOP("Headers", "Flags"), tooltip_key="flags_tip"),
            Column("reason", QT_TRANSLATE_NOOP("Headers", "Reason"), tooltip_key="reason"),
        ], self)
        self.table = QTableView(objectName="importReportTable")
        self.table.setModel(self.model)
        elide_headers(self.table)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # Qt's default indicator is descending
        self.table.setWordWrap(False)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.export_button = QPushButton(self.tr("Export report as JSON…"), objectName="exportReportButton")
        self.export_button.clicked.connect(self.export_json)
        close = QPushButton(self.tr("Close"), objectName="closeReportButton")
        close.setDefault(True)
        close.clicked.connect(self.accept)
        report = QWidget()
        rl = QVBoxLayout(report)
        rl.addWidget(self.counts)
        rl.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        rl.addLayout(buttons)

        self.pages = QStackedWidget()
        self.pages.addWidget(progress)
        self.pages.addWidget(report)
        lay = QVBoxLayout(self)
        lay.addWidget(self.pages)
        self.resize(520, 180)

    def start(self) -> None:
        s = self.state
        self.running = True
        s.tasks.run(s.services.intake.import_paths, s.reference, self.paths, s.actor, workers=self.workers,
                    on_done=self._done, on_error=self._failed, on_progress=self._progress,
                    cancel_event=self.cancel_event)

    def cancel(self) -> None:
        self.cancel_event.set()
        self.cancel_button.setEnabled(False)
        self.message.setText(self.tr("Cancelling after the file being stored… what is stored stays stored."))

    def _progress(self, fraction: float, message: str) -> None:
        self.bar.setValue(int(max(0.0, min(1.0, fraction)) * 1000))
        if not self.cancel_event.is_set():
            self.message.setText(message)

    def _failed(self, error: BaseException) -> None:
        self.running = False
        show_error(self.parentWidget(), error)
        self.reject()

    def _done(self, op: Changed[ImportReport]) -> None:
        self.running = False
        self.report = report = op.result
        rows = [{"file": f.file, "outcome": f.outcome, "outcome_label": outcome_label(f.outcome),
                 "applications": f.applications, "reason": f.reason,
                 # the flags in words (domain/flags.py, in the interface's language), never their codes
                 "flags_text": ", ".join(words.flag_label(c) for c in f.flags),
                 "flags_tip": "\n".join(f"{words.flag_label(c)}: {words.flag_text(c)}" for c in f.flags)}
                for f in report.files]
        self.model.set_rows(rows)
        apps = sum(f.applications for f in report.files)
        self.counts.setText(f"<b>{counts_text(report.counts(), report.cancelled)}</b> — " + self.tr(
            "{files} file(s), {apps} application(s) stored. Flagged applications are stored too; nothing was thrown "
            "away.").format(files=len(rows), apps=apps))
        self.setWindowTitle(self.tr("Import report"))
        self.pages.setCurrentIndex(1)
        self.resize(980, 520)
        self.table.resizeColumnsToContents()
        for col, cap in ((0, 320), (3, 260)):
            self.table.setColumnWidth(col, min(self.table.columnWidth(col) + 12, cap))
        self.state.apply(op)
        self.imported.emit(report)

    def export_json(self) -> None:
        if self.report is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the import report"), "import-report.json",
                                              self.tr("JSON (*.json)"))
        if not path:
            return
        try:
            Path(path).write_text(json.dumps(self.report.as_dict(), indent=2, ensure_ascii=False), encoding="utf-8")
        except OSError as e:
            show_error(self, UserFacingError(self.tr("Could not write {path}: {reason}.").format(
                path=path, reason=e.strerror), hint=self.tr("Choose another folder.")))

    def reject(self) -> None:
        """Closing while the import runs means Cancel; the dialog stays until the report is shown."""
        if self.running:
            self.cancel()
            return
        super().reject()
