"""panel-app report shortlist|eligibility|sheets|panel|extract [--candidate EMAIL] [--stage S] [--member-marks]
-o FILE.pdf — the PDF reports, with the same permissions as in the GUI.

panel-app export grid|marks|ranking [--stage S] -o FILE.xlsx — the chair's XLSX exports (the grid as sealed, every
member's marks with comments, the ranking with its reasons), with the same rights as the reports."""

from __future__ import annotations

from pathlib import Path

from panel_app.domain.errors import UserFacingError
from panel_app.domain.report_kinds import EXPORT_TITLES, EXPORTS, KINDS, STAGES

from .output import emit


def register(sub, common) -> None:
    r = sub.add_parser("report", parents=[common], help="write a PDF report: shortlist, eligibility, candidate "
                                                          "sheets, panel report, candidate extract")
    r.add_argument("kind", choices=KINDS, help="which report")
    r.add_argument("--candidate", metavar="ID|EMAIL",
                   help="the candidate: application id or e-mail (required for the extract; with sheets, only that "
                        "candidate's sheet)")
    r.add_argument("--stage", default="preselection", choices=STAGES, help="stage of the candidate sheets")
    r.add_argument("--member-marks", action="store_true",
                   help="(chair) print the individual members' marks on the candidate sheets – panel internal copy")
    r.add_argument("-o", "--output", required=True, metavar="FILE.pdf", help="where to write the PDF")
    r.set_defaults(handler=report)
    x = sub.add_parser("export", parents=[common], help="write an XLSX export for HR: the grid as sealed, the members' "
                                                         "marks with comments, the ranking with its reasons")
    x.add_argument("kind", choices=EXPORTS, help="; ".join(f"{k}: {t.lower()}" for k, t in EXPORT_TITLES.items()))
    x.add_argument("--stage", default="preselection", choices=STAGES, help="stage of the members' marks")
    x.add_argument("-o", "--output", required=True, metavar="FILE.xlsx", help="where to write the workbook")
    x.set_defaults(handler=export)


def _target(path: str, kind: str, suffix: str) -> Path:
    out = Path(path)
    if out.exists() and out.is_dir():
        raise UserFacingError(f"{out} is a folder; give a file name such as {out / (kind + suffix)}.")
    if not out.parent.exists():
        raise UserFacingError(f"The folder {out.parent} does not exist.", hint="Create it or choose another -o path.")
    return out


def _write(out: Path, data: bytes) -> None:
    try:
        out.write_bytes(data)
    except OSError as e:
        raise UserFacingError(f"Could not write {out}: {e.strerror or e}.", hint="Choose another -o path.") from None


def report(ctx) -> int:
    a = ctx.args
    out = _target(a.output, a.kind, ".pdf")
    data = ctx.services.reports.render(ctx.reference, ctx.actor, a.kind, candidate=a.candidate, stage=a.stage,
                                       show_member_marks=a.member_marks)
    _write(out, data)
    from panel_app.services.reports import page_count  # pypdfium2, only when a report is printed

    pages = page_count(data)
    emit(ctx, {"file": str(out), "pages": pages, "bytes": len(data)}, f"{out} ({pages} pages)")
    return 0


def export(ctx) -> int:
    a = ctx.args
    out = _target(a.output, a.kind, ".xlsx")
    if out.suffix.lower() != ".xlsx":
        raise UserFacingError(f"{out.name} does not end in .xlsx: Excel would not open it.",
                              hint=f"Use -o {out.with_suffix('.xlsx')}.")
    data = ctx.services.exports.render(ctx.reference, ctx.actor, a.kind, stage=a.stage)
    _write(out, data)
    emit(ctx, {"file": str(out), "kind": a.kind, "bytes": len(data)}, f"{out} ({EXPORT_TITLES[a.kind].lower()})")
    return 0
