"""A member changes their own password (GUI and CLI); only the chair sets another member's."""

from __future__ import annotations

import pytest

from panel_app.cli import main
from panel_app.domain.errors import Refused


def test_cli_password_change(tmp_path, template_path, capsys, monkeypatch):
    url = f"sqlite:///{tmp_path / 'p.sqlite'}"
    main(["--db", url, "procedure", "create", "--template", str(template_path)])
    monkeypatch.setenv("PANEL_PASSWORD", "chair-secret")
    main(["--db", url, "members", "add", "Anna", "--role", "chair"])
    monkeypatch.setenv("PANEL_NEW_PASSWORD", "bob-first-pw")
    main(["--db", url, "--as", "Anna", "members", "add", "Bob", "--role", "member"])
    monkeypatch.setenv("PANEL_PASSWORD", "bob-first-pw")
    monkeypatch.setenv("PANEL_NEW_PASSWORD", "bob-own-secret")
    assert main(["--db", url, "--as", "Bob", "members", "password", "Bob"]) == 0
    monkeypatch.setenv("PANEL_PASSWORD", "bob-own-secret")
    assert main(["--db", url, "--as", "Bob", "members", "list"]) == 0
    monkeypatch.setenv("PANEL_NEW_PASSWORD", "anna-hijack1")
    assert main(["--db", url, "--as", "Bob", "members", "password", "Anna"]) == 3
    capsys.readouterr()


def test_gui_password_change(qtbot, chair_window, monkeypatch):
    from panel_app.ui.sign_in import PasswordDialog

    w = chair_window
    sv, ref = w.state.services, w.state.reference
    seen = {}

    def fill(dlg):  # the dialog asks for the current password, then the new one twice
        seen["asks_current"] = dlg.current is not None
        dlg.current.setText("chair-pass")
        dlg.new.setText("new-chair-pass")
        dlg.again.setText("new-chair-pass")
        dlg._check()
        return dlg.result()

    monkeypatch.setattr(PasswordDialog, "exec", fill)
    w.change_password()
    qtbot.waitUntil(lambda: _signs_in(sv, ref, "new-chair-pass"))
    assert seen["asks_current"]
    with pytest.raises(Refused):
        sv.members.sign_in(ref, "Chair Anna", "chair-pass")


def _signs_in(sv, ref, pw) -> bool:
    try:
        sv.members.sign_in(ref, "Chair Anna", pw)
        return True
    except Refused:
        return False
