"""Who is acting. Every service call carries an Actor; permissions are checked here, not in widgets."""

from __future__ import annotations

from dataclasses import dataclass

from panel_app.domain.errors import Refused
from panel_app.domain.texts import translate
from panel_app.domain.words import role_word
from panel_app.store.permissions import KINDS, MATRIX

ROLES = ("chair", "member", "secretary", "observer")
def either(words: list[str]) -> str:
    """'a', 'a or b', 'a or b or c' — in the reader's language."""
    if len(words) <= 1:
        return words[0] if words else ""
    return translate("Errors", "{first} or {last}").format(first=either(words[:-1]), last=words[-1])


def _refused(actor: Actor, action: str, allowed: list[str]) -> Refused:
    return Refused(translate("Errors", "{name} ({role}) may not {action}; only the {allowed} may.")
                   .format(name=actor.name, role=role_word(actor.role), action=action,
                           allowed=either(allowed)))


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
            raise Refused(translate("Errors", "{name} is not a member of this panel.").format(name=self.name))
        return self.member_id


SETUP = Actor("setup", "setup")


def require_role(actor: Actor, *roles: str, action: str, has_members: bool | None = None) -> None:
    """Allow the given roles, and the set-up actor only while the procedure has no members yet."""
    if actor.is_setup:
        if has_members:
            raise Refused(translate("Errors", "Sign in to {action}: this procedure has panel members.")
                              .format(action=action))
        return
    if actor.role in roles:
        return
    raise _refused(actor, action, [role_word(r) for r in roles])


def kind_of(actor: Actor) -> str | None:
    """The actor's kind in the permission matrix (store/permissions.py): chair, voting, nonvoting, secretary,
    observer; None for the set-up actor."""
    if actor.role == "member":
        return "voting" if actor.voting else "nonvoting"
    return actor.role if actor.role in KINDS else None


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
            raise Refused(translate("Errors", "Sign in to {action}: this procedure has panel members.")
                              .format(action=action))
        return
    if kind_of(actor) in kinds:
        return
    raise _refused(actor, action, [role_word(k) for k in KINDS if k in kinds] or [role_word("administrator")])
