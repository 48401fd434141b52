"""Panel membership: chair, members, secretary, observer; voting or not; sign-in with an argon2 password."""

from __future__ import annotations

import builtins
from dataclasses import dataclass

from panel_app.domain.amendments import NeedsConfirmation, voting_member_after_scoring
from panel_app.domain.changes import Change, Changed
from panel_app.domain.errors import (
    NotFound,
    PasswordChangeRequired,
    Refused,
    StaleEdit,
    UnknownMember,
    UserFacingError,
)
from panel_app.domain.texts import translate
from panel_app.domain.times import local_text
from panel_app.store import Database, logins, read_only, unit_of_work
from panel_app.store import procedures as q
from panel_app.store import scoring as qs
from panel_app.store import signin as signin_store
from panel_app.store.models import Member

from . import passwords as pw
from .actors import ROLES, SETUP, Actor, require_role
from .json_record import JsonRecord
from .procedures import ProcedureService


@dataclass(frozen=True)
class MemberInfo(JsonRecord):
    """A seat on the panel, as the interface, the reports and the CLI show it."""

    name: str
    role: str
    voting: bool
    active: bool
    replaces: str | None
    has_password: bool
    must_change_password: bool
    version: int


def member_dict(m: Member, has_password: bool | None = None) -> dict:
    """The member as recorded in the audit trail (JSON)."""
    return member_info(m, has_password).as_json()


def member_info(m: Member, has_password: bool | None = None) -> MemberInfo:
    return MemberInfo(name=m.name, role=m.role, voting=bool(m.voting), active=bool(m.active), replaces=m.replaces,
                      has_password=bool(m.password_hash) if has_password is None else has_password,
                      must_change_password=bool(m.must_change_password), version=m.version)


class MemberService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def list(self, reference: str) -> list[MemberInfo]:
        with read_only(self.db) as s:
            p = ProcedureService._get(s, reference)
            members = q.members(s, p.id)
            with_password = logins.has_password(s, members)
            return [member_info(m, with_password[m.id]) for m in members]

    def add(self, reference: str, name: str, role: str, actor: Actor = SETUP, *, voting: bool | None = None,
            password: str | None = None, replaces: str | None = None, confirmed: bool = False) -> Changed[MemberInfo]:
        """`confirmed`: the chair has confirmed adding a voting member after scoring started (it hides the
        ranking until the new member has scored everyone); without it that addition is refused, with why."""
        name = name.strip()
        if not name:
            raise UserFacingError(translate("Errors", "A member needs a name."))
        if role not in ROLES:
            raise UserFacingError(translate("Errors", "'{role}' is not a role; use one of {roles}.")
                                      .format(role=role, roles=', '.join(ROLES)))
        with unit_of_work(self.db, actor.name) as uow:
            p = ProcedureService._get(uow.session, reference)
            existing = q.members(uow.session, p.id)
            if existing:
                require_role(actor, "chair", action=translate("Errors", "add panel members"), has_members=True)
            elif role != "chair":
                raise Refused(translate("Errors", "The first member added must be the chair."))
            if any(m.name.casefold() == name.casefold() for m in existing):
                raise UserFacingError(translate("Errors", "{name} is already on the panel of {reference}.")
                                          .format(name=name, reference=reference))
            voting = role in ("chair", "member") if voting is None else voting
            if role in ("secretary", "observer") and voting:
                raise UserFacingError(translate("Errors", "A {role} does not vote.").format(role=role))
            if voting and not confirmed and qs.scoring_started(uow.session, p.id):
                raise NeedsConfirmation(voting_member_after_scoring(name),
                                        hint=translate("Errors", "Confirm it (CLI: --confirm) or add the "
                                                                 "member as non-voting."))
            m = uow.add(Member(procedure_id=p.id, name=name, role=role, voting=voting, replaces=replaces,
                               password_hash=pw.new_hash(password, name)))
            if replaces:
                old = next((x for x in existing if x.name == replaces), None)
                if old is None:
                    raise NotFound(translate("Errors", "{replaces} is not on the panel.")
                                       .format(replaces=replaces))
                old.active = False
                uow.touch(old)
            uow.flush()
            uow.audit(p.id, "member.add", "member", name, None, member_dict(m),
                      rows=[m] + [x for x in existing if x.name == replaces])
            return Changed.of(member_info(m), Change.MEMBERS)

    def update(self, reference: str, name: str, changes: dict, expected_version: int, actor: Actor,
               reason: str | None = None) -> Changed[MemberInfo]:
        """Role, voting flag or active (deactivate / reactivate) of a member; `reason` goes into the audit."""
        with unit_of_work(self.db, actor.name) as uow:
            p = ProcedureService._get(uow.session, reference)
            require_role(actor, "chair", action=translate("Errors", "change panel membership"), has_members=True)
            m = q.member(uow.session, p.id, name)
            if m is None:
                raise NotFound(translate("Errors", "{name} is not on the panel of {reference}.")
                                   .format(name=name, reference=reference))
            if m.version != expected_version:
                raise StaleEdit(translate("Errors", "Member {name}").format(name=name), m.updated_by, local_text(m.updated_at, p.timezone))
            before = member_dict(m)
            for key, value in changes.items():
                if key not in ("role", "voting", "active"):
                    raise UserFacingError(translate("Errors", "'{key}' cannot be changed on a member.")
                                              .format(key=key))
                if key == "role" and value not in ROLES:
                    raise UserFacingError(translate("Errors", "'{value}' is not a role.").format(value=value))
                setattr(m, key, value)
            if m.role in ("secretary", "observer"):
                m.voting = False
            uow.touch(m)
            uow.flush()
            if changes.get("active") is False and m.role == "chair":
                raise Refused(translate("Errors", "The chair cannot be deactivated; appoint the new chair "
                                                  "first (add them with 'Replaces' set to the current "
                                                  "chair)."))
            if "active" in changes and not (reason or "").strip():
                raise UserFacingError((translate("Errors", "Say why {name} is reactivated; it is recorded in the "
                                                           "audit trail and the panel report.") if changes["active"]
                                       else translate("Errors", "Say why {name} is deactivated; it is recorded in "
                                                                "the audit trail and the panel report."))
                                      .format(name=name))
            after = member_dict(m) | ({"reason": reason.strip()} if reason else {})
            uow.audit(p.id, "member.update", "member", name, before, after, rows=[m])
            return Changed.of(member_info(m), Change.MEMBERS)

    def reset_password(self, reference: str, name: str, password: str, actor: Actor) -> Changed[MemberInfo]:
        """The chair gives a member a new password (a forgotten one, a paused sign-in); the member must
        choose their own at the next sign-in. Audited; clears the member's wrong-password count."""
        require_role(actor, "chair", action=translate("Errors", "reset a member's password"), has_members=True)
        with unit_of_work(self.db, actor.name) as uow:
            p = ProcedureService._get(uow.session, reference)
            m = q.member(uow.session, p.id, name)
            if m is None:
                raise UnknownMember(translate("Errors", "{name} is not on the panel of {reference}.")
                                        .format(name=name, reference=reference),
                                    hint=translate("Errors", "Check the name (panel-app members list)."))
            if m.id == actor.member_id:
                raise UserFacingError(translate("Errors", "Change your own password with the current one "
                                                          "(File › Change my password…, or members "
                                                          "password with PANEL_PASSWORD and "
                                                          "PANEL_NEW_PASSWORD)."))
            m.password_hash = pw.new_hash(password, m.name)
            m.must_change_password = True
            uow.touch(m)
            signin_store.clear(uow.session, m.id)
            uow.audit(p.id, "member.password_reset", "member", m.name, None, {"must_change_password": True},
                      rows=[m])
            return Changed.of(member_info(m, has_password=True), Change.MEMBERS)

    def change_password(self, reference: str, name: str, current: str | None, new: str | None) -> Changed[MemberInfo]:
        """A member sets their own password, proving the current one (wrong ones count as failed sign-ins)."""
        with read_only(self.db) as s:
            p = ProcedureService._get(s, reference)
            members = q.members(s, p.id)
            m = self._member(members, reference, name)
            pw.require_login_matches(s, members, m)
            stored = logins.password_hash(s, m)
        pw.check(self.db, p, m, stored, current, what=translate("Errors", "change the password"))
        pw.refuse_same(current or "", new or "")
        new_hash = pw.new_hash(new, m.name)
        with unit_of_work(self.db, m.name, closed_ok=True) as uow:
            row = q.member(uow.session, p.id, m.name)
            if row is None:  # read a moment ago, in another session
                raise NotFound(translate("Errors", "{name} is not on the panel of {reference}.")
                                   .format(name=m.name, reference=p.reference))
            row.password_hash, row.must_change_password = new_hash, False
            uow.touch(row)
            signin_store.clear(uow.session, row.id)
            uow.audit(p.id, "member.password", "member", m.name, None, {"changed": True}, rows=[row])
            return Changed.of(member_info(row, has_password=True), Change.MEMBERS)

    def has_members(self, reference: str) -> bool:
        with read_only(self.db) as s:
            p = ProcedureService._get(s, reference)
            return bool(q.members(s, p.id))

    def sign_in(self, reference: str, name: str | None, password: str | None) -> Actor:
        """The acting member, after their password. No members yet: the set-up actor.

        Refusals, each with its own exit code: unknown member, no password, wrong password (counted and
        audited; from the 5th in a row sign-in is paused), paused, password reset by the chair (change it)."""
        with read_only(self.db) as s:
            p = ProcedureService._get(s, reference)
            members = q.members(s, p.id)
            if not members:
                return SETUP
            m = self._member(members, reference, name)
            if not m.active:
                raise Refused(translate("Errors", "{name} was replaced on the panel and can no longer act.")
                                  .format(name=m.name))
            pw.require_login_matches(s, members, m)
            stored = logins.password_hash(s, m)  # on a member's own login: only through the server's function
        if pw.check(self.db, p, m, stored, password):
            pw.clear(self.db, m)
        if m.must_change_password:
            raise PasswordChangeRequired(
                translate("Errors", "{name} must choose a new password first: the chair reset it.")
                    .format(name=m.name),
                hint=translate("Errors", "PANEL_PASSWORD=<the one the chair gave> "
                                         "PANEL_NEW_PASSWORD=<yours> panel-app --as \"{name}\" members "
                                         "password \"{name}\" (in the app: sign in, then choose it when "
                                         "asked).").format(name=m.name))
        return Actor(m.name, m.role, m.id, m.voting)

    def _member(self, members: builtins.list[Member], reference: str, name: str | None) -> Member:
        m = next((x for x in members if x.name.casefold() == (name or "").strip().casefold()), None)
        if m is None:
            if name:
                self._audit_unknown(members[0].procedure_id, name)
            raise UnknownMember(translate("Errors", "{name} is not on the panel of {reference}.")
                                .format(name=name, reference=reference) if name else
                                translate("Errors", "Say who you are: no member name was given."),
                                hint=translate("Errors", "Sign in with the name as the chair entered it "
                                                         "(--as NAME on the command line); the chair can "
                                                         "list the panel."))
        return m

    def _audit_unknown(self, procedure_id: int, name: str) -> None:
        with unit_of_work(self.db, pw.SIGN_IN_ACTOR, closed_ok=True) as uow:
            uow.audit(procedure_id, "member.signin_unknown", "member", name[:100], None, {"known": False})
