"""panel-app ocr [--status]: read the scanned applications by OCR (after the import, never during it)."""

from __future__ import annotations

import sys

from .output import emit, table


def register(sub, common) -> None:
    o = sub.add_parser("ocr", parents=[common],
                       help="read scanned PDFs (no text layer) by OCR; progress on stderr, Ctrl+C keeps what was read")
    o.add_argument("--status", action="store_true", help="only say how many scans wait for OCR, and the engine")
    o.set_defaults(handler=ocr)


def ocr(ctx) -> int:
    service = ctx.services.ocr
    if ctx.args.status:
        backlog = service.backlog(ctx.reference)
        emit(ctx, {"documents": backlog.documents, "engine": backlog.engine, "message": backlog.message},
             backlog.message or "No scanned document waits for OCR.")
        return 0

    def progress(fraction: float, message: str) -> None:  # stderr, also with --json (stdout stays JSON)
        if sys.stderr.isatty():
            print(f"\r{fraction:4.0%} {message[:90]:90}", end="", file=sys.stderr, flush=True)
        else:
            print(f"{fraction:4.0%} {message}", file=sys.stderr, flush=True)

    try:
        report = service.run(ctx.reference, ctx.actor, progress=progress).result
    except KeyboardInterrupt:  # what was stored is kept; say so
        print("\nOCR interrupted: the scans already read are stored; run `panel-app ocr` again for the rest.",
              file=sys.stderr)
        return 130
    if sys.stderr.isatty():
        print(file=sys.stderr)
    rows = [[d.filename, ", ".join(map(str, d.applications)), d.pages,
             "" if d.confidence is None else f"{d.confidence:.0f} %", d.characters, d.outcome.replace("_", " "),
             d.reason] for d in report.documents]
    read = sum(d.outcome == "read" for d in report.documents)
    text = (table(rows, ["document", "applications", "pages", "confidence", "characters", "outcome", "reason"])
            + f"\n{len(report.documents)} scans read by {report.engine}: {read} with text"
            + (f"; {report.remaining} left" if report.remaining else "") + "."
            if report.documents else f"No scanned document waits for OCR ({report.engine}).")
    emit(ctx, report.as_dict(), text)
    return 0


def after_import(ctx, report) -> None:
    """The import's hint: how many of the files just imported are scans without text, and what to do."""
    if not any("no_text_layer" in f.flags for f in report.files):
        return
    message = ctx.services.ocr.backlog(ctx.reference).message
    if message:
        print(message, file=sys.stderr)
