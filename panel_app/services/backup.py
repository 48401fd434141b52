"""Back up and restore the whole database (issue 20 part 1): who may, what a backup holds, the audit events.

A backup is a copy of the whole database (every procedure in it): SQLite's online backup API, or pg_dump on
PostgreSQL (store/backup.py, store/backup_pg.py). The chair or the secretary backs up and restores; on
PostgreSQL with the administrator account (a member's login reads only part of the rows). A backup is
audited (who, when, the file and its sha256) in the procedure's chain; a restore is audited after it, in the
chain of every procedure the restored database holds, and the restored chains are verified at once.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from panel_app.domain.changes import Change, Changed
from panel_app.domain.errors import NotFound, ServerRefused, UserFacingError
from panel_app.domain.texts import translate
from panel_app.domain.times import zoned
from panel_app.store import backup as sq
from panel_app.store import procedures as q
from panel_app.store import read_only, unit_of_work
from panel_app.store.clock import utcnow

from .actors import Actor, require_role

BACKERS = ("chair", "secretary")
STEPS = {"seal": "seal", "freeze": "shortlist freeze", "sign": "shortlist sign-off",
         "final-freeze": "final ranking freeze", "final-sign": "final ranking sign-off"}


def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


@dataclass(frozen=True)
class BackupDone:
    file: str
    kind: str
    bytes: int
    sha256: str
    at: datetime
    actor: str

    def line(self, tz: str = "Europe/Brussels") -> str:
        return (f"Backed up to {self.file} at {zoned(self.at, tz, seconds=True)}: {self.bytes:,} bytes, "
                f"sha256 {self.sha256}.")

    def as_dict(self) -> dict:
        return {"file": self.file, "kind": self.kind, "bytes": self.bytes, "sha256": self.sha256,
                "at": self.at.isoformat(), "actor": self.actor}


@dataclass(frozen=True)
class BackupDescription:
    """What a backup file holds, checked: shown before a restore."""

    file: str
    kind: str
    bytes: int
    sha256: str
    contents: sq.BackupContents

    def lines(self, tz: str = "Europe/Brussels") -> list[str]:
        c = self.contents
        kind = "SQLite database" if self.kind == "sqlite" else "PostgreSQL archive (pg_dump)"
        taken = zoned(c.taken_at, tz, seconds=True) if c.taken_at else "not recorded in the file"
        out = [f"{Path(self.file).name}: a panel_app {kind}, {self.bytes:,} bytes, intact, schema {c.revision}.",
               f"Backup taken: {taken}" + (f" by {c.taken_by}" if c.taken_by else "") + "."]
        out.append(f"Procedures ({len(c.procedures)}): " + ("; ".join(f"{r} — {t}" for r, t in c.procedures)
                                                            if c.procedures else "none") + ".")
        e = c.last_event
        out.append(f"Last audit event: {e.actor} {_action_words(e.action)} at {zoned(e.at, tz, seconds=True)}"
                   + (f" ({e.reference})" if e.reference else "") + "." if e else "Last audit event: none.")
        return out

    def as_dict(self) -> dict:
        c = self.contents
        e = c.last_event
        return {"file": self.file, "kind": self.kind, "bytes": self.bytes, "sha256": self.sha256,
                "revision": c.revision, "taken_at": c.taken_at.isoformat() if c.taken_at else None,
                "taken_by": c.taken_by, "procedures": [{"reference": r, "title": t} for r, t in c.procedures],
                "last_event": {"action": e.action, "actor": e.actor, "at": e.at.isoformat(),
                               "procedure": e.reference} if e else None}


@dataclass(frozen=True)
class RestoreDone:
    description: BackupDescription
    at: datetime
    actor: str
    verified: list[str] = field(default_factory=list)  # one line per restored procedure: its audit chain

    def as_dict(self) -> dict:
        return {"restored": self.description.as_dict(), "at": self.at.isoformat(), "actor": self.actor,
                "audit": self.verified}


def _action_words(action: str) -> str:
    from panel_app.domain.audit.history import ACTIONS

    return ACTIONS.get(action, action)


class BackupService:
    def __init__(self, db):
        self.db = db

    # ------------------------------------------------------------------ who may
    def _procedure_id(self, reference: str | None, actor: Actor, action: str) -> int | None:
        """The chair or the secretary of the procedure; anyone while the database holds no procedure yet."""
        with read_only(self.db) as s:
            if reference is None:
                if not q.all_procedures(s):
                    return None
                raise UserFacingError(translate("Errors", "Say which procedure you act for: this database "
                                                          "holds procedures."),
                                      hint=translate("Errors", "Use --procedure REF and --as NAME."))
            p = q.by_reference(s, reference)
            if p is None:
                raise NotFound(translate("Errors", "No procedure {reference} in this database.")
                                   .format(reference=reference))
            require_role(actor, *BACKERS, action=action, has_members=bool(q.members(s, p.id)))
            return p.id

    def _require_administrator(self, action: str) -> None:
        from panel_app.store import backup_pg

        if not self.db.is_sqlite and not backup_pg.is_administrator(self.db):
            raise ServerRefused(translate("Errors", "To {action} on PostgreSQL, connect with the "
                                                    "database's administrator account: a member's own "
                                                    "login reads only part of the data.").format(action=action),
                                hint=translate("Errors", "Use --db "
                                                         "postgresql+psycopg://ADMIN@HOST/DATABASE (IT "
                                                         "staff). Nothing was done."))

    # ------------------------------------------------------------------ back up
    def backup(self, reference: str, actor: Actor, target: str | Path) -> Changed[BackupDone]:
        pid = self._procedure_id(reference, actor, translate("Errors", "back up the database"))
        path = Path(target).expanduser().resolve()
        if not path.parent.is_dir():
            raise UserFacingError(translate("Errors", "The folder {parent} does not exist.")
                                      .format(parent=path.parent),
                                  hint=translate("Errors", "Create it or choose another."))
        if self.db.is_sqlite:
            if path == sq.sqlite_path(self.db).resolve():
                raise UserFacingError(translate("Errors", "{name} is the open database itself: choose "
                                                          "another file.").format(name=path.name))
            sq.copy_sqlite(sq.sqlite_path(self.db), path, taken_by=actor.name)
        else:
            self._dump(path)
        done = BackupDone(str(path), "sqlite" if self.db.is_sqlite else "postgresql", path.stat().st_size,
                          sha256_of(path), utcnow(), actor.name)
        with unit_of_work(self.db, actor.name) as uow:
            uow.audit(pid, "database.backup", "database", None, None,
                      {"file": done.file, "bytes": done.bytes, "sha256": done.sha256, "kind": done.kind})
        return Changed.of(done, Change.AUDIT)

    def _dump(self, path: Path) -> None:
        from panel_app.store import backup_pg

        if backup_pg.tool("pg_dump") is None:
            raise UserFacingError(translate("Errors", "pg_dump is not installed on this computer, so "
                                                      "panel_app cannot back up this PostgreSQL database "
                                                      "itself."),
                                  hint=translate("Errors", "Run this where the PostgreSQL client tools are "
                                                           "(IT staff): {db}")
                                           .format(db=backup_pg.dump_command(self.db, path)))
        self._require_administrator(translate("Errors", "back up the database"))
        backup_pg.dump(self.db, path)

    def default_folder(self) -> Path:
        """Beside the SQLite file; for PostgreSQL a `backups` folder in the user data directory."""
        if self.db.is_sqlite:
            return sq.sqlite_path(self.db).resolve().parent
        from platformdirs import user_data_dir

        return Path(user_data_dir("panel_app", appauthor=False)) / "backups"

    def before_step(self, reference: str, actor: Actor, step: str, folder: str | Path | None = None) -> Changed[BackupDone]:
        """A timestamped backup before a step with legal weight (seal, freeze, sign-off), beside the database."""
        where = Path(folder).expanduser() if folder else self.default_folder()
        where.mkdir(parents=True, exist_ok=True)
        stem = sq.sqlite_path(self.db).stem if self.db.is_sqlite else (self.db.engine.url.database or "panel")
        ext = ".sqlite" if self.db.is_sqlite else ".dump"
        name = f"{stem}-before-{step}-{utcnow():%Y%m%dT%H%M%SZ}{ext}"
        return self.backup(reference, actor, where / name)

    # ------------------------------------------------------------------ restore
    def describe(self, path: str | Path) -> BackupDescription:
        """Check the file (complete, intact, panel_app's, not from a newer version) and say what it holds."""
        from panel_app.store.migrate import HEAD, newer_than_this_version

        path = Path(path).expanduser()
        kind = sq.file_kind(path)
        if kind == "sqlite":
            contents = sq.read_sqlite(path)
        else:
            from panel_app.store import backup_pg

            contents = backup_pg.read_archive(path)
        if newer_than_this_version(contents.revision):
            raise sq.BadBackup(translate("Errors", "{name} was written by a newer version of panel_app "
                                                   "(schema {revision}; this version knows up to {head}).")
                                   .format(name=path.name, revision=contents.revision, head=HEAD),
                               hint=translate("Errors", "Restore it with the newer panel_app. Nothing was "
                                                        "changed."))
        gaps = sq.schema_gaps(contents.columns) if contents.revision == HEAD else []
        if gaps:
            raise sq.BadBackup(translate("Errors", "{name} says schema {head} but lacks {gaps}: it was "
                                                   "written by a development version of panel_app.")
                                   .format(name=path.name, head=HEAD, gaps=', '.join(gaps[:3])),
                               hint=translate("Errors", "Nothing was changed."))
        return BackupDescription(str(path.resolve()), kind, path.stat().st_size, sha256_of(path), contents)

    def restore(self, reference: str | None, actor: Actor, path: str | Path) -> Changed[RestoreDone]:
        """Replace the whole database with the backup's content (after the caller's confirmation): every kind
        of data changes."""
        self._procedure_id(reference, actor, translate("Errors", "restore the database"))
        d = self.describe(path)
        mine = "sqlite" if self.db.is_sqlite else "postgresql"
        if d.kind != mine:
            raise sq.BadBackup(translate("Errors", "{name} is a {kind} backup and this database is {mine}: "
                                                   "it cannot be restored here.")
                                   .format(name=Path(d.file).name, kind=d.kind, mine=mine),
                               hint=translate("Errors", "Open a database of the same kind. "
                                                                                    "Nothing was changed."))
        if self.db.is_sqlite:
            if Path(d.file) == sq.sqlite_path(self.db).resolve():
                raise UserFacingError(translate("Errors", "{name} is the open database itself: choose a "
                                                          "backup.").format(name=Path(d.file).name))
            sq.restore_sqlite(Path(d.file), sq.sqlite_path(self.db))
        else:
            from panel_app.store import backup_pg

            self._require_administrator(translate("Errors", "restore the database"))
            backup_pg.restore(self.db, Path(d.file))
        from panel_app.store.migrate import upgrade

        upgrade(self.db)  # a backup of an older version is brought up to date (SQLite: with its own copy first)
        return Changed(RestoreDone(d, utcnow(), actor.name, self._record_restore(d, actor)), frozenset(Change))

    def _record_restore(self, d: BackupDescription, actor: Actor) -> list[str]:
        from .audit import check

        after = {"file": d.file, "sha256": d.sha256, "bytes": d.bytes,
                 "backup_taken_at": d.contents.taken_at.isoformat() if d.contents.taken_at else None}
        with unit_of_work(self.db, actor.name) as uow:
            procs = q.all_procedures(uow.session)
            for p in procs:
                uow.audit(p.id, "database.restore", "database", None, None, after)
            if not procs:
                uow.audit(None, "database.restore", "database", None, None, after)
        with read_only(self.db) as s:
            return [translate("Errors", "{reference}: {summary}").format(reference=p.reference,
                                                                          summary=check(s, p).summary())
                    for p in q.all_procedures(s)]
