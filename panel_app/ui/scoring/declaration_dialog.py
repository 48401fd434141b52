"""The two declarations a member signs: confidentiality and absence of conflict (before any application is
opened), and a conflict of interest on one candidate."""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from panel_app.services.scoring import CONFLICT_TYPES

DECLARATION = QT_TRANSLATE_NOOP("DeclarationDialog", """
<h3>Declaration of confidentiality and absence of conflict of interest</h3>
<p>Selection procedure <b>{reference}</b>. I, <b>{member}</b>, member of the selection panel, declare that:</p>
<ol>
<li>I will keep secret the proceedings of the panel, in accordance with Article 6 of Annex III to the Staff
Regulations of Officials of the European Union. I will not disclose to anyone outside the panel the applications,
the marks, the deliberations or the views expressed, during or after the procedure.</li>
<li>I will use the applications and the personal data they contain only for this selection, in accordance with
Regulation (EU) 2018/1725.</li>
<li>To the best of my knowledge I have no conflict of interest with the candidates: no family, professional,
hierarchical, financial or personal tie that could call my impartiality into question.</li>
<li>Should I find such a tie with any candidate, I will declare it at once in this tool, before scoring that
candidate, and I will take no part in the assessment of that candidate.</li>
<li>I will assess each application on the sealed grid only, on the evidence in the application, independently of
the other members.</li>
</ol>
""")


class DeclarationDialog(QDialog):
    def __init__(self, reference: str, member: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("declarationDialog")
        self.setWindowTitle(self.tr("Declaration of confidentiality and absence of conflict of interest"))
        self.text = text = QTextBrowser(objectName="declarationText")
        text.setHtml(self.tr(DECLARATION).format(reference=html.escape(reference), member=html.escape(member)))
        text.setMinimumSize(560, 340)
        self.confirm = QCheckBox(self.tr("I have read this declaration and I sign it"), objectName="declareCheck")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.sign = self.buttons.addButton("I declare", QDialogButtonBox.ButtonRole.AcceptRole)
        self.sign.setObjectName("declareButton")
        self.sign.setEnabled(False)
        self.confirm.toggled.connect(self.sign.setEnabled)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(text, 1)
        lay.addWidget(self.confirm)
        lay.addWidget(self.buttons)


class ConflictDialog(QDialog):
    def __init__(self, candidate: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setWindowTitle(self.tr("Declare a conflict of interest"))
        intro = QLabel(self.tr("<p>You declare a conflict of interest with <b>{candidate}</b>.</p><p>The application "
                               "and any marks you gave will be hidden from you, you will be left out of this "
                               "candidate's aggregation, and the declaration appears in the panel report. It cannot "
                               "be withdrawn here.</p>").format(candidate=html.escape(candidate)), wordWrap=True)
        self.kind = QComboBox(objectName="conflictType")
        self.kind.addItems(CONFLICT_TYPES)
        self.reason = QPlainTextEdit(objectName="conflictReason",
                                     placeholderText=self.tr("The tie, in words (required)"))
        self.reason.setFixedHeight(80)
        form = QFormLayout()
        form.addRow(self.tr("Type"), self.kind)
        form.addRow(self.tr("Reason"), self.reason)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.addButton(self.tr("Declare the conflict"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setEnabled(False)
        self.reason.textChanged.connect(lambda: self.ok.setEnabled(bool(self.reason.toPlainText().strip())))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addLayout(form)
        lay.addWidget(self.buttons)

    def values(self) -> tuple[str, str]:
        return self.kind.currentText(), self.reason.toPlainText().strip()
