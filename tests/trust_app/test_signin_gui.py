"""Sign-in in the app: the check runs on the DB worker; a member whose password the chair reset chooses their
own before acting; a member cannot be added without a password; the chair resets from the Procedure page."""

from __future__ import annotations

from panel_app.ui.sign_in import PasswordDialog, SignInDialog


def _answer_sign_in(monkeypatch, name: str, password: str) -> None:
    def fill(dlg):
        dlg.who.setCurrentIndex(dlg.who.findData(name))
        dlg.password.setText(password)
        return True

    monkeypatch.setattr(SignInDialog, "exec", fill)


def _answer_password(monkeypatch, new: str, seen: dict) -> None:
    def fill(dlg):
        seen["title"] = dlg.windowTitle()
        dlg.new.setText(new)
        dlg.again.setText(new)
        dlg._check()
        return dlg.result()

    monkeypatch.setattr(PasswordDialog, "exec", fill)


def test_gui_sign_in_and_the_forced_change(qtbot, chair_window, monkeypatch):
    w = chair_window
    sv, ref = w.state.services, w.state.reference
    chair = sv.members.sign_in(ref, "Chair Anna", "chair-pass")
    sv.members.add(ref, "Member Bob", "member", chair, password="bob-first")
    sv.members.reset_password(ref, "Member Bob", "bob-temporary", chair)
    errors = []
    monkeypatch.setattr("panel_app.ui.sign_in.show_error", lambda _w, e: errors.append(e))
    _answer_sign_in(monkeypatch, "Member Bob", "bob-temporary")
    seen: dict = {}
    _answer_password(monkeypatch, "bob-chosen-1", seen)
    w.sign_in()
    qtbot.waitUntil(lambda: w.state.actor.name == "Member Bob", timeout=10000)
    assert seen["title"] == "Choose your password" and errors == []
    assert sv.members.sign_in(ref, "Member Bob", "bob-chosen-1").name == "Member Bob"
    # a wrong password: one plain message, the actor unchanged
    _answer_sign_in(monkeypatch, "Chair Anna", "not-the-password")
    w.sign_in()
    qtbot.waitUntil(lambda: bool(errors), timeout=10000)
    assert "Wrong password for Chair Anna" in errors[0].message and w.state.actor.name == "Member Bob"


def test_gui_adding_a_member_needs_a_password(qtbot, chair_window, monkeypatch):
    from panel_app.ui.pages.members_panel import MembersPanel

    w = chair_window
    sv, ref = w.state.services, w.state.reference
    w.state.set_actor(sv.members.sign_in(ref, "Chair Anna", "chair-pass"))
    panel = MembersPanel(w.state)
    qtbot.addWidget(panel)
    errors = []
    monkeypatch.setattr("panel_app.ui.pages.members_panel.show_error", lambda _w, e: errors.append(e))
    panel.name.setText("Member Zoe")
    panel.add.click()
    qtbot.waitUntil(lambda: bool(errors), timeout=10000)
    assert "No password was given for Member Zoe" in errors[0].message
    assert [m.name for m in sv.members.list(ref)] == ["Chair Anna"]
