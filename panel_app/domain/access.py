"""Who may read the applications' documents: open a file, search its text, get keyword hits (issue 14 item 7).

The one owner of the rule; the intake list, the search, the scoring workspace and the offline package all ask
it. docs/domain-rules.md: the grid is sealed before any member opens an application; a member signs the declaration of
confidentiality and absence of conflict first; a conflict hides the candidate's documents from that reader.

- While the procedure has no members yet (set-up), nothing is gated.
- The secretary (intake, eligibility) and the chair read every document, before the seal too, except a
  candidate on whom they declared a conflict.
- A member or an observer reads documents (and searches them) only after the seal and their own declaration.
- Scoring is stricter: whoever scores (the chair included) needs the seal and the declaration.
- A conflicted reader never sees, nor matches in a search, the candidate of the conflict, whatever the role.
"""

from __future__ import annotations

from dataclasses import dataclass, field

NOT_SEALED = "not_sealed"
NOT_DECLARED = "not_declared"
STAFF = ("secretary", "chair")  # they read the applications for intake and eligibility


@dataclass(frozen=True)
class Reader:
    role: str  # chair | member | secretary | observer | setup
    sealed: bool
    declared: bool
    conflicted: frozenset[int] = field(default_factory=frozenset)  # candidate ids


def refusal(reader: Reader, *, scoring: bool = False) -> str | None:
    """None when `reader` may open documents now; else NOT_SEALED or NOT_DECLARED (why not)."""
    if reader.role == "setup":
        return None
    if not scoring and reader.role in STAFF:
        return None
    if not reader.sealed:
        return NOT_SEALED
    if reader.role != "secretary" and not reader.declared:
        return NOT_DECLARED
    return None


def may_read(reader: Reader, candidate_id: int | None) -> bool:
    """The candidate's documents (and any search hit in them) are visible to `reader`, the gate aside."""
    return candidate_id is None or candidate_id not in reader.conflicted
