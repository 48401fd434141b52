"""Several workstations on one panel: PostgreSQL roles and row-level security, and the live change feed."""

from __future__ import annotations

from dataclasses import dataclass

from panel_app.domain.changes import Changed
from panel_app.domain.errors import NotFound, Refused, UserFacingError
from panel_app.domain.texts import translate
from panel_app.store import Database, changes, read_only
from panel_app.store import procedures as q

from .actors import SETUP, Actor, require_role
from .json_record import JsonRecord
from .members import MemberService
from .procedures import ProcedureService

GROUP_ROLE = "panel_app_members"  # the PostgreSQL group role of all panel members (pg_security.GROUP_ROLE)


@dataclass(frozen=True)
class PostgresSecured(JsonRecord):
    """What `admin init-postgres` set up on the server."""
    database: str
    group: str
    secured_tables: list[str]
    notify_channel: str


@dataclass(frozen=True)
class MemberLogin(JsonRecord):
    """A panel member's own PostgreSQL login, and the URL their workstation connects with."""
    member: str
    role: str
    db_role: str
    url: str


@dataclass(frozen=True)
class MemberRole(JsonRecord):
    """A database login and the panel member it belongs to (`admin roles`)."""
    db_role: str
    member_id: int
    member: str


def _pg():
    """The PostgreSQL security module (psycopg) is imported only when a shared server is administered."""
    from panel_app.store import pg_security

    return pg_security


class WorkstationService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def _require_postgres(self, what: str) -> None:
        if self.db.is_sqlite:
            raise UserFacingError(translate("Errors", "{what} needs a PostgreSQL database; this is "
                                                      "{display}.").format(what=what, display=self.db.display),
                                  hint=translate("Errors", "Use --db "
                                                           "postgresql+psycopg://ADMIN@HOST/DATABASE."))

    # ---------------------------------------------------------------- administration (schema owner)
    def init_postgres(self, group: str = GROUP_ROLE) -> PostgresSecured:
        """Roles, grants, row-level security and the change-feed triggers. Idempotent; the schema exists."""
        self._require_postgres(translate("Errors", "Securing the database"))
        try:
            _pg().install(self.db, group)
            changes.install_notify(self.db)
        except Exception as e:  # a DB error here is an administration problem
            raise UserFacingError(translate("Errors", "Could not secure {display}: {e}")
                                      .format(display=self.db.display, e=str(e).splitlines()[0]),
                                  hint=translate("Errors", "Connect as the owner of the schema (a "
                                                           "PostgreSQL administrator).")) from None
        return PostgresSecured(self.db.display, group, list(_pg().SECURED), changes.CHANNEL)

    def add_member_role(self, reference: str, name: str, actor: Actor = SETUP, *, role: str | None = None,
                        password: str | None = None, db_password: str | None = None,
                        group: str = GROUP_ROLE, prefix: str | None = None) -> Changed[MemberLogin]:
        """Give a panel member a PostgreSQL login (adding the member first when `role` is given and they are new).
        It changes the panel when it adds the member; a login alone is shown on no page."""
        self._require_postgres(translate("Errors", "A database login per member"))
        members = MemberService(self.db)
        existing = {m.name.casefold(): m for m in members.list(reference)}
        if name.casefold() not in existing:
            if role is None:
                raise NotFound(translate("Errors", "{name} is not on the panel of {reference}.")
                                   .format(name=name, reference=reference),
                               hint=translate("Errors", "Give --role to add them."))
            kinds = members.add(reference, name, role, actor, password=password).changes
        else:
            kinds = frozenset()
            require_role(actor, "chair", action=translate("Errors", "give members a database login"), has_members=True)
            if role and existing[name.casefold()].role != role:
                raise Refused(translate("Errors", "{name} is already on the panel as {existing}.")
                                  .format(name=name, existing=existing[name.casefold()].role))
        with read_only(self.db) as s:
            p = ProcedureService._get(s, reference)
            m = next(x for x in q.members(s, p.id) if x.name.casefold() == name.casefold())
            member_id, member_name, member_role = m.id, m.name, m.role
            proc_id = p.id
        db_role = _pg().role_name(self.db, proc_id, member_name, prefix)
        try:
            _pg().create_member_role(self.db, member_id, db_role, db_password, group)
        except ValueError as e:
            raise Refused(str(e)) from None
        url = _pg().login_url(self.db, db_role)
        return Changed(MemberLogin(member_name, member_role, db_role, url), kinds)

    def roles(self) -> list[MemberRole]:
        self._require_postgres(translate("Errors", "Listing database logins"))
        return [MemberRole(r, m, n) for r, m, n in _pg().member_roles(self.db)]

    def drop_roles(self, group: str | None = None) -> list[str]:
        self._require_postgres(translate("Errors", "Removing database logins"))
        return _pg().drop_member_roles(self.db, group)

    # ---------------------------------------------------------------- live progress
    def change_feed(self):
        """An object with poll() -> set of changed table names, and close(). Poll it from one thread only."""
        return changes.open_feed(self.db)
