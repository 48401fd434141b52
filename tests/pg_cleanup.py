"""Databases and roles of the tests dropped in the background: a DROP DATABASE makes PostgreSQL write a checkpoint
(0.4 s on an idle host, several seconds on a busy one), which the next test need not wait for. One thread drops in
the order asked (a database before the roles that owned objects in it); the run waits for it at its end
(pytest_sessionfinish in tests/conftest.py) and prints what could not be dropped."""

from __future__ import annotations

import queue
import sys
import threading

ADMIN = "host=127.0.0.1 port=5432 user=postgres dbname=postgres"

_jobs: queue.Queue[tuple[str, str] | None] = queue.Queue()
_failures: list[str] = []
_thread: threading.Thread | None = None
_lock = threading.Lock()


def _work() -> None:
    import psycopg

    while (job := _jobs.get()) is not None:
        database, role_prefix = job
        try:
            with psycopg.connect(ADMIN, autocommit=True) as con:
                con.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
                if role_prefix:
                    roles = [r for (r,) in con.execute("SELECT rolname FROM pg_roles WHERE rolname LIKE %s "
                                                       "OR rolname LIKE %s", (f"{role_prefix}%",
                                                                              f"panel_{role_prefix}%"))]
                    for r in sorted(set(roles), key=lambda r: r.endswith("_members")):
                        con.execute(f'DROP ROLE IF EXISTS "{r}"')
        except Exception as e:  # reported at the end of the run
            _failures.append(f"{database}: {e}")


def drop_later(database: str, *, roles_of: bool = False) -> None:
    """Drop `database` (and, with roles_of, the roles named after it: <name>... and panel_<name>...) soon."""
    global _thread
    with _lock:
        if _thread is None:
            _thread = threading.Thread(target=_work, name="pg-cleanup", daemon=True)
            _thread.start()
    _jobs.put((database, database if roles_of else ""))


def finish() -> None:
    """Wait for every drop asked; say on stderr what failed."""
    global _thread
    with _lock:
        thread, _thread = _thread, None
    if thread is None:
        return
    _jobs.put(None)
    thread.join()
    for failure in _failures:
        print(f"tests/pg_cleanup: not dropped: {failure}", file=sys.stderr)
