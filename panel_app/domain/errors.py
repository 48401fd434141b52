"""The error taxonomy (after Electrum): what the user is told, and how.

- UserFacingError: a plain message that names the file or field and says what to do. No traceback.
- Refused: an action the rules forbid (not allowed, not sealed, not declared, conflicted). CLI exit 3.
- StaleEdit: a save on a stale version; says who changed it and when.
- DatabaseUnreachable: the server or the network is down; the GUI shows a banner and retries.
- LoginMismatch / ServerRefused: on PostgreSQL, a member's login acting as another member, or a statement its
  permissions refuse (a modified client, an action that needs the administrator account). CLI exit 7 / 8.
- Cancelled: the user cancelled; silent.
Anything else is a bug: the UI shows a dialog with details and the log keeps the traceback.
"""

from __future__ import annotations

from .texts import Text, translate


class UserFacingError(Exception):
    """An error the user can act on. `str(e)` is the whole message (English).

    `message` and `hint` are usually `texts.Text` (English strings that carry their template): the interface
    shows them in its language (ui/errors.py); a plain str is shown as it is."""

    exit_code = 2

    def __init__(self, message: str, *, hint: str | None = None):
        self.message = message
        self.hint = hint
        super().__init__(message if not hint else f"{message} {hint}")


class Refused(UserFacingError):
    """The rules of the procedure forbid this action for this user now."""

    exit_code = 3


class NotFound(UserFacingError):
    exit_code = 4


class StaleEdit(UserFacingError):
    """Someone else saved this row since it was read."""

    exit_code = 5

    def __init__(self, what: str, changed_by: str | None, changed_at: str | None):
        message: Text
        if changed_at:
            message = translate("Errors", "{what} was changed by {who} at {when}.").format(
                what=what, who=changed_by or translate("Errors", "another user"), when=changed_at)
        else:
            message = translate("Errors", "{what} was changed by {who}.").format(
                what=what, who=changed_by or translate("Errors", "another user"))
        super().__init__(message, hint=translate("Errors", "Reload to see the current value."))
        self.changed_by = changed_by
        self.changed_at = changed_at


class LoginMismatch(Refused):
    """A member's own database login used to act as another member (PostgreSQL)."""

    exit_code = 7


class ServerRefused(UserFacingError):
    """The database server refused the statement for this login (its permission matrix)."""

    exit_code = 8


class Cancelled(Exception):
    """The user cancelled a long operation. Never shown as an error."""


class DatabaseUnreachable(UserFacingError):
    """The database cannot be reached now (server stopped, network down, file share gone)."""

    exit_code = 6

    def __init__(self, detail: str = ""):
        super().__init__(translate("Errors", "The panel's database cannot be reached ({detail}).").format(detail=detail)
                         if detail else translate("Errors", "The panel's database cannot be reached."),
                         hint=translate("Errors", "Nothing was changed. Check the network or ask IT whether the server "
                                                  "is running; try again when it answers."))


# Sign-in and offline returns (issue 14): each kind of bad input has its own exit code, so a script can tell
# them apart. They are refusals (subclasses of Refused), so every caller that handles Refused handles them.

class WrongPassword(Refused):
    exit_code = 20


class PasswordMissing(Refused):
    """No password given, or a member who has none (no member may exist without a password)."""

    exit_code = 21


class UnknownMember(Refused):
    exit_code = 22


class SignInPaused(Refused):
    """Too many wrong passwords in a row: sign-in is paused until a stated time."""

    exit_code = 23


class PasswordChangeRequired(Refused):
    """The chair reset the password: the member sets their own before anything else."""

    exit_code = 24


class AlteredFile(Refused):
    """A package or return file whose encryption tag, hash or signature does not match."""

    exit_code = 25


class ReturnOutOfDate(Refused):
    """A return file already merged, or answering assessments changed since its package was exported."""

    exit_code = 26
