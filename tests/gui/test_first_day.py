"""The first day, through the GUI alone (issue 18): from an empty user directory, qtbot and no CLI call and no
service call that a user could not make by a click. Create the procedure from its template with its chair, add
the panel, import a folder of applications, confirm eligibility in bulk, seal, declare, score from the keyboard,
hold the consensus meeting, freeze with confirmation, every member signs off, score the interview, freeze and
sign the final ranking, and export the shortlist PDF, whose text must name the invited candidates.

Only the answers of dialogs are scripted (file dialogs, message boxes, the sign-in and declaration forms); the
services, the database and the widgets are the real ones. The services are read only to check, never to act."""

from __future__ import annotations

import pypdfium2 as pdfium
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox, QPushButton

from panel_app.services import Services
from panel_app.ui.app import build_window
from panel_app.ui.scoring.declaration_dialog import DeclarationDialog
from panel_app.ui.sign_in import PasswordDialog, SignInDialog
from tests.eligibility_service.fixtures import BASE, email_of, write_cases

CHAIR, BOB, EVA, SAM = "Anna Chair", "Bob Member", "Eva Member", "Sam Secretary"
PASSWORDS = {CHAIR: "chair-pass-1", BOB: "bob-pass-01", EVA: "eva-pass-01", SAM: "sam-pass-01"}
# four eligible applicants; what every member gives each of them (Eva disagrees once: a consensus item)
APPLICANTS = {
    "first": ({"surname": "Lefèvre", "first_name": "Claire", "nationalities": ["BE"]}, {}, {}),
    "second": ({"surname": "Kowalski", "first_name": "Piotr", "nationalities": ["PL"]}, {}, {}),
    "third": ({"surname": "Papadopoulou", "first_name": "Eleni", "nationalities": ["EL"]}, {}, {}),
    "fourth": ({"surname": "Virtanen", "first_name": "Mikko", "nationalities": ["FI"]}, {}, {}),
}
MARK = {"first": 4, "second": 3, "third": 3, "fourth": 2}  # 100 %, 75 %, 75 % and 50 % (< the 60 % pass mark)
INVITED = ("Lefèvre", "Kowalski", "Papadopoulou")


@pytest.fixture
def home(tmp_path, monkeypatch):
    """An empty user directory: settings, data and the database all start from nothing."""
    for var, sub in (("HOME", "home"), ("XDG_CONFIG_HOME", "home/.config"), ("XDG_DATA_HOME", "home/.local/share")):
        (tmp_path / sub).mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(var, str(tmp_path / sub))
    return tmp_path / "home"


@pytest.fixture
def dialogs(monkeypatch):
    """Every confirmation answered yes (and recorded); reasons taken from `seen['reasons']`."""
    seen: dict = {"asked": [], "reasons": [], "sign_in": None, "errors": []}

    def question(_parent, title, text, *a, **k):
        seen["asked"].append(text)
        return QMessageBox.StandardButton.Yes

    def exec_box(box):
        seen["asked"].append(box.text())
        if box.objectName() == "userErrorBox":
            seen["errors"].append(box.text())
        return QMessageBox.StandardButton.Yes

    def get_text(_parent, title, label, *a, **k):
        seen["asked"].append(label)
        return (seen["reasons"].pop(0), True) if seen["reasons"] else ("", False)

    def sign_in(dlg):
        name = seen["sign_in"]
        dlg.who.setCurrentIndex(dlg.who.findData(name))
        dlg.password.setText(PASSWORDS[name])
        return True

    def choose_password(dlg):  # a member the chair added may be asked to choose their own at first sign-in
        dlg.new.setText(PASSWORDS[seen["sign_in"]])
        dlg.again.setText(PASSWORDS[seen["sign_in"]])
        if hasattr(dlg, "current"):
            dlg.current.setText(PASSWORDS[seen["sign_in"]])
        dlg._check()
        return dlg.result()

    def declare(dlg):
        dlg.confirm.setChecked(True)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "exec", exec_box)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: seen["asked"].append(a[2]))
    monkeypatch.setattr(QInputDialog, "getText", get_text)
    monkeypatch.setattr(SignInDialog, "exec", sign_in)
    monkeypatch.setattr(PasswordDialog, "exec", choose_password)
    monkeypatch.setattr(DeclarationDialog, "exec", declare)
    return seen


def settle(qtbot, w, ms: int = 30) -> None:
    w.state.tasks.wait()
    qtbot.wait(ms)
    w.state.tasks.wait()


def sign_in(qtbot, w, dialogs, name: str) -> None:
    dialogs["sign_in"] = name
    w.sign_in()
    qtbot.waitUntil(lambda: w.state.actor.name == name, timeout=20_000)
    settle(qtbot, w)


def add_member(qtbot, w, name: str, role: str) -> None:
    panel = w.page("Procedure").members
    panel.name.setText(name)
    panel.role.setCurrentIndex(panel.role.findData(role))
    panel.password.setText(PASSWORDS[name])
    qtbot.mouseClick(panel.add, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: name in panel.feedback.text() and any(
        panel.model.row(r).name == name for r in range(panel.model.rowCount())), timeout=20_000)


def score_everyone(qtbot, w, stage: str, odd_one_out: str | None = None) -> None:
    """The signed-in member scores every candidate of the stage from the keyboard: a digit per criterion (each
    moves on), Enter submits and opens the next. `odd_one_out`: that applicant's 4th criterion gets a 0."""
    from tests.gui_scoring.conftest import ready

    w.go_to("Scoring")
    page = w.page("Scoring")
    settle(qtbot, w)
    if page.stack.currentWidget() is page.gate and page.gate.button.isVisible():  # the declaration first
        qtbot.mouseClick(page.gate.button, Qt.MouseButton.LeftButton)
    if stage != "preselection":
        page.stage_combo.setCurrentIndex(page.stage_combo.findData(stage))
    qtbot.waitUntil(lambda: ready(page) and page.sheet.stage == stage and page.candidates.model.rowCount() > 0,
                    timeout=20_000)
    key_of = {email_of(k): k for k in APPLICANTS}
    todo = page.candidates.model.rowCount()
    table = page.grid.table
    for n in range(todo):
        qtbot.waitUntil(lambda: ready(page) and bool(page.grid.model.marks) and page.sheet.stage == stage,
                        timeout=20_000)
        applicant = key_of[page.current]
        assert page.grid.current_criterion() == page.grid.model.marks[0].criterion  # opens on the first
        table.setFocus()
        for i, _m in enumerate(page.grid.model.marks):
            value = 0 if (applicant == odd_one_out and i == 3) else MARK[applicant]
            qtbot.keyClick(table, getattr(Qt.Key, f"Key_{value}"))
        scored = page.current
        qtbot.keyClick(table, Qt.Key.Key_Return)  # submits, and opens the next candidate
        if n < todo - 1:
            qtbot.waitUntil(lambda scored=scored: page.current != scored, timeout=20_000)
    page.pending.flush()
    settle(qtbot, w)
    qtbot.waitUntil(lambda: all(r["status"] == "submitted" for r in page.candidates.model.rows), timeout=20_000)


def test_the_first_day_of_a_panel_through_the_gui_alone(qtbot, home, tmp_path, dialogs, monkeypatch):
    sv = Services.open(f"sqlite:///{home / 'panel.sqlite'}")
    w = build_window(sv)
    qtbot.addWidget(w)
    w.show()

    # 1. the procedure from its template, and its chair
    qtbot.mouseClick(w.cover.button, Qt.MouseButton.LeftButton)
    start = w.first_start_dialog
    start.name.setText(CHAIR)
    start.password.setText(PASSWORDS[CHAIR])
    start.again.setText(PASSWORDS[CHAIR])
    start.buttons.accepted.emit()
    qtbot.waitUntil(lambda: bool(w.state.reference) and w.state.actor.name == CHAIR, timeout=20_000)
    ref = w.state.reference

    # 2. the panel
    for name, role in ((BOB, "member"), (EVA, "member"), (SAM, "secretary")):
        add_member(qtbot, w, name, role)
    assert {m.name: (m.role, m.voting) for m in sv.members.list(ref)} == {
        CHAIR: ("chair", True), BOB: ("member", True), EVA: ("member", True), SAM: ("secretary", False)}

    # 3. the secretary imports the mailbox folder
    sign_in(qtbot, w, dialogs, SAM)
    inbox = write_cases(tmp_path / "inbox", {k: ({**BASE, **v[0]}, v[1], v[2]) for k, v in APPLICANTS.items()})
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(inbox))
    w.go_to("Applications")
    apps = w.page("Applications")
    settle(qtbot, w)
    qtbot.mouseClick(apps.findChild(QPushButton, "importFolderButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: apps.import_dialog is not None and apps.import_dialog.report is not None, timeout=90_000)
    apps.import_dialog.accept()
    qtbot.waitUntil(lambda: apps.model.rowCount() == 4, timeout=20_000)

    # 4. eligibility confirmed in bulk, one confirmation
    w.go_to("Eligibility")
    elig = w.page("Eligibility")
    qtbot.waitUntil(lambda: elig.model.rowCount() == 4, timeout=20_000)
    elig.bulk.scope.setCurrentIndex(elig.bulk.scope.findData("all"))
    qtbot.mouseClick(elig.bulk.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "4 candidate(s) became eligible" in elig.message.text(), timeout=30_000)

    # 5. the chair seals the grid
    sign_in(qtbot, w, dialogs, CHAIR)
    w.go_to("Grid")
    grid = w.page("Grid")
    qtbot.waitUntil(lambda: grid.seal_button.isEnabled(), timeout=20_000)
    qtbot.mouseClick(grid.seal_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Sealed" in grid.seal_label.text(), timeout=20_000)

    # 6. each voting member declares and scores, blind, from the keyboard
    for name in (CHAIR, BOB, EVA):
        sign_in(qtbot, w, dialogs, name)
        score_everyone(qtbot, w, "preselection", odd_one_out="third" if name == EVA else None)
    assert {d.member for d in sv.scoring.declarations(ref) if d.kind == "confidentiality"} == {CHAIR, BOB, EVA}

    # 7. the consensus meeting: Eva's 0 against two 3s is flagged; the chair records the agreed mark
    sign_in(qtbot, w, dialogs, CHAIR)
    w.go_to("Panel")
    panel = w.page("Panel")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 4 and panel.model.rows[0]["visible"], timeout=20_000)
    qtbot.mouseClick(panel.meeting, Qt.MouseButton.LeftButton)
    box = panel.consensus
    assert len(box.items) == 1 and box.current().email == email_of("third")
    box.value.setValue(3)
    qtbot.keyClicks(box.reason, "Containers in production for three years, CV p. 2")
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "justification" not in box.need.text() or not box.items, timeout=20_000)
    settle(qtbot, w)

    # 8. the chair freezes the shortlist, after a confirmation; every member signs it off
    w.go_to("Shortlist")
    short = w.page("Shortlist")
    qtbot.waitUntil(lambda: short.data is not None and short.freeze_button.isEnabled(), timeout=20_000)
    qtbot.mouseClick(short.freeze_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: short.message.text().startswith("Shortlist frozen at"), timeout=20_000)
    assert any(text.startswith("Freeze the shortlist with 3 candidate(s)") for text in dialogs["asked"])
    for name in (CHAIR, BOB, EVA):
        sign_in(qtbot, w, dialogs, name)
        w.go_to("Shortlist")
        qtbot.waitUntil(lambda: short.data is not None and short.sign_button.isEnabled(), timeout=20_000)
        qtbot.mouseClick(short.sign_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda name=name: f"{name} signed the shortlist at" in short.message.text(), timeout=20_000)
    signed = {s.member for s in sv.panel.shortlist(ref, sv.members.sign_in(ref, CHAIR, PASSWORDS[CHAIR])).signoffs}
    assert signed == {CHAIR, BOB, EVA}

    # 9. the interview, on the same Scoring page
    for name in (CHAIR, BOB, EVA):
        sign_in(qtbot, w, dialogs, name)
        score_everyone(qtbot, w, "interview")

    # 10. the final ranking: frozen by the chair, signed by each voting member
    sign_in(qtbot, w, dialogs, CHAIR)
    final_ranking_on_screen(qtbot, w, dialogs)
    final = sv.panel.final_record(ref, sv.members.sign_in(ref, CHAIR, PASSWORDS[CHAIR]))
    assert final.frozen and {s.member for s in final.signoffs} == {CHAIR, BOB, EVA}
    assert any("Recommended: Lefèvre, Claire" in text for text in dialogs["asked"])

    # 11. the shortlist PDF, exported from the Reports page; its text names the invited candidates
    w.go_to("Reports")
    reports = w.page("Reports")
    settle(qtbot, w)
    row = next(i for i in range(reports.list.count())
               if reports.list.item(i).data(Qt.ItemDataRole.UserRole) == "shortlist")
    reports.list.setCurrentRow(row)
    target = home / "shortlist.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF files (*.pdf)"))
    qtbot.mouseClick(reports.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(target.exists, timeout=60_000)
    doc = pdfium.PdfDocument(target.read_bytes())
    text = " ".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
    doc.close()
    flat = " ".join(text.split())
    for surname in INVITED:
        assert surname in flat
    assert "Virtanen" in flat  # not invited, and named with the reason
    assert "Audit chain verified" in flat or "audit chain" in flat.lower()
    assert dialogs["errors"] == []
    settle(qtbot, w)
    sv.db.dispose()


def final_ranking_on_screen(qtbot, w, dialogs) -> None:
    """The chair freezes the final ranking on the Shortlist page, after a confirmation; each voting member signs."""
    w.go_to("Shortlist")
    page = w.page("Shortlist")
    box = page.final_signoff
    qtbot.waitUntil(lambda: page.final_model.rowCount() == 3 and page.outcome_button.isEnabled(), timeout=20_000)
    # the best is recommended, the next one goes on the reserve list
    for row, outcome in ((0, "recommended"), (1, "reserve")):
        page.final_table.selectRow(row)
        page.outcome.setCurrentIndex(page.outcome.findData(outcome))
        qtbot.mouseClick(page.outcome_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda row=row, outcome=outcome: page.final_model.rowCount() == 3 and outcome in str(
            page.final_model.row(row)), timeout=20_000)
    qtbot.waitUntil(lambda: box.freeze_button.isEnabled(), timeout=20_000)
    qtbot.mouseClick(box.freeze_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: box.message.text().startswith("Final ranking frozen at"), timeout=20_000)
    for name in (CHAIR, BOB, EVA):
        sign_in(qtbot, w, dialogs, name)
        w.go_to("Shortlist")
        qtbot.waitUntil(lambda: box.sign_button.isEnabled(), timeout=20_000)
        qtbot.mouseClick(box.sign_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda name=name: f"{name} signed the final ranking at" in box.message.text(), timeout=20_000)
    assert any("sign off the final ranking frozen at" in text for text in dialogs["asked"])
