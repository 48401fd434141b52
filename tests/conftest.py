"""Shared fixtures: a fresh real database per test, on SQLite (a temporary file) and on PostgreSQL.

PostgreSQL: one database is created for the run and dropped at the end; each test starts from empty
tables. Outside CI the PostgreSQL tests skip with a clear message when no server answers; with CI=true
they must run, so an unreachable server fails them.

SQLite: the schema is migrated once per run into a file that each test copies (migrating a new file costs
~0.2 s, a copy ~0.01 s); the copy is the same file a fresh migration writes. PostgreSQL's tables are emptied
with DELETE and the sequences restarted (a TRUNCATE of the 17 tables costs ~0.4 s, the DELETE ~0.02 s).
"""

from __future__ import annotations

import os
import shutil
import uuid
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PG_ADMIN = os.environ.get("PANEL_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")


def _pg_reachable() -> str | None:
    try:
        import psycopg

        with psycopg.connect("host=127.0.0.1 port=5432 user=postgres dbname=postgres", connect_timeout=3):
            return None
    except Exception as e:
        return str(e).splitlines()[0]


@pytest.fixture(scope="session")
def pg_url():
    problem = _pg_reachable()
    if problem:
        if os.environ.get("CI") == "true":
            pytest.fail(f"PostgreSQL at 127.0.0.1:5432 is required with CI=true: {problem}")
        pytest.skip(f"PostgreSQL not reachable at 127.0.0.1:5432 ({problem}); these tests run in CI")
    import psycopg

    name = f"panel_test_{uuid.uuid4().hex[:10]}"
    with psycopg.connect("host=127.0.0.1 port=5432 user=postgres dbname=postgres", autocommit=True) as con:
        con.execute(f'CREATE DATABASE "{name}"')
    yield f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}"
    with psycopg.connect("host=127.0.0.1 port=5432 user=postgres dbname=postgres", autocommit=True) as con:
        con.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def pytest_sessionfinish(session, exitstatus):
    """The test databases still being dropped in the background are dropped before the run ends."""
    from tests.pg_cleanup import finish

    finish()


@pytest.fixture(scope="session")
def migrated_sqlite(tmp_path_factory) -> Path:
    """An empty SQLite file at the schema's head, made once per run: copy it, never open it (copy_migrated)."""
    from panel_app.store import open_database

    path = tmp_path_factory.mktemp("migrated") / "panel.sqlite"
    open_database(f"sqlite:///{path}").dispose()
    assert not path.with_name(path.name + "-wal").exists()  # the last connection closed folds the WAL in
    return path


def copy_migrated(template: Path, target: Path) -> str:
    """The URL of `target`, a new copy of the migrated empty file `template` (the migrated_sqlite fixture)."""
    shutil.copyfile(template, target)
    return f"sqlite:///{target}"


def empty_tables(database) -> None:
    """Every table of the shared PostgreSQL test database emptied and its ids restarted at 1, as TRUNCATE ...
    RESTART IDENTITY CASCADE does but without replacing every table's files (tests leave a few rows in a few
    tables). Triggers (the audit trail's guards, the foreign keys) are off for this transaction only."""
    from sqlalchemy import text

    from panel_app.store.models import Base

    with database.engine.begin() as con:
        con.execute(text("SET LOCAL session_replication_role = replica"))
        for table in Base.metadata.sorted_tables:
            con.execute(table.delete())
        con.execute(text("SELECT setval(format('%I.%I', schemaname, sequencename), 1, false) FROM pg_sequences "
                         "WHERE schemaname = 'public' AND last_value IS NOT NULL"))


@pytest.fixture(params=["sqlite", "postgres"])
def db(request, tmp_path):
    """A migrated database, on both backends."""
    from panel_app.store import open_database

    if request.param == "sqlite":
        database = open_database(copy_migrated(request.getfixturevalue("migrated_sqlite"), tmp_path / "panel.sqlite"))
    else:
        database = open_database(request.getfixturevalue("pg_url"))
        empty_tables(database)
    yield database
    database.dispose()


@pytest.fixture(scope="session")
def snapshots(tmp_path_factory):
    """States built once per backend and copied into each test's database (tests/snapshots.py)."""
    from tests.snapshots import Snapshots

    return Snapshots(tmp_path_factory.mktemp("snapshots"))


@pytest.fixture
def sqlite_db(tmp_path, migrated_sqlite):
    from panel_app.store import open_database

    database = open_database(copy_migrated(migrated_sqlite, tmp_path / "panel.sqlite"))
    yield database
    database.dispose()


@pytest.fixture
def services(db):
    from panel_app.services import Services

    return Services.for_db(db)


@pytest.fixture
def template_path():
    from panel_app.domain.paths import DEFAULT_TEMPLATE

    return DEFAULT_TEMPLATE


@pytest.fixture
def procedure(services, template_path):
    """The DIGIT/COM/2026/1039 procedure with a chair, two members, a secretary and an observer."""
    ref = services.procedures.create_from_template(template_path).result.reference
    services.members.add(ref, "Chair Anna", "chair", password="chair-pass")
    chair = services.members.sign_in(ref, "Chair Anna", "chair-pass")
    for name, role in [("Member Bob", "member"), ("Member Eva", "member"), ("Secretary Sam", "secretary"),
                       ("Observer Olga", "observer")]:
        services.members.add(ref, name, role, chair, password=f"{name.split()[1].lower()}-pass")
    return ref


@pytest.fixture(autouse=True, scope="session")
def _fast_password_hashing():
    """argon2 with its production cost makes every sign-in ~0.1 s; tests use the cheapest valid parameters."""
    from argon2 import PasswordHasher

    from panel_app.services import passwords

    passwords._hasher = PasswordHasher(time_cost=1, memory_cost=64, parallelism=1)
    yield


@pytest.fixture
def chair_window(qtbot, sqlite_db, template_path):
    """The main window on a fresh DIGIT/COM/2026/1039 procedure, shown, signed in as its chair."""
    from panel_app.services import Services
    from panel_app.ui.app import build_window

    sv = Services.for_db(sqlite_db)
    ref = sv.procedures.create_from_template(template_path).result.reference
    sv.members.add(ref, "Chair Anna", "chair", password="chair-pass")
    w = build_window(sv, ref)
    qtbot.addWidget(w)
    w.show()
    w.state.set_actor(sv.members.sign_in(ref, "Chair Anna", "chair-pass"))
    return w
