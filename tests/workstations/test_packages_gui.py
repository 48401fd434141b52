"""Offline packages from the File menu (issue 18): the chair exports a member's package, the member opens it on a
laptop, scores and writes the return, the chair imports it with its verification; every refusal in words."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from panel_app.services import Services
from panel_app.ui.package_form import PackageForm
from tests.workstations.conftest import build_procedure

PASS = "correct horse battery"


@pytest.fixture
def window(qtbot, tmp_path, template_path):
    from panel_app.ui.main_window import MainWindow
    from panel_app.ui.state import AppState

    sv = Services.open(f"sqlite:///{tmp_path / 'chair.sqlite'}")
    ref, emails = build_procedure(sv, template_path, tmp_path / "box", n_candidates=3)
    state = AppState(sv)
    win = MainWindow(state)
    qtbot.addWidget(win)
    win.load_procedures(ref)
    state.set_actor(sv.members.sign_in(ref, "Chair Anna", "chair-pass"))
    yield win, ref, emails
    win.state.tasks.wait()
    win.state.services.db.dispose()


@pytest.fixture
def fill(monkeypatch):
    """Answers for the next PackageForm: its fields are typed in and OK is pressed (validation included)."""
    answers: list[dict] = []
    notes: list[str] = []

    def exec_(form: PackageForm) -> int:
        values = answers.pop(0)
        for name, value in values.items():
            widget = getattr(form, name)
            widget.setCurrentText(value) if name == "member" else widget.setText(value)
        form.accept()
        notes.append(form.note.text())
        return QDialog.DialogCode.Accepted if form.result() else QDialog.DialogCode.Rejected

    monkeypatch.setattr(PackageForm, "exec", exec_)
    return answers, notes


@pytest.fixture
def boxes(monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text() + " " + box.informativeText()) or 0)
    monkeypatch.setattr(QMessageBox, "open", lambda box: shown.append(box.text()))
    return shown


def menu_action(win, text: str):
    sub = next(a.menu() for a in win.menuBar().actions()[0].menu().actions() if a.menu()
               and a.menu().objectName() == "offlinePackagesMenu")
    return next(a for a in sub.actions() if a.text().replace("&", "").startswith(text))


def test_a_whole_offline_round_trip_from_the_file_menu(qtbot, window, fill, boxes, tmp_path):
    win, ref, emails = window
    answers, notes = fill
    pkg, ret, laptop = tmp_path / "bob.panelpkg", tmp_path / "bob.panelret", tmp_path / "laptop.sqlite"
    chair_services = win.state.services

    # two refusals of the form itself, then a good export
    answers += [{"member": "Member Bob", "file": str(pkg), "passphrase": "short", "again": "short"}]
    menu_action(win, "Export a package").trigger()
    assert notes[-1] == "The passphrase has at least 8 characters." and not pkg.exists()
    answers += [{"member": "Member Bob", "file": str(pkg), "passphrase": PASS, "again": PASS + "x"}]
    menu_action(win, "Export a package").trigger()
    assert notes[-1] == "The two passphrases differ."
    answers += [{"member": "Member Bob", "file": str(pkg), "passphrase": PASS, "again": PASS}]
    menu_action(win, "Export a package").trigger()
    qtbot.waitUntil(lambda: any("Wrote" in b for b in boxes))
    assert pkg.exists() and "3 candidates for Member Bob" in boxes[-1]

    # on the laptop: a wrong passphrase is refused in words, and leaves no database behind
    answers += [{"file": str(pkg), "passphrase": "not the passphrase", "database": str(laptop)}]
    menu_action(win, "Open a package").trigger()
    qtbot.waitUntil(lambda: len(boxes) == 2)
    assert "passphrase" in boxes[-1].lower() and not laptop.exists()
    answers += [{"file": str(pkg), "passphrase": PASS, "database": str(laptop), "new_password": "bob-laptop-pw"}]
    menu_action(win, "Open a package").trigger()
    qtbot.waitUntil(lambda: win.state.services is not chair_services and win.state.reference == ref)
    qtbot.waitUntil(lambda: any("Opened" in b for b in boxes))
    assert "Sign in as Member Bob with your own password" in boxes[-1]
    assert str(laptop) in win.db_label.text() or "laptop.sqlite" in win.db_label.text()

    # Bob signs in there with his own password, declares, scores and submits
    laptop_sv = win.state.services
    bob = laptop_sv.members.sign_in(ref, "Member Bob", "bob-laptop-pw")
    win.state.set_actor(bob)
    laptop_sv.scoring.declare_confidentiality(ref, bob)
    for c in laptop_sv.scoring.my_candidates(ref, bob):
        for m in laptop_sv.scoring.sheet(ref, bob, c.email).marks:
            laptop_sv.scoring.set_mark(ref, bob, c.email, m.criterion, 3.0)
        laptop_sv.scoring.submit(ref, bob, c.email)
    answers += [{"file": str(ret), "passphrase": PASS}]
    menu_action(win, "Write my return").trigger()
    qtbot.waitUntil(lambda: any("submitted assessments" in b for b in boxes))
    assert ret.exists() and "3 submitted assessments of Member Bob" in boxes[-1]

    # back at the panel's database: the chair imports the return, verified; a second import changes nothing
    from panel_app.ui.connect_dialog import switch_services

    switch_services(win, chair_services)
    win.state.set_actor(chair_services.members.sign_in(ref, "Chair Anna", "chair-pass"))
    answers += [{"file": str(ret), "passphrase": PASS}]
    menu_action(win, "Import a member").trigger()
    qtbot.waitUntil(lambda: any("merged" in b for b in boxes))
    assert "signature and grid verified; 3 assessments merged" in boxes[-1]
    answers += [{"file": str(ret), "passphrase": PASS}]
    menu_action(win, "Import a member").trigger()
    qtbot.waitUntil(lambda: len(boxes) == 6)
    assert "already merged" in boxes[-1] and "Nothing was changed" in boxes[-1]  # a replay is refused
    assert len([e for e in chair_services.procedures.audit_trail(ref) if e.action.startswith("package.")]) >= 2


def test_an_altered_return_is_refused_in_words(qtbot, window, fill, boxes, tmp_path):
    win, ref, _emails = window
    answers, notes = fill
    bad = tmp_path / "bad.panelret"
    bad.write_bytes(b"PANELRET" + b"\0" * 200)
    answers += [{"file": str(tmp_path / "missing.panelret"), "passphrase": PASS}]
    menu_action(win, "Import a member").trigger()
    assert notes[-1].startswith("There is no file")
    answers += [{"file": str(bad), "passphrase": PASS}]
    menu_action(win, "Import a member").trigger()
    qtbot.waitUntil(lambda: len(boxes) == 1)
    assert "Traceback" not in boxes[-1] and boxes[-1].strip()
    assert "unexpected" not in boxes[-1].lower()
