"""panel-app members add NAME --role ROLE | members list | members password NAME."""

from __future__ import annotations

import os

from panel_app.domain.errors import PasswordMissing

from .output import emit, table


def register(sub, common) -> None:
    m = sub.add_parser("members", parents=[common], help="panel membership")
    s = m.add_subparsers(dest="action", metavar="ACTION", required=True)
    a = s.add_parser("add", parents=[common], help="add a member; their password from PANEL_NEW_PASSWORD (for the first member, "
                                         "the chair, PANEL_PASSWORD is accepted too)")
    a.add_argument("name")
    a.add_argument("--role", required=True, choices=["chair", "member", "secretary", "observer"])
    a.add_argument("--non-voting", action="store_true", help="a member who does not vote")
    a.add_argument("--replaces", metavar="NAME", help="this member replaces NAME on the panel")
    a.add_argument("--confirm", action="store_true",
                   help="confirm adding a voting member after scoring started (it hides the ranking until they "
                        "have scored every candidate)")
    a.set_defaults(handler=add)
    pw = s.add_parser("password", parents=[common],
                      help="change your own password (the current one in PANEL_PASSWORD), or (chair) reset a "
                           "member's, who then chooses their own at the next sign-in; the new one from "
                           "PANEL_NEW_PASSWORD")
    pw.add_argument("name")
    pw.set_defaults(handler=password, needs_actor=False)
    ls = s.add_parser("list", parents=[common], help="list the panel")
    ls.set_defaults(handler=list_)


def add(ctx) -> int:
    ms = ctx.services.members
    actor = ctx.actor if ms.has_members(ctx.reference) else None
    # the first member (the chair) has nobody to sign in as: PANEL_PASSWORD is theirs. Later, PANEL_PASSWORD is
    # the acting member's own, so the new member's comes from PANEL_NEW_PASSWORD only (never the chair's).
    password = os.environ.get("PANEL_NEW_PASSWORD") or (os.environ.get("PANEL_PASSWORD") if actor is None else None)
    kwargs = {"voting": False} if ctx.args.non_voting else {}
    out = ms.add(ctx.reference, ctx.args.name, ctx.args.role, *(() if actor is None else (actor,)),
                 password=password, replaces=ctx.args.replaces, confirmed=ctx.args.confirm, **kwargs).result
    emit(ctx, out.as_json(), f"Added {out.name} as {out.role}{' (voting)' if out.voting else ''}.")
    return 0


def password(ctx) -> int:
    new = os.environ.get("PANEL_NEW_PASSWORD")
    if not new:
        raise PasswordMissing("No new password was given: nothing was changed.",
                              hint="Put it in PANEL_NEW_PASSWORD (it is never read from the command line).")
    name, me = ctx.args.name, getattr(ctx.args, "as_", None) or ""
    ms = ctx.services.members
    if me.strip().casefold() == name.strip().casefold():
        out = ms.change_password(ctx.reference, name, os.environ.get("PANEL_PASSWORD"), new).result
        emit(ctx, {"member": out.name, "changed": True}, f"Password of {out.name} changed.")
        return 0
    ctx.require_sign_in()
    out = ms.reset_password(ctx.reference, name, new, ctx.actor).result
    emit(ctx, {"member": out.name, "reset": True, "must_change_password": True},
         f"Password of {out.name} reset: they choose their own at their next sign-in.")
    return 0


def list_(ctx) -> int:
    ms = ctx.services.members.list(ctx.reference)
    rows = [[m.name, m.role, "yes" if m.voting else "no", "yes" if m.active else "replaced"] for m in ms]
    emit(ctx, [m.as_json() for m in ms], table(rows, ["name", "role", "voting", "active"]) if ms else "No members yet.")
    return 0
