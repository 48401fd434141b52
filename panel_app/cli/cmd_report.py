"""panel-app report shortlist|eligibility|sheets|panel|extract [--candidate EMAIL] [--stage S] [--member-marks]
-o FILE.pdf — the PDF reports, with the same permissions as in the GUI."""

from __future__ import annotations

from pathlib import Path

from panel_app.domain.errors import UserFacingError
from panel_app.domain.report_kinds import KINDS, STAGES

from .output import emit


def register(sub, common) -> None:  # noqa: ANN001
    r = sub.add_parser("report", parents=[common], help="write a PDF report: shortlist, eligibility, candidate "
                                                          "sheets, panel report, candidate extract")
    r.add_argument("kind", choices=KINDS, help="which report")
    r.add_argument("--candidate", metavar="EMAIL", help="the candidate (required for the extract; with sheets, only that candidate's sheet)")
    r.add_argument("--stage", default="preselection", choices=STAGES, help="stage of the candidate sheets")
    r.add_argument("--member-marks", action="store_true",
                   help="(chair) print the individual members' marks on the candidate sheets – panel internal copy")
    r.add_argument("-o", "--output", required=True, metavar="FILE.pdf", help="where to write the PDF")
    r.set_defaults(handler=report)


def report(ctx) -> int:  # noqa: ANN001
    a = ctx.args
    out = Path(a.output)
    if out.exists() and out.is_dir():
        raise UserFacingError(f"{out} is a folder; give a file name such as {out / (a.kind + '.pdf')}.")
    if not out.parent.exists():
        raise UserFacingError(f"The folder {out.parent} does not exist.", hint="Create it or choose another -o path.")
    data = ctx.services.reports.render(ctx.reference, ctx.actor, a.kind, candidate=a.candidate, stage=a.stage,
                                       show_member_marks=a.member_marks)
    try:
        out.write_bytes(data)
    except OSError as e:
        raise UserFacingError(f"Could not write {out}: {e.strerror or e}.", hint="Choose another -o path.") from None
    from panel_app.services.reports import page_count  # pypdfium2, only when a report is printed

    pages = page_count(data)
    emit(ctx, {"file": str(out), "pages": pages, "bytes": len(data)}, f"{out} ({pages} pages)")
    return 0
