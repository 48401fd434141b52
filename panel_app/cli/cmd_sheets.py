"""panel-app scores export -o FILE.xlsx | scores import FILE.xlsx|FILE.csv (offline score sheets)."""

from __future__ import annotations

from .output import emit


def register(s, common) -> None:
    ex = s.add_parser("export", parents=[common], help="your offline score sheet (.xlsx)")
    ex.add_argument("-o", "--output", required=True)
    ex.add_argument("--stage", default="preselection", choices=["preselection", "interview"])
    ex.set_defaults(handler=export)
    im = s.add_parser("import", parents=[common], help="read back a sheet (.xlsx or .csv): all or nothing")
    im.add_argument("file")
    im.add_argument("--stage", default="preselection", choices=["preselection", "interview"])
    im.set_defaults(handler=import_)


def export(ctx) -> int:
    out = ctx.services.sheets.export(ctx.reference, ctx.actor, ctx.args.output, ctx.args.stage)
    emit(ctx, out.as_json(), f"Wrote {out.file}: {out.candidates} candidates × {out.criteria} criteria.")
    return 0


def import_(ctx) -> int:
    out = ctx.services.sheets.import_file(ctx.reference, ctx.actor, ctx.args.file, ctx.args.stage).result
    emit(ctx, out.as_json(), f"Applied {out.applied} marks from {out.file}.")
    return 0



