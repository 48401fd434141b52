"""Shortlist page: the rule in words, Article 29 first, the ranked candidates with status and reason, ties at
the cut, robustness findings, freeze (chair) and sign-off (voting members), and after the interview the
final ranking with the recommended candidates and the reserve list.

The chair may reword a reason in the table (double-click); the generated reason stays on record.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from panel_app.domain.changes import Change, Changed
from panel_app.domain.errors import Refused
from panel_app.services.gate_info import Admitted, OutOfScope
from panel_app.ui.words import text as said

from .. import backup_actions, words
from ..dates import shown
from ..errors import show_error
from ..panel.final_signoff_box import FinalSignoffBox
from ..panel.legal_step import run_step
from ..panel.shortlist_gates import (
    GateBox,
    admit_prompt,
    drift_html,
    freeze_question,
    out_of_scope_prompt,
    sign_question,
)
from ..panel.shortlist_model import final_model, load_shortlist, ranked_model
from ..state import AppState
from ..table_model import elide_headers
from .shown_refresh import RefreshWhenShown

if TYPE_CHECKING:
    from panel_app.services.panel_final import FinalRanking, FinalRow
    from panel_app.services.panel_rank import ShortlistRow
    from panel_app.services.panel_shortlist import Shortlist


def _table(name: str, model) -> QTableView:
    t = QTableView(objectName=name)
    t.setModel(model)
    t.setSortingEnabled(False)
    t.verticalHeader().setVisible(False)
    t.verticalHeader().setDefaultSectionSize(22)
    t.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    t.horizontalHeader().setStretchLastSection(True)
    elide_headers(t)
    return t


class ShortlistPage(RefreshWhenShown, QWidget):
    title = "Shortlist"

    def __init__(self, state: AppState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.data: dict | None = None
        self.rule = QLabel(objectName="shortlistRule")
        self.rule.setWordWrap(True)
        self.state_label = QLabel(objectName="shortlistState")
        self.state_label.setWordWrap(True)
        self.freeze_button = QPushButton(self.tr("Freeze shortlist"), objectName="freezeButton")
        self.freeze_button.clicked.connect(self.freeze)
        self.sign_button = QPushButton(self.tr("Sign off"), objectName="signButton")
        self.sign_button.clicked.connect(self.sign)
        self.freeze_button.setToolTip(self.tr("Freeze the list the members sign (asks for confirmation; a change needs a "
                                      "reason and voids the sign-offs)"))
        self.sign_button.setToolTip(self.tr("Sign off the frozen list (asks for confirmation)"))
        self.message = QLabel(objectName="shortlistMessage")
        self.message.setWordWrap(True)
        self.gates = GateBox()
        self.gates.admit_button.clicked.connect(lambda: self.decide_held(True))
        self.gates.scope_button.clicked.connect(lambda: self.decide_held(False))
        buttons = QHBoxLayout()
        buttons.addWidget(self.state_label, 1)
        buttons.addWidget(self.freeze_button)
        buttons.addWidget(self.sign_button)

        self.art29_model = ranked_model(self, self._reason_editable)
        self.ranked_model = ranked_model(self, self._reason_editable)
        for m in (self.art29_model, self.ranked_model):
            m.edited.connect(self._reason_edited)
        self.art29_table = _table("article29Table", self.art29_model)
        self.ranked_table = _table("shortlistTable", self.ranked_model)
        self.ranked_table.setMinimumHeight(320)
        self.ties = QLabel(objectName="shortlistTies")
        self.ties.setWordWrap(True)
        self.robust = QLabel(objectName="shortlistRobustness")
        self.robust.setWordWrap(True)
        self.signoffs = QLabel(objectName="shortlistSignoffs")
        self.signoffs.setWordWrap(True)

        self.final_model = final_model(self)
        self.final_table = _table("finalTable", self.final_model)
        self.final_table.setMaximumHeight(150)
        self.final_note = QLabel(objectName="finalNote")
        self.outcome = QComboBox(objectName="outcomeCombo")
        for text, value in ((self.tr("Recommended"), "recommended"), (self.tr("Reserve list"), "reserve"),
                            (self.tr("No outcome"), None)):
            self.outcome.addItem(text, value)
        self.valid_until = QDateEdit(QDate.currentDate().addYears(1), objectName="validUntil", calendarPopup=True)
        self.valid_until.setDisplayFormat("dd.MM.yyyy")
        self.outcome_button = QPushButton(self.tr("Record outcome"), objectName="outcomeButton")
        self.outcome_button.clicked.connect(self.record_outcome)
        orow = QHBoxLayout()
        for w in (QLabel(self.tr("Selected candidate:")), self.outcome, QLabel(self.tr("valid until")), self.valid_until,
                  self.outcome_button):
            orow.addWidget(w)
        orow.addStretch(1)
        fbox = QGroupBox(self.tr("After the interview: final ranking, recommended candidates and reserve list"))
        fv = QVBoxLayout(fbox)
        fv.addWidget(self.final_note)
        fv.addWidget(self.final_table)
        fv.addLayout(orow)
        self.final_signoff = FinalSignoffBox(state)
        fv.addWidget(self.final_signoff)

        body = QWidget()
        lay = QVBoxLayout(body)
        lay.addWidget(self.rule)
        lay.addLayout(buttons)
        lay.addWidget(self.message)
        lay.addWidget(self.gates)
        lay.addWidget(QLabel(self.tr("<b>Article 29 priority candidates</b> (considered first)")))
        lay.addWidget(self.art29_table)
        lay.addWidget(QLabel(self.tr("<b>Ranked candidates</b> (double-click a reason to reword it — chair)")))
        lay.addWidget(self.ranked_table, 1)
        for w in (self.ties, self.robust, self.signoffs, fbox):
            lay.addWidget(w)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        state.procedure_changed.connect(lambda _r: self.refresh())
        state.actor_changed.connect(lambda _a: self.refresh())
        state.subscribe({Change.SCORES, Change.MARKS, Change.CONSENSUS, Change.SHORTLIST, Change.GRID},
                        lambda _k: self.refresh())

    # ---------------------------------------------------------------- loading
    def reload(self) -> None:
        st = self.state
        if not st.reference or st.actor.member_id is None:
            self._show_refusal(self.tr("Sign in as a panel member to see the shortlist."))
            return
        self.data = None  # the buttons wait for the data of the current user
        for b in (self.freeze_button, self.sign_button, self.outcome_button):
            b.setEnabled(False)
        st.tasks.run(load_shortlist, st.services, st.reference, st.actor, on_done=self._loaded,
                     on_error=self._failed)

    def _failed(self, e: BaseException) -> None:
        if isinstance(e, Refused):
            self._show_refusal(said(e.message))
        else:
            show_error(self, e)

    def _show_refusal(self, text: str) -> None:
        self.data = None
        self.rule.setText(f"<i>{text}</i>")
        for m in (self.art29_model, self.ranked_model, self.final_model):
            m.set_rows([])
        for w in (self.state_label, self.ties, self.robust, self.signoffs, self.final_note):
            w.setText("")
        self.freeze_button.setEnabled(False)
        self.sign_button.setEnabled(False)
        self.outcome_button.setEnabled(False)
        self.final_signoff.show_record(None)
        self.gates.show_data(None, chair=False)

    def _loaded(self, data: dict) -> None:
        self.data = data
        sl: Shortlist = data["shortlist"]
        actor = self.state.actor
        chair = actor.role == "chair"
        self.rule.setText(self.tr("<b>Rule:</b> {rule}.").format(rule=said(sl.rule)))
        self.gates.show_data(sl, chair=chair)
        self.art29_model.set_rows(sl.article29)
        self.art29_table.resizeColumnsToContents()
        rows = max(1, len(sl.article29))
        self.art29_table.setFixedHeight(self.art29_table.horizontalHeader().height() + 22 * rows + 4)
        self.ranked_model.set_rows(sl.invited + sl.others)
        self.ranked_table.resizeColumnsToContents()
        self.ties.setText(self.tr("<b>Tied at the cut-off</b> (all invited): {names}").format(
            names=", ".join(sl.ties_at_cut)) if sl.ties_at_cut else self.tr("No tie at the cut-off."))
        found = data["robustness"]
        self.robust.setText(self.tr("<b>Robustness:</b> {findings}").format(
            findings="<br>".join(said(f.text) for f in found) if found else
            self.tr("no single member's marks nor a weight ±1 changes the list.")))
        counts = ", ".join(f"{n} {words.status(k)}" for k, n in sl.not_invited_counts.items())
        invited = len(sl.article29) + len(sl.invited)
        if sl.frozen:
            state = self.tr("<b>Frozen</b> {when} by {who}").format(when=shown(sl.frozen_at, self.state.timezone),
                                                                    who=sl.frozen_by)
            if sl.freeze_reason:
                state += self.tr(" (change: {reason})").format(reason=sl.freeze_reason)
            if sl.changed_since_freeze and not sl.drift:
                state += " — <span style='color:#a33'>" + self.tr(
                    "the live ranking no longer matches the frozen list") + "</span>"
        else:
            state = self.tr("<b>Not frozen</b>")
        self.state_label.setText(self.tr("{state} · {invited} invited · {others}").format(
            state=state, invited=invited, others=counts or self.tr("no one else"))
            + (f"<br>{drift_html(sl)}" if sl.frozen and sl.drift else ""))
        signed = "; ".join(f"{s.member} {shown(s.signed_at, self.state.timezone)}" for s in sl.signoffs) \
            or self.tr("nobody yet")
        missing = ", ".join(sl.signatures_missing) if sl.frozen else ""
        self.signoffs.setText(self.tr("<b>Signed off:</b> {signed} · <b>to sign:</b> {missing}").format(
            signed=signed, missing=missing) if missing else self.tr("<b>Signed off:</b> {signed}").format(signed=signed))
        self.freeze_button.setText(self.tr("Change frozen list…") if sl.frozen else self.tr("Freeze shortlist"))
        self.freeze_button.setEnabled(chair)
        waiting = bool(sl.held_after_freeze)
        self.sign_button.setEnabled(bool(sl.frozen and actor.voting and actor.name in sl.signatures_missing)
                                    and not waiting and not sl.drift)
        fr: FinalRanking | None = data["final"]
        self.final_model.set_rows(fr.rows if fr else [])
        self.final_table.resizeColumnsToContents()
        self.final_note.setText(self.tr("Method: {method}").format(method=words.code(fr.method)) if fr else
                                "<i>{}</i>".format(data["final_why"] or self.tr(
                                    "Shown once the interview assessments are submitted.")))
        self.outcome_button.setEnabled(chair and bool(fr and fr.rows))
        self.final_signoff.load(fr)

    # ---------------------------------------------------------------- actions
    def _run(self, fn, *args) -> None:
        st = self.state
        st.tasks.run(fn, st.reference, st.actor, *args, on_done=st.apply, on_error=lambda e: show_error(self, e))

    def _act(self, fn, *args, done: str) -> None:
        """Run a step with legal weight; say that it happened, or show the refusal in words on the page."""
        tz = self.state.timezone

        def say(result) -> str:
            """`done` filled with the result's fields (a time as the page shows times)."""
            fields = result.as_json() if hasattr(result, "as_json") else {}
            values = {k: shown(v, tz) if k.endswith("_at") else v for k, v in fields.items()}
            return done.format(**values) if values else done

        run_step(self, self.message, self.state, fn, *args, say=say)

    def _shown(self) -> Shortlist:
        """The shortlist with its freeze time as the page shows times."""
        assert self.data is not None
        sl: Shortlist = self.data["shortlist"]
        return replace(sl, frozen_at=shown(sl.frozen_at, self.state.timezone))

    def freeze(self) -> None:
        if not self.data:
            return
        sl = self._shown()
        title = self.tr("Change the frozen shortlist") if sl.frozen else self.tr("Freeze the shortlist")
        yes, first = backup_actions.confirm_step(self, self.state, title, freeze_question(sl))
        if not yes:
            self.message.setText(self.tr("Not frozen."))
            return
        reason = None
        if sl.frozen:
            reason, ok = QInputDialog.getText(self, title, self.tr("Reason for the change (every member signs again):"))
            if not ok or not reason.strip():
                self.message.setText(self.tr("Not changed: a change of the frozen list needs a reason."))
                return
        backup_actions.after_backup(self, self.state, "freeze", first, lambda: self._act(
            self.state.services.panel.freeze, reason,
            done=self.tr("Shortlist frozen at {frozen_at}: the members can now sign it off.")))

    def sign(self) -> None:
        if not self.data:
            return
        yes, first = backup_actions.confirm_step(self, self.state, self.tr("Sign off the shortlist"),
                                                 sign_question(self._shown(), self.state.actor.name))
        if not yes:
            self.message.setText(self.tr("Not signed."))
            return
        backup_actions.after_backup(self, self.state, "sign", first, lambda: self._act(
            self.state.services.panel.sign, done=self.tr("{member} signed the shortlist at {signed_at}.")))

    def decide_held(self, admit: bool) -> None:
        held = self.gates.current()
        if not held or not self.data:
            return
        sl = self._shown()
        title = self.tr("Admit an application received after the freeze") if admit else self.tr(
            "Record as out of scope")
        text, ok = QInputDialog.getText(self, title, admit_prompt(sl, held) if admit else out_of_scope_prompt(held))
        if not ok or not text.strip():
            self.message.setText(self.tr("Nothing recorded: a reason is required."))
            return
        gates = self.state.services.gates
        st = self.state
        fn = gates.admit if admit else gates.out_of_scope
        done = (self.tr("{candidate} admitted: the shortlist is reopened and its sign-offs are void.") if admit
                else self.tr("{candidate} recorded as out of scope.")).format(candidate=held.candidate)

        def ok_done(op: Changed[Admitted] | Changed[OutOfScope]) -> None:
            self.message.setStyleSheet("color: #1a6b1a")
            self.message.setText(done)
            st.apply(op)

        st.tasks.run(fn, st.reference, held.application_id, text.strip(), st.actor, on_done=ok_done,
                     on_error=lambda e: show_error(self, e))

    def _reason_editable(self, row: ShortlistRow) -> bool:
        """The chair rewords a reason; never one hidden by a conflict."""
        return self.state.actor.role == "chair" and not row.hidden

    def _reason_edited(self, row: ShortlistRow, key: str, value) -> None:
        if key == "display_reason":
            self._run(self.state.services.panel.edit_reason, row.candidate, str(value or ""))

    def record_outcome(self) -> None:
        idx = self.final_table.currentIndex()
        if not idx.isValid():
            show_error(self, Refused(self.tr("Select a candidate in the final ranking first.")))
            return
        row: FinalRow = self.final_model.row(idx.row())
        outcome = self.outcome.currentData()
        until = self.valid_until.date().toPython() if outcome == "reserve" else None
        self._run(self.state.services.panel.set_outcome, row.candidate, outcome, until)
