"""The chair reopens a member's submitted assessment of a candidate, with a reason (audited)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QWidget

from ..errors import show_error


def reopen_assessment(parent: QWidget, state, email: str | None, stage: str) -> None:
    if not email:
        show_error(parent, _user(QCoreApplication.translate("Reopen", "Select a candidate first.")))
        return
    voters = [m.name for m in state.services.members.list(state.reference) if m.voting and m.active]
    member, ok = QInputDialog.getItem(parent, QCoreApplication.translate("Reopen", "Reopen an assessment"),
                                      QCoreApplication.translate("Reopen", "Whose submitted assessment of {email} should be reopened?").format(email=email), voters, 0, False)
    if not ok:
        return
    reason, ok = QInputDialog.getText(parent, QCoreApplication.translate("Reopen", "Reopen an assessment"),
                                      QCoreApplication.translate("Reopen", "The reason (required; it is recorded in the audit trail):"))
    if not ok:
        return
    state.tasks.run(state.services.scoring.reopen, state.reference, state.actor, member, email, reason, stage,
                    on_done=state.apply, on_error=lambda e: show_error(parent, e))


def _user(text: str):
    from panel_app.domain.errors import UserFacingError

    return UserFacingError(text)
