"""Fixtures for several workstations: a secured PostgreSQL database of its own (roles are cluster-wide, so
their names carry this run's database name and are dropped at the end), and a scored procedure."""

from __future__ import annotations

import os
import uuid

import pytest

from tests.conftest import _pg_reachable
from tests.gates.helpers import decide_all_eligible
from tests.intake.fixtures import application_pdf, eml_bytes
from tests.pg_cleanup import drop_later

PASSWORDS = {"Chair Anna": "chair-pass", "Member Bob": "bob-pass", "Member Eva": "eva-pass",
             "Secretary Sam": "sam-pass", "Observer Olga": "olga-pass"}
ADMIN = "host=127.0.0.1 port=5432 user=postgres dbname=postgres"


def who(services, ref, name):
    return services.members.sign_in(ref, name, PASSWORDS[name])


def build_procedure(services, template_path, box, n_candidates: int = 4) -> tuple[str, list[str]]:
    """Chair, two members, secretary, observer; n candidates imported; grid sealed; voting members declared."""
    ref = services.procedures.create_from_template(template_path).result.reference
    services.members.add(ref, "Chair Anna", "chair", password="chair-pass")
    chair = who(services, ref, "Chair Anna")
    for name, role in [("Member Bob", "member"), ("Member Eva", "member"), ("Secretary Sam", "secretary"),
                       ("Observer Olga", "observer")]:
        services.members.add(ref, name, role, chair, password=PASSWORDS[name])
    box.mkdir(exist_ok=True)
    for i in range(n_candidates):
        (box / f"{i}.eml").write_bytes(eml_bytes(from_addr=f"c{i}@x.eu",
                                                 attachments=[("a.pdf", application_pdf(10 + i), "application/pdf")]))
    services.intake.import_paths(ref, [box], who(services, ref, "Secretary Sam"), workers=1)
    decide_all_eligible(services, ref, who(services, ref, "Secretary Sam"))  # eligibility first (issue 16)
    services.grid.seal(ref, chair)
    for name in ("Chair Anna", "Member Bob", "Member Eva"):
        services.scoring.declare_confidentiality(ref, who(services, ref, name))
    emails = sorted(a.candidate.email for a in services.applications.list(ref))
    return ref, emails


def _require_pg() -> None:
    problem = _pg_reachable()
    if problem:
        if os.environ.get("CI") == "true":
            pytest.fail(f"PostgreSQL at 127.0.0.1:5432 is required with CI=true: {problem}")
        pytest.skip(f"PostgreSQL not reachable ({problem})")


@pytest.fixture(scope="session")
def pg_template():
    """The name of a PostgreSQL database migrated once per run: `secured` copies it (CREATE DATABASE ... TEMPLATE,
    ~0.15 s) instead of migrating a new database (~0.5 s)."""
    _require_pg()
    import psycopg

    from panel_app.store import open_database

    name = f"panel_tpl_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(ADMIN, autocommit=True) as con:
        con.execute(f'CREATE DATABASE "{name}"')
    open_database(f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}").dispose()
    yield name
    with psycopg.connect(ADMIN, autocommit=True) as con:
        con.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def fresh_pg():
    """A new, empty PostgreSQL database of this test; its member roles and group are dropped afterwards."""
    yield from _new_pg(None)


@pytest.fixture
def migrated_pg(pg_template):
    """As fresh_pg, the schema already at its head (a copy of pg_template)."""
    yield from _new_pg(pg_template)


def _new_pg(template: str | None):
    _require_pg()
    import psycopg

    name = f"panel_ws_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(ADMIN, autocommit=True) as con:
        con.execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
    info = {"name": name, "url": f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}", "group": f"{name}_members"}
    yield info
    drop_later(name, roles_of=True)  # the database, then its member roles and group (tests/pg_cleanup.py)


@pytest.fixture
def secured(migrated_pg, template_path, tmp_path):
    """(services as owner, ref, emails, {member name: db role}, db name) on a secured PostgreSQL database."""
    from panel_app.services import Services
    from panel_app.services.workstations import WorkstationService
    from panel_app.store import open_database

    db = open_database(migrated_pg["url"])
    services = Services.for_db(db)
    ws = WorkstationService(db)
    ws.init_postgres(group=migrated_pg["group"])
    ref, emails = build_procedure(services, template_path, tmp_path / "box")
    chair = who(services, ref, "Chair Anna")
    roles = {name: ws.add_member_role(ref, name, chair, group=migrated_pg["group"]).result.db_role for name in PASSWORDS}
    yield services, ref, emails, roles, migrated_pg["name"]
    db.dispose()
