"""Who may see the other members' marks for a candidate (independence of the panel's scoring).

- A voting member sees the others' marks for a candidate only after submitting their own for that
  candidate, and never for a candidate on which they declared a conflict.
- The chair, acting as chair, sees progress (counts) but not marks until every voting,
  non-conflicted member has submitted for that candidate. A chair who also votes is subject to the
  member rule as well (that is implied: "everyone submitted" includes the chair).
- The secretary and observers (non-voting) follow the chair's rule: counts only until every voting,
  non-conflicted member has submitted.
- A conflicted viewer never sees the candidate's marks, whatever the role.
- Any other role sees no marks.
"""

from __future__ import annotations

MEMBER, CHAIR, SECRETARY, OBSERVER = "member", "chair", "secretary", "observer"
ROLES = (MEMBER, CHAIR, SECRETARY, OBSERVER)


def can_see_marks(
    viewer_role: str,
    viewer_submitted_for_candidate: bool,
    conflicted: bool,
    all_voting_submitted: bool,
) -> bool:
    """True when `viewer_role` may see other members' individual marks for the candidate."""
    if conflicted:
        return False
    if viewer_role == MEMBER:
        return viewer_submitted_for_candidate
    if viewer_role in (CHAIR, SECRETARY, OBSERVER):
        return all_voting_submitted
    return False


def can_see_counts(viewer_role: str, conflicted: bool) -> bool:
    """Progress counts (how many have submitted) for a candidate: anyone on the panel not conflicted."""
    return viewer_role in ROLES and not conflicted
