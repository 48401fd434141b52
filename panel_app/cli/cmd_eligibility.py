"""panel-app eligibility [--only-to-verify] | eligibility counts | eligibility decide|exclude|readmit|article29 …
| eligibility confirm --all-suggested [--criterion CODE] [--candidate ID|EMAIL …] | eligibility gate [--set MODE]

A candidate is named by e-mail address or by application id (`panel-app applications`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from panel_app.domain.eligibility import ARTICLE29_CATEGORIES, SUGGESTIONS

from .output import emit, table

if TYPE_CHECKING:  # `import panel_app.cli` loads no database code: a spawned intake worker re-imports it
    from panel_app.services.eligibility_info import EligibilityCheck, EligibilityRow

SHOWN = {"met": "met", "not_met": "✗ not met", "to_verify": "? to verify", "declared": "declared"}


def register(sub, common) -> None:
    e = sub.add_parser("eligibility", parents=[common], help="the eligibility matrix; decide, exclude, readmit")
    e.add_argument("--only-to-verify", action="store_true", help="only applications with a check still to verify")
    e.set_defaults(handler=show)
    s = e.add_subparsers(dest="action", metavar="ACTION")
    c = s.add_parser("counts", parents=[common], help="received, on time, eligible, not eligible, to verify, excluded")
    c.set_defaults(handler=counts)
    d = s.add_parser("decide", parents=[common], help="decide one criterion for one candidate")
    _candidate(d)
    d.add_argument("--criterion", required=True, metavar="CODE", help="e.g. E-NATIONALITY (see: panel-app grid)")
    d.add_argument("--value", required=True, choices=SUGGESTIONS)
    d.add_argument("--reason", help="required for not_met and whenever the decision differs from the suggestion")
    d.set_defaults(handler=decide)
    for name, verb in (("exclude", "exclude from scoring"), ("readmit", "readmit to scoring")):
        x = s.add_parser(name, parents=[common], help=f"{verb}, with the reason")
        _candidate(x)
        x.add_argument("--reason", required=True)
        x.set_defaults(handler=exclude if name == "exclude" else readmit)
    a = s.add_parser("article29", parents=[common], help="record the Article 29 priority category")
    _candidate(a)
    a.add_argument("--category", required=True, choices=[*ARTICLE29_CATEGORIES, "none"])
    a.add_argument("--evidence", default="", help="what shows the category (required unless none)")
    a.set_defaults(handler=article29)
    cf = s.add_parser("confirm", parents=[common], help="confirm every met/declared suggestion not decided yet, "
                                                          "in one action (a 'not met' is never confirmed in bulk)")
    cf.add_argument("--all-suggested", action="store_true", required=True,
                    help="confirm the suggestions that admit (met, declared) as decided by you")
    cf.add_argument("--criterion", metavar="CODE", help="only this criterion (default: every criterion)")
    cf.add_argument("--candidate", action="append", metavar="ID|EMAIL",
                    help="only this candidate (repeat for several; default: every candidate)")
    cf.add_argument("--dry-run", action="store_true", help="only count what would be confirmed")
    cf.set_defaults(handler=confirm)
    g = s.add_parser("gate", parents=[common], help="the scoring gate: eligibility first (default) or parallel")
    g.add_argument("--set", dest="mode", metavar="MODE", choices=["eligibility-first", "parallel"],
                   help="eligibility-first: only candidates decided eligible are scored; parallel: score while "
                        "eligibility is checked. Fixed once the first mark is given.")
    g.set_defaults(handler=gate)


def _candidate(p) -> None:
    p.add_argument("--candidate", required=True, metavar="ID|EMAIL",
                   help="the application id (panel-app applications) or the candidate's e-mail address")


def _name(row: EligibilityRow) -> str:
    c = row.candidate
    name = ", ".join(v for v in (c.surname, c.first_name) if v)
    return name or c.email or row.source


def _value(check: EligibilityCheck) -> str:
    v = check.outcome
    return SHOWN.get(v, v) + ("" if check.decided else "*")


def _outcome(row: EligibilityRow) -> str:
    return "excluded" if row.excluded else row.overall.replace("_", " ")


def _open_checks(row: EligibilityRow) -> str:
    parts = []
    for c in row.checks:
        if c.outcome in ("met", "declared"):
            continue
        why = f" ({c.reason})" if c.reason else ""
        parts.append(f"{c.criterion} {_value(c)}{why}")
    return "; ".join(parts)


def show(ctx) -> int:
    rows = ctx.services.eligibility.matrix(ctx.reference, only_to_verify=ctx.args.only_to_verify)
    lines = [[r.id, _name(r), r.candidate.email or "", _outcome(r), r.article29 or "", _open_checks(r)] for r in rows]
    text = table(lines, ["id", "candidate", "email", "overall", "art. 29", "checks not met"])
    emit(ctx, [r.as_json() for r in rows], text + f"\n{len(rows)} applications; * = suggestion, not yet decided.")
    return 0


def counts(ctx) -> int:
    n = ctx.services.eligibility.counts(ctx.reference).as_json()
    emit(ctx, n, ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in n.items()))
    return 0


def _app(ctx) -> int:
    return ctx.services.eligibility.application_of(ctx.reference, ctx.args.candidate)


def decide(ctx) -> int:
    row = ctx.services.eligibility.decide(ctx.reference, _app(ctx), ctx.args.criterion, ctx.args.value,
                                          ctx.args.reason, ctx.actor).result
    emit(ctx, row.as_json(), f"{_name(row)}: {ctx.args.criterion} {SHOWN[ctx.args.value]}; overall {_outcome(row)}.")
    return 0


def exclude(ctx) -> int:
    row = ctx.services.eligibility.exclude(ctx.reference, _app(ctx), ctx.args.reason, ctx.actor).result
    emit(ctx, row.as_json(), f"{_name(row)} excluded from scoring: {row.exclusion_reason}.")
    return 0


def readmit(ctx) -> int:
    row = ctx.services.eligibility.readmit(ctx.reference, _app(ctx), ctx.args.reason, ctx.actor).result
    emit(ctx, row.as_json(), f"{_name(row)} readmitted to scoring: {row.exclusion_reason}.")
    return 0


def article29(ctx) -> int:
    row = ctx.services.eligibility.set_article29(ctx.reference, _app(ctx), ctx.args.category, ctx.args.evidence,
                                                 ctx.actor).result
    emit(ctx, row.as_json(), f"{_name(row)}: Article 29 {row.article29 or 'none'}.")
    return 0


def confirm(ctx) -> int:
    ids = [ctx.services.eligibility.application_of(ctx.reference, c) for c in ctx.args.candidate or []] or None
    out = ctx.services.eligibility.confirm_suggested(ctx.reference, ctx.actor, application_ids=ids,
                                                     criterion=ctx.args.criterion, dry_run=ctx.args.dry_run).result
    scope = ", ".join(f"{k} {n}" for k, n in out.per_criterion.items()) or "nothing to confirm"
    if out.dry_run:
        text = f"Would confirm {out.checks} check(s) of {out.applications} application(s): {scope}."
    else:
        text = (f"Confirmed {out.checks} check(s) of {out.applications} application(s) as suggested, "
                f"by {out.by} at {out.at}: {scope}. {out.became_eligible} became eligible. "
                "'Not met' and 'to verify' suggestions are left for a decision one by one.")
    emit(ctx, out.as_json(), text)
    return 0


def gate(ctx) -> int:
    sv = ctx.services.gates
    if ctx.args.mode:
        op = sv.set_mode(ctx.reference, ctx.args.mode, ctx.actor)
        out, changed = {"mode": op.result.mode, "text": op.result.text, "changed": bool(op.changes)}, bool(op.changes)
        fixed = False
    else:
        gate_mode = sv.mode(ctx.reference)
        out, changed, fixed = gate_mode.as_json(), False, gate_mode.fixed
    emit(ctx, out, f"Scoring gate: {out['text']}." + (" (changed)" if changed else "")
         + (" Fixed: scoring has started." if fixed else ""))
    return 0
