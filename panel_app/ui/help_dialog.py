"""Help ▸ User guide (F1): what each role does, step by step, and the keyboard shortcuts."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTabWidget, QTextBrowser, QVBoxLayout, QWidget

GUIDES = {
    "Secretary": QT_TRANSLATE_NOOP("HelpDialog", """
<h3>The secretary</h3>
<ol>
<li><b>Procedure</b>: create the procedure from its notice's template (File ▸ New procedure from template),
check the deadline (Brussels time) and the mailbox; add the panel with the chair.</li>
<li><b>Applications</b>: <i>Import folder…</i> with the mailbox export (.eml, .msg, .mbox, PDFs), or drop files on
the page. Every file gets an outcome in the import report; nothing is thrown away. A late, wrongly addressed or
unreadable application is stored and flagged; excluding it is a decision with a reason.</li>
<li><b>Eligibility</b>: read each suggestion with its evidence (highlighted in the PDF), decide each check, and
confirm the suggested "met"/"declared" outcomes in bulk. A "not met" always needs its own reason.</li>
<li><b>Reports</b>: the eligibility report and the candidate extracts.</li>
</ol>
<p>The secretary does not score.</p>"""),
    "Member": QT_TRANSLATE_NOOP("HelpDialog", """
<h3>A panel member</h3>
<ol>
<li><b>Scoring</b>: sign the declaration of confidentiality and absence of conflict before opening any
application. Declare a conflict on a candidate you know: that candidate is then hidden from you.</li>
<li>Score each candidate alone, on your own workstation: type 0–4 (or N for N/A) on each criterion; each mark is
saved at once and moves to the next criterion. <b>Enter</b> on a complete candidate submits it and opens the next
one; <b>Ctrl+Z</b> takes the submission back for a few seconds.</li>
<li>You see the other members' marks for a candidate only after submitting yours; the ranking only after
submitting all of yours.</li>
<li><b>Shortlist</b>: sign off the frozen shortlist.</li>
</ol>"""),
    "Chair": QT_TRANSLATE_NOOP("HelpDialog", """
<h3>The chair</h3>
<ol>
<li><b>Grid</b>: criteria, weights, anchors, thresholds, best N and the tie-break order; <b>seal</b> it before
anyone opens an application. A later change is an amendment with a reason.</li>
<li><b>Panel</b>: follow the progress (counts only until everyone has submitted), run the consensus meeting on the
flagged criteria, with a justification where the agreed mark departs from the mean.</li>
<li><b>Shortlist</b>: check the rule, the ties at the cut and the Article 29 candidates; <b>freeze</b> the list
(after a confirmation), and collect every member's sign-off.</li>
<li><b>Reports</b>: export the shortlist and the panel report as PDF.</li>
</ol>"""),
    "Observer": QT_TRANSLATE_NOOP("HelpDialog", """
<h3>An observer</h3>
<p>Reads every page the rules open to them, and scores nothing. Marks show only once every voting member has
submitted.</p>"""),
}
TAB_TITLES = {"Secretary": QT_TRANSLATE_NOOP("HelpDialog", "Secretary"), "Member": QT_TRANSLATE_NOOP("HelpDialog", "Member"),
              "Chair": QT_TRANSLATE_NOOP("HelpDialog", "Chair"), "Observer": QT_TRANSLATE_NOOP("HelpDialog", "Observer"),
              "Keyboard": QT_TRANSLATE_NOOP("HelpDialog", "Keyboard")}

SHORTCUTS = QT_TRANSLATE_NOOP("HelpDialog", """
<h3>Keyboard</h3>
<table cellpadding="3">
<tr><td><b>F1</b></td><td>this guide</td></tr>
<tr><td><b>Ctrl+N</b></td><td>new procedure from a template</td></tr>
<tr><td><b>Ctrl+Q</b></td><td>quit</td></tr>
<tr><th colspan="2" align="left">Scoring page</th></tr>
<tr><td><b>0 1 2 3 4</b></td><td>mark the criterion and move to the next</td></tr>
<tr><td><b>N</b></td><td>N/A, and move to the next</td></tr>
<tr><td><b>Tab / Shift+Tab</b></td><td>next / previous criterion</td></tr>
<tr><td><b>Enter</b></td><td>complete candidate: submit and open the next one; otherwise: comment</td></tr>
<tr><td><b>C or F2</b></td><td>comment on the criterion</td></tr>
<tr><td><b>Ctrl+Enter</b></td><td>submit</td></tr>
<tr><td><b>Ctrl+Z / Ctrl+Shift+Z</b></td><td>undo (a waiting submission first) / redo</td></tr>
<tr><td><b>PgDn / PgUp</b></td><td>next / previous candidate</td></tr>
<tr><td><b>Ctrl+F</b></td><td>search the application</td></tr>
</table>""")


class HelpDialog(QDialog):
    def __init__(self, role: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("panel_app — user guide"))
        self.resize(720, 560)
        self.tabs = QTabWidget(objectName="helpTabs")
        for title, text in [*GUIDES.items(), ("Keyboard", SHORTCUTS)]:
            view = QTextBrowser(objectName=f"help{title}")
            view.setHtml(self.tr(text))
            self.tabs.addTab(view, self.tr(TAB_TITLES[title]))
        if role:
            wanted = {"member": "Member", "chair": "Chair", "secretary": "Secretary", "observer": "Observer"}.get(role)
            if wanted:
                self.tabs.setCurrentIndex(list(GUIDES).index(wanted))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.tabs, 1)
        lay.addWidget(buttons)
