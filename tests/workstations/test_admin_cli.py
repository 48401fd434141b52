"""`panel-app admin …`: what IT staff run to put a panel on a shared PostgreSQL server."""

from __future__ import annotations

import json

import psycopg
import pytest
from psycopg import errors

from panel_app.cli import main


def run(capsys, *argv: str) -> tuple[int, dict | list | None]:
    code = main(["--json", *argv])
    out = capsys.readouterr().out.strip()
    return code, (json.loads(out) if out else None)


def test_init_postgres_and_member_logins(fresh_pg, template_path, capsys, monkeypatch):
    url, group = fresh_pg["url"], fresh_pg["group"]
    assert run(capsys, "admin", "init-postgres", "--url", url, "--group", group)[0] == 0
    assert run(capsys, "admin", "init-postgres", "--url", url, "--group", group)[0] == 0  # idempotent
    assert run(capsys, "--db", url, "procedure", "create", "--template", str(template_path))[0] == 0
    monkeypatch.setenv("PANEL_NEW_PASSWORD", "chair-pass")
    code, chair = run(capsys, "--db", url, "admin", "add-member", "Chair Anna", "--role", "chair",
                      "--group", group, "--db-password", "s3cret'chair")
    assert code == 0 and chair["db_role"].startswith(f"panel_{fresh_pg['name']}_")
    monkeypatch.setenv("PANEL_PASSWORD", "chair-pass")
    monkeypatch.setenv("PANEL_NEW_PASSWORD", "bob-pass-1")
    code, bob = run(capsys, "--db", url, "--as", "Chair Anna", "admin", "add-member", "Member Bob",
                    "--role", "member", "--group", group)
    assert code == 0 and bob["role"] == "member"
    code, roles = run(capsys, "--db", url, "admin", "roles")
    assert {r["member"] for r in roles} == {"Chair Anna", "Member Bob"}
    # the member's workstation runs the normal commands on its own login
    monkeypatch.setenv("PANEL_PASSWORD", "bob-pass-1")
    code, members = run(capsys, "--db", bob["url"], "--as", "Member Bob", "members", "list")
    assert code == 0 and len(members) == 2
    # a member role cannot give itself or others a login, nor add members
    code, err = run(capsys, "--db", bob["url"], "--as", "Member Bob", "admin", "add-member", "Member Zoe",
                    "--role", "member", "--group", group)
    assert code != 0 and "chair" in err["error"]
    with psycopg.connect(host="127.0.0.1", user=bob["db_role"], dbname=fresh_pg["name"]) as con:
        with pytest.raises(errors.InsufficientPrivilege):
            con.execute("INSERT INTO panel_member_role (role_name, member_id) VALUES ('x', 1)")


def test_init_postgres_refuses_sqlite(tmp_path, capsys):
    code, err = run(capsys, "admin", "init-postgres", "--url", f"sqlite:///{tmp_path / 'x.sqlite'}")
    assert code == 2 and "PostgreSQL" in err["error"]


def test_group_role_name_matches_the_store():
    from panel_app.services.workstations import GROUP_ROLE
    from panel_app.store.pg_security import GROUP_ROLE as STORE_GROUP

    assert GROUP_ROLE == STORE_GROUP
