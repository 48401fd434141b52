"""A fixture's database state built once per backend and run, then copied into each test's own database.

Building a scored procedure through the services takes seconds (imports, eligibility, every voter's marks); the
tests that start from it only need the same rows. `Snapshots.state(key, db, build)` runs `build()` the first time
for (key, backend) and saves every table; later it empties `db` and copies the saved rows in, and returns what
`build()` returned then (plain data: a reference, e-mails, ids). The copy is exact: on SQLite the whole database
through SQLite's backup API; on PostgreSQL every table, server-side, from a schema of its own in the shared test
database (snap_<key>), and the sequences set where they were, so the next ids are those a fresh build would get.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import text

from panel_app.store.models import Base


class Snapshots:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.saved: dict[tuple[str, str], tuple[Any, Any]] = {}

    def state(self, key: str, db, build: Callable[[], Any]) -> Any:
        assert re.fullmatch(r"[a-z0-9_]+", key), key
        backend = "sqlite" if db.is_sqlite else "postgres"
        if (key, backend) in self.saved:
            where, result = self.saved[(key, backend)]
            (_restore_sqlite if db.is_sqlite else _restore_pg)(db, where)
            return result
        result = build()
        where = self._save_sqlite(db, key) if db.is_sqlite else _save_pg(db, key)
        self.saved[(key, backend)] = (where, result)
        return result

    def _save_sqlite(self, db, key: str) -> Path:
        path = self.folder / f"{key}.sqlite"
        raw = db.engine.raw_connection()
        try:
            target = sqlite3.connect(path)
            raw.driver_connection.backup(target)
            target.close()
        finally:
            raw.close()
        return path


def _restore_sqlite(db, path: Path) -> None:
    db.engine.dispose()  # no pooled connection holds the old pages
    raw = db.engine.raw_connection()
    try:
        source = sqlite3.connect(path)
        source.backup(raw.driver_connection)
        source.close()
    finally:
        raw.close()
    db.engine.dispose()


def _tables() -> list[str]:
    return [t.name for t in Base.metadata.sorted_tables]


def _save_pg(db, key: str) -> tuple[str, list[tuple[str, int | None]]]:
    schema = f"snap_{key}"
    with db.engine.begin() as con:
        con.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        con.execute(text(f'CREATE SCHEMA "{schema}"'))
        for name in _tables():
            con.execute(text(f'CREATE TABLE "{schema}"."{name}" AS TABLE public."{name}"'))
        sequences = [(s, v) for s, v in con.execute(text(
            "SELECT sequencename, last_value FROM pg_sequences WHERE schemaname = 'public'"))]
    return schema, sequences


def _restore_pg(db, saved: tuple[str, list[tuple[str, int | None]]]) -> None:
    schema, sequences = saved
    with db.engine.begin() as con:
        con.execute(text("SET LOCAL session_replication_role = replica"))  # no trigger: the rows as they were
        for name in _tables():
            con.execute(text(f'DELETE FROM public."{name}"'))
        for name in _tables():
            con.execute(text(f'INSERT INTO public."{name}" SELECT * FROM "{schema}"."{name}"'))
        for seq, value in sequences:
            con.execute(text("SELECT setval(:s, :v, :called)"),
                        {"s": f'public."{seq}"', "v": value or 1, "called": value is not None})
