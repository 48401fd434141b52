"""Checking a member's password: wrong passwords are counted and audited, and after a few in a row the
member's sign-in is paused (domain/signin.py), in the database, so the pause holds on every workstation.

Used by the sign-in and by a member changing their own password (which asks for the current one).
"""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from panel_app.domain import signin as rule
from panel_app.domain.errors import (
    LoginMismatch,
    PasswordMissing,
    SignInPaused,
    UserFacingError,
    WrongPassword,
)
from panel_app.domain.texts import translate
from panel_app.domain.times import iso_utc, local_text
from panel_app.store import read_only, unit_of_work
from panel_app.store import signin as qg
from panel_app.store.clock import utcnow

_hasher = PasswordHasher()

# A sign-in under a name that is on no panel is recorded under this actor (only the administrator account or
# SQLite get that far: a member's own PostgreSQL login is refused any other name first).
SIGN_IN_ACTOR = "system"


def hasher() -> PasswordHasher:
    return _hasher


def new_hash(password: str | None, whose: str) -> str:
    """The argon2 hash of a new password; refused when there is none or it is too short."""
    problem = rule.password_problem(password)
    if problem:
        what = (translate("Errors", "No password was given for {name}: no member may exist without one. "
                                    "Nothing was changed.").format(name=whose) if not password else
                translate("Errors", "The password for {name} is too short: it needs at least {count} characters. "
                                    "Nothing was changed.").format(name=whose, count=rule.MIN_PASSWORD))
        raise PasswordMissing(what,
                              hint=translate("Errors", "Give one (on the command line: in "
                                                       "PANEL_NEW_PASSWORD, or PANEL_PASSWORD for the "
                                                       "first member; never as an argument) and run the "
                                                       "command again."))
    assert password is not None  # password_problem() refuses None
    return hasher().hash(password)


def _when(t, p) -> str:
    return f"{local_text(t, p.timezone)} ({p.timezone.rsplit('/', 1)[-1].replace('_', ' ')} time)"


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def check(db, p, m, stored: str | None, password: str | None, *, what: str = translate("Errors", "sign in")) -> bool:
    """Verify `password` against `stored`, the hash of member row `m` of procedure `p`; True when the guard had
    failures to clear.

    Refusals: paused (too many wrong passwords), no password given or none set, wrong password (counted,
    audited, and pausing from the 5th in a row)."""
    now = utcnow()
    with read_only(db) as s:
        g = qg.guard(s, m.id)
        failures, until = (g.failures, g.paused_until) if g else (0, None)
    if until is not None and until > now:
        raise SignInPaused(translate("Errors", "Sign-in of {name} is paused until {until} after {failures} "
                                               "wrong passwords in a row.")
                               .format(name=m.name, until=_when(until, p), failures=failures),
                           hint=translate("Errors", "Try again after that time with the right password, or "
                                                    "ask the chair to reset it."))
    if not stored:
        raise PasswordMissing(translate("Errors", "{name} has no password yet and cannot {what}.")
                                  .format(name=m.name, what=what),
                              hint=translate("Errors", "Ask the chair to set one (panel-app members "
                                                       "password NAME, or the Procedure page)."))
    if not password:
        raise PasswordMissing(translate("Errors", "No password was given for {name}.").format(name=m.name),
                              hint=translate("Errors", "Give it (on the command line: in PANEL_PASSWORD, "
                                                       "never as an argument)."))
    try:
        hasher().verify(stored, password)
    except (VerificationError, InvalidHashError):
        _count_failure(db, p, m, now)
    return failures > 0


def _count_failure(db, p, m, now) -> None:
    # recorded in the member's own name: on PostgreSQL only the member's own login gets this far, and it may
    # write audit events only in its own name
    with unit_of_work(db, m.name, closed_ok=True) as uow:
        n = qg.count_failure(uow.session, m.id, now)
        until = rule.paused_until(n, now)
        qg.pause(uow.session, m.id, until)
        uow.audit(p.id, "member.signin_failed", "member", m.name, None,
                  {"failures_in_a_row": n, "paused_until": iso_utc(until)})
    if until is not None:
        raise WrongPassword(translate("Errors", "Wrong password for {name} ({n} in a row): sign-in is "
                                                "paused until {until}.")
                                .format(name=m.name, n=_ordinal(n), until=_when(until, p)),
                            hint=translate("Errors", "Try again then, or ask the chair to reset the "
                                                     "password."))
    left = rule.FREE_FAILURES - n + 1
    raise WrongPassword(translate("Errors", "Wrong password for {name} ({n} in a row).")
                            .format(name=m.name, n=_ordinal(n)),
                        hint=(translate("Errors", "Check it and try again; after {left} more wrong passwords "
                                                  "sign-in is paused.") if left > 1 else
                              translate("Errors", "Check it and try again; after {left} more wrong password sign-in "
                                                  "is paused.")).format(left=left))


def clear(db, m) -> None:
    with unit_of_work(db, m.name, closed_ok=True) as uow:
        qg.clear(uow.session, m.id)


def require_login_matches(s, members: list, m) -> None:
    """On PostgreSQL with a member's own login, only that member can act through it (the CLI checks it first
    too, services/connection.check_login; this covers the app and any other caller)."""
    owner = qg.login_member_id(s)
    if owner is not None and owner != m.id:
        other = next((x.name for x in members if x.id == owner), "another member")
        raise LoginMismatch(translate("Errors", "This database login belongs to {other}; it cannot act as "
                                                "{name}.").format(other=other, name=m.name),
                            hint=translate("Errors", "Use --as \"{other}\", or connect with {name}'s own "
                                                     "database login.").format(other=other, name=m.name))


def refuse_same(current: str, new: str) -> None:
    if current == new:
        raise UserFacingError(translate("Errors", "The new password is the same as the current one; choose "
                                                  "another."))
