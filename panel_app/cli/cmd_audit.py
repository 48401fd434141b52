"""panel-app audit verify [--json] | audit log [--candidate EMAIL] [--member NAME] [--kind K] [--since T] [--json]."""

from __future__ import annotations

from .output import emit


def register(sub, common) -> None:
    a = sub.add_parser("audit", parents=[common], help="the audit record: verify it, read the history")
    s = a.add_subparsers(dest="action", metavar="ACTION", required=True)
    v = s.add_parser("verify", parents=[common],
                     help="walk the hash chain and replay the events against the database (chair, secretary, "
                          "observer); exit 0 clean, 4 tampering found")
    v.set_defaults(handler=verify)
    lg = s.add_parser("log", parents=[common], help="the history in words, in the procedure's time zone")
    lg.add_argument("--candidate", metavar="EMAIL")
    lg.add_argument("--member", metavar="NAME")
    lg.add_argument("--kind", metavar="KIND", help="score, assessment, eligibility, member, grid, shortlist, …")
    lg.add_argument("--since", metavar="T", help="2026-12-06 or '2026-12-06 14:30' (the procedure's zone)")
    lg.set_defaults(handler=log)


def verify(ctx) -> int:
    from panel_app.services.audit import TAMPERED_EXIT

    v = ctx.services.audit.verify(ctx.reference, ctx.actor)
    emit(ctx, v.as_json(), v.summary() if v.ok else "\n".join(v.lines()))
    return 0 if v.ok else TAMPERED_EXIT


def log(ctx) -> int:
    a = ctx.args
    rows = ctx.services.audit.log(ctx.reference, ctx.actor, candidate=a.candidate, member=a.member, kind=a.kind,
                                  since=a.since)
    emit(ctx, [r.as_dict() for r in rows], "\n".join(r.line() for r in rows) if rows else "No events.")
    return 0
