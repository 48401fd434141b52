"""The Shortlist page's safeguards (issues 16 and 18): what the freeze and the sign-off will do and void, said
before they happen; the applications received after the freeze, which the chair admits (the list is
reopened) or records as out of scope, each with a reason; eligibility still open before a freeze."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from panel_app.services.gate_info import HeldApplication
from panel_app.ui.words import text as said

if TYPE_CHECKING:
    from panel_app.services.panel_rank import ShortlistRow
    from panel_app.services.panel_shortlist import Shortlist


def _names(rows: list[ShortlistRow]) -> str:
    return ", ".join(r.name or r.candidate for r in rows)


def freeze_question(sl: Shortlist) -> str:
    invited = sl.article29 + sl.invited
    text = QCoreApplication.translate("ShortlistGates",
        "Freeze the shortlist with {n} candidate(s) invited to the interview: {names}?\n\nRule: {rule}.\nThe "
        "frozen list is the one the voting members sign off and the interview stage follows.").format(
        n=len(invited), names=_names(invited), rule=said(sl.rule))
    if sl.frozen:
        text += "\n\n" + QCoreApplication.translate("ShortlistGates",
            "The list frozen at {when} by {who} is replaced: its {n} sign-off(s) are void and every member signs "
            "again. A reason is recorded.").format(when=sl.frozen_at, who=sl.frozen_by, n=len(sl.signoffs))
    if sl.ties_at_cut:
        text += "\n\n" + QCoreApplication.translate("ShortlistGates", "Tied at the cut-off (all invited): {names}.").format(
            names=", ".join(sl.ties_at_cut))
    return text


def drift_html(sl: Shortlist) -> str:
    """What moved in the live ranking since the freeze, and the marks changed after it: the sign-off waits
    for the chair's new freeze (the service refuses it meanwhile)."""
    if not sl.drift:
        return ""
    text = ("<span style='color:#a33'><b>" + escape(QCoreApplication.translate(
        "ShortlistGates", "The live ranking no longer matches the frozen list")) + "</b> — "
            + escape(QCoreApplication.translate("ShortlistGates",
                                                "no sign-off until the chair freezes it again with a reason:"))
            + "</span><ul style='margin-top:0'>" + "".join(f"<li>{escape(line)}</li>" for line in sl.drift)
            + "</ul>")
    marks = sl.marks_changed_lines
    if marks:
        text += (escape(QCoreApplication.translate("ShortlistGates", "Changed since the freeze:")) + "<ul style='margin-top:0'>"
                 + "".join(f"<li>{escape(line)}</li>" for line in marks) + "</ul>")
    return text


def sign_question(sl: Shortlist, member: str) -> str:
    invited = sl.article29 + sl.invited
    return QCoreApplication.translate("ShortlistGates",
        "{member}, sign off the shortlist frozen at {when} by {who}, which invites {n} candidate(s): {names}?\n\n"
        "Your sign-off is recorded with the time and the audit trail. It stands until the chair changes or reopens the "
        "list, which voids every sign-off.").format(member=member, when=sl.frozen_at, who=sl.frozen_by,
                                                    n=len(invited), names=_names(invited))


def admit_prompt(sl: Shortlist, held: HeldApplication) -> str:
    return QCoreApplication.translate("ShortlistGates",
        "Admit {candidate} (application {id}, received {received}) to scoring?\n\nThe shortlist frozen at {when} is "
        "reopened: its {n} sign-off(s) are void. Once the candidate is decided eligible and scored, the list is frozen "
        "and signed again.\n\nReason (recorded and audited):").format(
        candidate=held.candidate, id=held.application_id, received=held.received_local, when=sl.frozen_at,
        n=len(sl.signoffs))


def out_of_scope_prompt(held: HeldApplication) -> str:
    return QCoreApplication.translate("ShortlistGates",
        "Record {candidate} (application {id}, received {received}) as out of scope?\n\nIt never enters scoring; "
        "the frozen list and its sign-offs stand.\n\nReason (recorded and audited):").format(
        candidate=held.candidate, id=held.application_id, received=held.received_local)


class GateBox(QWidget):
    """Notices above the shortlist, and the chair's decision on each application received after the freeze."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.notice = QLabel(objectName="shortlistGateNotice")
        self.notice.setWordWrap(True)
        self.held = QComboBox(objectName="heldApplications")
        self.admit_button = QPushButton(self.tr("Admit (reopens the list)…"), objectName="admitHeldButton")
        self.admit_button.setToolTip(self.tr("Admit the application to scoring: the frozen list is reopened and its "
                                     "sign-offs are void (a reason is asked for)"))
        self.scope_button = QPushButton(self.tr("Out of scope…"), objectName="outOfScopeButton")
        self.scope_button.setToolTip(self.tr("Record the application as out of scope, with a reason: it is never "
                                             "scored"))
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("Received after the freeze:")))
        row.addWidget(self.held, 1)
        row.addWidget(self.admit_button)
        row.addWidget(self.scope_button)
        self.held_row = QWidget()
        self.held_row.setLayout(row)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.notice)
        lay.addWidget(self.held_row)
        self.show_data(None, chair=False)

    def current(self) -> HeldApplication | None:
        return self.held.currentData()

    def show_data(self, sl: Shortlist | None, *, chair: bool) -> None:
        held = sl.held_after_freeze if sl else []
        self.held.clear()
        for h in held:
            self.held.addItem(self.tr("{candidate} — application {id}, received {received}").format(
                candidate=h.candidate, id=h.application_id,
                received=h.received_local or self.tr("at an unknown time")), h)
        self.held_row.setVisible(bool(held))
        for b in (self.admit_button, self.scope_button):
            b.setEnabled(chair and bool(held))
        lines = []
        if held:
            lines.append(self.tr("<b style='color:#a33'>{n} application(s) received after the shortlist was "
                                 "frozen</b> wait for the chair's decision: {names}. They are not scored; the sign-off "
                                 "waits until the chair admits each (the list is reopened) or records it as out of "
                                 "scope.").format(n=len(held), names=escape(", ".join(h.candidate for h in held))))
        reopened = sl.reopened if sl else None
        if reopened:
            lines.append(self.tr("<b>Reopened</b> {when} by {who}: {reason} — freeze it again once every candidate is "
                                 "scored.").format(when=escape(reopened.reopened_at or ""),
                                                   who=escape(reopened.reopened_by or ""),
                                                   reason=escape(reopened.reason or "")))
        scope = sl.out_of_scope if sl else []
        if scope:
            lines.append(self.tr("Out of scope: {names}").format(
                names=escape("; ".join(f"{h.candidate} ({h.reason})" for h in scope))))
        open_elig = sl.eligibility_not_decided if sl else []
        if open_elig:
            lines.append(self.tr("<b style='color:#8a5300'>Eligibility not decided by a person</b> (the freeze is "
                                 "refused until it is): {names}").format(names=escape("; ".join(open_elig))))
        self.notice.setText("<br>".join(lines))
        self.notice.setVisible(bool(lines))
