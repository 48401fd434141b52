"""panel-app declare … | panel-app scores set|submit|reopen|list …"""

from __future__ import annotations

from panel_app.domain.errors import UserFacingError

from .output import emit, table


def register(sub, common) -> None:
    d = sub.add_parser("declare", parents=[common], help="sign the declaration, or declare a conflict of interest")
    d.add_argument("--confidentiality", action="store_true", help="confidentiality and absence of conflict")
    d.add_argument("--conflict", metavar="ID|EMAIL", help="declare a conflict on this candidate")
    d.add_argument("--reason", help="the reason (required with --conflict)")
    d.add_argument("--type", default="other", dest="conflict_type",
                   choices=["family", "professional", "hierarchical", "financial", "personal", "other"])
    d.set_defaults(handler=declare)

    sc = sub.add_parser("scores", parents=[common], help="your marks: set, submit, list, import, export")
    s = sc.add_subparsers(dest="action", metavar="ACTION", required=True)
    st = s.add_parser("set", parents=[common], help="set one mark (autosaved)")
    st.add_argument("--candidate", required=True, metavar="ID|EMAIL")
    st.add_argument("--criterion", required=True, metavar="CODE")
    st.add_argument("--value", required=True, help="0–4, or NA")
    st.add_argument("--comment")
    st.add_argument("--page", type=int, help="evidence page")
    st.add_argument("--stage", default="preselection", choices=["preselection", "interview"])
    st.set_defaults(handler=set_mark)
    sb = s.add_parser("submit", parents=[common], help="submit your assessment of a candidate (or --all)")
    g = sb.add_mutually_exclusive_group(required=True)
    g.add_argument("--candidate", metavar="ID|EMAIL")
    g.add_argument("--all", action="store_true", help="every candidate you have fully marked")
    sb.add_argument("--stage", default="preselection", choices=["preselection", "interview"])
    sb.set_defaults(handler=submit)
    ro = s.add_parser("reopen", parents=[common], help="(chair) reopen a member's submitted assessment")
    ro.add_argument("--member", required=True)
    ro.add_argument("--candidate", required=True, metavar="ID|EMAIL")
    ro.add_argument("--reason", required=True)
    ro.add_argument("--stage", default="preselection", choices=["preselection", "interview"])
    ro.set_defaults(handler=reopen)
    ls = s.add_parser("list", parents=[common], help="the marks you may see")
    ls.add_argument("--candidate", metavar="ID|EMAIL")
    ls.add_argument("--stage", default="preselection", choices=["preselection", "interview"])
    ls.set_defaults(handler=list_)
    from . import cmd_sheets

    cmd_sheets.register(s, common)


def declare(ctx) -> int:
    sv = ctx.services.scoring
    if ctx.args.confidentiality:
        signed = sv.declare_confidentiality(ctx.reference, ctx.actor).result
        emit(ctx, signed.as_json(), f"{signed.member} signed the declaration of confidentiality and absence of conflict.")
    elif ctx.args.conflict:
        conflict = sv.declare_conflict(ctx.reference, ctx.actor, ctx.args.conflict, ctx.args.reason or "",
                                       ctx.args.conflict_type).result
        emit(ctx, conflict.as_json(), f"Conflict declared on {conflict.candidate}: the application is now hidden "
                                      "from you.")
    else:
        raise UserFacingError("Say what you declare: --confidentiality or --conflict EMAIL --reason TEXT.")
    return 0


def set_mark(ctx) -> int:
    raw = ctx.args.value.strip()
    na = raw.upper() in ("NA", "N/A")
    try:
        value = None if na else float(raw)
    except ValueError:
        raise UserFacingError(f"'{raw}' is not a mark: give 0–4 or NA.") from None
    out = ctx.services.scoring.set_mark(ctx.reference, ctx.actor, ctx.args.candidate, ctx.args.criterion, value,
                                        na=na, comment=ctx.args.comment, evidence_page=ctx.args.page,
                                        stage=ctx.args.stage).result
    emit(ctx, out.as_json(), f"{out.criterion}: {'N/A' if out.na else out.value} saved.")
    return 0


def submit(ctx) -> int:
    sv = ctx.services.scoring
    if ctx.args.all:
        done, skipped = [], []
        for c in sv.my_candidates(ctx.reference, ctx.actor, ctx.args.stage):
            if c.status == "submitted":
                continue
            if c.scored < c.criteria:
                skipped.append(c.email)
                continue
            done.append(sv.submit(ctx.reference, ctx.actor, c.email, ctx.args.stage).result.as_json())
        emit(ctx, {"submitted": done, "incomplete": skipped},
             f"Submitted {len(done)}; {len(skipped)} not fully marked yet.")
        return 0
    out = sv.submit(ctx.reference, ctx.actor, ctx.args.candidate, ctx.args.stage).result
    emit(ctx, out.as_json(), f"Submitted {out.candidate} at {out.submitted_at}.")
    return 0


def reopen(ctx) -> int:
    out = ctx.services.scoring.reopen(ctx.reference, ctx.actor, ctx.args.member, ctx.args.candidate,
                                      ctx.args.reason, ctx.args.stage).result
    emit(ctx, out.as_json(), f"Reopened {out.member}'s assessment of {out.candidate}.")
    return 0


def list_(ctx) -> int:
    marks = ctx.services.marks.marks(ctx.reference, ctx.actor, ctx.args.candidate, ctx.args.stage)
    rows = [[m.candidate, m.member, m.criterion, "N/A" if m.na else m.value, m.status] for m in marks]
    emit(ctx, [m.as_json() for m in marks], table(rows, ["candidate", "member", "criterion", "value", "status"]))
    return 0
