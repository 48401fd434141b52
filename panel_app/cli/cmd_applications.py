"""panel-app import PATH... | panel-app applications [--status S] [--flag F] [--search TEXT].

Every application has a stable id (the first column, "id" in --json) that every command taking a candidate
accepts instead of the e-mail address: a loose PDF without an address is decided and excluded by it."""

from __future__ import annotations

import logging
import sys

from .output import emit, table

log = logging.getLogger(__name__)


def register(sub, common) -> None:
    i = sub.add_parser("import", parents=[common], help="import .eml/.msg/.mbox/.pdf files or folders")
    i.add_argument("paths", nargs="+", metavar="PATH")
    i.add_argument("--workers", type=int, default=2, help="parallel parsing processes (default 2)")
    i.add_argument("--memory-mb", type=int, help="memory limit of each parsing worker (default 512, "
                   "PANEL_INTAKE_MEMORY_MB)")
    i.add_argument("--seconds", type=float, help="time limit to read one file, plus 1 s per MB (default 10, "
                   "PANEL_INTAKE_SECONDS)")
    i.add_argument("--max-pages", type=int, help="pages read of one PDF (default 300, PANEL_INTAKE_MAX_PAGES)")
    i.add_argument("--max-part-mb", type=int, help="largest mail part or archive member unpacked (default 100, "
                   "PANEL_INTAKE_MAX_PART_MB)")
    i.set_defaults(handler=import_)
    a = sub.add_parser("applications", parents=[common], help="list the applications")
    a.add_argument("--status", choices=["active", "superseded", "duplicate", "late_resend", "not_application"])
    a.add_argument("--flag", help="only applications with this flag (e.g. late)")
    a.add_argument("--search", help="search the extracted text, names and addresses")
    a.set_defaults(handler=list_)


class _OneLine(logging.Formatter):
    """The terminal gets one line per problem; the traceback goes to the log file only."""

    def format(self, record: logging.LogRecord) -> str:
        saved = record.exc_info, record.exc_text, record.stack_info
        record.exc_info = record.exc_text = record.stack_info = None
        try:
            return super().format(record)
        finally:
            record.exc_info, record.exc_text, record.stack_info = saved


def _log_to_file() -> None:
    from panel_app.services.logs import setup_logging

    root = logging.getLogger()
    if not any(isinstance(h, logging.FileHandler) for h in root.handlers):
        path = setup_logging()
        root.setLevel(logging.WARNING)
        log.debug("log file %s", path)
    for h in root.handlers:
        if type(h) is logging.StreamHandler:
            h.setFormatter(_OneLine(h.formatter._fmt if h.formatter else None))


def import_(ctx) -> int:
    _log_to_file()
    def progress(fraction: float, message: str) -> None:
        if not ctx.json and sys.stderr.isatty():
            print(f"\r{fraction:4.0%} {message[:70]:70}", end="", file=sys.stderr)

    from panel_app.intake.limits import IntakeLimits

    a = ctx.args
    limits = IntakeLimits.from_env(memory_mb=a.memory_mb, seconds=a.seconds, max_pages=a.max_pages,
                                   max_part_mb=a.max_part_mb)
    report = ctx.services.intake.import_paths(ctx.reference, a.paths, ctx.actor, workers=a.workers,
                                              progress=progress, limits=limits).result
    if not ctx.json and sys.stderr.isatty():
        print(file=sys.stderr)
    rows = [[f.file, f.outcome, f.applications, ", ".join(f.flags), f.reason] for f in report.files]
    counts = ", ".join(f"{n} {k.replace('_', ' ')}" for k, n in sorted(report.counts().items()))
    emit(ctx, report.as_dict(), table(rows, ["file", "outcome", "applications", "flags", "reason"])
         + f"\n{len(report.files)} files: {counts}.")
    from .cmd_ocr import after_import

    after_import(ctx, report)  # scans without text: OCR runs afterwards, never during the import
    return 0


def list_(ctx) -> int:
    apps = ctx.services.applications.list(ctx.reference, actor=ctx.actor, status=ctx.args.status,
                                          flag=ctx.args.flag, search=ctx.args.search)
    if ctx.json:
        keys = ("id", "source", "candidate", "received_utc", "date_header_utc", "on_time", "reference_ok", "flags",
                "status", "documents")
        emit(ctx, [{k: a[k] for k in keys} | {"documents": [
            {k: d[k] for k in ("filename", "sha256", "pages", "has_text")} for d in a["documents"]]}
                   for a in (x.as_json() for x in apps)])
        return 0
    rows = [[a.id, f"{a.candidate.surname or ''}, {a.candidate.first_name or ''}",
             a.candidate.email or "", a.received_local, a.status, ", ".join(a.flags)] for a in apps]
    emit(ctx, [a.as_json() for a in apps], table(rows, ["id", "candidate", "email", "received (Brussels)", "status", "flags"]))
    return 0


def resolve_candidate_ids(ctx) -> None:
    """Every option naming one candidate (--candidate, declare --conflict) takes an e-mail address or an
    application id; an id becomes the candidate's e-mail here, before the command runs. The eligibility
    commands resolve ids themselves (an application without e-mail is decided by its id)."""
    if getattr(ctx.args, "command", None) == "eligibility":
        return
    from panel_app.services.application_ids import candidate_email, parse_id

    for name in ("candidate", "conflict"):
        value = getattr(ctx.args, name, None)
        if isinstance(value, str) and parse_id(value) is not None:
            setattr(ctx.args, name, candidate_email(ctx.services.db, ctx.reference, value))
