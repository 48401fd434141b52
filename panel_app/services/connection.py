"""A lost database connection, told as such: DatabaseUnreachable instead of a driver's exception."""

from __future__ import annotations

from panel_app.domain.errors import DatabaseUnreachable, LoginMismatch, ServerRefused, UserFacingError
from panel_app.domain.texts import translate
from panel_app.store import logins
from panel_app.store.errors import is_connection_error, refusal_message

_OTHER_MEMBER = "cannot sign in as another member"


def as_user_error(exc: BaseException) -> BaseException:
    """DatabaseUnreachable (from `exc`) when `exc` means the database is out of reach; LoginMismatch or
    ServerRefused when the server refused it for this login; else `exc` itself."""
    if isinstance(exc, UserFacingError):
        return exc
    refused = refusal_message(exc)
    if refused is not None:
        error: UserFacingError
        if _OTHER_MEMBER in refused:
            error = LoginMismatch(translate("Errors", "The database refused: {value}.")
                                      .format(value=refused.removeprefix('ERROR:').strip()),
                                  hint=translate("Errors", "Act as the member this login belongs to, or "
                                                           "connect with your own login."))
        else:
            error = ServerRefused(translate("Errors", "The database server refused this for your login "
                                                      "({refused}).").format(refused=refused[:160]),
                                  hint=translate("Errors", "Nothing was changed. A member's login changes "
                                                           "only their own work; panel composition is "
                                                           "changed with the administrator account."))
        error.__cause__ = exc
        return error
    if not is_connection_error(exc):
        return exc
    first_line = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    lost = DatabaseUnreachable(first_line[0][:160] if first_line else "")
    lost.__cause__ = exc
    return lost


def check_login(db, name: str | None) -> None:
    """On PostgreSQL, a member's own login acts only as that member: one clear line, exit 7, otherwise."""
    owner = logins.login_member(db)
    if owner is not None and name and owner.casefold() != name.strip().casefold():
        raise LoginMismatch(translate("Errors", "This database login belongs to {owner}; it cannot act as "
                                                "{name}.").format(owner=owner, name=name),
                            hint=translate("Errors", "Use --as \"{owner}\", or connect with {name}'s own "
                                                     "database login.").format(owner=owner, name=name))
