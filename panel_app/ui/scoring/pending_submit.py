"""A submission that can be taken back for a short, visible moment, instead of a confirmation dialog each time.

Enter on a complete candidate does not submit at once: the candidate is "submitting…" for a few seconds, an
undo bar says so, and the member moves on to the next candidate. Ctrl+Z or the bar's Undo button takes it
back; when the time is up (or the member leaves the page, signs out, or goes back to that candidate) the
submission is sent. Nothing is submitted, so nothing of the other members' marks becomes visible, until then:
an undo can never follow a look at the others' marks.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

UNDO_SECONDS = 5


class UndoBar(QWidget):
    undo_clicked = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("submitUndoBar")
        self.setStyleSheet("#submitUndoBar {background:#fff4d6; border:1px solid #e0b44c; border-radius:3px}")
        self.label = QLabel(objectName="submitUndoText")
        self.label.setAccessibleName(self.tr("Submission pending"))
        self.button = QPushButton(self.tr("Undo  (Ctrl+Z)"), objectName="submitUndoButton")
        self.button.setToolTip(self.tr("Take the submission back: the candidate stays a draft"))
        self.button.setAccessibleName(self.tr("Undo the submission"))
        self.button.clicked.connect(self.undo_clicked)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(6, 2, 6, 2)
        lay.addWidget(self.label, 1)
        lay.addWidget(self.button)
        self.hide()

    def say(self, text: str, undo: bool) -> None:
        self.label.setText(text)
        self.button.setVisible(undo)
        self.show()


class PendingSubmit(QObject):
    """At most one submission waits at a time; a second one sends the first at once."""

    def __init__(self, bar: UndoBar, send: Callable[[str], None], parent: QObject | None = None):
        super().__init__(parent)
        self.bar, self.send = bar, send
        self.email: str | None = None
        self.name = ""
        self.seconds = UNDO_SECONDS
        self._left = 0
        self._tick = QTimer(self, interval=1000)
        self._tick.timeout.connect(self._count_down)
        self._hide = QTimer(self, singleShot=True, interval=4000)
        self._hide.timeout.connect(self.bar.hide)
        bar.undo_clicked.connect(self.undo)

    def start(self, email: str, name: str) -> None:
        self.flush()
        self.email, self.name, self._left = email, name, self.seconds
        self._hide.stop()
        self._show()
        if self.seconds <= 0:
            self.flush()
        else:
            self._tick.start()

    def _show(self) -> None:
        self.bar.say(self.tr("Submitting <b>{name}</b> in {seconds} s — their marks then become read-only.").format(
            name=self.name, seconds=self._left), undo=True)

    def _count_down(self) -> None:
        self._left -= 1
        if self._left <= 0:
            self.flush()
        else:
            self._show()

    def flush(self) -> None:
        """Send the waiting submission now (time up, page left, candidate reopened)."""
        email = self.email
        if email is None:
            return
        self._tick.stop()
        self.email = None
        self.bar.say(self.tr("Submitted {name}.").format(name=self.name), undo=False)
        self._hide.start()
        self.send(email)

    def undo(self) -> str | None:
        """Take the waiting submission back; returns its candidate (None when nothing was waiting)."""
        email = self.email
        if email is None:
            return None
        self._tick.stop()
        self.email = None
        self.bar.say(self.tr("Submission of {name} taken back: still a draft.").format(name=self.name), undo=False)
        self._hide.start()
        return email
