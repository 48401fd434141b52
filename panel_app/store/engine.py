"""Opening a database: URL resolution, SQLite pragmas, health checks, migrations with a backup first."""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import DisconnectionError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from panel_app.domain.errors import UserFacingError
from panel_app.domain.texts import translate

from .netdrive import is_network_path

log = logging.getLogger(__name__)
SQLITE_MAGIC = b"SQLite format 3\x00"


class DatabaseError(UserFacingError):
    pass


class SerialisedJSON:
    """The value of a JSON column already written as JSON (`json.dumps` of it, as `_json_dumps` would write it):
    stored as these characters. The import's workers send the eligibility snapshot so: one string to receive
    instead of its objects to unpickle, and nothing to serialise in the importer."""

    __slots__ = ("text",)

    def __init__(self, text: str):
        self.text = text


def _json_dumps(value: object) -> str:
    """JSON columns' serializer: `json.dumps` (SQLAlchemy's and psycopg's default), or a SerialisedJSON's text."""
    return value.text if isinstance(value, SerialisedJSON) else json.dumps(value)


# A pooled server connection is pinged before use only when it has been idle this long. SQLAlchemy's
# pool_pre_ping pings before every checkout: one more round trip per autosave, a third of a save's time with
# 15 members scoring at once. A connection used a moment ago is alive or its statement fails, and a failed
# save waits in the outbox; one idle since before a server restart or a dropped Wi-Fi link is replaced here.
PING_AFTER_IDLE_S = 5.0


def ping_when_idle(engine: Engine, idle_s: float = PING_AFTER_IDLE_S) -> None:
    @event.listens_for(engine, "checkin")
    def _checked_in(_dbapi_con, record) -> None:
        record.info["idle_since"] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _checked_out(dbapi_con, record, _proxy) -> None:
        since = record.info.get("idle_since")
        if since is None or time.monotonic() - since < idle_s:
            return
        try:
            alive = engine.dialect.do_ping(dbapi_con)
        except Exception as e:  # any failure of the ping means: take a new connection
            log.info("pooled connection dead after %.0f s idle: %s", time.monotonic() - since, e)
            alive = False
        if not alive:
            raise DisconnectionError("pooled connection no longer alive")  # the pool reconnects (3 tries)


def default_url(name: str = "panel_app.sqlite") -> str:
    from platformdirs import user_data_dir

    folder = Path(user_data_dir("panel_app", appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{folder / name}"


def demo_url() -> str:
    """The demo procedure lives in a file of its own, never in the database that holds real work."""
    return default_url("panel_app-demo.sqlite")


def resolve_url(url: str | None) -> str:
    """--db URL, else PANEL_DB, else the embedded SQLite file. A bare path means a SQLite file."""
    url = url or os.environ.get("PANEL_DB") or default_url()
    if "://" not in url:
        url = f"sqlite:///{Path(url).expanduser().resolve()}"
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://"):]
    return url


@dataclass
class Database:
    url: str
    engine: Engine
    sessions: sessionmaker[Session]
    journal_mode: str = ""
    # set when the database is an opened archive: every unit of work is refused with this message
    read_only: str | None = None

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def display(self) -> str:
        u = make_url(self.url)
        return f"SQLite {u.database}" if self.is_sqlite else f"PostgreSQL {u.host}:{u.port or 5432}/{u.database}"

    def dispose(self) -> None:
        self.engine.dispose()


def _check_sqlite_file(path: Path) -> None:
    if not path.exists() or path.stat().st_size == 0:
        return
    with open(path, "rb") as fh:
        head = fh.read(16)
    if head != SQLITE_MAGIC:
        raise DatabaseError(translate("Errors", "{path} is not a panel_app database (not an SQLite file).")
                                .format(path=path),
                            hint=translate("Errors", "Choose another file, or move this one away and start "
                                                     "again."))
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = con.execute("PRAGMA integrity_check").fetchall()
        finally:
            con.close()
    except sqlite3.DatabaseError as e:
        raise DatabaseError(translate("Errors", "{path} is damaged and cannot be opened ({e}).")
                                .format(path=path, e=e),
                            hint=translate("Errors", "Restore the latest backup (*.bak-* next to it).")) from None
    if rows != [("ok",)]:
        detail = "; ".join(r[0] for r in rows[:3])
        raise DatabaseError(translate("Errors", "{path} failed its integrity check: {detail}.")
                                .format(path=path, detail=detail),
                            hint=translate("Errors", "Restore the latest backup (*.bak-* next to it)."))


def _unicode_lower(value):
    return value.lower() if isinstance(value, str) else value


def open_database(url: str | None = None, *, migrate: bool = True) -> Database:
    url = resolve_url(url)
    u = make_url(url)
    journal = ""
    if u.get_backend_name() == "sqlite":
        path = Path(u.database or "")
        if u.database and u.database != ":memory:":
            if not path.parent.exists():
                raise DatabaseError(translate("Errors", "The folder {parent} does not exist.")
                                        .format(parent=path.parent),
                                    hint=translate("Errors", "Create it or pick another path."))
            _check_sqlite_file(path)
        journal = "DELETE" if u.database and is_network_path(path) else "WAL"
        engine = create_engine(url, connect_args={"timeout": 30}, json_serializer=_json_dumps)

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_con, _record):
            cur = dbapi_con.cursor()
            # 16 KiB pages for a new file (no effect on an existing one): the documents stored in the database
            # are tens of KiB each, and bigger pages write them with a third less work than SQLite's 4 KiB.
            cur.execute("PRAGMA page_size=16384")
            cur.execute(f"PRAGMA journal_mode={journal}")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA busy_timeout=30000")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.close()
            # SQLite's lower() only folds ASCII; searches must find "Żółkiewski" as "żółkiewski" too.
            dbapi_con.create_function("lower", 1, _unicode_lower, deterministic=True)
    else:
        engine = create_engine(url, connect_args={"connect_timeout": 5}, json_serializer=_json_dumps)
        ping_when_idle(engine)
    try:
        with engine.connect() as con:
            con.execute(text("SELECT 1"))
    except OperationalError as e:
        engine.dispose()
        first = str(e.orig).strip().splitlines()[0] if e.orig else str(e)
        raise DatabaseError(translate("Errors", "Cannot reach the database {u}: {first}")
                                .format(u=u.render_as_string(hide_password=True), first=first),
                            hint=translate("Errors", "Check the address, that the server runs, and your "
                                                     "user name.")) from None
    db = Database(url=url, engine=engine, sessions=sessionmaker(engine, expire_on_commit=False), journal_mode=journal)
    if migrate:
        from .migrate import upgrade

        upgrade(db)
        if not db.is_sqlite:
            from .pg_security import refresh_after_upgrade

            refresh_after_upgrade(db)  # the guards and policies of this version on a secured database
    return db
