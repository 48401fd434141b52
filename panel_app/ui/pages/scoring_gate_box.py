"""The scoring gate on the Procedure page (issue 16): "Eligibility first" (the default) or "Score while
checking". The rule is domain/gates.py's and the service's (GateService.set_mode: chair or secretary, fixed
once the first mark is given, audited); this box shows it, asks for confirmation and says what happened."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtWidgets import QButtonGroup, QGroupBox, QLabel, QMessageBox, QRadioButton, QVBoxLayout, QWidget

from panel_app.domain.changes import Change, Changed
from panel_app.domain.gates import ELIGIBILITY_FIRST, PARALLEL
from panel_app.services.gates import GateMode
from panel_app.ui.words import text as said

from ..dates import shown
from ..errors import show_error
from ..state import AppState

MAY_SET = ("chair", "secretary", "setup")


class ScoringGateBox(QGroupBox):
    def __init__(self, state: AppState, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Scoring gate"))
        self.setObjectName("scoringGateBox")
        self.state = state
        self.mode: str | None = None
        self.fixed = False
        self.first = QRadioButton(self.tr("Eligibility first (default): only candidates decided eligible are "
                                          "scored"), objectName="gateEligibilityFirst")
        self.parallel = QRadioButton(self.tr("Score while checking: everyone is scored until decided not "
                                             "eligible"), objectName="gateParallel")
        self.first.setToolTip(self.tr("Members assess only the candidates whose eligibility a person has decided"))
        self.parallel.setToolTip(self.tr("For very large procedures. Members assess every candidate; one decided "
                                         "not eligible leaves the queues. The freeze still needs everyone it invites decided eligible."))
        self.first.setAccessibleName(self.tr("Scoring gate: eligibility first"))
        self.parallel.setAccessibleName(self.tr("Scoring gate: score while checking"))
        self.group = QButtonGroup(self)
        self.group.addButton(self.first)
        self.group.addButton(self.parallel)
        self.group.buttonClicked.connect(self._clicked)
        self.status = QLabel(objectName="gateStatus", wordWrap=True)
        lay = QVBoxLayout(self)
        lay.addWidget(self.first)
        lay.addWidget(self.parallel)
        lay.addWidget(self.status)
        state.procedure_changed.connect(lambda _r: self.refresh())
        state.actor_changed.connect(lambda _a: self.refresh())
        state.subscribe_all(self._changed)  # a first mark fixes it

    def _changed(self, kind: Change) -> None:
        """Re-read the gate on any change but its own; once fixed, more marks cannot unfix it (one read per mark
        saved would be wasted)."""
        if kind != Change.GATE and not (self.fixed and kind in (Change.SCORES, Change.MARKS)):
            self.refresh()

    def refresh(self) -> None:
        if self.state.reference:
            self.state.tasks.run(self.state.services.gates.mode, self.state.reference, on_done=self._show, quiet=True)

    def _show(self, out: GateMode, note: str | None = None) -> None:
        self.mode, self.fixed = out.mode, out.fixed
        (self.first if self.mode == ELIGIBILITY_FIRST else self.parallel).setChecked(True)
        may = self.state.actor.role in MAY_SET
        for b in (self.first, self.parallel):
            b.setEnabled(may and not self.fixed)
        if self.fixed:
            text = self.tr("Fixed: scoring has started (the first mark was given), so the gate cannot change.")
        elif not may:
            text = self.tr("Only the chair or the secretary may change it, until the first mark is given.")
        else:
            text = self.tr("Can be changed until the first mark is given.")
        self.status.setText((note + " " if note else "") + text)

    def _clicked(self, button: QRadioButton) -> None:
        wanted = ELIGIBILITY_FIRST if button is self.first else PARALLEL
        if wanted == self.mode:
            return
        if wanted == PARALLEL:
            what = self.tr("Every candidate not decided \"not eligible\" enters the members' scoring queues now, "
                           "before a person has decided their eligibility. The freeze will still need every "
                           "candidate it invites, every candidate tied at the cut and every Article 29 candidate "
                           "decided eligible.")
        else:
            what = self.tr("Only the candidates a person has decided eligible stay in the members' scoring "
                           "queues; the others leave them until their eligibility is decided.")
        question = self.tr("Change the scoring gate?\n\n{0}\n\nThe gate is fixed once the first mark is given. "
                           "The change is recorded in the audit trail.").format(what)
        if QMessageBox.question(self, self.tr("Change the scoring gate"), question) != QMessageBox.StandardButton.Yes:
            self._show(GateMode(self.mode, "", self.fixed), self.tr("Not changed."))
            return
        s = self.state
        s.tasks.run(s.services.gates.set_mode, s.reference, wanted, s.actor, on_done=self._done,
                    on_error=self._failed)

    def _done(self, op: Changed[GateMode]) -> None:
        out = op.result
        when = shown(datetime.now(UTC), self.state.timezone, seconds=True)
        self._show(out, self.tr("Changed at {0}: {1}.").format(when, said(out.text)))
        self.state.apply(op)

    def _failed(self, error: BaseException) -> None:
        show_error(self, error)
        self.refresh()
