"""The gates between eligibility, scoring and the shortlist (pure rules; the one owner of each).

- **Decided outcome.** Eligibility is *decided* only by a person: a check counts as decided when a decision
  of the panel (a single decision or a bulk confirmation) is in force on it with met, not met or declared.
  The decided outcome of an application is "not_eligible" as soon as one check is decided not met,
  "eligible" when every check is decided met or declared, and None otherwise (something is still open).
  A suggestion, however definite, never decides.
- **Scoring gate** (a procedure setting, fixed once the first mark is given):
  * "eligibility_first" (the default): only candidates decided eligible enter the scoring queues;
  * "parallel" ("score while eligibility is checked", for very large procedures): every candidate enters,
    except those decided not eligible.
  In both modes an excluded application and an application held after the freeze stay out.
- **Bulk confirmation** confirms only suggestions that admit ("met", "declared") on checks no person has
  decided yet. A "not met" is never confirmed in bulk: each needs its own reason.
"""

from __future__ import annotations

from collections.abc import Iterable

from .errors import UserFacingError
from .texts import joined, translate

ELIGIBILITY_FIRST = "eligibility_first"
PARALLEL = "parallel"
MODES = (ELIGIBILITY_FIRST, PARALLEL)
MODE_TEXT = {ELIGIBILITY_FIRST: translate("Words", "eligibility first: only candidates decided eligible are scored"),
             PARALLEL: translate("Words", "score while eligibility is checked: candidates leave the queues once "
                                          "decided not eligible")}

DECIDING = ("met", "not_met", "declared")  # a decision with one of these values decides its check
CONFIRMABLE = ("met", "declared")  # suggestions a bulk confirmation may turn into decisions
CONFIRMED_AS_SUGGESTED = translate("Words", "confirmed as suggested")  # a decision's reason (stored in English)

HOLD_AFTER_FREEZE = "after_freeze"
HOLD_OUT_OF_SCOPE = "out_of_scope"
HOLD_TEXT = {HOLD_AFTER_FREEZE: translate("Words", "received after the shortlist was frozen"),
             HOLD_OUT_OF_SCOPE: translate("Words", "recorded as out of scope")}


def decided_outcome(decided: Iterable[str | None]) -> str | None:
    """The outcome decided by persons, from the value in force on each eligibility check (None = undecided)."""
    values = list(decided)
    if any(v == "not_met" for v in values):
        return "not_eligible"
    if values and all(v in ("met", "declared") for v in values):
        return "eligible"
    return None


def is_decided(value: str | None) -> bool:
    return value in DECIDING


def may_confirm(suggested: str | None, decided: str | None) -> bool:
    """A bulk confirmation takes this check: admitted by the suggestion and not decided by anyone yet."""
    return decided is None and suggested in CONFIRMABLE


def in_queue(mode: str, *, active: bool, excluded: bool, hold: str | None, decided: str | None) -> bool:
    """Whether the candidate's application puts them in the members' scoring queues (the SQL twin of this
    rule is store/gates.queue_clause, tested against it)."""
    if not active or excluded or hold is not None:
        return False
    if mode == PARALLEL:
        return decided != "not_eligible"
    return decided == "eligible"


def why_not_in_queue(mode: str, *, excluded: bool, exclusion_reason: str | None, hold: str | None,
                     decided: str | None, not_met: list[str]) -> str | None:
    """The reason in words a candidate is out of the scoring queues, or None when they are in."""
    if hold is not None:
        return HOLD_TEXT.get(hold, hold)
    if excluded:
        return translate("Words", "excluded: {reason}").format(
            reason=exclusion_reason or translate("Words", "no reason recorded"))
    if decided == "not_eligible":
        if not_met:
            return translate("Words", "decided not eligible ({checks})").format(checks=joined(not_met))
        return translate("Words", "decided not eligible")
    if mode == ELIGIBILITY_FIRST and decided != "eligible":
        return translate("Words", "eligibility not decided yet (eligibility first)")
    return None


def check_mode(mode: str) -> str:
    m = (mode or "").strip().lower().replace("-", "_")
    aliases = {"eligibility_first": ELIGIBILITY_FIRST, "first": ELIGIBILITY_FIRST, "parallel": PARALLEL,
               "score_while_checked": PARALLEL}
    if m not in aliases:
        raise UserFacingError(translate("Errors", "'{mode}' is not a scoring gate.").format(mode=mode),
                              hint=translate("Errors", "Use eligibility-first (the default) or parallel "
                                                       "(score while eligibility is checked)."))
    return aliases[m]
