"""Recognising a database error that means "the server is out of reach", so callers may keep work and retry."""

from __future__ import annotations

import sqlite3

from sqlalchemy.exc import DBAPIError

# SQLSTATE class 08 = connection exception; 57P01-57P03 = admin/crash shutdown, cannot connect now.
_PG_STATES = ("57P01", "57P02", "57P03")
_SQLITE_TRANSIENT = ("unable to open database file", "disk i/o error", "database is locked")


def is_connection_error(exc: BaseException | None) -> bool:
    """True when `exc` (or an exception it was raised from) says the database cannot be reached right now.

    A refused or stale edit, a constraint violation or a bug is not a connection error: retrying it would
    not help, and it must be reported instead.
    """
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if _is_lost(exc):
            return True
        exc = exc.__cause__ or exc.__context__
    return False


def _is_lost(exc: BaseException) -> bool:
    if isinstance(exc, DBAPIError):
        if exc.connection_invalidated:
            return True
        return exc.orig is not None and _is_lost(exc.orig)
    if isinstance(exc, sqlite3.OperationalError):
        return any(m in str(exc).lower() for m in _SQLITE_TRANSIENT)
    try:
        import psycopg
    except ImportError:  # pragma: no cover - psycopg is only needed for PostgreSQL
        return False
    if isinstance(exc, psycopg.OperationalError):
        state = getattr(exc, "sqlstate", None)
        # No SQLSTATE: the client could not connect or lost the socket (refused, timed out, closed).
        return state is None or state.startswith("08") or state in _PG_STATES
    return isinstance(exc, psycopg.InterfaceError)  # e.g. "the connection is closed"


def refusal_message(exc: BaseException | None) -> str | None:
    """The server's first line when `exc` (or its cause) is a refusal by privilege or row-level security
    (SQLSTATE 42501); None otherwise."""
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        orig = getattr(exc, "orig", None) or exc
        if getattr(orig, "sqlstate", None) == "42501":
            lines = str(orig).strip().splitlines()
            return lines[0] if lines else "permission denied"
        exc = exc.__cause__ or exc.__context__
    return None
