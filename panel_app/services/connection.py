"""A lost database connection, told as such: DatabaseUnreachable instead of a driver's exception."""

from __future__ import annotations

from panel_app.domain.errors import DatabaseUnreachable, Refused, UserFacingError
from panel_app.store.errors import is_connection_error, is_permission_error


def as_user_error(exc: BaseException) -> BaseException:
    """DatabaseUnreachable (from `exc`) when `exc` means the database is out of reach; Refused when the server
    refused the statement for the connected login; else `exc` itself."""
    if isinstance(exc, UserFacingError):
        return exc
    if is_permission_error(exc):  # the server, not the app, refused it: one line, never a traceback
        first = str(getattr(exc, "orig", None) or exc).strip().splitlines()
        error = Refused(f"The database server refused this for your login ({first[0][:160] if first else 'no right'}).",
                        hint="Nothing was changed. Your database login may not do this; use your own login, or ask "
                             "the chair.")
        error.__cause__ = exc
        return error
    if not is_connection_error(exc):
        return exc
    first_line = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    error = DatabaseUnreachable(first_line[0][:160] if first_line else "")
    error.__cause__ = exc
    return error
