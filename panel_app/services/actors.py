"""Who is acting. Every service call carries an Actor; permissions are checked here, not in widgets."""

from __future__ import annotations

from dataclasses import dataclass

from panel_app.domain.errors import Refused
from panel_app.store.permissions import KINDS, MATRIX

ROLES = ("chair", "member", "secretary", "observer")


@dataclass(frozen=True)
class Actor:
    name: str
    role: str  # chair | member | secretary | observer | setup
    member_id: int | None = None
    voting: bool = False

    @property
    def is_setup(self) -> bool:
        return self.role == "setup"

    @property
    def member_key(self) -> int:
        """The acting member's id, where only a member can have got this far (the access checks came first)."""
        if self.member_id is None:
            raise Refused(f"{self.name} is not a member of this panel.")
        return self.member_id


SETUP = Actor("setup", "setup")


def require_role(actor: Actor, *roles: str, action: str, has_members: bool | None = None) -> None:
    """Allow the given roles, and the set-up actor only while the procedure has no members yet."""
    if actor.is_setup:
        if has_members:
            raise Refused(f"Sign in to {action}: this procedure has panel members.")
        return
    if actor.role in roles:
        return
    allowed = " or ".join(roles)
    raise Refused(f"{actor.name} ({actor.role}) may not {action}; only the {allowed} may.")


def kind_of(actor: Actor) -> str | None:
    """The actor's kind in the permission matrix (store/permissions.py): chair, voting, nonvoting, secretary,
    observer; None for the set-up actor."""
    if actor.role == "member":
        return "voting" if actor.voting else "nonvoting"
    return actor.role if actor.role in KINDS else None


_WORDS = {"chair": "chair", "voting": "voting member", "nonvoting": "non-voting member", "secretary": "secretary",
          "observer": "observer"}


def require_permission(actor: Actor, table: str, op: str, *, action: str, has_members: bool | None = None,
                       row: str | None = None, unless: tuple[str, ...] = ()) -> None:
    """Allow the kinds the permission matrix lets do `op` on `table` (only its rules with row condition `row`
    when given; none of those with a condition in `unless`): the server's policies and this check are read
    from the same table. The set-up actor acts only while the procedure has no members yet."""
    rules = [r for r in MATRIX.get(table, {}).get(op, ())
             if (row is None or r.row == row) and r.row not in unless]
    kinds = {k for r in rules for k in r.kinds}
    if actor.is_setup:
        if has_members:
            raise Refused(f"Sign in to {action}: this procedure has panel members.")
        return
    if kind_of(actor) in kinds:
        return
    allowed = " or ".join(_WORDS[k] for k in KINDS if k in kinds) or "administrator"
    raise Refused(f"{actor.name} ({actor.role}) may not {action}; only the {allowed} may.")
