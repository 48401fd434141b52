"""panel-app procedure create|list|show."""

from __future__ import annotations

from .output import emit, table


def register(sub, common) -> None:  # noqa: ANN001
    p = sub.add_parser("procedure", help="create, list and show procedures")
    s = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    c = s.add_parser("create", parents=[common], help="create a procedure from a template (TOML)")
    c.add_argument("--template", required=True, help="e.g. data/vacancies/DIGIT-COM-2026-1039.toml")
    c.set_defaults(handler=create, needs_actor=False)
    ls = s.add_parser("list", parents=[common], help="list the procedures in the database")
    ls.set_defaults(handler=list_, needs_actor=False)
    sh = s.add_parser("show", parents=[common], help="show the selected procedure's settings")
    sh.set_defaults(handler=show)


def create(ctx) -> int:  # noqa: ANN001
    info = ctx.services.procedures.create_from_template(ctx.args.template)
    emit(ctx, info.as_dict(), f"Created procedure {info.reference} ({info.title}), deadline {info.deadline}.")
    return 0


def list_(ctx) -> int:  # noqa: ANN001
    procs = ctx.services.procedures.list()
    rows = [[p.reference, p.title, p.deadline, "sealed" if p.sealed else "open", p.applications] for p in procs]
    emit(ctx, [p.as_dict() for p in procs],
         table(rows, ["reference", "title", "deadline", "grid", "applications"]) if procs else "No procedures.")
    return 0


def show(ctx) -> int:  # noqa: ANN001
    emit(ctx, ctx.services.procedures.settings(ctx.reference))
    return 0
