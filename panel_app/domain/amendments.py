"""What the seal covers beyond the grid: settings that decide who is in the procedure. Changing one after the
grid is sealed is an amendment, like a change of the grid: it takes a reason, is audited and shows in the
report (issue 18 item 2)."""

from __future__ import annotations

from .errors import Refused
from .texts import Text, translate

SEALED_SETTINGS = {"deadline_utc": translate("Words", "the deadline"),
                   "timezone": translate("Words", "the procedure's time zone"),
                   "reference": translate("Words", "the selection reference")}


def amended(changed: list[str], sealed: bool) -> list[str]:
    """The words for the changed settings that are amendments (empty when none is, or before the seal)."""
    return [SEALED_SETTINGS[k] for k in changed if sealed and k in SEALED_SETTINGS]


class AmendmentNeedsReason(Refused):
    """A sealed setting changed without a reason (the GUI then asks for one)."""


class NeedsConfirmation(Refused):
    """A step with consequences the user must confirm first (the GUI asks; the CLI takes --confirm)."""


def voting_member_after_scoring(name: str) -> Text:
    """What adding a voting member once scoring has started does (the chair confirms it first)."""
    return translate("Errors", "Scoring has started: adding {name} as a voting member hides the ranking, the "
                               "consensus and the shortlist from everyone until {name} has scored and submitted "
                               "every candidate they are not conflicted on. The marks already submitted stay as "
                               "they are.").format(name=name)
