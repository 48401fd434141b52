"""Alembic migrations run programmatically; a SQLite backup is taken before any migration of an existing file."""

from __future__ import annotations

import logging
from pathlib import Path

from sqlalchemy import inspect, text

from panel_app.domain.errors import UserFacingError
from panel_app.domain.texts import translate

from .clock import utcnow

log = logging.getLogger(__name__)
MIGRATIONS = Path(__file__).parent / "migrations"
# The newest revision in migrations/versions (a test checks it is alembic's head). Knowing it here lets an
# up-to-date database open without importing alembic at all (a quarter of a second at start-up).
HEAD = "0015"


def alembic_config(db):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", db.url.replace("%", "%%"))
    cfg.attributes["engine"] = db.engine
    return cfg


def script_directory():
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return ScriptDirectory.from_config(cfg)


def current_revision(db) -> str | None:
    with db.engine.connect() as con:
        if not inspect(con).has_table("alembic_version"):
            return None
        return con.execute(text("SELECT version_num FROM alembic_version")).scalar()


def backup_sqlite(db, tag: str) -> Path | None:
    """The automatic copy before a migration, beside the file (store/backup.py does the copying)."""
    from .backup import copy_sqlite, sqlite_path

    path = sqlite_path(db)
    if not path.name or not path.exists() or path.stat().st_size == 0:
        return None
    target = path.with_name(f"{path.name}.bak-{tag}-{utcnow():%Y%m%dT%H%M%SZ}")
    copy_sqlite(path, target, taken_by=f"automatic, before the migration from schema {tag}")
    log.info("backup before migration: %s", target)
    return target


def known_revisions() -> set[str]:
    return {rev.revision for rev in script_directory().walk_revisions()}


def newer_than_this_version(revision: str | None) -> bool:
    """A schema revision this version of panel_app does not know: written by a newer one."""
    return revision is not None and revision != HEAD and revision not in known_revisions()


def upgrade(db) -> None:
    current = current_revision(db)
    if current == HEAD:
        return
    from alembic import command

    if newer_than_this_version(current):
        raise UserFacingError(
            translate("Errors", "This database was written by a newer version of panel_app (schema "
                                "{current}).").format(current=current),
            hint=translate("Errors", "Install the newer panel_app to open it; nothing was changed."))
    if db.is_sqlite and current is not None:
        backup_sqlite(db, current)
    command.upgrade(alembic_config(db), "head")
