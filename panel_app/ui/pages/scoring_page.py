"""Scoring page: where a panel member spends the day. Three panes — candidates, the application, the grid —
keyboard-first (0–4 and N mark and move on, Enter submits a complete candidate and opens the next one, Ctrl+Z
takes a submission back for a few seconds), every mark autosaved at once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from panel_app.domain.changes import Change, Changed
from panel_app.domain.errors import NotFound
from panel_app.services.scoring_results import ConflictDeclared, ScoringSheet, SheetMark, Submitted
from panel_app.ui.words import error_text
from panel_app.ui.words import text as said

from ..errors import show_error
from ..scoring import loading
from ..scoring.declaration_dialog import ConflictDialog, DeclarationDialog
from ..scoring.gate_panel import GatePanel
from ..scoring.mark_writer import MarkWriter
from ..scoring.outbox import show_not_saved
from ..scoring.pending_submit import PendingSubmit
from ..scoring.sheet_maths import hit_pages
from ..scoring.view_model import ScoringViewModel
from ..scoring.workbench import Workbench
from ..state import AppState
from .shown_refresh import RefreshWhenShown

SHORTCUTS = (("PgDown", "next"), ("PgUp", "previous"), ("Ctrl+Return", "submit"), ("Ctrl+Enter", "submit"),
             ("Ctrl+F", "find"), ("Ctrl+Z", "undo"), ("Ctrl+Shift+Z", "redo"), ("Ctrl+Y", "redo"))


class ScoringPage(RefreshWhenShown, QWidget):
    title = "Scoring"

    def __init__(self, state: AppState, parent: QWidget | None = None, stage: str = "preselection"):
        super().__init__(parent)
        self.state, self.stage = state, stage
        self.timezone = "Europe/Brussels"
        self.writer = MarkWriter(state, stage, self)
        self.vm = ScoringViewModel(self.writer.write)  # the open candidate, the merge of late sheets, undo
        self.writer.applying.connect(self._applying)
        self.writer.saved.connect(lambda _e, _m: self.work.show_saving(self.writer.busy))
        self.writer.saving_changed.connect(lambda busy: self.work.show_saving(busy))
        self.writer.not_saved.connect(lambda n: show_not_saved(self.saved_label, n))
        self.writer.failed.connect(self._write_failed)

        self.gate = GatePanel()
        self.gate.declare_requested.connect(self._declare)
        self.work = Workbench()
        w = self.work
        self.candidates, self.pdf, self.grid, self.across = w.candidates, w.pdf, w.grid, w.across
        self.mode, self.conflict, self.saved_label, self.right = w.mode, w.conflict, w.saved_label, w.right
        self.pending = PendingSubmit(w.undo_bar, self._send_submit, self)
        self.candidates.current_changed.connect(self._open)
        self.grid.change_requested.connect(lambda crit, ch: self._change(self.shown(), crit, ch))
        self.grid.criterion_changed.connect(lambda _c: self._show_keywords())
        self.grid.submit_requested.connect(self.submit)
        self.grid.table.command.connect(self.command)
        self.across.change_requested.connect(self._change)
        self.across.candidate_changed.connect(self._open)
        self.across.criterion_changed.connect(lambda _c: self._show_keywords())
        self.across.table.command.connect(self.command)
        self.mode.toggled.connect(self._set_horizontal)
        self.conflict.clicked.connect(self._declare_conflict)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.gate)
        self.stack.addWidget(self.work)
        self.stage_combo = QComboBox(objectName="scoringStage")
        self.stage_combo.addItem(self.tr("Preselection (the written applications)"), "preselection")
        self.stage_combo.addItem(self.tr("Interview (the invited candidates)"), "interview")
        self.stage_combo.setToolTip(self.tr("The stage you score: the same workbench and rules, the stage's own "
                                            "criteria"))
        self.stage_combo.setCurrentIndex(max(0, self.stage_combo.findData(stage)))
        self.stage_combo.currentIndexChanged.connect(lambda _i: self.set_stage(self.stage_combo.currentData()))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Stage:")))
        top.addWidget(self.stage_combo)
        top.addStretch(1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(top)
        lay.addWidget(self.stack)
        for keys, name in SHORTCUTS:
            sc = QShortcut(QKeySequence(keys), self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(lambda name=name: self.command(name))
        self.gate.show_state("no_procedure")
        state.procedure_changed.connect(lambda _r: self._reset())
        state.actor_changed.connect(lambda _a: self._reset())
        state.subscribe({Change.GRID, Change.MEMBERS, Change.APPLICATIONS, Change.ELIGIBILITY, Change.GATE},
                        lambda _k: self.refresh())

    # ------------------------------------------------------------------ loading
    def hideEvent(self, event) -> None:  # leaving the page sends a waiting submission
        self.pending.flush()
        super().hideEvent(event)

    def set_stage(self, stage: str) -> None:
        """Score another stage: what waits is sent, the undo history (of the other stage) is dropped."""
        if stage == self.stage:
            return
        self.pending.flush()
        self.grid.flush()
        self.stage = stage
        self.writer.stage = stage
        self.writer.outbox.stage = stage
        self.across.criteria = ()
        self._reset()

    def _reset(self) -> None:
        self.pending.flush()
        self.vm.reset()
        self.grid.forget()  # another member (or procedure): their first candidate opens on its first criterion
        self.refresh()

    def reload(self) -> None:
        s = self.state
        if not s.reference:
            self.gate.show_state("no_procedure")
            self.stack.setCurrentWidget(self.gate)
            return
        s.tasks.run(loading.load_gate, s.services, s.reference, s.actor, self.stage, on_done=self._gate_loaded,
                    on_error=lambda e: (self.gate.show_state("error", error_text(e)), self.stack.setCurrentWidget(self.gate)))

    def _gate_loaded(self, result: dict) -> None:
        self.timezone = result["timezone"]
        state = result["state"]
        if state == "ready" and not result["candidates"]:
            state = "empty"
        if state != "ready":
            self.gate.show_state(state)
            self.stack.setCurrentWidget(self.gate)
            return
        self.stack.setCurrentWidget(self.work)
        self.candidates.set_rows(result["candidates"], keep=self.current)
        if self.mode.isChecked():
            self._load_across()

    @property
    def current(self) -> str | None:
        return self.vm.current

    @property
    def sheet(self) -> ScoringSheet | None:
        return self.vm.sheet

    def shown(self) -> str | None:
        """The candidate whose sheet the grid shows (the next one may still be loading)."""
        return self.vm.shown()

    def _open(self, email: str | None, force: bool = False) -> None:
        if not email or (email == self.current and not force):
            return
        if self.sheet and email != self.shown():
            self.grid.flush()
        if email == self.pending.email:  # back to a candidate whose submission waits: it is sent now
            self.pending.flush()
        token, seq = self.vm.open(email)
        s = self.state
        s.tasks.run(loading.load_candidate, s.services, s.reference, s.actor, email, self.stage, self.writer.remember,
                    on_done=lambda r: self._candidate_loaded(token, r, seq), on_error=self._open_failed)

    def _candidate_loaded(self, token: int, result: tuple, seq: int) -> None:
        if not self.vm.is_latest(token):
            return  # the member has already moved on
        sheet = self.vm.merge(result[0], seq)  # with the marks typed while it loaded
        doc = result[1]
        submitted = loading.submitted_text(sheet.submitted_at, self.timezone)
        self.grid.show_sheet(sheet, submitted if sheet.status == "submitted" else None)
        self.conflict.setEnabled(sheet.status != "submitted")
        if isinstance(doc, NotFound):
            self.pdf.show_message(said(doc.message))
        else:
            self.pdf.load(doc.filename, doc.data, doc.page_texts, doc.ocr)
        self.grid.model.set_pages({m.criterion: hit_pages(self.pdf.page_texts, m.keywords) for m in sheet.marks})
        if not self.across.criteria:
            self.across.set_criteria(sheet.marks, sheet.anchors or {}, sheet.scale)
        self._show_keywords()
        if not self.pdf.search.hasFocus() and not self.mode.isChecked() and self.isVisible():
            self.grid.table.setFocus()

    def _open_failed(self, error: BaseException) -> None:
        show_error(self, error)
        self.refresh()

    def _show_keywords(self) -> None:
        if not self.sheet:
            return
        code = self.across.criterion() if self.mode.isChecked() else self.grid.current_criterion()
        mark = self.sheet.mark(code) if code else None
        if mark is not None:
            self.pdf.show_criterion(mark.criterion, mark.keywords)

    # ------------------------------------------------------------------ marks
    def _change(self, email: str | None, criterion: str, changes: dict) -> None:
        if not email:
            return
        if email == self.shown():
            mark = self.grid.model.marks[self.grid.model.row_of(criterion)]
        else:
            mark = self.across.model.mark_of(email, criterion)
        self.vm.change(email, criterion, mark, changes)

    def _applying(self, email: str, criterion: str, new: SheetMark, previous: SheetMark) -> None:
        self.vm.applied(email, criterion, new)
        if email == self.shown():
            self.grid.apply(criterion, new)
            scored = sum(1 for m in self.grid.model.marks if m.marked)
        else:
            row = self.candidates.model.row_of(email)
            base = self.candidates.model.rows[row]["scored"] if row >= 0 else 0
            scored = base + int(new.marked) - int(previous.marked)
        self.across.model.apply(email, criterion, new)
        row = self.candidates.model.row_of(email)
        if row >= 0:
            status = self.candidates.model.rows[row]["status"]
            self.candidates.update(email, scored=scored, status="draft" if status == "not_started" else status)

    def _write_failed(self, error: BaseException, email: str) -> None:
        self.vm.forget_history()
        show_error(self, error)
        if email == self.current:
            self._open(email, force=True)
        self.refresh()

    # ------------------------------------------------------------------ commands
    def command(self, name: str) -> None:
        if self.stack.currentWidget() is not self.work:
            return
        if name in ("next", "previous"):
            step = 1 if name == "next" else -1
            if self.mode.isChecked():
                combo = self.across.combo
                combo.setCurrentIndex(max(0, min(combo.count() - 1, combo.currentIndex() + step)))
            else:
                self.candidates.step(step)
        elif name == "submit":
            self.submit()
        elif name == "find":
            self.pdf.focus_search()
        elif name == "undo":
            taken_back = self.pending.undo()
            if taken_back is not None:
                self.candidates.update(taken_back, status="draft")
                self.candidates.select_row(self.candidates.model.row_of(taken_back))
            else:
                self.vm.undo()
        elif name == "redo":
            self.vm.redo()

    def submit(self) -> None:
        if not self.sheet or self.sheet.status == "submitted" or self.mode.isChecked():
            return
        self.grid.flush()
        email = self.current
        missing = [m.criterion for m in self.grid.model.marks if not m.marked]
        if missing:
            QMessageBox.warning(self, self.tr("Not complete"), self.tr(
                "{email} cannot be submitted yet: no mark on {criteria}.\n\nGive a mark (0–4) or N/A (N) on each "
                "criterion.").format(email=email, criteria=", ".join(missing)))
            self.grid.select_criterion(missing[0])
            self.grid.table.setFocus()
            return
        if email is None or email == self.pending.email:
            return
        row = self.candidates.model.row_of(email)
        name = self.candidates.model.rows[row]["name"] if row >= 0 else email
        self.candidates.update(email, status="submitting")
        self.pending.start(email, name)  # waits a few seconds (Ctrl+Z takes it back) ...
        self._next_unsubmitted(row)  # ... while the member goes on with the next candidate

    def _next_unsubmitted(self, row: int) -> None:
        rows = self.candidates.model.rows
        order = list(range(row + 1, len(rows))) + list(range(0, max(row, 0)))
        nxt = next((i for i in order if rows[i]["status"] not in ("submitted", "submitting")), None)
        if nxt is not None:
            self.candidates.select_row(nxt)

    def _send_submit(self, email: str) -> None:
        s = self.state
        s.tasks.run(s.services.scoring.submit, s.reference, s.actor, email, self.stage,
                    on_done=lambda op: self._submitted(email, op), on_error=lambda e: self._submit_failed(email, e))

    def _submit_failed(self, email: str, error: BaseException) -> None:
        self.candidates.update(email, status="draft")
        show_error(self, error)
        self.refresh()

    def _submitted(self, email: str, op: Changed[Submitted]) -> None:
        self.candidates.update(email, status="submitted")
        self.state.apply(op)
        if email == self.current:
            self._open(email, force=True)

    # ------------------------------------------------------------------ horizontal mode, declarations
    def _set_horizontal(self, on: bool) -> None:
        self.work.show_horizontal(on)
        if on:
            if self.grid.current_criterion():
                self.across.combo.setCurrentIndex(max(0, self.across.combo.findData(self.grid.current_criterion())))
            self._load_across()
        else:
            if self.current:
                self.candidates.select_row(self.candidates.model.row_of(self.current))
                self._open(self.current, force=True)

    def _load_across(self) -> None:
        s = self.state
        s.tasks.run(loading.own_marks, s.services, s.reference, s.actor, self.stage, on_done=lambda marks: (
            self.across.set_data(self.candidates.model.rows, marks, self.current), self.across.table.setFocus()),
            on_error=lambda e: show_error(self, e))

    def _declare(self) -> None:
        s = self.state
        dlg = DeclarationDialog(s.reference or "", s.actor.name, self)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            s.tasks.run(s.services.scoring.declare_confidentiality, s.reference, s.actor,
                        on_done=lambda op: (s.apply(op), self.refresh()),
                        on_error=lambda e: show_error(self, e))

    def _declare_conflict(self) -> None:
        email = self.across.current_email() if self.mode.isChecked() else self.current
        row = self.candidates.model.row_of(email) if email else -1
        if row < 0:
            return
        dlg = ConflictDialog(f"{self.candidates.model.rows[row]['name']} <{email}>", self)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return
        kind, reason = dlg.values()
        s = self.state
        s.tasks.run(s.services.scoring.declare_conflict, s.reference, s.actor, email, reason, kind,
                    on_done=lambda op: self._conflicted(email, op), on_error=lambda e: show_error(self, e))

    def _conflicted(self, email: str, op: Changed[ConflictDeclared]) -> None:
        self.state.apply(op)
        if email == self.current:
            self.vm.current, self.vm.sheet = None, None
            self.pdf.show_message(self.tr("Hidden: you declared a conflict of interest on this candidate."))
        self.candidates.remove(email)
        if self.mode.isChecked():
            self._load_across()
