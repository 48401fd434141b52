"""The banner shown while the database is out of reach: one calm notice instead of an error per page.

It appears when a task finds the server or the file share gone (TaskRunner.reachable_changed(False)) and
goes when a task succeeds again; the live-progress poll tries once a second, so both happen within about
a second. Pages keep showing what they loaded; marks typed meanwhile wait in the outbox (scoring page).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QLabel, QWidget

TEXT = QT_TRANSLATE_NOOP("OfflineBanner", "⚠  The panel's database cannot be reached (since {since}). The pages "
                         "show what was loaded before. Nothing can be changed now, except marks: they are kept on this "
                         "PC and saved when the database answers. Retrying every second…")


class OfflineBanner(QLabel):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, objectName="offlineBanner")
        self.setWordWrap(True)
        self.setStyleSheet("QLabel#offlineBanner { background: #fff3cd; color: #664d03; border: 1px solid #e0c36c;"
                           " padding: 6px 10px; font-weight: bold; }")
        self.hide()

    def set_reachable(self, reachable: bool) -> None:
        if reachable:
            self.hide()
        elif self.isHidden():
            self.setText(self.tr(TEXT).format(since=datetime.now().strftime("%H:%M:%S")))
            self.show()
