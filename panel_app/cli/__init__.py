"""`panel-app`: headless commands over the same services as the GUI. No subcommand opens the GUI.

Importing this package stays light (no SQLAlchemy, no Qt): the import's worker processes are spawned and
re-import the `panel-app` script, and each would otherwise pay ~0.6 s before reading its first file.
"""

from __future__ import annotations

import argparse
import logging
import sys

from panel_app import __version__
from panel_app.domain.errors import Cancelled, UserFacingError
from panel_app.intake.helper_process import HELPER_FLAG, run_helper

from . import (
    cmd_admin,
    cmd_applications,
    cmd_audit,
    cmd_backup,
    cmd_eligibility,
    cmd_grid,
    cmd_letters,
    cmd_meetings,
    cmd_members,
    cmd_ocr,
    cmd_package,
    cmd_panel,
    cmd_procedure,
    cmd_records,
    cmd_report,
    cmd_scoring,
)
from .output import fail

COMMAND_MODULES = [cmd_procedure, cmd_grid, cmd_members, cmd_applications, cmd_ocr, cmd_eligibility, cmd_scoring,
                   cmd_panel, cmd_meetings, cmd_report, cmd_letters, cmd_admin, cmd_package, cmd_audit,
                   cmd_backup, cmd_records]


def common_options() -> argparse.ArgumentParser:
    """Options accepted before or after the subcommand (`panel-app --json grid` and `panel-app grid --json`)."""
    p = argparse.ArgumentParser(add_help=False)
    p.add_argument("--db", default=argparse.SUPPRESS, metavar="URL",
                   help="database URL (sqlite:///file or postgresql+psycopg://…); default: PANEL_DB, else the "
                        "embedded SQLite file in the user data directory")
    p.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="machine-readable output")
    p.add_argument("--procedure", default=argparse.SUPPRESS, metavar="REF",
                   help="the procedure (implied when the database holds only one)")
    p.add_argument("--as", dest="as_", default=argparse.SUPPRESS, metavar="NAME",
                   help="act as this panel member (password from PANEL_PASSWORD)")
    return p


def build_parser() -> argparse.ArgumentParser:
    common = common_options()
    parser = argparse.ArgumentParser(prog="panel-app", parents=[common],
                                     description="EU selection panel: intake, eligibility, scoring, shortlist, reports.")
    parser.add_argument("--version", action="version", version=f"panel_app {__version__}")
    parser.add_argument("--archive", metavar="FILE",
                        help="open an archive read-only in the GUI (verified first)")
    parser.add_argument("--demo", action="store_true",
                        help="open the GUI on the demo procedure (created with synthetic applications if absent)")
    parser.add_argument("--smoke-test", nargs="?", const="", default=None, metavar="PNG",
                        help="open the GUI, say on stdout what it shows (and save the screen to PNG), then quit: "
                             "exit 0 when the window (and on an empty database the first start) is shown")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(sub, common)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == [HELPER_FLAG]:  # a helper process of the packaged app (intake/helper_process.py)
        return run_helper(argv[1:])
    args = build_parser().parse_args(argv)
    if not getattr(args, "command", None):
        from panel_app.app import run_gui

        if args.archive:
            from panel_app.app import run_archive

            return run_archive(args.archive)
        return run_gui(db_url=getattr(args, "db", None), demo=args.demo, procedure=getattr(args, "procedure", None),
                       smoke_test=args.smoke_test)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    from panel_app.services.connection import as_user_error

    from .context import Context  # the services and the database layer: not at `import panel_app.cli`

    ctx = Context(args)
    try:
        if getattr(args, "needs_actor", True):
            ctx.require_sign_in()
        from .cmd_applications import resolve_candidate_ids

        resolve_candidate_ids(ctx)  # --candidate ID|EMAIL: the stable application id works everywhere
        return int(args.handler(ctx) or 0)
    except BrokenPipeError:
        return 0
    except Cancelled:
        return 130
    except UserFacingError as e:
        return fail(ctx, e)
    except Exception as e:
        told = as_user_error(e)
        if told is e:
            raise
        return fail(ctx, told)
    finally:
        ctx.close()


if __name__ == "__main__":
    sys.exit(main())
