"""Sign-in (issue 14 item 5): no member without a password, wrong passwords counted, audited and paused in the
database (so on every workstation), the chair's reset, the member's own change with the current password.
Each kind of bad input gets one line and its own exit code."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from panel_app.cli import main
from panel_app.domain.errors import (
    PasswordChangeRequired,
    PasswordMissing,
    Refused,
    SignInPaused,
    UnknownMember,
    WrongPassword,
)


def run(capsys, *argv: str) -> tuple[int, dict | list | None, str]:
    code = main(["--json", *argv])
    out = capsys.readouterr()
    assert "Traceback" not in out.err
    return code, (json.loads(out.out) if out.out.strip() else None), out.err


@pytest.fixture
def url(tmp_path, template_path, capsys):
    u = f"sqlite:///{tmp_path / 'p.sqlite'}"
    assert main(["--db", u, "procedure", "create", "--template", str(template_path)]) == 0
    capsys.readouterr()
    return u


def _audit(db, action: str) -> list[tuple]:
    with db.engine.connect() as con:
        return con.exec_driver_sql("SELECT actor, entity_id, after FROM audit_event WHERE action = "
                                   f"'{action}' ORDER BY id").fetchall()


def test_no_member_without_a_password_cli(url, capsys, monkeypatch):
    monkeypatch.delenv("PANEL_PASSWORD", raising=False)
    monkeypatch.delenv("PANEL_NEW_PASSWORD", raising=False)
    code, out, err = run(capsys, "--db", url, "members", "add", "Anna Chair", "--role", "chair")
    assert code == 21 and "No password was given for Anna Chair" in out["error"]
    assert len(err.strip().splitlines()) == 1
    monkeypatch.setenv("PANEL_PASSWORD", "short")
    code, out, _ = run(capsys, "--db", url, "members", "add", "Anna Chair", "--role", "chair")
    assert code == 21 and "too short" in out["error"]
    # nobody was added: anyone acting --as "Anna Chair" is refused as unknown, not let in
    monkeypatch.setenv("PANEL_PASSWORD", "chair-secret")
    code, out, _ = run(capsys, "--db", url, "members", "list")
    assert code == 0 and out == []
    assert run(capsys, "--db", url, "members", "add", "Anna Chair", "--role", "chair")[0] == 0
    monkeypatch.delenv("PANEL_PASSWORD")
    code, out, _ = run(capsys, "--db", url, "--as", "Anna Chair", "members", "add", "Bob", "--role", "member")
    assert code == 21 and "No password was given for Anna Chair" in out["error"]
    monkeypatch.setenv("PANEL_PASSWORD", "chair-secret")
    code, out, _ = run(capsys, "--db", url, "--as", "Anna Chair", "members", "add", "Bob", "--role", "member")
    assert code == 21 and "No password was given for Bob" in out["error"]


def test_bad_sign_in_exit_codes(url, capsys, monkeypatch):
    monkeypatch.setenv("PANEL_PASSWORD", "chair-secret")
    run(capsys, "--db", url, "members", "add", "Anna", "--role", "chair")
    code, out, _ = run(capsys, "--db", url, "--as", "Nobody Known", "members", "list")
    assert code == 22 and "Nobody Known is not on the panel" in out["error"]
    monkeypatch.setenv("PANEL_PASSWORD", "not-the-one")
    code, out, _ = run(capsys, "--db", url, "--as", "Anna", "members", "list")
    assert code == 20 and "Wrong password for Anna (1st in a row)" in out["error"]
    monkeypatch.delenv("PANEL_PASSWORD")
    code, out, _ = run(capsys, "--db", url, "--as", "Anna", "members", "list")
    assert code == 21 and "PANEL_PASSWORD" in out["error"]


def test_wrong_passwords_are_audited_and_pause_sign_in(services, procedure, db):
    sv, ref = services, procedure
    for i in range(1, 5):
        with pytest.raises(WrongPassword, match=f"{i}.. in a row"):
            sv.members.sign_in(ref, "Member Bob", f"guess-{i}")
    with pytest.raises(WrongPassword, match="paused until"):
        sv.members.sign_in(ref, "Member Bob", "guess-5")
    # paused: even the right password is refused now, and the refusal says until when
    with pytest.raises(SignInPaused,
                       match=r"paused until \d\d\.\d\d\.\d{4} \d\d:\d\d:\d\d \(Brussels time\) after 5 wrong"):
        sv.members.sign_in(ref, "Member Bob", "bob-pass")
    failed = _audit(db, "member.signin_failed")
    assert [r[1] for r in failed] == ["Member Bob"] * 5
    # another workstation (a new connection pool on the same database) sees the same pause
    from panel_app.services import Services
    from panel_app.store import open_database

    other_db = open_database(db.url)
    try:
        with pytest.raises(SignInPaused):
            Services.for_db(other_db).members.sign_in(ref, "Member Bob", "bob-pass")
    finally:
        other_db.dispose()
    # the other members are not affected
    assert sv.members.sign_in(ref, "Member Eva", "eva-pass").name == "Member Eva"


def test_the_pause_doubles_and_a_success_resets_it(services, procedure, db):
    sv, ref = services, procedure

    def pause_seconds() -> float:
        with db.engine.connect() as con:
            until, last = con.exec_driver_sql(
                "SELECT g.paused_until, g.last_failure_at FROM signin_guard g JOIN member m ON m.id = g.member_id "
                "WHERE m.name = 'Member Bob'").one()
        if not until:
            return 0.0
        until, last = (datetime.fromisoformat(str(x)) for x in (until, last))  # SQLite answers text
        return (until - last).total_seconds()

    def expire() -> None:  # time passes: the pause is over
        with db.engine.begin() as con:
            con.exec_driver_sql("UPDATE signin_guard SET paused_until = last_failure_at")

    pauses = []
    for i in range(1, 11):
        with pytest.raises(WrongPassword):
            sv.members.sign_in(ref, "Member Bob", f"guess-{i}")
        pauses.append(pause_seconds())
        expire()
    assert pauses == [0, 0, 0, 0, 15, 30, 60, 120, 240, 300]
    assert sv.members.sign_in(ref, "Member Bob", "bob-pass").name == "Member Bob"
    with pytest.raises(WrongPassword, match=r"\(1st in a row\)"):
        sv.members.sign_in(ref, "Member Bob", "guess-again")


def test_the_chair_resets_and_the_member_must_change(services, procedure, db, capsys, monkeypatch):
    sv, ref = services, procedure
    chair = sv.members.sign_in(ref, "Chair Anna", "chair-pass")
    bob = sv.members.sign_in(ref, "Member Bob", "bob-pass")
    with pytest.raises(Refused, match="only the chair"):
        sv.members.reset_password(ref, "Member Eva", "eva-new-pass", bob)
    for i in range(6):  # Bob forgot it: his sign-in is paused; the chair's reset lifts the pause
        with pytest.raises(Refused):
            sv.members.sign_in(ref, "Member Bob", f"guess-{i}")
    sv.members.reset_password(ref, "Member Bob", "temporary-1", chair)
    assert [r[0] for r in _audit(db, "member.password_reset")] == ["Chair Anna"]
    with pytest.raises(PasswordChangeRequired, match="must choose a new password"):
        sv.members.sign_in(ref, "Member Bob", "temporary-1")
    with pytest.raises(WrongPassword):  # changing needs the current password
        sv.members.change_password(ref, "Member Bob", "not-it-at-all", "bob-own-secret")
    with pytest.raises(PasswordMissing, match="too short"):
        sv.members.change_password(ref, "Member Bob", "temporary-1", "short")
    sv.members.change_password(ref, "Member Bob", "temporary-1", "bob-own-secret")
    assert sv.members.sign_in(ref, "Member Bob", "bob-own-secret").name == "Member Bob"
    with pytest.raises(WrongPassword):
        sv.members.sign_in(ref, "Member Bob", "temporary-1")


def test_reset_and_change_from_the_cli(url, capsys, monkeypatch):
    monkeypatch.setenv("PANEL_PASSWORD", "chair-secret")
    run(capsys, "--db", url, "members", "add", "Anna", "--role", "chair")
    monkeypatch.setenv("PANEL_NEW_PASSWORD", "bob-first-pw")
    run(capsys, "--db", url, "--as", "Anna", "members", "add", "Bob", "--role", "member")
    monkeypatch.setenv("PANEL_NEW_PASSWORD", "bob-temporary")
    code, out, _ = run(capsys, "--db", url, "--as", "Anna", "members", "password", "Bob")
    assert code == 0 and out["must_change_password"] is True
    monkeypatch.setenv("PANEL_PASSWORD", "bob-temporary")
    code, out, _ = run(capsys, "--db", url, "--as", "Bob", "members", "list")
    assert code == 24 and "must choose a new password" in out["error"] and "members password" in out["error"]
    monkeypatch.setenv("PANEL_NEW_PASSWORD", "bob-own-secret")
    code, out, _ = run(capsys, "--db", url, "--as", "Bob", "members", "password", "Bob")
    assert code == 0 and out["changed"] is True
    monkeypatch.setenv("PANEL_PASSWORD", "bob-own-secret")
    assert run(capsys, "--db", url, "--as", "Bob", "members", "list")[0] == 0
    monkeypatch.setenv("PANEL_NEW_PASSWORD", "anna-hijack-1")
    code, out, _ = run(capsys, "--db", url, "--as", "Bob", "members", "password", "Anna")
    assert code == 3 and "only the chair" in out["error"]


def test_unknown_member_is_audited(services, procedure, db):
    with pytest.raises(UnknownMember):
        services.members.sign_in(procedure, "Mallory", "whatever-1")
    assert [r[1] for r in _audit(db, "member.signin_unknown")] == ["Mallory"]


def test_expired_pause_lets_the_right_password_in(services, procedure, db):
    sv, ref = services, procedure
    for i in range(5):
        with pytest.raises(WrongPassword):
            sv.members.sign_in(ref, "Member Eva", f"nope-{i}")
    with db.engine.begin() as con:
        con.exec_driver_sql("UPDATE signin_guard SET paused_until = last_failure_at")
    assert sv.members.sign_in(ref, "Member Eva", "eva-pass").name == "Member Eva"
    with db.engine.connect() as con:
        assert con.exec_driver_sql("SELECT failures, paused_until FROM signin_guard").all() == [(0, None)]
