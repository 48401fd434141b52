"""Run a step with legal weight (freeze, sign-off) on the DB worker and say on the page what happened: the result
in green, a refusal by the rules in red in its own words, anything else as an error dialog."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QWidget

from panel_app.domain.changes import Changed
from panel_app.domain.errors import Refused
from panel_app.ui.words import text as said

from ..errors import show_error
from ..state import AppState


def run_step(parent: QWidget, message: QLabel, state: AppState, fn, *args, say: Callable[[object], str]) -> None:
    """fn(reference, actor, *args); `say(result)` is the sentence shown once it is done."""

    def ok(op: Changed) -> None:
        message.setStyleSheet("color: #1a6b1a")
        message.setText(say(op.result))
        state.apply(op)

    def failed(e: BaseException) -> None:
        if isinstance(e, Refused):
            message.setStyleSheet("color: #a33")
            message.setText(said(e.message))
        else:
            show_error(parent, e)

    state.tasks.run(fn, state.reference, state.actor, *args, on_done=ok, on_error=failed)
