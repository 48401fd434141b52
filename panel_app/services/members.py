"""Panel membership: chair, members, secretary, observer; voting or not; sign-in with an argon2 password."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from panel_app.domain.errors import NotFound, Refused, StaleEdit, UserFacingError
from panel_app.store import logins, read_only, unit_of_work
from panel_app.store import procedures as q
from panel_app.store.models import Member

from .actors import ROLES, SETUP, Actor, require_role
from .procedures import ProcedureService
from .times import local_text

_hasher = PasswordHasher()


def member_dict(m: Member, has_password: bool | None = None) -> dict:
    return {"name": m.name, "role": m.role, "voting": m.voting, "active": m.active, "replaces": m.replaces,
            "has_password": bool(m.password_hash) if has_password is None else has_password, "version": m.version}


class MemberService:
    def __init__(self, db):  # noqa: ANN001
        self.db = db

    def list(self, reference: str) -> list[dict]:
        with read_only(self.db) as s:
            p = ProcedureService._get(s, reference)
            members = q.members(s, p.id)
            with_password = logins.has_password(s, members)
            return [member_dict(m, with_password[m.id]) for m in members]

    def add(self, reference: str, name: str, role: str, actor: Actor = SETUP, *, voting: bool | None = None,
            password: str | None = None, replaces: str | None = None) -> dict:
        name = name.strip()
        if not name:
            raise UserFacingError("A member needs a name.")
        if role not in ROLES:
            raise UserFacingError(f"'{role}' is not a role; use one of {', '.join(ROLES)}.")
        with unit_of_work(self.db, actor.name) as uow:
            p = ProcedureService._get(uow.session, reference)
            existing = q.members(uow.session, p.id)
            if existing:
                require_role(actor, "chair", action="add panel members", has_members=True)
            elif role != "chair":
                raise Refused("The first member added must be the chair.")
            if any(m.name.casefold() == name.casefold() for m in existing):
                raise UserFacingError(f"{name} is already on the panel of {reference}.")
            voting = role in ("chair", "member") if voting is None else voting
            if role in ("secretary", "observer") and voting:
                raise UserFacingError(f"A {role} does not vote.")
            m = uow.add(Member(procedure_id=p.id, name=name, role=role, voting=voting, replaces=replaces,
                               password_hash=_hasher.hash(password) if password else None))
            if replaces:
                old = next((x for x in existing if x.name == replaces), None)
                if old is None:
                    raise NotFound(f"{replaces} is not on the panel.")
                old.active = False
                uow.touch(old)
            uow.flush()
            uow.audit(p.id, "member.add", "member", name, None, member_dict(m),
                      rows=[m] + [x for x in existing if x.name == replaces])
            return member_dict(m)

    def update(self, reference: str, name: str, changes: dict, expected_version: int, actor: Actor) -> dict:
        with unit_of_work(self.db, actor.name) as uow:
            p = ProcedureService._get(uow.session, reference)
            require_role(actor, "chair", action="change panel membership", has_members=True)
            m = q.member(uow.session, p.id, name)
            if m is None:
                raise NotFound(f"{name} is not on the panel of {reference}.")
            if m.version != expected_version:
                raise StaleEdit(f"Member {name}", m.updated_by, local_text(m.updated_at, p.timezone))
            before = member_dict(m)
            for key, value in changes.items():
                if key not in ("role", "voting", "active"):
                    raise UserFacingError(f"'{key}' cannot be changed on a member.")
                if key == "role" and value not in ROLES:
                    raise UserFacingError(f"'{value}' is not a role.")
                setattr(m, key, value)
            if m.role in ("secretary", "observer"):
                m.voting = False
            uow.touch(m)
            uow.flush()
            uow.audit(p.id, "member.update", "member", name, before, member_dict(m), rows=[m])
            return member_dict(m)

    def set_password(self, reference: str, name: str, password: str, actor: Actor) -> None:
        if actor.name != name:
            require_role(actor, "chair", action="set another member's password", has_members=True)
        if len(password) < 8:
            raise UserFacingError("A password needs at least 8 characters.")
        with unit_of_work(self.db, actor.name) as uow:
            p = ProcedureService._get(uow.session, reference)
            m = q.member(uow.session, p.id, name)
            if m is None:
                raise NotFound(f"{name} is not on the panel of {reference}.")
            m.password_hash = _hasher.hash(password)
            uow.touch(m)
            uow.audit(p.id, "member.password", "member", name, None, {"changed": True}, rows=[m])

    def has_members(self, reference: str) -> bool:
        with read_only(self.db) as s:
            p = ProcedureService._get(s, reference)
            return bool(q.members(s, p.id))

    def sign_in(self, reference: str, name: str, password: str | None) -> Actor:
        """The acting member. No members yet: the set-up actor. A member without a password: name only."""
        with read_only(self.db) as s:
            p = ProcedureService._get(s, reference)
            members = q.members(s, p.id)
            if not members:
                return SETUP
            m = next((x for x in members if x.name.casefold() == (name or "").casefold()), None)
            if m is None:
                raise Refused(f"{name or 'nobody'} is not on the panel of {reference}.",
                              hint="Sign in with --as NAME (password in PANEL_PASSWORD).")
            if not m.active:
                raise Refused(f"{m.name} was replaced on the panel and can no longer act.")
            stored = logins.password_hash(s, m)
            if stored:
                try:
                    _hasher.verify(stored, password or "")
                except (VerificationError, InvalidHashError):
                    raise Refused(f"Wrong password for {m.name}.") from None
            return Actor(m.name, m.role, m.id, m.voting)
