"""panel-app letters [invitations] — the invitation letters and their register.

    panel-app --as CHAIR letters invitations -o DIR --date 2026-09-15 --time 09:30 --every 45 \
        --place "Brussels, BERL 5/170" [--video https://…] [--dry-run]
    panel-app letters --json          # the register of letters (who generated which letter when, its sha256)

One .eml (UTF-8, ready to send, never sent) per candidate the frozen, signed shortlist invites, in the language of
the candidate's form (templates: resources/letters/invitation_{en,fr,de}.txt).
"""

from __future__ import annotations

from dataclasses import asdict

from .output import emit, table


def register(sub, common) -> None:
    lt = sub.add_parser("letters", parents=[common], help="the invitation letters (.eml drafts) and their register")
    lt.set_defaults(handler=show)
    la = lt.add_subparsers(dest="action", metavar="ACTION")
    inv = la.add_parser("invitations", parents=[common], help="(chair, secretary) one .eml per invited candidate")
    inv.add_argument("-o", "--output", required=True, metavar="DIR", help="an existing folder for the letters")
    inv.add_argument("--date", required=True, metavar="YYYY-MM-DD", help="the interviews' day")
    inv.add_argument("--time", required=True, metavar="HH:MM", help="the first interview's time (procedure's zone)")
    inv.add_argument("--every", type=int, default=0, metavar="MIN",
                     help="minutes per interview: candidates get consecutive slots in alphabetical order "
                          "(default 0: everyone at --time)")
    inv.add_argument("--place", default="", help="where the interviews take place")
    inv.add_argument("--video", default="", metavar="URL", help="the https:// link of a video interview")
    inv.add_argument("--dry-run", action="store_true", help="check and list the letters; write and record nothing")
    inv.set_defaults(handler=invitations)


def show(ctx) -> int:
    rows = ctx.services.letters.register(ctx.reference)
    text = table([[r.at, r.by, r.to, r.language, r.interview, r.sha256[:16] + "…"] for r in rows],
                 ["Generated (UTC)", "By", "To", "Lang.", "Interview", "sha256"])
    emit(ctx, {"letters": [asdict(r) for r in rows]}, text if rows else "No letter generated yet.")
    return 0


def invitations(ctx) -> int:
    from panel_app.domain.letters import InterviewPlan

    a = ctx.args
    zone = ctx.services.procedures.settings(ctx.reference).timezone or "Europe/Brussels"
    plan = InterviewPlan.parse(a.date, a.time, a.every, a.place, a.video, zone)
    batch = ctx.services.letters.invitations(ctx.reference, ctx.actor, plan, a.output, dry_run=a.dry_run).result
    rows = [[x.file, x.language, x.interview_at, x.email] for x in batch.letters]
    head = (f"{len(batch.letters)} letter(s) would be written to {batch.folder} (dry run: nothing written)"
            if a.dry_run else f"{len(batch.letters)} letter(s) written to {batch.folder} and recorded in the register")
    emit(ctx, {"folder": batch.folder, "dry_run": a.dry_run, "generated_at": batch.generated_at,
               "letters": [{k: v for k, v in asdict(x).items() if k != "data"} for x in batch.letters]},
         head + "\n" + table(rows, ["File", "Lang.", "Interview", "To"]))
    return 0
