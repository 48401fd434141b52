"""panel-app import PATH... | panel-app applications [--status S] [--flag F] [--search TEXT]."""

from __future__ import annotations

import sys

from .output import emit, table


def register(sub, common) -> None:  # noqa: ANN001
    i = sub.add_parser("import", parents=[common], help="import .eml/.msg/.mbox/.pdf files or folders")
    i.add_argument("paths", nargs="+", metavar="PATH")
    i.add_argument("--workers", type=int, default=2, help="parallel parsing processes (default 2)")
    i.set_defaults(handler=import_)
    a = sub.add_parser("applications", parents=[common], help="list the applications")
    a.add_argument("--status", choices=["active", "superseded", "duplicate", "late_resend"])
    a.add_argument("--flag", help="only applications with this flag (e.g. late)")
    a.add_argument("--search", help="search the extracted text, names and addresses")
    a.set_defaults(handler=list_)


def import_(ctx) -> int:  # noqa: ANN001
    def progress(fraction: float, message: str) -> None:
        if not ctx.json and sys.stderr.isatty():
            print(f"\r{fraction:4.0%} {message[:70]:70}", end="", file=sys.stderr)

    report = ctx.services.intake.import_paths(ctx.reference, ctx.args.paths, ctx.actor, workers=ctx.args.workers,
                                              progress=progress)
    if not ctx.json and sys.stderr.isatty():
        print(file=sys.stderr)
    rows = [[f.file, f.outcome, f.applications, ", ".join(f.flags), f.reason] for f in report.files]
    counts = ", ".join(f"{n} {k.replace('_', ' ')}" for k, n in sorted(report.counts().items()))
    emit(ctx, report.as_dict(), table(rows, ["file", "outcome", "applications", "flags", "reason"])
         + f"\n{len(report.files)} files: {counts}.")
    from .cmd_ocr import after_import

    after_import(ctx, report)  # scans without text: OCR runs afterwards, never during the import
    return 0


def list_(ctx) -> int:  # noqa: ANN001
    apps = ctx.services.applications.list(ctx.reference, actor=ctx.actor, status=ctx.args.status,
                                          flag=ctx.args.flag, search=ctx.args.search)
    if ctx.json:
        keys = ("source", "candidate", "received_utc", "date_header_utc", "on_time", "reference_ok", "flags",
                "status", "documents")
        emit(ctx, [{k: a[k] for k in keys} | {"documents": [
            {k: d[k] for k in ("filename", "sha256", "pages", "has_text")} for d in a["documents"]]} for a in apps])
        return 0
    rows = [[a["id"], f"{a['candidate']['surname'] or ''}, {a['candidate']['first_name'] or ''}",
             a["candidate"]["email"] or "", a["received_local"], a["status"], ", ".join(a["flags"])] for a in apps]
    emit(ctx, apps, table(rows, ["id", "candidate", "email", "received (Brussels)", "status", "flags"]))
    return 0
