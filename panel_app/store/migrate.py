"""Alembic migrations run programmatically; a SQLite backup is taken before any migration of an existing file."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from sqlalchemy import inspect, text
from sqlalchemy.engine import make_url

from panel_app.domain.errors import UserFacingError

from .clock import utcnow

log = logging.getLogger(__name__)
MIGRATIONS = Path(__file__).parent / "migrations"
# The newest revision in migrations/versions (a test checks it is alembic's head). Knowing it here lets an
# up-to-date database open without importing alembic at all (a quarter of a second at start-up).
HEAD = "0011"


def alembic_config(db):  # noqa: ANN001, ANN201
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", db.url.replace("%", "%%"))
    cfg.attributes["engine"] = db.engine
    return cfg


def script_directory():  # noqa: ANN201
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return ScriptDirectory.from_config(cfg)


def current_revision(db) -> str | None:  # noqa: ANN001
    with db.engine.connect() as con:
        if not inspect(con).has_table("alembic_version"):
            return None
        return con.execute(text("SELECT version_num FROM alembic_version")).scalar()


def backup_sqlite(db, tag: str) -> Path | None:  # noqa: ANN001
    path = Path(make_url(db.url).database or "")
    if not path.name or not path.exists() or path.stat().st_size == 0:
        return None
    target = path.with_name(f"{path.name}.bak-{tag}-{utcnow():%Y%m%dT%H%M%SZ}")
    src = sqlite3.connect(str(path))
    try:
        dst = sqlite3.connect(str(target))
        with dst:
            src.backup(dst)
        dst.close()
    finally:
        src.close()
    log.info("backup before migration: %s", target)
    return target


def upgrade(db) -> None:  # noqa: ANN001
    current = current_revision(db)
    if current == HEAD:
        return
    from alembic import command

    scripts = script_directory()
    known = {rev.revision for rev in scripts.walk_revisions()}
    if current is not None and current not in known:
        raise UserFacingError(
            f"This database was written by a newer version of panel_app (schema {current}).",
            hint="Install the newer panel_app to open it; nothing was changed.")
    if db.is_sqlite and current is not None:
        backup_sqlite(db, current)
    command.upgrade(alembic_config(db), "head")
