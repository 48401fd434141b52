"""A change feed for live progress on several workstations.

PostgreSQL: statement triggers on assessment/decision/declaration send NOTIFY `panel_changes` (payload =
table name) when a statement changed rows; a listener connection is polled without blocking. A draft mark
does not notify (see NOTIFIED); the member's first mark on a candidate, a submit and a reopen do.
SQLite: `PRAGMA data_version` on a dedicated connection changes whenever another connection commits;
max(audit_event.id) is read as well, so a change is seen even where data_version is not reliable.
`poll()` returns the names of what changed since the previous poll (empty: nothing).
"""

from __future__ import annotations

import sqlite3

from sqlalchemy.engine import make_url

from .engine import Database

CHANNEL = "panel_changes"
WATCHED = ("assessment", "score", "decision", "declaration")  # tables that had triggers (dropped on re-install)

# Per-mark NOTIFY is left out on purpose: NOTIFY serialises the commits of every notifying transaction on
# the server (one lock, held through the WAL flush), and with fifteen members autosaving that queue was most of
# a save's latency. Nothing another workstation shows changes with a draft mark (others' marks are shown only
# once submitted); a member's first mark on a candidate inserts the draft assessment, which notifies.
NOTIFIED = ("assessment", "decision", "declaration")

_NOTIFY_DDL = f"""
CREATE OR REPLACE FUNCTION panel_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM changed) THEN  -- a statement that changed no row (ON CONFLICT DO NOTHING) is silent
        PERFORM pg_notify('{CHANNEL}', TG_TABLE_NAME);
    END IF;
    RETURN NULL;
END $$;
""" + "".join(f"""
DROP TRIGGER IF EXISTS panel_changes_notify ON {t};
DROP TRIGGER IF EXISTS panel_changes_insert ON {t};
DROP TRIGGER IF EXISTS panel_changes_update ON {t};
""" for t in WATCHED) + "".join(f"""
CREATE TRIGGER panel_changes_insert AFTER INSERT ON {t} REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION panel_notify_change();
CREATE TRIGGER panel_changes_update AFTER UPDATE ON {t} REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION panel_notify_change();
""" for t in NOTIFIED)


def install_notify(db: Database) -> None:
    """Create the NOTIFY triggers (idempotent; run by the schema owner, e.g. `admin init-postgres`)."""
    with db.engine.begin() as con:
        raw = con.connection.driver_connection
        with raw.cursor() as cur:
            cur.execute(_NOTIFY_DDL)


class PostgresFeed:
    def __init__(self, db: Database):
        import psycopg

        u = make_url(db.url)
        self._con = psycopg.connect(host=u.host or "127.0.0.1", port=u.port or 5432, user=u.username,
                                    password=u.password, dbname=u.database, autocommit=True, connect_timeout=5)
        self._con.execute(f"LISTEN {CHANNEL}")

    def poll(self) -> set[str]:
        return {n.payload or "data" for n in self._con.notifies(timeout=0)}

    def close(self) -> None:
        self._con.close()


class SqliteFeed:
    def __init__(self, db: Database):
        self._path = make_url(db.url).database or ""
        self._con = sqlite3.connect(self._path, timeout=30, check_same_thread=False, isolation_level=None)
        self._last = self._state()

    def _state(self) -> tuple[int, int]:
        version = self._con.execute("PRAGMA data_version").fetchone()[0]
        top = self._con.execute("SELECT coalesce(max(id), 0) FROM audit_event").fetchone()[0]
        return int(version), int(top)

    def poll(self) -> set[str]:
        now = self._state()
        changed, self._last = now != self._last, now
        return {"data"} if changed else set()

    def close(self) -> None:
        self._con.close()


def open_feed(db: Database) -> PostgresFeed | SqliteFeed:
    return SqliteFeed(db) if db.is_sqlite else PostgresFeed(db)
