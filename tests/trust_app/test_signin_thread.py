"""Sign-in never runs on the GUI thread: the panel's list, argon2 and the database's wrong-password count all
run on the DB worker (issue 19), so the window keeps answering while a password is checked."""

from __future__ import annotations

import threading

from panel_app.ui.sign_in import SignInDialog


def test_the_sign_in_reads_and_checks_on_the_worker_thread(qtbot, chair_window, monkeypatch):
    w = chair_window
    sv, ref = w.state.services, w.state.reference
    chair = sv.members.sign_in(ref, "Chair Anna", "chair-pass")
    sv.members.add(ref, "Member Bob", "member", chair, password="bob-password")
    threads: dict[str, str] = {}
    members, check = sv.members.list, sv.members.sign_in

    def listed(*a, **k):
        threads["list"] = threading.current_thread().name
        return members(*a, **k)

    def checked(*a, **k):
        threads["sign_in"] = threading.current_thread().name
        return check(*a, **k)

    monkeypatch.setattr(sv.members, "list", listed)
    monkeypatch.setattr(sv.members, "sign_in", checked)

    def fill(dlg):
        threads["dialog"] = threading.current_thread().name
        dlg.who.setCurrentIndex(dlg.who.findData("Member Bob"))
        dlg.password.setText("bob-password")
        return True

    monkeypatch.setattr(SignInDialog, "exec", fill)
    w.sign_in()
    qtbot.waitUntil(lambda: w.state.actor.name == "Member Bob", timeout=10000)
    gui = threading.main_thread().name
    assert threads["dialog"] == gui
    assert threads["list"] != gui and threads["sign_in"] != gui, threads
