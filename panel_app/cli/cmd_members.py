"""panel-app members add NAME --role ROLE | members list | members password NAME."""

from __future__ import annotations

import os

from .output import emit, table


def register(sub, common) -> None:  # noqa: ANN001
    m = sub.add_parser("members", parents=[common], help="panel membership")
    s = m.add_subparsers(dest="action", metavar="ACTION", required=True)
    a = s.add_parser("add", parents=[common], help="add a member (password from PANEL_PASSWORD if set)")
    a.add_argument("name")
    a.add_argument("--role", required=True, choices=["chair", "member", "secretary", "observer"])
    a.add_argument("--non-voting", action="store_true", help="a member who does not vote")
    a.add_argument("--replaces", metavar="NAME", help="this member replaces NAME on the panel")
    a.add_argument("--confirm", action="store_true",
                   help="confirm adding a voting member after scoring started (it hides the ranking until they "
                        "have scored every candidate)")
    a.set_defaults(handler=add)
    pw = s.add_parser("password", parents=[common],
                      help="set a password: your own, or (chair) a member's; the new one from PANEL_NEW_PASSWORD")
    pw.add_argument("name")
    pw.set_defaults(handler=password)
    ls = s.add_parser("list", parents=[common], help="list the panel")
    ls.set_defaults(handler=list_)


def add(ctx) -> int:  # noqa: ANN001
    ms = ctx.services.members
    actor = ctx.actor if ms.has_members(ctx.reference) else None
    password = os.environ.get("PANEL_NEW_PASSWORD") or os.environ.get("PANEL_PASSWORD")
    kwargs = {"voting": False} if ctx.args.non_voting else {}
    out = ms.add(ctx.reference, ctx.args.name, ctx.args.role, *(() if actor is None else (actor,)),
                 password=password, replaces=ctx.args.replaces, confirmed=ctx.args.confirm, **kwargs)
    emit(ctx, out, f"Added {out['name']} as {out['role']}{' (voting)' if out['voting'] else ''}.")
    return 0


def password(ctx) -> int:  # noqa: ANN001
    new = os.environ.get("PANEL_NEW_PASSWORD")
    if not new:
        from panel_app.domain.errors import UserFacingError

        raise UserFacingError("Give the new password in PANEL_NEW_PASSWORD (it is never read from the command line).")
    ctx.services.members.set_password(ctx.reference, ctx.args.name, new, ctx.actor)
    emit(ctx, {"member": ctx.args.name, "changed": True}, f"Password of {ctx.args.name} changed.")
    return 0


def list_(ctx) -> int:  # noqa: ANN001
    ms = ctx.services.members.list(ctx.reference)
    rows = [[m["name"], m["role"], "yes" if m["voting"] else "no", "yes" if m["active"] else "replaced"] for m in ms]
    emit(ctx, ms, table(rows, ["name", "role", "voting", "active"]) if ms else "No members yet.")
    return 0
