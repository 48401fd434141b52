"""Applications page: import from the mailbox export, the applications table, the document viewer and details.

Reads and writes go through the task runner; the table sorts inside its model (no proxy).
"""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDateTime, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from panel_app.domain.changes import Change
from panel_app.domain.flags import FLAG_TEXT
from panel_app.domain.identity import NO_EMAIL, is_placeholder
from panel_app.domain.names import display_name, distinct_names
from panel_app.domain.times import DEFAULT_ZONE
from panel_app.services.application_info import ApplicationInfo
from panel_app.services.procedures import ProcedureSettings
from panel_app.ui.words import text as said

from .. import words
from ..dates import shown
from ..errors import show_error
from ..state import AppState
from ..table_model import Column, DictTableModel, row_table
from .application_viewer import ApplicationViewer
from .import_dialog import ImportDialog
from .name_dialog import NameDialog
from .ocr_dialog import OcrDialog
from .shown_refresh import RefreshWhenShown

STATUSES = ["all", "active", "superseded", "duplicate", "late_resend"]
NAME_COLUMN = 1  # column 0 is the stable application id


def _load(services, reference: str, **filters) -> tuple[ProcedureSettings, list[ApplicationInfo]]:
    """Worker-thread read: the procedure's zone and deadline, and the filtered applications."""
    return services.procedures.settings(reference), services.applications.list(reference, **filters)


class ReceivedTimeDialog(QDialog):
    """The mailbox receipt time of one application, in the procedure's zone, with where it comes from."""

    def __init__(self, tz: str, initial_utc: datetime, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Enter the received time"))
        self.tz = ZoneInfo(tz)
        self.when = QDateTimeEdit(objectName="receivedTimeEdit")
        self.when.setDisplayFormat("dd.MM.yyyy HH:mm:ss")
        self.when.setCalendarPopup(True)
        local = initial_utc.astimezone(self.tz)
        self.when.setDateTime(QDateTime(local.year, local.month, local.day, local.hour, local.minute, local.second))
        self.reason = QLineEdit(objectName="receivedReasonEdit")
        self.reason.setPlaceholderText(self.tr("e.g. mailbox server log, message trace of 12.06.2026"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        self.reason.textChanged.connect(lambda t: ok.setEnabled(bool(t.strip())))
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("When the functional mailbox received it, {tz} time:").format(tz=tz)))
        form.addRow(self.tr("Received"), self.when)
        form.addRow(self.tr("Source (required)"), self.reason)
        form.addRow(buttons)

    def value(self) -> tuple[datetime, str]:
        d, t = self.when.date(), self.when.time()
        local = datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), t.second(), tzinfo=self.tz)
        return local.astimezone(UTC), self.reason.text().strip()


class ApplicationsPage(RefreshWhenShown, QWidget):
    title = "Applications"

    def __init__(self, state: AppState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.settings: ProcedureSettings | None = None
        self._restoring = False
        self.current: ApplicationInfo | None = None
        self.import_dialog: ImportDialog | None = None
        self.setAcceptDrops(True)

        import_folder = QPushButton(self.tr("Import folder…"), objectName="importFolderButton")
        import_folder.clicked.connect(self.import_folder)
        import_files = QPushButton(self.tr("Import files…"), objectName="importFilesButton")
        import_files.clicked.connect(self.import_files)
        self.ocr_button = QPushButton(self.tr("Read scans (OCR)…"), objectName="ocrButton")
        self.ocr_button.setToolTip(self.tr("Read the scanned PDFs (no text layer) by OCR, in the background"))
        self.ocr_button.clicked.connect(self.read_scans)
        self.ocr_dialog: OcrDialog | None = None
        self.status_combo = QComboBox(objectName="statusFilter")
        for status in STATUSES:
            self.status_combo.addItem(words.status(status), status)
        self.flag_combo = QComboBox(objectName="flagFilter")
        for combo in (self.status_combo, self.flag_combo):  # as wide as a short item: the list opens wider
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
        self.flag_combo.addItem(words.status("all"), None)
        for code in FLAG_TEXT:
            self.flag_combo.addItem(words.flag_label(code), code)
        for combo in (self.status_combo, self.flag_combo):
            combo.currentIndexChanged.connect(self.refresh)
        self.search = QLineEdit(objectName="searchBox")
        self.search.setPlaceholderText(self.tr("Search names, e-mails and the text of the documents…"))
        self.search.setClearButtonEnabled(True)
        self._debounce = QTimer(self, singleShot=True, interval=300, timeout=self.refresh)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.received_button = QPushButton(self.tr("Enter received time…"), objectName="receivedTimeButton")
        self.received_button.clicked.connect(self.enter_received_time)
        self.exclude_button = QPushButton(self.tr("Exclude…"), objectName="excludeButton")
        self.exclude_button.clicked.connect(self.toggle_excluded)
        self.name_button = QPushButton(self.tr("Correct name…"), objectName="correctNameButton")
        self.name_button.clicked.connect(self.correct_name)
        bar = QHBoxLayout()
        for w in (import_folder, import_files, self.ocr_button, QLabel(self.tr("Status")), self.status_combo,
                  QLabel(self.tr("Flag")), self.flag_combo):
            bar.addWidget(w)
        bar.addWidget(self.search, 1)
        self.search.setMinimumWidth(220)  # never "S…" on a 1024-pixel screen
        actions = QHBoxLayout()  # the actions sit with the record they act on, above its details
        for b in (self.name_button, self.received_button, self.exclude_button):
            actions.addWidget(b)
        actions.addStretch(1)
        self.summary = QLabel(objectName="applicationsSummary", wordWrap=True)  # never wider than the screen
        self.ocr_hint = QLabel(objectName="ocrHint")  # after an import: how many scans have no text, and what to do
        self.ocr_hint.setWordWrap(True)
        self.ocr_hint.hide()

        self.model = DictTableModel([
            Column("id", QT_TRANSLATE_NOOP("Headers", "Id"), align_right=True, tooltip_key="id_tip"),
            Column("name", QT_TRANSLATE_NOOP("Headers", "Candidate"), tooltip_key="name"),
            Column("email", QT_TRANSLATE_NOOP("Headers", "Email"), tooltip_key="email"),
            Column("received_utc", QT_TRANSLATE_NOOP("Headers", "Received ({zone})"), fmt=self._local_time),
            Column("on_time_text", QT_TRANSLATE_NOOP("Headers", "On time")),
            Column("flags_text", QT_TRANSLATE_NOOP("Headers", "Flags"), tooltip_key="flags_tip"),
            Column("status_text", QT_TRANSLATE_NOOP("Headers", "Status"), tooltip_key="status_tip"),
            Column("source", QT_TRANSLATE_NOOP("Headers", "Source"), tooltip_key="source"),
        ], self)
        self.model.set_header_values(zone=DEFAULT_ZONE)  # the procedure's own zone once its settings are read
        self.table = QTableView(objectName="applicationsTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(NAME_COLUMN, Qt.SortOrder.AscendingOrder)  # Qt's default indicator is descending
        row_table(self.table)
        self.table.selectionModel().currentRowChanged.connect(self._row_selected)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        self.viewer = ApplicationViewer(state)
        right = QWidget()
        right_lay = QVBoxLayout(right)
        right_lay.setContentsMargins(0, 0, 0, 0)
        right_lay.addLayout(actions)
        right_lay.addWidget(self.viewer, 1)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 1)
        split.setSizes([830, 370])
        lay = QVBoxLayout(self)
        lay.addLayout(bar)
        lay.addWidget(self.summary)
        lay.addWidget(self.ocr_hint)
        lay.addWidget(split, 1)
        self._show_application(None)
        state.procedure_changed.connect(lambda _ref: self.refresh())
        state.subscribe({Change.APPLICATIONS}, lambda _k: self.refresh())

    # ---- listing -------------------------------------------------------------------------------------------
    def reload(self) -> None:
        if not self.state.reference:
            return
        status, flag = self.status_combo.currentData(), self.flag_combo.currentData()
        self.state.tasks.run(_load, self.state.services, self.state.reference, actor=self.state.actor,
                             status=None if status == "all" else status, flag=flag,
                             search=self.search.text().strip() or None, on_done=self._show,
                             on_error=lambda e: show_error(self, e))

    def _id_tip(self, number: int) -> str:
        return self.tr("Application id {0}: every command takes {0}, #{0} or A{0}").format(number)

    def _local_time(self, utc_iso: str | None) -> str:
        return shown(utc_iso, self._zone(), seconds=True, named=False) \
            if utc_iso else words.yes_no_unknown(None)

    def _zone(self) -> str:
        """The procedure's zone once its settings are read."""
        return (self.settings.timezone if self.settings else "") or DEFAULT_ZONE

    def _show(self, loaded: tuple[ProcedureSettings, list[ApplicationInfo]]) -> None:
        self.settings, apps = loaded
        self.model.set_header_values(zone=self._zone())
        keep = self.current.id if self.current else None
        rows = []
        for a in apps:
            c = a.candidate
            name = display_name(c.surname, c.first_name)
            status = words.status("excluded" if a.excluded else a.status)
            email = c.email if c.email and not is_placeholder(c.email) else a.sender or NO_EMAIL
            rows.append({"id": a.id, "id_tip": self._id_tip(a.id), "name": name, "email": email,
                         "received_utc": a.received_utc, "on_time_text": words.yes_no_unknown(a.on_time),
                         "flags_text": ", ".join(words.flag_label(f) for f in a.flags), "source": a.source,
                         "flags_tip": "\n".join(f"{words.flag_label(f)}: {words.flag_text(f)}" for f in a.flags)
                         or None, "status_text": status,
                         "status_tip": f"{status}: {a.exclusion_reason or ''}" if a.excluded else status,
                         "_app": a})
        number = self.tr("no. {id}")
        for r, name in zip(rows, distinct_names([(r["name"], r["email"] if r["email"] != NO_EMAIL
                                                  else number.format(id=r["id"])) for r in rows]), strict=True):
            r["name"] = name
        self.model.set_rows(rows)
        if not self.table.property("sized") and rows:
            self.table.resizeColumnsToContents()
            for col, cap in enumerate((52, 165, 175, 190, 64, 120, 80)):  # long text is elided; tooltips hold it
                self.table.setColumnWidth(col, min(self.table.columnWidth(col) + 6, cap))
            self.table.setProperty("sized", True)
        deadline = shown(self.settings.deadline, self._zone(), seconds=True)
        self.summary.setText(self.tr("{n} application(s) shown — deadline {deadline}. Drop .eml/.msg/.mbox/.pdf files "
                                     "or folders here to import them.").format(n=len(rows), deadline=deadline))
        # the model keeps its own (sorted) order: find the kept application there, not in `rows`
        row = next((i for i, r in enumerate(self.model.rows) if r["id"] == keep), None)
        if row is not None:
            self._restoring = True  # same application, same document: keep the viewer as it is
            self.table.selectRow(row)
            self._restoring = False
            self._show_application(self.model.row(row)["_app"], reload_document=False)
        else:
            self.table.clearSelection()
            self._show_application(None)

    def _row_selected(self, current, _previous) -> None:
        if current.isValid() and not self._restoring:
            self._show_application(self.model.row(current.row())["_app"])

    # ---- the selected application --------------------------------------------------------------------------
    def _show_application(self, app: ApplicationInfo | None, reload_document: bool = True) -> None:
        self.current = app
        self.received_button.setEnabled(app is not None)
        self.name_button.setEnabled(bool(app and app.status != "not_application"))
        self.exclude_button.setEnabled(app is not None)
        self.exclude_button.setText(self.tr("Readmit…") if app and app.excluded else self.tr("Exclude…"))
        self.viewer.timezone = self.settings.timezone if self.settings else ""
        self.viewer.show_application(app, reload_document)

    # ---- actions -------------------------------------------------------------------------------------------
    def enter_received_time(self) -> None:
        app = self.current
        if app is None:
            return
        initial = (datetime.fromisoformat(app.received_utc.replace("Z", "+00:00")) if app.received_utc
                   else datetime.fromisoformat((self.settings.deadline if self.settings else "")
                                          or "2026-01-01T00:00:00+00:00"))
        dlg = ReceivedTimeDialog(self._zone(), initial, self)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return
        when, reason = dlg.value()
        s = self.state
        s.tasks.run(s.services.applications.set_received_time, s.reference, app.id, when, reason, s.actor,
                    on_done=s.apply, on_error=lambda e: show_error(self, e))

    def correct_name(self) -> None:
        app = self.current
        if app is None or app.status == "not_application":
            return
        c = app.candidate
        who = c.email if c.email and not is_placeholder(c.email) else self.tr(
            "application {0} (no e-mail address)").format(app.id)
        dlg = NameDialog(who, c.surname or "", c.first_name or "", self)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return
        s = self.state
        s.tasks.run(s.services.applications.update_candidate, s.reference, app.id, dlg.edit(), c.version,
                    s.actor, on_done=s.apply, on_error=lambda e: show_error(self, e))

    def toggle_excluded(self) -> None:
        app = self.current
        if app is None:
            return
        exclude = not app.excluded
        email = app.candidate.email
        who = email if email and not is_placeholder(email) else f"{app.id} ({app.source})"
        if exclude:
            title, text = self.tr("Exclude the application"), self.tr("Exclude the application of {who}.")
        else:
            title, text = self.tr("Readmit the application"), self.tr("Readmit the application of {who}.")
        reason, ok = QInputDialog.getText(self, title, text.format(who=who) + "\n" + self.tr(
            "Give the reason (required, it is recorded in the audit trail):"))
        if not ok:
            return
        s = self.state
        s.tasks.run(s.services.applications.set_excluded, s.reference, app.id, exclude, reason, s.actor,
                    on_done=s.apply, on_error=lambda e: show_error(self, e))

    # ---- importing -----------------------------------------------------------------------------------------
    def import_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Import a folder of the mailbox export"))
        if folder:
            self.import_paths([folder])

    def import_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("Import files"), "",
                                                self.tr("Mail and documents (*.eml *.msg *.mbox *.pdf *.zip);;All "
                                                        "files (*)"))
        if files:
            self.import_paths(files)

    def import_paths(self, paths: list[str]) -> None:
        if not self.state.reference or not paths:
            return
        self.import_dialog = ImportDialog(self.state, paths, self)
        self.import_dialog.imported.connect(self._check_scans)
        self.import_dialog.open()
        self.import_dialog.start()

    # ---- OCR, after the import and never during it ----------------------------------------------------------
    def _check_scans(self, report) -> None:
        if any("no_text_layer" in f.flags for f in report.files):
            self.state.tasks.run(self.state.services.ocr.backlog, self.state.reference, on_done=self._show_backlog,
                                 quiet=True)

    def _show_backlog(self, backlog) -> None:
        shown = said(backlog.message)  # on this page, the menu's name goes without saying
        for menu in ("Applications › ", self.tr("Applications › ")):
            shown = shown.replace(menu, "")
        self.ocr_hint.setText(shown)
        self.ocr_hint.setVisible(bool(backlog.documents))

    def read_scans(self) -> None:
        if not self.state.reference or (self.ocr_dialog is not None and self.ocr_dialog.running):
            return
        self.ocr_hint.hide()
        self.ocr_dialog = OcrDialog(self.state, self)
        self.ocr_dialog.show()  # not modal: the secretary keeps working meanwhile
        self.ocr_dialog.start()

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)
