"""Backups of a PostgreSQL database with the server's own tools: pg_dump (custom format) and pg_restore.

The tools run as the connection's own login (the administrator account: a member's login reads only part of
the rows and none of the password hashes). The password goes through PGPASSWORD, never the command line.
A restore is `pg_restore --clean --if-exists --single-transaction --no-owner`: all of it or nothing; it waits
at most LOCK_WAIT for the other workstations' transactions. The group roles that the archive's policies name
are created first when this server lacks them; afterwards the grants, the row-level security of this version
(pg_security.install) and the change feed are applied again.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import text

from panel_app.domain.errors import UserFacingError
from panel_app.domain.texts import translate

from .backup import BackupContents, BadBackup, LastEvent
from .engine import Database

LOCK_WAIT = "30s"
_CREATED = re.compile(r"^;\s+Archive created at (.+)$", re.M)
_POLICY_ROLE = re.compile(r"^CREATE POLICY \S+ ON \S+ (?:AS \w+ )?FOR \w+ TO ([^\s;]+)", re.M)


def tool(name: str) -> str | None:
    return shutil.which(name)


def _dsn_env(db: Database) -> tuple[str, dict[str, str]]:
    u = db.engine.url
    dsn = u.set(drivername="postgresql", password=None).render_as_string(hide_password=False)
    env = dict(os.environ)
    if u.password:
        env["PGPASSWORD"] = str(u.password)
    return dsn, env


def dump_command(db: Database, target: Path) -> str:
    """The exact command a user runs where pg_dump is installed (no password in it)."""
    return f"pg_dump --format=custom --file '{target}' '{_dsn_env(db)[0]}'"


def is_administrator(db: Database) -> bool:
    """The login owns the schema's tables, or is a superuser: a dump and a restore see every row."""
    with db.engine.connect() as con:
        return bool(con.execute(text(
            "SELECT r.rolsuper OR r.rolbypassrls OR t.tableowner = current_user FROM pg_roles r, pg_tables t "
            "WHERE r.rolname = current_user AND t.tablename = 'audit_event' AND t.schemaname = 'public'")).scalar())


def _run(args: list[str], env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(args, capture_output=True, text=True, env=env, check=False)


def _first_error(stderr: str) -> str:
    lines = [ln.strip() for ln in stderr.splitlines() if ln.strip()]
    for ln in lines:
        if "error" in ln.lower() or "fatal" in ln.lower():
            return re.sub(r"^pg_\w+:\s*(error:\s*)?", "", ln)
    return lines[0] if lines else "no message"


def dump(db: Database, target: Path) -> None:
    """pg_dump the whole database into `target` (written beside it first, renamed when complete)."""
    dsn, env = _dsn_env(db)
    partial = target.with_name(f".{target.name}.part")
    done = _run([tool("pg_dump") or "pg_dump", "--format=custom", "--file", str(partial), dsn], env)
    if done.returncode != 0:
        partial.unlink(missing_ok=True)
        raise BadBackup(translate("Errors", "pg_dump failed: {stderr}.")
                            .format(stderr=_first_error(done.stderr)),
                        hint=translate("Errors", "Nothing was written. Check that this login is the "
                                                 "database's administrator."))
    os.replace(partial, target)


def _restore_tool() -> str:
    found = tool("pg_restore")
    if found is None:
        raise BadBackup(translate("Errors", "pg_restore is not installed on this computer: a PostgreSQL "
                                            "backup cannot be read here."),
                        hint=translate("Errors", "Install the PostgreSQL client tools (Debian: "
                                                 "postgresql-client), or run pg_restore where they are. "
                                                 "Nothing was changed."))
    return found


def _copy_rows(script: str, table: str) -> tuple[list[str], list[list[str | None]]]:
    """(columns, rows) of the COPY block of `table` in a pg_restore data script."""
    m = re.search(rf"^COPY public\.{table} \(([^)]*)\) FROM stdin;\n(.*?)^\\\.$", script, re.M | re.S)
    if not m:
        return [], []
    columns = [c.strip().strip('"') for c in m.group(1).split(",")]
    rows = [[None if v == r"\N" else _unescape(v) for v in line.split("\t")]
            for line in m.group(2).splitlines() if line]
    return columns, rows


def _unescape(value: str) -> str:
    return re.sub(r"\\(.)", lambda m: {"t": "\t", "n": "\n", "r": "\r", "\\": "\\"}.get(m.group(1), m.group(1)),
                  value)


def _when(value: str | None) -> datetime | None:
    if not value:
        return None
    value = re.sub(r"([+-]\d\d)$", r"\1:00", value.strip())
    at = datetime.fromisoformat(value)
    return at if at.tzinfo else at.replace(tzinfo=UTC)


def read_archive(path: Path) -> BackupContents:
    """Check a pg_dump archive (pg_restore lists it and reads every part) and say what it holds."""
    restore = _restore_tool()
    listing = _run([restore, "--list", str(path)])
    if listing.returncode != 0:
        raise BadBackup(translate("Errors", "{name} is a PostgreSQL backup, damaged or truncated: {stderr}.")
                            .format(name=path.name, stderr=_first_error(listing.stderr)),
                        hint=translate("Errors", "Use another copy. Nothing was changed."))
    missing = [t for t in ("alembic_version", "procedure", "audit_event")
               if not re.search(rf"TABLE DATA public {t} ", listing.stdout)]
    if missing:
        raise BadBackup(translate("Errors", "{name} is a PostgreSQL backup but not of a panel_app database "
                                            "(no table {missing}).")
                            .format(name=path.name, missing=', '.join(missing)),
                        hint=translate("Errors", "Choose a panel_app backup. Nothing was "
                                                                            "changed."))
    whole = _run([restore, "--file", os.devnull, str(path)])
    if whole.returncode != 0:
        raise BadBackup(translate("Errors", "{name} is a PostgreSQL backup, damaged or truncated: {stderr}.")
                            .format(name=path.name, stderr=_first_error(whole.stderr)),
                        hint=translate("Errors", "Use another copy. Nothing was changed."))
    data = _run([restore, "--data-only", "--file", "-", "--table", "alembic_version", "--table", "procedure",
                 "--table", "audit_event", str(path)])
    script = data.stdout
    _, versions = _copy_rows(script, "alembic_version")
    pcols, prows = _copy_rows(script, "procedure")
    procs = [dict(zip(pcols, r, strict=False)) for r in prows]
    ecols, erows = _copy_rows(script, "audit_event")
    events = [dict(zip(ecols, r, strict=False)) for r in erows]
    refs = {p["id"]: p["reference"] for p in procs}
    last = max(events, key=lambda e: (_when(e["at"]), int(e["id"] or 0)), default=None)
    created = _CREATED.search(listing.stdout)
    schema = _run([restore, "--schema-only", "--file", "-", str(path)]).stdout
    return BackupContents(
        "postgresql", versions[0][0] if versions else None,
        _archive_time(created.group(1)) if created else None, None,
        [(str(p["reference"]), str(p["title"])) for p in sorted(procs, key=lambda p: int(p["id"]))],
        LastEvent(str(last["action"]), str(last["actor"]), _when(last["at"]), refs.get(last["procedure_id"]))
        if last else None, _columns(schema))


def _columns(schema: str) -> dict[str, set[str]]:
    """{table: columns} from the CREATE TABLE statements of a schema script."""
    out = {}
    for table, body in re.findall(r"^CREATE TABLE public\.(\w+) \((.*?)\n\);", schema, re.M | re.S):
        out[table.strip('"')] = {ln.split()[0].strip('"') for ln in body.splitlines()
                                 if ln.strip() and not ln.strip().startswith("CONSTRAINT")}
    return out


def _archive_time(value: str) -> datetime | None:
    """pg_restore's "Archive created at 2026-12-06 17:47:03 UTC" (the server's zone name at the end)."""
    m = re.match(r"(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)\s*(\S*)", value.strip())
    if not m:
        return None
    at = datetime.fromisoformat(m.group(1))
    if m.group(2) in ("UTC", "GMT", ""):
        return at.replace(tzinfo=UTC)
    return at.astimezone()  # a local zone name: the server's time as this computer's local time


def policy_roles(path: Path) -> list[str]:
    """The roles the archive's row-level security policies are granted to (the members' group roles)."""
    schema = _run([_restore_tool(), "--schema-only", "--file", "-", str(path)]).stdout
    return sorted({r.strip('"') for r in _POLICY_ROLE.findall(schema)})


def restore(db: Database, path: Path) -> list[str]:
    """Replace the database's content with the archive's, in one transaction; then secure it again.
    Returns the group roles the restored policies use."""
    groups = policy_roles(path)
    with db.engine.begin() as con:
        for g in groups:
            if not con.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": g}).first():
                con.execute(text(f'CREATE ROLE "{g}" NOLOGIN'))
    dsn, env = _dsn_env(db)
    env["PGOPTIONS"] = f"-c lock_timeout={LOCK_WAIT}"
    done = _run([_restore_tool(), "--clean", "--if-exists", "--single-transaction", "--no-owner",
                 "--exit-on-error", "--dbname", dsn, str(path)], env)
    if done.returncode != 0:
        error = _first_error(done.stderr)
        hint = (translate("Errors", "Another workstation held the data too long; try again when it is idle. "
                                    "Nothing was changed: the restore runs in one transaction.")
                if "lock timeout" in error else
                translate("Errors", "Nothing was changed: the restore runs in one transaction."))
        raise BadBackup(translate("Errors", "pg_restore refused {name}: {error}.")
                            .format(name=path.name, error=error), hint=hint)
    from . import changes, pg_security

    try:
        for g in groups:
            pg_security.install(db, g)
        if groups:
            changes.install_notify(db)
    except Exception as e:  # the data is restored, with the archive's own grants and policies
        raise UserFacingError(translate("Errors", "The backup is restored, but applying this version's "
                                                  "row-level security again failed: {e}.")
                                  .format(e=str(e).splitlines()[0]),
                              hint=translate("Errors", "Run `panel-app admin init-postgres` with the "
                                                       "administrator account.")) from None
    return groups
