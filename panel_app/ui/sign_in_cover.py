"""What the window shows instead of a page while nobody is signed in to a procedure that has a panel: no
applicant's name, e-mail or exclusion reason is on screen before sign-in (issue 18 item 4)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

OPEN_BEFORE_SIGN_IN = ("Procedure",)  # the notice and the panel's composition: nothing of the applicants


class SignInCover(QWidget):
    sign_in_requested = Signal()
    start_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("signInCover")
        self.text = QLabel(objectName="signInCoverText", wordWrap=True, alignment=Qt.AlignmentFlag.AlignCenter)
        self.button = QPushButton(self.tr("Sign in…"), objectName="signInCoverButton")
        self.button.setToolTip(self.tr("Sign in as a member of this procedure's panel"))
        self.button.setAccessibleName(self.tr("Sign in"))
        self.button.clicked.connect(lambda: (self.start_requested if self.empty else self.sign_in_requested).emit())
        self.empty = False
        lay = QVBoxLayout(self)
        lay.addStretch(1)
        lay.addWidget(self.text)
        lay.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        lay.addStretch(2)

    def show_empty(self, page: str) -> None:
        self.empty = True
        self.button.setText(self.tr("Start a procedure…"))
        self.button.setToolTip(self.tr("Create the procedure from its notice's template and add yourself as chair"))
        self.text.setText(self.tr("<h3>{page}</h3><p>This database holds no selection procedure yet.</p>"
                                  "<p style='color:#555'>Start one: choose the vacancy notice's template and add "
                                  "yourself as the chair. Then set the panel and import the applications.</p>"
                                  ).format(page=page))

    def show_for(self, reference: str, page: str) -> None:
        self.empty = False
        self.button.setText(self.tr("Sign in…"))
        self.button.setToolTip(self.tr("Sign in as a member of this procedure's panel"))
        self.text.setText(self.tr("<h3>{page}</h3><p>Sign in to {reference} to see this page.</p>"
                                  "<p style='color:#555'>The applications, marks and reports of a selection "
                                  "procedure are confidential: they show only to a signed-in member of its panel.</p>"
                                  ).format(page=page, reference=reference))
