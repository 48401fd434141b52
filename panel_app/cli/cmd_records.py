"""Records of a finished procedure (issue 20):

    panel-app archive -o FILE                 the procedure, its reports, its audit chain, a manifest: one file
    panel-app archive verify FILE             every hash and the chain; exit 0 intact, 25 refused
    panel-app close --reason R [--yes]        (chair) after archiving: the procedure becomes read-only
    panel-app hold set [--candidate ID|EMAIL] --reason R [--yes] | hold lift ID --reason R [--yes] | hold list
    panel-app retention [--dry-run] | --apply [--yes] [--as-of YYYY-MM-DD]
    panel-app retention settings [--non-recruited-years N] [--reserve-years N]

Every step with legal weight asks for a confirmation (or --yes) and takes a reason.
"""

from __future__ import annotations

from panel_app.domain.errors import UserFacingError

from .output import confirm, emit, table


def register(sub, common) -> None:
    a = sub.add_parser("archive", parents=[common],
                       help="write the procedure's archive (-o FILE), or check one (archive verify FILE)")
    a.add_argument("verify", nargs="*", metavar="verify FILE", help="check an archive instead of writing one")
    a.add_argument("-o", "--output", metavar="FILE", help="where to write the archive (.panelarchive)")
    a.set_defaults(handler=archive, needs_actor=False)

    c = sub.add_parser("close", parents=[common], help="(chair) close the archived procedure: read-only from then on")
    c.add_argument("--reason", required=True)
    c.add_argument("--yes", action="store_true", help="confirm without a prompt")
    c.set_defaults(handler=close)

    h = sub.add_parser("hold", parents=[common], help="legal holds: set, lift, list")
    hs = h.add_subparsers(dest="action", metavar="ACTION", required=True)
    st = hs.add_parser("set", parents=[common], help="(chair) hold the procedure, or one candidate (--candidate)")
    st.add_argument("--candidate", metavar="ID|EMAIL")
    st.add_argument("--reason", required=True, help="the complaint, inquiry or case")
    st.add_argument("--yes", action="store_true")
    st.set_defaults(handler=hold_set)
    lf = hs.add_parser("lift", parents=[common], help="(chair) lift a hold, with the reason")
    lf.add_argument("hold_id", type=int, metavar="ID")
    lf.add_argument("--reason", required=True)
    lf.add_argument("--yes", action="store_true")
    lf.set_defaults(handler=hold_lift)
    ls = hs.add_parser("list", parents=[common], help="every hold, active and lifted")
    ls.set_defaults(handler=hold_list)

    r = sub.add_parser("retention", parents=[common],
                       help="what the retention periods delete now (--dry-run, the default), or delete it (--apply)")
    r.add_argument("settings", nargs="?", choices=["settings"], help="show or change the retention periods")
    mode = r.add_mutually_exclusive_group()
    mode.add_argument("--dry-run", action="store_true", help="list what would be deleted and why (the default)")
    mode.add_argument("--apply", action="store_true", help="delete it (asks for a confirmation, or --yes)")
    r.add_argument("--yes", action="store_true")
    r.add_argument("--as-of", metavar="YYYY-MM-DD", help="the day the periods are counted to (default: today)")
    r.add_argument("--non-recruited-years", type=int, metavar="N")
    r.add_argument("--reserve-years", type=int, metavar="N")
    r.set_defaults(handler=retention)


def archive(ctx) -> int:
    a = ctx.args
    if a.verify:
        if a.verify[0] != "verify" or len(a.verify) != 2:
            raise UserFacingError("Use: panel-app archive -o FILE, or panel-app archive verify FILE.")
        from panel_app.services.archive_read import require_valid

        check = require_valid(a.verify[1])
        m = check.manifest
        emit(ctx, check.as_dict(),
             f"{a.verify[1]}: verified. {check.reference}, written {m.get('created_at')} by {m.get('created_by')} "
             f"(panel_app {m.get('panel_app_version')}, schema {m.get('schema_revision')}); "
             f"{len(m.get('parts', {}))} parts, every sha256 matches; {m.get('audit', {}).get('summary')}.")
        return 0
    if not a.output:
        raise UserFacingError("Say where to write the archive: panel-app archive -o FILE.panelarchive")
    ctx.require_sign_in()
    out = ctx.services.archive.write(ctx.reference, ctx.actor, a.output).result
    absent = "".join(f"\n  not included: {k} ({why})" for k, why in out.absent_reports.items())
    shown = ", ".join(k + (" (DRAFT: not final yet)" if k in out.drafts else "") for k in out.reports)
    emit(ctx, out, f"{out.file}: {out.bytes:,} bytes, sha256 {out.sha256}\n  reports: {shown}"
                   f"{absent}\n  {out.audit}")
    return 0


def close(ctx) -> int:
    confirm(ctx, f"Close {ctx.reference}? It becomes read-only: no mark, decision or setting can change after.")
    st = ctx.services.lifecycle.close(ctx.reference, ctx.actor, ctx.args.reason).result
    emit(ctx, st, f"{st.reference} closed by {st.closed_by} on {st.closed_at}: read-only from now on.")
    return 0


def hold_set(ctx) -> int:
    a = ctx.args
    confirm(ctx, f"Set a legal hold on {a.candidate or 'the whole procedure ' + ctx.reference}? It blocks every "
                 "retention deletion it covers until lifted.")
    h = ctx.services.lifecycle.set_hold(ctx.reference, ctx.actor, a.reason, a.candidate).result
    emit(ctx, h, f"Set {h.words()}.")
    return 0


def hold_lift(ctx) -> int:
    confirm(ctx, f"Lift legal hold #{ctx.args.hold_id}? Deletions it blocked become possible again.")
    h = ctx.services.lifecycle.lift_hold(ctx.reference, ctx.actor, ctx.args.hold_id, ctx.args.reason).result
    emit(ctx, h, f"Lifted {h.words()} — by {h.lifted_by} on {h.lifted_at}: {h.lift_reason}.")
    return 0


def hold_list(ctx) -> int:
    hs = ctx.services.lifecycle.holds(ctx.reference)
    rows = [[h.id, h.scope, "active" if h.active else f"lifted {h.lifted_at} by {h.lifted_by}", h.set_by, h.set_at,
             h.reason] for h in hs]
    emit(ctx, [h.as_dict() for h in hs],
         table(rows, ["id", "on", "state", "set by", "set at", "reason"]) if hs else "No legal holds.")
    return 0


def retention(ctx) -> int:
    from .cmd_retention import run

    return run(ctx)
