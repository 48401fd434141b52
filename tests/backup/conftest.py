"""Databases of their own per test, on SQLite and on PostgreSQL (a restore replaces a whole database), and a
procedure with a chair, a member and a secretary."""

from __future__ import annotations

import uuid

import pytest

from tests.pg_cleanup import drop_later
from tests.workstations.conftest import ADMIN, _require_pg, fresh_pg, migrated_pg, pg_template, secured  # noqa: F401 - fixtures

PASSWORDS = {"Chair Anna": "chair-pass", "Member Bob": "bob-pass", "Secretary Sam": "sam-pass"}


@pytest.fixture(params=["sqlite", "postgres"])
def make_db(request, tmp_path):
    """make_db(): a new, migrated, empty database on this backend (several per test if needed)."""
    from panel_app.store import open_database

    made, names = [], []

    def make():
        if request.param == "sqlite":
            url = f"sqlite:///{tmp_path / f'panel-{len(made)}.sqlite'}"
        else:
            _require_pg()
            import psycopg

            name = f"panel_bk_{uuid.uuid4().hex[:10]}"
            with psycopg.connect(ADMIN, autocommit=True) as con:
                con.execute(f'CREATE DATABASE "{name}"')
            names.append(name)
            url = f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}"
        db = open_database(url)
        made.append(db)
        return db

    yield make
    for db in made:
        db.dispose()
    for name in names:
        drop_later(name)  # tests/pg_cleanup.py


def who(sv, ref, name):
    return sv.members.sign_in(ref, name, PASSWORDS[name])


def make_procedure(sv, template_path) -> str:
    ref = sv.procedures.create_from_template(template_path).result.reference
    sv.members.add(ref, "Chair Anna", "chair", password=PASSWORDS["Chair Anna"])
    chair = who(sv, ref, "Chair Anna")
    for name, role in (("Member Bob", "member"), ("Secretary Sam", "secretary")):
        sv.members.add(ref, name, role, chair, password=PASSWORDS[name])
    return ref


@pytest.fixture
def live(make_db, template_path):
    """(services, reference) of a procedure in a database of its own."""
    from panel_app.services import Services

    sv = Services.for_db(make_db())
    return sv, make_procedure(sv, template_path)
