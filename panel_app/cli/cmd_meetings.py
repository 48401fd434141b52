"""panel-app meetings [add|published] — the panel's meetings and the notice's publication date (for the minutes).

    panel-app --as CHAIR meetings add --date 2026-06-25 --place "Luxembourg, DRB B2/004" \
        --attendee "Maria Papadopoulou" --attendee "Jan Novák" --purpose "consensus meeting"
    panel-app --as CHAIR meetings add --date 2026-06-30 --written --attendee … --purpose "sign-off of the shortlist"
    panel-app --as CHAIR meetings published --date 2026-05-12
    panel-app meetings --json
"""

from __future__ import annotations

from .output import emit, table


def register(sub, common) -> None:
    mt = sub.add_parser("meetings", parents=[common], help="the panel's meetings (date, place or written procedure, "
                                                            "attendance) and the notice's publication date")
    mt.set_defaults(handler=show)
    ma = mt.add_subparsers(dest="action", metavar="ACTION")
    add = ma.add_parser("add", parents=[common], help="(chair) record a meeting")
    add.add_argument("--date", required=True, metavar="YYYY-MM-DD")
    where = add.add_mutually_exclusive_group(required=True)
    where.add_argument("--place", help="where the panel met")
    where.add_argument("--written", action="store_true", help="a written procedure (no physical meeting)")
    add.add_argument("--attendee", action="append", required=True, metavar="NAME", help="a member who attended "
                     "(repeat for each)")
    add.add_argument("--purpose", default="", help="what the meeting was for, e.g. 'consensus meeting'")
    add.add_argument("--replaces", type=int, metavar="ID", help="correct a recorded meeting (needs --reason)")
    add.add_argument("--reason", help="why a recorded meeting is corrected")
    add.set_defaults(handler=add_meeting)
    pub = ma.add_parser("published", parents=[common], help="(chair) the date the vacancy notice was published")
    pub.add_argument("--date", required=True, metavar="YYYY-MM-DD")
    pub.set_defaults(handler=published)


def show(ctx) -> int:
    from panel_app.services.meetings import MeetingService, as_dict

    svc = MeetingService(ctx.services.db)
    meetings = [as_dict(m) for m in svc.list(ctx.reference)]
    published = svc.published_on(ctx.reference)
    text = table([[m["id"], m["date"], m["where"], ", ".join(m["attendees"]), m["purpose"]] for m in meetings],
                 ["#", "Date", "Where", "Attendance", "Purpose"])
    emit(ctx, {"published_on": published, "meetings": meetings},
         f"Notice published: {published or 'not recorded'}\n{text if meetings else 'No meeting recorded.'}")
    return 0


def add_meeting(ctx) -> int:
    from panel_app.services.meetings import MeetingService, as_dict

    a = ctx.args
    m = MeetingService(ctx.services.db).add(ctx.reference, ctx.actor, a.date, place=a.place, written=a.written,
                                            attendees=a.attendee, purpose=a.purpose, replaces=a.replaces,
                                            reason=a.reason).result
    emit(ctx, as_dict(m), f"Meeting {m.id} recorded: {m.date}, {m.where()}, {len(m.attendees)} attending.")
    return 0


def published(ctx) -> int:
    from panel_app.services.meetings import MeetingService

    day = MeetingService(ctx.services.db).set_published_on(ctx.reference, ctx.actor, ctx.args.date).result
    emit(ctx, {"published_on": day}, f"The notice's publication date is recorded: {day}.")
    return 0
