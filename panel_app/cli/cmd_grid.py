"""panel-app grid [--json] | grid set CODE FIELD=VALUE | grid rules KEY=VALUE | grid seal [--yes]."""

from __future__ import annotations

import json

from panel_app.domain.errors import UserFacingError

from .cmd_backup import add_backup_option, backup_first
from .output import add_yes_option, confirm, emit, table


def register(sub, common) -> None:
    g = sub.add_parser("grid", parents=[common], help="show, edit and seal the procedure's grid")
    g.set_defaults(handler=show)
    s = g.add_subparsers(dest="action", metavar="ACTION")
    st = s.add_parser("set", parents=[common], help="edit a criterion: grid set S3-CICD weight=3")
    st.add_argument("code")
    st.add_argument("assignments", nargs="+", metavar="FIELD=VALUE")
    st.add_argument("--reason", help="required once the grid is sealed (an amendment)")
    st.set_defaults(handler=set_criterion)
    r = s.add_parser("rules", parents=[common], help="edit a rule: grid rules pass_mark=65 best_n=10")
    r.add_argument("assignments", nargs="+", metavar="KEY=VALUE")
    r.add_argument("--reason", help="required once the grid is sealed (an amendment)")
    r.set_defaults(handler=set_rules)
    se = s.add_parser("seal", parents=[common], help="seal the grid (chair): hash and timestamp")
    add_backup_option(se)
    add_yes_option(se)
    se.set_defaults(handler=seal)


def _parse(assignments: list[str]) -> dict:
    """FIELD=VALUE assignments, in the order given; a VALUE that is JSON is read as JSON (3, null, ["A","B"])."""
    out = {}
    for a in assignments:
        if "=" not in a:
            raise UserFacingError(f"'{a}' is not FIELD=VALUE.")
        k, v = a.split("=", 1)
        try:
            out[k.strip()] = json.loads(v)
        except json.JSONDecodeError:
            out[k.strip()] = v
    return out


def show(ctx) -> int:
    g = ctx.services.grid.grid(ctx.reference)
    rows = [[c.code, c.group, c.stage, c.kind, c.weight if c.kind == "scored" else "",
             "" if c.minimum is None else c.minimum, c.title[:70]] for c in g.criteria]
    head = (f"{g.reference}  deadline {g.deadline}  pass mark {g.pass_mark}%  best {g.best_n}  "
            f"tie-break {', '.join(g.tie_break)}  {'SEALED ' + (g.sealed_at or '') if g.sealed else 'not sealed'}")
    emit(ctx, g.as_json(), head + "\n" + table(rows, ["code", "group", "stage", "kind", "weight", "min", "title"]))
    return 0


def set_criterion(ctx) -> int:
    g = ctx.services.grid.grid(ctx.reference)
    crit = g.criterion(ctx.args.code)
    if crit is None:
        raise UserFacingError(f"No criterion {ctx.args.code}.", hint="See the codes with: panel-app grid")
    from panel_app.services.edits import CriterionEdit  # not at `import panel_app.cli` (it stays light)

    edit = CriterionEdit.from_assignments(_parse(ctx.args.assignments))
    out = ctx.services.grid.update_criterion(ctx.reference, ctx.args.code, edit, crit.version, ctx.actor,
                                             reason=ctx.args.reason).result
    emit(ctx, out.as_json(), f"{out.code}: weight {out.weight}, minimum {out.minimum}.")
    return 0


def set_rules(ctx) -> int:
    g = ctx.services.grid.grid(ctx.reference)
    from panel_app.services.edits import RulesEdit

    edit = RulesEdit.from_assignments(_parse(ctx.args.assignments))
    out = ctx.services.grid.update_rules(ctx.reference, edit, g.version, ctx.actor, reason=ctx.args.reason).result
    emit(ctx, out.as_json(), f"Rules: pass mark {out.pass_mark}%, best {out.best_n}, tie-break {out.tie_break}.")
    return 0


def seal(ctx) -> int:
    confirm(ctx, f"Seal the grid of {ctx.reference}? Its criteria, weights, anchors and rules are hashed and "
                 "timestamped; any change after this is an amendment with a reason, shown in the report.")
    backup_first(ctx)
    g = ctx.services.grid.seal(ctx.reference, ctx.actor).result
    emit(ctx, {"sealed_at": g.sealed_at, "grid_hash": g.grid_hash}, f"Grid sealed at {g.sealed_at}, sha256 {g.grid_hash}.")
    return 0
