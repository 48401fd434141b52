"""A member changes their own password (GUI and CLI); only the chair sets another member's."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QInputDialog

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
    w = chair_window
    sv, ref = w.state.services, w.state.reference
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("new-chair-pass", True))
    w.change_password()
    qtbot.waitUntil(lambda: _signs_in(sv, ref, "new-chair-pass"))
    with pytest.raises(Refused):
        sv.members.sign_in(ref, "Chair Anna", "chair-pass")


def _signs_in(sv, ref, pw) -> bool:
    try:
        sv.members.sign_in(ref, "Chair Anna", pw)
        return True
    except Refused:
        return False
