"""Acceptance of a mark: the one owner of the rules that decide whether a member's mark is taken (issue 19).

A member's mark on a candidate and a criterion is accepted when, in this order (the first rule broken is the
refusal the member reads):

1. the scorer is signed in as a panel member (SIGNED_OUT);
2. the scorer is not the secretary (SECRETARY), who never scores, and votes (OBSERVER: an observer or a
   non-voting member only reads);
3. the grid is sealed (NOT_SEALED) and 4. the scorer signed the declaration of confidentiality and absence
   of conflict (NOT_DECLARED) — the document rule for whoever scores (`domain/access.py`, scoring=True);
5. the candidate is one of the procedure (NO_CANDIDATE), 6. the scorer declared no conflict on them
   (CONFLICTED) and 7. they are in the scoring queue of the stage (NOT_IN_QUEUE: the eligibility gate,
   an exclusion, a hold after the freeze — `domain/gates.in_queue`; at the interview: invited);
8. the criterion is a scored criterion of that stage (NO_CRITERION);
9. the value is on the procedure's scale, or N/A (OUT_OF_SCALE; `Rules.scale`);
10. the scorer has not submitted this candidate (SUBMITTED: only the chair reopens);
11. the stored mark is the version the scorer edited (STALE), when the scorer names one.

Who applies them: the checked path (`services/scoring.py`, `services/scoring_access.py`) raises the precise
refusal of each; the fast path (`services/scoring_fast.py`) checks 1–4, 8 and 9 here before it writes, and the
one SQL statement of `store/mark_writes.py` is the atomic guard of 5–7, 10 and 11 (it writes nothing when
one fails, and the checked path then says why); the scoring page (`ui/scoring/loading.load_gate`) shows 1–4
before the list of candidates. `mark_refusal` states the whole table at once: the tests hold both paths to it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from panel_app.domain import access


class Refusal(StrEnum):
    SIGNED_OUT = "signed_out"
    SECRETARY = "secretary"
    OBSERVER = "observer"
    NOT_SEALED = "unsealed"
    NOT_DECLARED = "undeclared"
    NO_CANDIDATE = "no_candidate"
    CONFLICTED = "conflicted"
    NOT_IN_QUEUE = "not_in_queue"
    NO_CRITERION = "no_criterion"
    OUT_OF_SCALE = "out_of_scale"
    SUBMITTED = "submitted"
    STALE = "stale"


@dataclass(frozen=True)
class Scorer:
    signed_in: bool  # a panel member is signed in (not the set-up, not nobody)
    role: str  # chair | member | secretary | observer
    voting: bool


def scorer_refusal(who: Scorer) -> Refusal | None:
    """Rules 1–2: may this person score at all?"""
    if not who.signed_in:
        return Refusal.SIGNED_OUT
    if who.role == "secretary":
        return Refusal.SECRETARY
    if who.role == "observer" or not who.voting:
        return Refusal.OBSERVER
    return None


def workspace_refusal(who: Scorer, *, sealed: bool, declared: bool | Callable[[], bool]) -> Refusal | None:
    """Rules 1–4: may this person open the scoring workspace now? `declared` may be a callable, asked only
    when the answer depends on it."""
    why = scorer_refusal(who)
    if why is not None:
        return why
    if not sealed:
        return Refusal.NOT_SEALED
    has_declared = declared() if callable(declared) else declared
    if access.refusal(access.Reader(role=who.role, sealed=sealed, declared=has_declared), scoring=True):
        return Refusal.NOT_DECLARED
    return None


def value_refusal(value: float | None, na: bool, scale: tuple[float, float]) -> Refusal | None:
    """Rule 9: a mark on the scale, N/A (its value is ignored) or none (the mark is cleared)."""
    if na or value is None:
        return None
    lo, hi = scale
    return None if lo <= value <= hi else Refusal.OUT_OF_SCALE


def record_refusal(*, submitted: bool, stored_version: int | None, expected_version: int | None) -> Refusal | None:
    """Rules 10–11, against what is stored: the member's submission and the mark's version."""
    if submitted:
        return Refusal.SUBMITTED
    if stored_version is not None and expected_version is not None and stored_version != expected_version:
        return Refusal.STALE
    return None


@dataclass(frozen=True)
class MarkCase:
    """Everything the rules need to know about one attempted mark."""

    scorer: Scorer
    sealed: bool
    declared: bool
    candidate_known: bool
    conflicted: bool
    in_queue: bool
    criterion_scored: bool  # a scored criterion of the stage
    value: float | None
    na: bool
    scale: tuple[float, float]
    submitted: bool
    stored_version: int | None  # None: no mark stored yet
    expected_version: int | None  # None: no stale-edit check


def mark_refusal(case: MarkCase) -> Refusal | None:
    """The whole table, rules 1–11 in order: None when the mark is accepted, else the first rule broken."""
    why = workspace_refusal(case.scorer, sealed=case.sealed, declared=case.declared)
    if why is not None:
        return why
    if not case.candidate_known:
        return Refusal.NO_CANDIDATE
    if case.conflicted:
        return Refusal.CONFLICTED
    if not case.in_queue:
        return Refusal.NOT_IN_QUEUE
    if not case.criterion_scored:
        return Refusal.NO_CRITERION
    return value_refusal(case.value, case.na, case.scale) or record_refusal(
        submitted=case.submitted, stored_version=case.stored_version, expected_version=case.expected_version)
