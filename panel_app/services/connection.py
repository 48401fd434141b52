"""A lost database connection, told as such: DatabaseUnreachable instead of a driver's exception."""

from __future__ import annotations

from panel_app.domain.errors import DatabaseUnreachable, UserFacingError
from panel_app.store.errors import is_connection_error


def as_user_error(exc: BaseException) -> BaseException:
    """DatabaseUnreachable (from `exc`) when `exc` means the database is out of reach; else `exc` itself."""
    if isinstance(exc, UserFacingError) or not is_connection_error(exc):
        return exc
    first_line = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    error = DatabaseUnreachable(first_line[0][:160] if first_line else "")
    error.__cause__ = exc
    return error
