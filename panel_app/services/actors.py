"""Who is acting. Every service call carries an Actor; permissions are checked here, not in widgets."""

from __future__ import annotations

from dataclasses import dataclass

from panel_app.domain.errors import Refused

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
