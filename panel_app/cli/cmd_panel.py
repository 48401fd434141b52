"""panel-app panel | ranking | reliability | robustness | consensus set | shortlist [freeze|sign|reason]
| final-ranking [freeze|sign] | outcome. A freeze or a sign-off asks for a confirmation (or --yes)."""

from __future__ import annotations

from datetime import date

from panel_app.domain.errors import UserFacingError

from .cmd_backup import add_backup_option, backup_first
from .output import add_yes_option, confirm, emit, table

STAGES = ["preselection", "interview"]


def _num(x) -> str:
    return "" if x is None else f"{x:.2f}".rstrip("0").rstrip(".")


def register(sub, common) -> None:
    pn = sub.add_parser("panel", parents=[common], help="the panel table: progress, and marks once all have submitted")
    pn.add_argument("--stage", default="preselection", choices=STAGES)
    pn.set_defaults(handler=panel_table)
    for name, handler, text in (("ranking", ranking, "the ranking (after your own submissions)"),
                                ("reliability", reliability, "agreement between members: alpha, ICC, leniency"),
                                ("robustness", robustness, "would the list change without one member / weight ±1?")):
        p = sub.add_parser(name, parents=[common], help=text)
        p.add_argument("--stage", default="preselection", choices=STAGES)
        p.set_defaults(handler=handler)

    cs = sub.add_parser("consensus", parents=[common], help="(chair) the mark agreed in the consensus meeting")
    ca = cs.add_subparsers(dest="action", metavar="ACTION", required=True)
    st = ca.add_parser("set", parents=[common], help="record the agreed mark of one criterion")
    st.add_argument("--candidate", required=True, metavar="ID|EMAIL")
    st.add_argument("--criterion", required=True, metavar="CODE")
    st.add_argument("--value", required=True, help="the agreed mark, or 'clear'")
    st.add_argument("--reason", default="", help="justification (required more than 0.5 from the mean)")
    st.add_argument("--minority", help="a minority view, recorded with the mark")
    st.add_argument("--stage", default="preselection", choices=STAGES)
    st.set_defaults(handler=consensus_set)

    sl = sub.add_parser("shortlist", parents=[common], help="the shortlist; freeze (chair), sign (members)")
    sl.set_defaults(handler=shortlist)
    sa = sl.add_subparsers(dest="action", metavar="ACTION")
    fr = sa.add_parser("freeze", parents=[common], help="(chair) freeze the list; a change needs --reason")
    fr.add_argument("--reason")
    add_backup_option(fr)
    add_yes_option(fr)
    fr.set_defaults(handler=freeze)
    sg = sa.add_parser("sign", parents=[common], help="sign off the frozen list")
    add_backup_option(sg)
    add_yes_option(sg)
    sg.set_defaults(handler=sign)
    for name, text in (("admit", "(chair) admit an application received after the freeze: reopens the list"),
                       ("out-of-scope", "(chair) record an application received after the freeze as out of scope")):
        h = sa.add_parser(name, parents=[common], help=text)
        h.add_argument("--application", required=True, metavar="ID|EMAIL", help="the held application")
        h.add_argument("--reason", required=True)
        h.set_defaults(handler=decide_held, admit=name == "admit")
    rs = sa.add_parser("reason", parents=[common], help="(chair) reword a candidate's reason")
    rs.add_argument("--candidate", required=True, metavar="ID|EMAIL")
    rs.add_argument("--text", required=True, help="the wording ('' = back to the generated one)")
    rs.set_defaults(handler=edit_reason)

    fr_ = sub.add_parser("final-ranking", parents=[common], help="the final ranking after the interview; freeze "
                         "(chair) and sign (members) it with the outcome")
    fr_.set_defaults(handler=final_ranking)
    fa = fr_.add_subparsers(dest="action", metavar="ACTION")
    ff = fa.add_parser("freeze", parents=[common], help="(chair) freeze the final ranking and the outcome; a change "
                       "needs --reason")
    ff.add_argument("--reason")
    add_backup_option(ff)
    add_yes_option(ff)
    ff.set_defaults(handler=final_freeze)
    fs = fa.add_parser("sign", parents=[common], help="sign off the frozen final ranking")
    add_backup_option(fs)
    add_yes_option(fs)
    fs.set_defaults(handler=final_sign)
    oc = sub.add_parser("outcome", parents=[common], help="(chair) recommended candidate or reserve list")
    oc.add_argument("--candidate", required=True, metavar="ID|EMAIL")
    g = oc.add_mutually_exclusive_group(required=True)
    g.add_argument("--recommended", action="store_const", const="recommended", dest="outcome")
    g.add_argument("--reserve", action="store_const", const="reserve", dest="outcome")
    g.add_argument("--none", action="store_const", const="none", dest="outcome", help="withdraw the outcome")
    oc.add_argument("--valid-until", metavar="YYYY-MM-DD", help="validity of the reserve list")
    oc.set_defaults(handler=outcome)


def panel_table(ctx) -> int:
    rows = ctx.services.panel.panel_table(ctx.reference, ctx.actor, ctx.args.stage)
    text = table([[r.email, r.name, f"{r.members_submitted}/{r.expected}", _num(r.total),
                   r.rank or "", ", ".join(r.divergent)] for r in rows],
                 ["candidate", "name", "submitted", "total", "rank", "divergent"])
    emit(ctx, [r.as_json() for r in rows], text)
    return 0


def ranking(ctx) -> int:
    rows = ctx.services.panel.ranking(ctx.reference, ctx.actor, ctx.args.stage)
    text = table([[r.rank or "", r.candidate, _num(r.total), r.status, r.reason] for r in rows],
                 ["rank", "candidate", "total", "status", "reason"])
    emit(ctx, [r.as_json() for r in rows], text)
    return 0


def reliability(ctx) -> int:
    rep = ctx.services.panel.reliability(ctx.reference, ctx.actor, ctx.args.stage)
    rows = [[k, _num(v.alpha), _num(v.icc2k), v.n_alpha, v.note]
            for k, v in [*rep.per_criterion.items(), ("overall", rep.overall)]]
    text = table(rows, ["criterion", "alpha", "ICC(2,k)", "n", "note"]) + "\n\nleniency: " + ", ".join(
        f"{m} {v:+.2f}" for m, v in rep.leniency.items())
    emit(ctx, rep.as_json(), text)
    return 0


def robustness(ctx) -> int:
    found = ctx.services.panel.robustness(ctx.reference, ctx.actor, ctx.args.stage)
    emit(ctx, [f.as_json() for f in found],
         "\n".join(f.text for f in found) or "No single member or weight change alters the list.")
    return 0


def consensus_set(ctx) -> int:
    raw = ctx.args.value.strip()
    try:
        value = None if raw.lower() == "clear" else float(raw)
    except ValueError:
        raise UserFacingError(f"'{raw}' is not a mark: give 0–4, or 'clear'.") from None
    out = ctx.services.panel.consensus_set(ctx.reference, ctx.actor, ctx.args.candidate, ctx.args.criterion, value,
                                           ctx.args.reason, ctx.args.stage, ctx.args.minority).result
    emit(ctx, out.as_json(), f"{out.candidate} {out.criterion}: consensus {raw} (members' mean {_num(out.mean)}).")
    return 0


def shortlist(ctx) -> int:
    sl = ctx.services.panel.shortlist(ctx.reference, ctx.actor)
    lines = [f"Rule: {sl.rule}", ""]
    lines.append(table([[r.rank or "", r.candidate, _num(r.total), r.status, r.reason_edited or r.reason]
                        for r in sl.rows], ["rank", "candidate", "total", "status", "reason"]))
    if sl.ties_at_cut:
        lines.append(f"\nTied at the cut-off (all invited): {', '.join(sl.ties_at_cut)}")
    for h in sl.held_after_freeze:
        lines.append(f"\nReceived after the shortlist was frozen, waiting for the chair: application "
                     f"{h.application_id} {h.candidate} (panel-app shortlist admit|out-of-scope "
                     f"--application {h.application_id} --reason …)")
    if sl.reopened:
        r = sl.reopened
        lines.append(f"\nReopened at {r.reopened_at} by {r.reopened_by}: {r.reason}")
    if sl.drift:
        lines.append("\nThe live ranking no longer matches the frozen list (no sign-off until the chair freezes "
                     "again with a reason): " + "; ".join(sl.drift))
        for line in sl.marks_changed_lines:
            lines.append(f"  changed since the freeze: {line}")
    state = f"frozen at {sl.frozen_at} by {sl.frozen_by}" if sl.frozen else "not frozen"
    lines.append(f"\nShortlist {state}; signed by: {', '.join(s.member or '' for s in sl.signoffs) or 'nobody'}")
    emit(ctx, sl.as_json(), "\n".join(lines))
    return 0


def decide_held(ctx) -> int:
    from panel_app.services.application_ids import resolve

    app_id = resolve(ctx.services.db, ctx.reference, ctx.args.application, active=False).application_id
    gates = ctx.services.gates
    if ctx.args.admit:
        out = gates.admit(ctx.reference, app_id, ctx.args.reason, ctx.actor).result
        text = f"Application {app_id} admitted to scoring" + (
            ": the shortlist is reopened and its sign-offs are void; freeze it again once it is scored."
            if out.shortlist_reopened else ".")
        emit(ctx, out.as_json(), text)
    else:
        scoped = gates.out_of_scope(ctx.reference, app_id, ctx.args.reason, ctx.actor).result
        emit(ctx, scoped.as_json(), f"Application {app_id} recorded as out of scope: {scoped.reason}.")
    return 0


def final_freeze(ctx) -> int:
    confirm(ctx, f"Freeze the final ranking and the outcome of {ctx.reference}? Every voting member then signs "
                 "it; a later change needs a reason and voids their sign-offs.")
    backup_first(ctx)
    out = ctx.services.panel.final_freeze(ctx.reference, ctx.actor, ctx.args.reason).result
    emit(ctx, out.as_json(), f"Final ranking frozen at {out.frozen_at}: every voting member now signs it "
                   "(panel-app final-ranking sign).")
    return 0


def final_sign(ctx) -> int:
    confirm(ctx, f"Sign off the frozen final ranking of {ctx.reference} as {ctx.actor.name}?")
    backup_first(ctx)
    out = ctx.services.panel.final_sign(ctx.reference, ctx.actor).result
    emit(ctx, out.as_json(), f"{out.member} signed the final ranking at {out.signed_at}.")
    return 0


def freeze(ctx) -> int:
    confirm(ctx, f"Freeze the shortlist of {ctx.reference}? Every voting member then signs it; a later change "
                 "needs a reason and voids their sign-offs.")
    backup_first(ctx)
    out = ctx.services.panel.freeze(ctx.reference, ctx.actor, ctx.args.reason).result
    emit(ctx, out.as_json(), f"Shortlist frozen at {out.frozen_at}: {len(out.invited)} invited"
                   + (f"; {out.signoffs_cleared} sign-off(s) to renew." if out.signoffs_cleared else "."))
    return 0


def sign(ctx) -> int:
    confirm(ctx, f"Sign off the frozen shortlist of {ctx.reference} as {ctx.actor.name}?")
    backup_first(ctx)
    out = ctx.services.panel.sign(ctx.reference, ctx.actor).result
    emit(ctx, out.as_json(), f"{out.member} signed the shortlist at {out.signed_at}.")
    return 0


def edit_reason(ctx) -> int:
    out = ctx.services.panel.edit_reason(ctx.reference, ctx.actor, ctx.args.candidate, ctx.args.text).result
    emit(ctx, out.as_json(), f"{out.candidate}: {out.reason_edited or out.reason}")
    return 0


def final_ranking(ctx) -> int:
    fr = ctx.services.panel.final_ranking(ctx.reference, ctx.actor)
    text = table([[r.rank or "", r.candidate, _num(r.total), r.status, r.outcome or "",
                   r.valid_until or ""] for r in fr.rows],
                 ["rank", "candidate", "total", "status", "outcome", "valid until"])
    emit(ctx, fr.as_json(), f"Final ranking ({fr.method}):\n{text}")
    return 0


def outcome(ctx) -> int:
    until = None
    if ctx.args.valid_until:
        try:
            until = date.fromisoformat(ctx.args.valid_until)
        except ValueError:
            raise UserFacingError(f"'{ctx.args.valid_until}' is not a date: write YYYY-MM-DD.") from None
    which = None if ctx.args.outcome == "none" else ctx.args.outcome
    out = ctx.services.panel.set_outcome(ctx.reference, ctx.actor, ctx.args.candidate, which, until).result
    emit(ctx, out.as_json(), f"{out.candidate}: {out.outcome or 'no outcome'}"
                   + (f" (valid until {out.valid_until})" if out.valid_until else ""))
    return 0
