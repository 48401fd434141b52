"""panel-app backup -o FILE | restore FILE [--yes] [--dry-run]; `--backup FILE` on the steps with legal weight."""

from __future__ import annotations

import sys

from .output import confirm, emit


def register(sub, common) -> None:
    b = sub.add_parser("backup", parents=[common], help="(chair, secretary) copy the whole database to a file; "
                       "SQLite's online backup, or pg_dump on PostgreSQL")
    b.add_argument("-o", "--output", required=True, metavar="FILE", help="the backup file to write")
    b.set_defaults(handler=backup)
    r = sub.add_parser("restore", parents=[common], help="(chair, secretary) check a backup, say what it holds, "
                       "and replace the whole database with it after confirmation")
    r.add_argument("file", metavar="FILE")
    r.add_argument("--yes", action="store_true", help="restore without asking (after the checks)")
    r.add_argument("--dry-run", action="store_true", help="only check the file and say what it holds")
    r.set_defaults(handler=restore, needs_actor=False)


def add_backup_option(parser) -> None:
    parser.add_argument("--backup", metavar="FILE", help="back up the whole database to FILE first "
                                                         "(the step is not done if the backup fails)")


def backup_first(ctx) -> None:
    """Before a step with legal weight: the backup named by --backup, if any; a failure stops the step."""
    target = getattr(ctx.args, "backup", None)
    if target:
        done = ctx.services.backup.backup(ctx.reference, ctx.actor, target).result
        print(done.line(_zone(ctx)), file=sys.stderr if ctx.json else sys.stdout)


def _zone(ctx) -> str:
    try:
        return ctx.services.procedures.settings(ctx.reference).timezone
    except Exception:  # no procedure (an empty database): Brussels
        return "Europe/Brussels"


def backup(ctx) -> int:
    done = ctx.services.backup.backup(ctx.reference, ctx.actor, ctx.args.output).result
    emit(ctx, done.as_dict(), done.line(_zone(ctx)))
    return 0


def restore(ctx) -> int:
    from panel_app.services.actors import SETUP

    if ctx.services.procedures.list():
        ctx.require_sign_in()
        reference, actor = ctx.reference, ctx.actor
    else:
        reference, actor = None, SETUP
    zone = _zone(ctx) if reference else "Europe/Brussels"
    d = ctx.services.backup.describe(ctx.args.file)
    if ctx.args.dry_run:
        emit(ctx, d.as_dict(), "\n".join(d.lines(zone)))
        return 0
    if not ctx.json:
        print("\n".join(d.lines(zone)))
    confirm(ctx, f"Replace the whole database ({ctx.services.db.display}) with this backup?")
    out = ctx.services.backup.restore(reference, actor, ctx.args.file).result
    emit(ctx, out.as_dict(), "\n".join([f"Restored {ctx.services.db.display} from {out.description.file}; "
                                        "the restore is recorded in the audit record. Sign in again.",
                                        *out.verified]))
    return 0

