"""On a secured PostgreSQL server, through a member's own login: `--as` another member is refused in one line
(it was a traceback: InsufficientPrivilege on audit_event); the member's own wrong passwords are counted,
audited and paused like anywhere else; the search gate holds for the member's login too."""

from __future__ import annotations

import json

import pytest

from panel_app.cli import main
from panel_app.domain.errors import (
    LoginMismatch,
    NotFound,
    Refused,
    ServerRefused,
    SignInPaused,
    WrongPassword,
)
from tests.workstations.conftest import PASSWORDS
from tests.workstations.test_pg_security import app_as


def test_another_members_name_through_my_login(secured, capsys, monkeypatch):
    services, ref, emails, roles, _ = secured
    url = services.db.url.replace("postgres@", f"{roles['Member Bob']}@")
    monkeypatch.setenv("PANEL_PASSWORD", PASSWORDS["Chair Anna"])
    code = main(["--db", url, "--json", "--as", "Chair Anna", "ranking"])
    out = capsys.readouterr()
    assert code == 7 and "belongs to Member Bob" in json.loads(out.out)["error"] and "Traceback" not in out.err


def test_the_service_refuses_another_name_on_my_login(secured):
    services, ref, emails, roles, _ = secured
    sv = app_as(services, roles["Member Bob"])  # the app (GUI) signs in through the service, not the CLI
    try:
        with pytest.raises(LoginMismatch, match="belongs to Member Bob"):
            sv.members.sign_in(ref, "Chair Anna", PASSWORDS["Chair Anna"])
    finally:
        sv.db.dispose()


def test_wrong_passwords_through_a_member_login(secured):
    services, ref, emails, roles, _ = secured
    sv = app_as(services, roles["Member Bob"])
    try:
        for i in range(5):
            with pytest.raises(WrongPassword):
                sv.members.sign_in(ref, "Member Bob", f"guess-{i}")
        with pytest.raises(SignInPaused):
            sv.members.sign_in(ref, "Member Bob", PASSWORDS["Member Bob"])
    finally:
        sv.db.dispose()
    with services.db.engine.connect() as con:
        n = con.exec_driver_sql("SELECT count(*) FROM audit_event WHERE action = 'member.signin_failed'").scalar()
    assert n == 5


def test_a_conflicted_members_login_searches_nothing_of_the_candidate(secured):
    services, ref, emails, roles, _ = secured
    sv = app_as(services, roles["Member Eva"])
    try:
        eva = sv.members.sign_in(ref, "Member Eva", PASSWORDS["Member Eva"])
        sv.scoring.declare_conflict(ref, eva, emails[0], "my sister", "family")
        email_part = emails[0].split("@")[0]
        assert sv.applications.list(ref, actor=eva, search=email_part) == []
        with pytest.raises((Refused, NotFound)):  # the server hides even the candidate row from her login
            sv.scoring.document(ref, eva, emails[0])
    finally:
        sv.db.dispose()


def test_a_server_refusal_is_one_line_not_a_traceback(secured):
    """Whatever the app sends that the server refuses for the login becomes a plain refusal (exit 3)."""
    from sqlalchemy import text

    from panel_app.services.connection import as_user_error

    services, ref, emails, roles, _ = secured
    sv = app_as(services, roles["Member Bob"])
    try:
        with pytest.raises(Exception) as raised, sv.db.engine.begin() as con:
            con.execute(text("INSERT INTO panel_member_role (role_name, member_id) VALUES ('x', 1)"))
        told = as_user_error(raised.value)
        assert isinstance(told, ServerRefused) and told.exit_code == 8
        assert str(told).startswith("The database server refused this for your login (")
    finally:
        sv.db.dispose()
