"""panel-app admin init-postgres | add-member | roles | drop-roles: a panel on a shared PostgreSQL server."""

from __future__ import annotations

import argparse
import os

from .output import emit, table


def register(sub, common) -> None:
    a = sub.add_parser("admin", parents=[common], help="(IT staff) PostgreSQL roles and row-level security")
    s = a.add_subparsers(dest="action", metavar="ACTION", required=True)
    url = {"dest": "db", "default": argparse.SUPPRESS, "metavar": "URL",
           "help": "the database as its owner, e.g. postgresql+psycopg://postgres@HOST/DB (same as --db)"}
    g = {"default": "panel_app_members", "help": "the group role of all members (default: panel_app_members)"}
    i = s.add_parser("init-postgres", parents=[common], help="create the schema, the group role, grants and RLS")
    i.add_argument("--url", **url)
    i.add_argument("--group", **g)
    i.set_defaults(handler=init_postgres, needs_actor=False)
    m = s.add_parser("add-member", parents=[common],
                     help="give a panel member a PostgreSQL login (adds the member when --role is given)")
    m.add_argument("name")
    m.add_argument("--role", choices=["chair", "member", "secretary", "observer"])
    m.add_argument("--db-password", help="the member's PostgreSQL password (default: PANEL_DB_PASSWORD)")
    m.add_argument("--url", **url)
    m.add_argument("--group", **g)
    m.add_argument("--role-prefix", help="role names start with this (default: panel_<database>)")
    m.set_defaults(handler=add_member)
    r = s.add_parser("roles", parents=[common], help="the members' PostgreSQL logins")
    r.add_argument("--url", **url)
    r.set_defaults(handler=roles, needs_actor=False)
    d = s.add_parser("drop-roles", parents=[common], help="remove every member login of this database")
    d.add_argument("--url", **url)
    d.add_argument("--group", help="drop this group role too")
    d.set_defaults(handler=drop_roles, needs_actor=False)


def init_postgres(ctx) -> int:
    out = ctx.services.workstations.init_postgres(ctx.args.group)
    emit(ctx, out.as_json(), f"{out.database}: schema up to date; group role {out.group}; row-level security on "
                             f"{', '.join(out.secured_tables)}; change feed on NOTIFY {out.notify_channel}.")
    return 0


def add_member(ctx) -> int:
    ms = ctx.services.members
    first = not ms.has_members(ctx.reference)
    actor = ms.sign_in(ctx.reference, "", None) if first else ctx.actor
    # PANEL_PASSWORD is the acting chair's own: a new member's password comes from PANEL_NEW_PASSWORD only
    password = os.environ.get("PANEL_NEW_PASSWORD") or (os.environ.get("PANEL_PASSWORD") if first else None)
    out = ctx.services.workstations.add_member_role(
        ctx.reference, ctx.args.name, actor, role=ctx.args.role, password=password,
        db_password=ctx.args.db_password or os.environ.get("PANEL_DB_PASSWORD"), group=ctx.args.group,
        prefix=ctx.args.role_prefix).result
    emit(ctx, out.as_json(), f"{out.member} ({out.role}) connects as PostgreSQL role {out.db_role}:\n"
                             f"  panel-app --db {out.url} --as \"{out.member}\"  (password: PGPASSWORD or ~/.pgpass)")
    return 0


def roles(ctx) -> int:
    rows = ctx.services.workstations.roles()
    emit(ctx, [r.as_json() for r in rows], table([[r.db_role, r.member] for r in rows], ["database role", "member"])
         if rows else "No member has a database login yet.")
    return 0


def drop_roles(ctx) -> int:
    dropped = ctx.services.workstations.drop_roles(ctx.args.group)
    emit(ctx, {"dropped": dropped}, f"Dropped {len(dropped)} member role(s).")
    return 0
