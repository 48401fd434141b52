"""The interview stage's own freeze and sign-offs on the Shortlist page (was CLI only: final-ranking freeze|sign).

The chair freezes the final ranking and the outcome (a change of a frozen one asks for the reason and voids every
sign-off); each voting member then signs it. Each step asks for a confirmation that says what will happen; the
service audits it; the box says that it happened, or why it was refused, in words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from panel_app.domain.errors import Refused

from .. import backup_actions
from ..dates import shown as zoned  # in the interface language's date format
from ..errors import show_error
from ..state import AppState
from .legal_step import run_step

if TYPE_CHECKING:
    from panel_app.services.final_signoff import FinalRecord
    from panel_app.services.panel_final import FinalRanking


class FinalSignoffBox(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.record: FinalRecord | None = None
        self.rows: list[dict] = []
        self.freeze_button = QPushButton(self.tr("Freeze final ranking"), objectName="finalFreezeButton")
        self.freeze_button.setToolTip(self.tr("Freeze the final ranking and the outcome the members sign (asks for "
                                              "confirmation; a change needs a reason and voids the sign-offs)"))
        self.sign_button = QPushButton(self.tr("Sign off final ranking"), objectName="finalSignButton")
        self.sign_button.setToolTip(self.tr("Sign off the frozen final ranking (asks for confirmation)"))
        self.freeze_button.clicked.connect(self.freeze)
        self.sign_button.clicked.connect(self.sign)
        self.state_label = QLabel(objectName="finalState", wordWrap=True)
        self.message = QLabel(objectName="finalMessage", wordWrap=True)
        row = QHBoxLayout()
        row.addWidget(self.freeze_button)
        row.addWidget(self.sign_button)
        row.addStretch(1)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.state_label)
        box.addLayout(row)
        box.addWidget(self.message)
        self.show_record(None)
        state.actor_changed.connect(lambda _a: self.show_record(None))  # nothing of the previous user's stays live

    # ---------------------------------------------------------------- state
    def load(self, final: FinalRanking | None) -> None:
        """Called with the page's final ranking (None while there is none): reads the stage's freeze and sign-offs."""
        self.rows = list(final.rows) if final else []
        st = self.state
        if not self.rows:
            self.show_record(None)
            return
        st.tasks.run(st.services.panel.final_record, st.reference, st.actor, on_done=self.show_record,
                     on_error=lambda e: self.show_record(None) if isinstance(e, Refused) else show_error(self, e))

    def show_record(self, rec: FinalRecord | None) -> None:
        self.record = rec
        actor = self.state.actor
        if rec is None:
            self.state_label.setText(self.tr("<i>The final ranking is frozen and signed once the interviews are "
                                             "assessed and the outcome recorded.</i>"))
            self.freeze_button.setEnabled(False)
            self.sign_button.setEnabled(False)
            return
        tz = self.state.timezone
        signed = [s.member for s in rec.signoffs]
        missing = [m for m in rec.members if m not in signed]
        if rec.frozen:
            text = self.tr("<b>Final ranking frozen</b> {0} by {1}").format(zoned(rec.frozen_at, tz),
                                                                          rec.frozen_by)
            if rec.reason:
                text += self.tr(" (change: {0})").format(rec.reason)
            if rec.changed_since_freeze:
                text += self.tr(" — <span style='color:#a33'>the ranking or an outcome changed since: freeze it "
                                "again</span>")
            text += self.tr(" · <b>signed off:</b> {0}").format(
                "; ".join(f"{s.member} {zoned(s.signed_at, tz)}" for s in rec.signoffs) or self.tr("nobody yet"))
            if missing and not rec.changed_since_freeze:
                text += self.tr(" · <b>to sign:</b> {0}").format(", ".join(missing))
        else:
            text = self.tr("<b>Final ranking not frozen</b>")
        self.state_label.setText(text)
        self._fit()
        self.freeze_button.setText(self.tr("Change frozen final ranking…") if rec.frozen
                                   else self.tr("Freeze final ranking"))
        self.freeze_button.setEnabled(actor.role == "chair")
        self.sign_button.setEnabled(bool(rec.frozen and not rec.changed_since_freeze and actor.voting
                                         and actor.name in missing))

    def _fit(self) -> None:
        """A wrapped label inside the page's scroll area keeps its one-line height unless told: give it the height
        of its wrapped text, so no sign-off is hidden."""
        width = max(self.state_label.width(), self.width(), 400)
        self.state_label.setMinimumHeight(self.state_label.heightForWidth(width))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    # ---------------------------------------------------------------- actions
    def _outcomes(self) -> str:
        def names(kind: str) -> str:
            return ", ".join(r.name or r.candidate for r in self.rows if r.outcome == kind) or "–"

        return self.tr("Recommended: {0}\nReserve list: {1}").format(names("recommended"), names("reserve"))

    def freeze(self) -> None:
        rec = self.record
        if rec is None:
            return
        title = self.tr("Change the frozen final ranking") if rec.frozen else self.tr("Freeze the final ranking")
        text = self.tr("Freeze the final ranking of {0} candidate(s) and the outcome?\n\n{1}\n\nThe frozen ranking is "
                       "the one the voting members sign off; the minutes print it with these signatures only."
                       ).format(len(self.rows), self._outcomes())
        if rec.frozen:
            text += self.tr("\n\nThe version frozen at {0} by {1} is replaced: its {2} sign-off(s) are void and every "
                            "member signs again. A reason is recorded.").format(
                zoned(rec.frozen_at, self.state.timezone), rec.frozen_by, len(rec.signoffs))
        yes, first = backup_actions.confirm_step(self, self.state, title, text)
        if not yes:
            self.message.setText(self.tr("Not frozen."))
            return
        reason = None
        if rec.frozen:
            reason, ok = QInputDialog.getText(self, title, self.tr("Reason for the change (every member signs again):"))
            if not ok or not reason.strip():
                self.message.setText(self.tr("Not changed: a change of the frozen final ranking needs a reason."))
                return
        tz = self.state.timezone
        backup_actions.after_backup(self, self.state, "final-freeze", first, lambda: self._act(
            self.state.services.panel.final_freeze, reason, say=lambda r: self.tr(
                "Final ranking frozen at {0}: the voting members can now sign it off.").format(
                zoned(r.frozen_at, tz))))

    def sign(self) -> None:
        rec = self.record
        if rec is None:
            return
        name = self.state.actor.name
        text = self.tr("{0}, sign off the final ranking frozen at {1} by {2}?\n\n{3}\n\nYour sign-off is recorded with "
                       "the time in the audit trail. It stands until the chair changes the frozen ranking, which voids "
                       "every sign-off.").format(name, zoned(rec.frozen_at, self.state.timezone), rec.frozen_by,
                                                 self._outcomes())
        yes, first = backup_actions.confirm_step(self, self.state, self.tr("Sign off the final ranking"), text)
        if not yes:
            self.message.setText(self.tr("Not signed."))
            return
        tz = self.state.timezone
        backup_actions.after_backup(self, self.state, "final-sign", first, lambda: self._act(
            self.state.services.panel.final_sign, say=lambda r: self.tr(
                "{0} signed the final ranking at {1}.").format(r.member, zoned(r.signed_at, tz))))

    def _act(self, fn, *args, say) -> None:
        run_step(self, self.message, self.state, fn, *args, say=say)
