"""panel-app procedure create|list|show|set."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from panel_app.domain.errors import UserFacingError
from panel_app.domain.report_language import LANGUAGES

from .output import emit, table


def register(sub, common) -> None:
    p = sub.add_parser("procedure", help="create, list and show procedures")
    s = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    c = s.add_parser("create", parents=[common], help="create a procedure from a template (TOML)")
    c.add_argument("--template", required=True, help="e.g. data/vacancies/DIGIT-COM-2026-1039.toml")
    c.set_defaults(handler=create, needs_actor=False)
    ls = s.add_parser("list", parents=[common], help="list the procedures in the database")
    ls.set_defaults(handler=list_, needs_actor=False)
    sh = s.add_parser("show", parents=[common], help="show the selected procedure's settings")
    sh.set_defaults(handler=show)
    st = s.add_parser("set", parents=[common], help="(chair, secretary) change a setting of the selected procedure")
    st.add_argument("--scoring-deadline", metavar="'YYYY-MM-DD HH:MM'|none",
                    help="the date by which members should have submitted, in the procedure's zone; 'none' "
                         "removes it (a target shown in the progress view and the reminders, never a lock)")
    st.add_argument("--report-language", metavar="en|fr|de",
                    help="the language of the procedure's reports (they print in English for now: README, Languages)")
    st.set_defaults(handler=set_)


def create(ctx) -> int:
    info = ctx.services.procedures.create_from_template(ctx.args.template).result
    emit(ctx, info.as_dict(), f"Created procedure {info.reference} ({info.title}), deadline {info.deadline}.")
    return 0


def list_(ctx) -> int:
    procs = ctx.services.procedures.list()
    rows = [[p.reference, p.title, p.deadline, "sealed" if p.sealed else "open", p.applications] for p in procs]
    emit(ctx, [p.as_dict() for p in procs],
         table(rows, ["reference", "title", "deadline", "grid", "applications"]) if procs else "No procedures.")
    return 0


def show(ctx) -> int:
    emit(ctx, ctx.services.procedures.settings(ctx.reference).as_json())
    return 0


def set_(ctx) -> int:
    if ctx.args.report_language is not None:
        return set_report_language(ctx)
    if ctx.args.scoring_deadline is None:
        raise UserFacingError("Nothing to set.", hint="Give --scoring-deadline or --report-language.")
    from panel_app.services.edits import SettingsEdit  # not at `import panel_app.cli` (it stays light)

    sv = ctx.services.procedures
    st = sv.settings(ctx.reference)
    raw = ctx.args.scoring_deadline.strip()
    when = None
    if raw.lower() not in ("none", ""):
        try:
            when = datetime.fromisoformat(raw)
        except ValueError:
            raise UserFacingError(f"'{raw}' is not a date and time.", hint="Write it as 2027-01-15 17:00.") from None
        if when.tzinfo is None:
            when = when.replace(tzinfo=ZoneInfo(st.timezone))
    out = sv.update_settings(ctx.reference, SettingsEdit(scoring_deadline_utc=when), st.version, ctx.actor).result
    emit(ctx, {"reference": out.reference, "scoring_deadline": out.scoring_deadline_local or None},
         f"Scoring deadline of {out.reference}: "
         + (f"{out.scoring_deadline_local} ({out.timezone})." if when else "none."))
    return 0


def set_report_language(ctx) -> int:
    from panel_app.services.edits import SettingsEdit

    sv = ctx.services.procedures
    st = sv.settings(ctx.reference)
    out = sv.update_settings(ctx.reference, SettingsEdit(report_language=ctx.args.report_language), st.version,
                             ctx.actor).result
    emit(ctx, {"reference": out.reference, "report_language": out.report_language},
         f"Reports of {out.reference}: {LANGUAGES[out.report_language]} (the next report made prints in it).")
    return 0
