"""Revisions 0009-0011 were released as empty placeholders: a database of that release is stamped 0011 and has
none of the scoring deadline or lifecycle columns. Opening it with this version must add them (0013), on both
back ends; and a database of a development build that put them in 0010/0011 must open too."""

from __future__ import annotations

import uuid
from datetime import UTC, timedelta

import psycopg
import pytest
import sqlalchemy as sa

from panel_app.services import Services
from panel_app.services.actors import SETUP
from panel_app.services.edits import SettingsEdit
from panel_app.store import open_database
from panel_app.store.migrate import HEAD, alembic_config, current_revision

ADMIN = "host=127.0.0.1 port=5432 user=postgres dbname=postgres"


def _released_0011(url: str) -> None:
    """The schema as the release of head 0011 wrote it: 0001..0011 with 0009-0011 empty."""
    from alembic import command

    db = open_database(url, migrate=False)
    command.upgrade(alembic_config(db), "0011")
    with db.engine.connect() as con:
        columns = {c["name"] for c in sa.inspect(con).get_columns("procedure")}
        assert "scoring_deadline_utc" not in columns and "closed_at" not in columns
        assert not sa.inspect(con).has_table("legal_hold")
    db.dispose()


@pytest.fixture(params=["sqlite", "postgres"])
def empty_url(request, tmp_path):
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'release.sqlite'}"
        return
    request.getfixturevalue("pg_url")  # skips or fails as the other PostgreSQL tests do
    name = f"panel_release_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(ADMIN, autocommit=True) as con:
        con.execute(f'CREATE DATABASE "{name}"')
    yield f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}"
    with psycopg.connect(ADMIN, autocommit=True) as con:
        con.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_a_database_of_the_release_with_empty_placeholders_gains_the_new_columns(empty_url, template_path):
    url = empty_url
    _released_0011(url)
    new = open_database(url)  # 0011 -> 0012 (OCR words) -> 0013
    try:
        assert current_revision(new) == HEAD  # 0011 -> 0012 (OCR words) -> 0013 -> the head
        with new.engine.connect() as con:
            columns = {c["name"] for c in sa.inspect(con).get_columns("procedure")}
            assert {"scoring_deadline_utc", "closed_at", "closed_by", "close_reason", "retention"} <= columns
            assert sa.inspect(con).has_table("legal_hold")
        sv = Services.for_db(new)
        ref = sv.procedures.create_from_template(template_path).result.reference
        st = sv.procedures.settings(ref)
        when = st.deadline_utc + timedelta(days=20)
        out = sv.procedures.update_settings(ref, SettingsEdit(scoring_deadline_utc=when), st.version, SETUP).result
        assert out.scoring_deadline_utc == when.astimezone(UTC)
    finally:
        new.dispose()


def test_a_development_database_that_already_has_them_opens(tmp_path):
    url = f"sqlite:///{tmp_path / 'dev.sqlite'}"
    _released_0011(url)
    con = sa.create_engine(url).connect()
    con.execute(sa.text("ALTER TABLE procedure ADD COLUMN scoring_deadline_utc DATETIME"))
    con.execute(sa.text("ALTER TABLE procedure ADD COLUMN closed_at DATETIME"))
    con.commit()
    con.close()
    db = open_database(url)
    try:
        assert current_revision(db) == HEAD
        with db.engine.connect() as c:
            assert "retention" in {col["name"] for col in sa.inspect(c).get_columns("procedure")}
    finally:
        db.dispose()
