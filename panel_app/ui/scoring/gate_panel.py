"""What stands between the user and scoring, said plainly: not signed in, not a voting member, grid not
sealed, declaration not signed (with the button that opens it)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

TEXT = {
    "no_procedure": QT_TRANSLATE_NOOP("GatePanel", "Open or create a procedure first."),
    "signed_out": QT_TRANSLATE_NOOP("GatePanel", "Sign in as a panel member (File ▸ Sign in…) to score applications."),
    "secretary": QT_TRANSLATE_NOOP("GatePanel", "The secretary does not score. Scoring is done by each voting panel member on "
                                   "their own workstation; progress is shown on the Panel page."),
    "observer": QT_TRANSLATE_NOOP("GatePanel", "Observers do not score. You can follow the progress (counts only) on the Panel page."),
    "unsealed": QT_TRANSLATE_NOOP("GatePanel", "The grid is not sealed yet. No application can be opened before the chair seals the "
                                  "grid (criteria, weights, anchors, thresholds, tie-break order) on the Grid page."),
    "undeclared": QT_TRANSLATE_NOOP("GatePanel", "Before you open any application you must sign the declaration of confidentiality "
                                    "and absence of conflict of interest (Staff Regulations, Annex III, Art. 6)."),
    "empty": QT_TRANSLATE_NOOP("GatePanel", "There is no application for you to score: none is admitted, or you declared a conflict "
                               "on all."),
}


class GatePanel(QWidget):
    declare_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.label = QLabel(objectName="scoringGateText", wordWrap=True, textFormat=Qt.TextFormat.RichText)
        # No alignment flag on a word-wrapped label: with one, the layout gives it a one-line height and the
        # sentence is cut ("Before you open any application you"). Centred by stretches instead.
        self.label.setMaximumWidth(640)
        self.label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.button = QPushButton(self.tr("Sign the declaration…"), objectName="signDeclarationButton")
        self.button.setToolTip(self.tr("Read and sign the declaration of confidentiality and absence of conflict of "
                                       "interest"))
        self.button.clicked.connect(self.declare_requested)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.label, 4)
        row.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addStretch(1)
        lay.addLayout(row)
        lay.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        lay.addStretch(2)

    def show_state(self, state: str, detail: str = "") -> None:
        text = self.tr(TEXT[state]) if state in TEXT else detail
        self.label.setText("<h2>" + self.tr("Scoring") + f"</h2><p style='font-size:13px'>{text}</p>"
                           + (f"<p>{detail}</p>" if detail and state in TEXT else ""))
        self.button.setVisible(state == "undeclared")
