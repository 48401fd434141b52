"""The Eligibility page's bulk confirmation (issue 16): every "met"/"declared" suggestion not decided yet, of
the selected candidates or of all, of one criterion or of all, confirmed in one action after one
confirmation that gives the count. "Not met" and "to verify" stay for a decision one by one."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QMessageBox, QPushButton, QWidget

from panel_app.domain.changes import Changed
from panel_app.services.eligibility_info import BulkConfirmation, EligibilityCriterion

from ..errors import show_error
from ..state import AppState

ALL, SELECTED = "all", "selected"


class BulkConfirm(QWidget):
    """`selected_ids()` gives the application ids of the selected rows; `done(op)` is called after (op: what the
    confirmation changed, for the page to broadcast)."""

    def __init__(self, state: AppState, selected_ids: Callable[[], list[int]], done: Callable[[Changed[BulkConfirmation]], None],
                 say: Callable[[str], None], parent: QWidget | None = None):
        super().__init__(parent)
        self.state, self.selected_ids, self.done, self.say = state, selected_ids, done, say
        self.scope = QComboBox(objectName="bulkScope")
        self.scope.addItem(self.tr("all candidates"), ALL)
        self.scope.addItem(self.tr("selected candidates"), SELECTED)
        self.scope.setToolTip(self.tr("Whose suggestions to confirm (select rows with Ctrl/Shift-click)"))
        self.scope.setAccessibleName(self.tr("Candidates to confirm"))
        self.criterion = QComboBox(objectName="bulkCriterion")
        self.criterion.setToolTip(self.tr("Confirm one criterion only, or every criterion"))
        self.criterion.setAccessibleName(self.tr("Criterion to confirm"))
        self.button = QPushButton(self.tr("Confirm suggestions…"), objectName="confirmSuggestedButton")
        self.button.setToolTip(self.tr("Confirm every 'met' and 'declared' suggestion not decided yet, as decided by "
                                       "you (asks for confirmation with the count; 'not met' is never confirmed in "
                                       "bulk)"))
        self.button.clicked.connect(self.ask)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        for w in (self.button, self.scope, self.criterion):
            lay.addWidget(w)
        self.set_criteria([])

    def set_criteria(self, criteria: list[EligibilityCriterion]) -> None:
        keep = self.criterion.currentData()
        self.criterion.clear()
        self.criterion.addItem(self.tr("every criterion"), None)
        for c in criteria:
            self.criterion.addItem(c.code, c.code)
        self.criterion.setCurrentIndex(max(0, self.criterion.findData(keep)) if keep else 0)

    def set_editable(self, editable: bool) -> None:
        self.button.setEnabled(editable)

    def _scope(self) -> list[int] | None:
        return self.selected_ids() if self.scope.currentData() == SELECTED else None

    def ask(self) -> None:
        ids = self._scope()
        if ids is not None and not ids:
            self.say(self.tr("Select candidates first (Ctrl/Shift-click), or choose all candidates."))
            return
        s = self.state
        s.tasks.run(s.services.eligibility.confirm_suggested, s.reference, s.actor, application_ids=ids,
                    criterion=self.criterion.currentData(), dry_run=True,
                    on_done=lambda preview: self._confirm(preview.result, ids), on_error=lambda e: show_error(self, e))

    def _confirm(self, preview: BulkConfirmation, ids: list[int] | None) -> None:
        if not preview.checks:
            self.say(self.tr("Nothing to confirm: no 'met' or 'declared' suggestion is waiting for a decision here."))
            return
        per = ", ".join(f"{k} {n}" for k, n in preview.per_criterion.items())
        text = self.tr("Confirm {checks} suggested check(s) of {applications} candidate(s) as decided by you, {name}, "
                       "now?\n\n{per}\n\nEach is recorded as 'confirmed as suggested' and audited. 'Not met' and 'to "
                       "verify' suggestions are left for you to decide one by one.").format(
            checks=preview.checks, applications=preview.applications, name=self.state.actor.name, per=per)
        if QMessageBox.question(self, self.tr("Confirm suggestions"), text) != QMessageBox.StandardButton.Yes:
            self.say(self.tr("Nothing confirmed."))
            return
        s = self.state
        s.tasks.run(s.services.eligibility.confirm_suggested, s.reference, s.actor, application_ids=ids,
                    criterion=self.criterion.currentData(), on_done=self._confirmed,
                    on_error=lambda e: show_error(self, e))

    def _confirmed(self, op: Changed[BulkConfirmation]) -> None:
        out = op.result
        self.say(self.tr("{checks} check(s) of {applications} candidate(s) confirmed as suggested by {by}; "
                         "{became_eligible} candidate(s) became eligible and enter scoring.").format(
                         checks=out.checks, applications=out.applications, by=out.by,
                         became_eligible=out.became_eligible))
        self.done(op)
