"""The CLI on a member's own PostgreSQL login: acting as another member, or a step the server refuses, is one
clear line with its own exit code, never a traceback (issue 14, "a traceback reaches the user")."""

from __future__ import annotations

import pytest

from panel_app.cli import main
from tests.trust_pg.helpers import owner_con


def _url(dbname: str, role: str) -> str:
    return f"postgresql+psycopg://{role}@127.0.0.1:5432/{dbname}"


def test_a_login_used_as_another_member_is_one_line_exit_7(secured, capsys, monkeypatch):
    services, ref, emails, roles, dbname = secured
    monkeypatch.setenv("PANEL_PASSWORD", "chair-pass")
    with owner_con(dbname) as con:
        before = con.execute("SELECT count(*) FROM audit_event").fetchone()[0]
    code = main(["--db", _url(dbname, roles["Member Bob"]), "--as", "Chair Anna", "scores", "list"])
    err = capsys.readouterr().err.strip()
    assert code == 7
    assert err.count("\n") == 0 and "Traceback" not in err
    assert "belongs to Member Bob" in err and "Chair Anna" in err
    with owner_con(dbname) as con:
        assert con.execute("SELECT count(*) FROM audit_event").fetchone()[0] == before


def test_the_right_member_on_their_own_login_works(secured, capsys, monkeypatch):
    services, ref, emails, roles, dbname = secured
    monkeypatch.setenv("PANEL_PASSWORD", "bob-pass")
    assert main(["--db", _url(dbname, roles["Member Bob"]), "--as", "Member Bob", "members", "list"]) == 0
    assert "Chair Anna" in capsys.readouterr().out


@pytest.mark.parametrize("argv", [["members", "add", "Zoe Sock", "--role", "member"],
                                  ["members", "password", "Member Bob"]])
def test_composition_changes_on_the_chairs_own_login_are_refused_by_the_server(secured, capsys, monkeypatch, argv):
    services, ref, emails, roles, dbname = secured
    monkeypatch.setenv("PANEL_PASSWORD", "chair-pass")
    monkeypatch.setenv("PANEL_NEW_PASSWORD", "a-new-password")
    with owner_con(dbname) as con:
        before = con.execute("SELECT id, name, role, voting, password_hash FROM member ORDER BY id").fetchall()
    code = main(["--db", _url(dbname, roles["Chair Anna"]), "--as", "Chair Anna", *argv])
    err = capsys.readouterr().err.strip()
    assert code == 8, err
    assert err.count("\n") == 0 and "Traceback" not in err and "refused" in err
    with owner_con(dbname) as con:
        assert con.execute("SELECT id, name, role, voting, password_hash FROM member ORDER BY id").fetchall() == before
