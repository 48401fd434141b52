"""Backups of a SQLite database with SQLite's online backup API, and what a backup file holds.

The backup API copies a consistent snapshot while other connections keep writing (WAL: they never wait; a
rollback journal: they wait for the one-step copy under the busy timeout). A copy is written to a temporary
file beside its target and renamed, so a half-written copy never carries the target's name; it is a single
self-contained file (rollback journal, no -wal beside it). A table `panel_backup_info` in the copy says when
and by whom it was taken; a restore removes it from the restored database.

A restore copies the backup into the live file with the same API, so the connections that other workstations
hold on it see the restored data at their next read, and nobody sees half of it.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.engine import make_url

from panel_app.domain.errors import UserFacingError
from panel_app.domain.texts import translate

from .clock import utcnow

SQLITE_MAGIC = b"SQLite format 3\x00"
PGDUMP_MAGIC = b"PGDMP"
INFO_TABLE = "panel_backup_info"
PANEL_TABLES = ("alembic_version", "procedure", "audit_event")


class BadBackup(UserFacingError):
    """A file that cannot be restored: damaged, truncated, not panel_app's, or from a newer version."""


@dataclass(frozen=True)
class LastEvent:
    action: str
    actor: str
    at: datetime
    reference: str | None


@dataclass(frozen=True)
class BackupContents:
    """What a backup file holds, read without changing anything."""

    kind: str  # "sqlite" | "postgresql"
    revision: str | None
    taken_at: datetime | None
    taken_by: str | None
    procedures: list[tuple[str, str]] = field(default_factory=list)  # (reference, title)
    last_event: LastEvent | None = None
    columns: dict[str, set[str]] = field(default_factory=dict)  # {table: its columns}


def schema_gaps(columns: dict[str, set[str]]) -> list[str]:
    """The tables and columns of this version's schema that a backup of the same revision lacks ("table.column")
    (a revision whose migration changed after the backup was taken, during development)."""
    from .models import Base

    gaps = []
    for table in Base.metadata.sorted_tables:
        have = columns.get(table.name)
        gaps += [table.name] if have is None else [f"{table.name}.{c.name}" for c in table.columns if c.name not in have]
    return gaps


def sqlite_path(db) -> Path:
    return Path(make_url(db.url).database or "")


def file_kind(path: Path) -> str:
    """"sqlite" or "postgresql" (a pg_dump custom archive); BadBackup for anything else."""
    if not path.is_file():
        raise BadBackup(translate("Errors", "{path} does not exist or is not a file.").format(path=path))
    with open(path, "rb") as fh:
        head = fh.read(16)
    if head == SQLITE_MAGIC:
        return "sqlite"
    if head.startswith(PGDUMP_MAGIC):
        return "postgresql"
    what = "empty" if not head else "neither a SQLite database nor a pg_dump archive"
    raise BadBackup(translate("Errors", "{name} is not a panel_app backup: the file is {what}.")
                        .format(name=path.name, what=what),
                    hint=translate("Errors", "Choose a file written by panel-app backup (or File ▸ Back "
                                             "up…). Nothing was changed."))


@contextlib.contextmanager
def _connect(path: Path, *, readonly: bool = False) -> Iterator[sqlite3.Connection]:
    con = (sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30) if readonly
           else sqlite3.connect(str(path), timeout=30))
    try:
        yield con
    finally:
        con.close()


@contextlib.contextmanager
def _temporary_beside(target: Path) -> Iterator[Path]:
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
    finally:
        tmp.unlink(missing_ok=True)


def copy_sqlite(source: Path, target: Path, *, taken_by: str | None = None) -> None:
    """A consistent copy of the SQLite file `source` at `target` (replaced only once complete)."""
    with _temporary_beside(target) as tmp:
        with _connect(source) as src, _connect(tmp) as dst:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
            if taken_by is not None:
                dst.execute(f"CREATE TABLE IF NOT EXISTS {INFO_TABLE} (taken_at TEXT, taken_by TEXT, source TEXT)")
                dst.execute(f"DELETE FROM {INFO_TABLE}")
                dst.execute(f"INSERT INTO {INFO_TABLE} VALUES (?, ?, ?)",
                            (utcnow().isoformat(timespec="seconds"), taken_by, source.name))
                dst.commit()
        os.replace(tmp, target)


def _truncation(path: Path) -> str | None:
    """A file shorter than its header's page count says: the words for it, else None."""
    with open(path, "rb") as fh:
        header = fh.read(100)
    if len(header) < 100:
        return f"{len(header)} bytes, less than a database header"
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    valid = header[24:28] == header[92:96]  # the page count is valid only when written by the same change
    size = path.stat().st_size
    if valid and pages and size < pages * page_size:
        return f"{size:,} bytes where its header says {pages * page_size:,}"
    if size % page_size:
        return f"{size:,} bytes, not a whole number of {page_size}-byte pages"
    return None


def read_sqlite(path: Path) -> BackupContents:
    """Check a SQLite backup (complete, intact, panel_app's) and say what it holds; BadBackup otherwise."""
    cut = _truncation(path)
    if cut:
        raise BadBackup(translate("Errors", "{name} is truncated ({cut}): it cannot be restored.")
                            .format(name=path.name, cut=cut),
                        hint=translate("Errors", "Use another copy. Nothing was changed."))
    try:
        with _connect(path, readonly=True) as con:
            problems = [r[0] for r in con.execute("PRAGMA integrity_check").fetchall()]
            if problems != ["ok"]:
                raise BadBackup(translate("Errors", "{name} failed SQLite's integrity check: {problems}.")
                                    .format(name=path.name, problems='; '.join(problems[:2])),
                                hint=translate("Errors", "Use another copy. Nothing was changed."))
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            missing = [t for t in PANEL_TABLES if t not in tables]
            if missing:
                raise BadBackup(translate("Errors", "{name} is a SQLite database but not a panel_app one "
                                                    "(no table {missing}).")
                                    .format(name=path.name, missing=', '.join(missing)),
                                hint=translate("Errors", "Choose a panel_app backup. Nothing was "
                                                                                    "changed."))
            return _contents(con, tables)
    except sqlite3.DatabaseError as e:
        raise BadBackup(translate("Errors", "{name} is damaged and cannot be read ({e}).")
                            .format(name=path.name, e=e),
                        hint=translate("Errors", "Use another copy. Nothing was changed.")) from None


def _when(value: str | None) -> datetime | None:
    if not value:
        return None
    at = datetime.fromisoformat(value)
    return at if at.tzinfo else at.replace(tzinfo=UTC)


def _contents(con: sqlite3.Connection, tables: set[str]) -> BackupContents:
    revision = con.execute("SELECT version_num FROM alembic_version").fetchone()
    taken_at = taken_by = None
    if INFO_TABLE in tables:
        row = con.execute(f"SELECT taken_at, taken_by FROM {INFO_TABLE}").fetchone()
        if row:
            taken_at, taken_by = _when(row[0]), row[1]
    procedures = [(str(r), str(t)) for r, t in con.execute("SELECT reference, title FROM procedure ORDER BY id")]
    last = con.execute("SELECT e.action, e.actor, e.at, p.reference FROM audit_event e "
                       "LEFT JOIN procedure p ON p.id = e.procedure_id ORDER BY e.at DESC, e.id DESC LIMIT 1").fetchone()
    event = LastEvent(last[0], last[1], _when(last[2]), last[3]) if last else None
    columns = {t: {r[1] for r in con.execute(f'PRAGMA table_info("{t}")')} for t in tables}
    return BackupContents("sqlite", revision[0] if revision else None, taken_at, taken_by, procedures, event,
                          columns)


def restore_sqlite(backup: Path, live: Path) -> None:
    """Replace the content of the live file with the backup's, in one write transaction of the live file."""
    with _temporary_beside(live) as staged:
        with _connect(backup, readonly=True) as src, _connect(staged) as dst:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
            dst.execute(f"DROP TABLE IF EXISTS {INFO_TABLE}")
            dst.commit()
        with _connect(live) as target, _connect(staged) as src:
            size = target.execute("PRAGMA page_size").fetchone()[0]
            if src.execute("PRAGMA page_size").fetchone()[0] != size:  # a WAL file takes pages of its own size only
                src.execute(f"PRAGMA page_size={int(size)}")
                src.execute("VACUUM")
            src.backup(target)
