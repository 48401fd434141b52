"""The lifecycle of a finished procedure (issue 20): archived, then closed; a closed procedure is read-only.

One owner for the rule. The unit of work (store/uow.py) asks `closed_refusal` before it appends any audit event
to a procedure, and every write appends one in its own transaction, so every service write to a closed
procedure is refused there and rolls back. What stays possible on a closed procedure is the records work that
the closing is for: legal holds, the retention purge, archiving again, and signing in to read.
"""

from __future__ import annotations

from .texts import Text, translate

# audit actions (by prefix) still allowed on a closed procedure
OPEN_WHEN_CLOSED = ("procedure.close", "hold.", "retention.", "archive.", "member.signin", "member.password")


def closed_refusal(reference: str, closed_when: str, closed_by: str | None, action: str) -> Text | None:
    """The one-line refusal of `action` on a closed procedure, or None when it is allowed."""
    if action.startswith(OPEN_WHEN_CLOSED):
        return None
    if closed_by:
        return translate("Errors", "{reference} was closed by {who} on {when}: a closed procedure is read-only, "
                                   "nothing was changed.").format(reference=reference, who=closed_by, when=closed_when)
    return translate("Errors", "{reference} was closed on {when}: a closed procedure is read-only, nothing was "
                               "changed.").format(reference=reference, when=closed_when)


def archive_refusal(path_name: str) -> Text:
    return translate("Errors", "{name} is an archive, opened read-only: nothing can be changed in it. Open the "
                               "panel's database to work.").format(name=path_name)
