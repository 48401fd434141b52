"""panel-app package export | open | return | import: scoring offline, on a laptop without the panel's database."""

from __future__ import annotations

import os
from pathlib import Path

from panel_app.domain.errors import UserFacingError

from .output import emit


def register(sub, common) -> None:
    pk = sub.add_parser("package", parents=[common], help="offline packages for members who score away from the "
                                                         "panel's database")
    s = pk.add_subparsers(dest="action", metavar="ACTION", required=True)
    pw = {"help": "the passphrase (default: PANEL_PACKAGE_PASSPHRASE); hand it over separately from the file"}
    e = s.add_parser("export", parents=[common], help="(chair) one member's package: grid, candidates, documents")
    e.add_argument("--member", required=True, metavar="NAME")
    e.add_argument("-o", "--output", required=True, metavar="FILE.panelpkg")
    e.add_argument("--passphrase", **pw)
    e.set_defaults(handler=export)
    o = s.add_parser("open", parents=[common], help="(member) open a package into a local database (--db); you "
                                                    "sign in there with PANEL_NEW_PASSWORD if set, else the "
                                                    "passphrase")
    o.add_argument("file", metavar="FILE.panelpkg")
    o.add_argument("--passphrase", **pw)
    o.set_defaults(handler=open_, needs_actor=False)
    r = s.add_parser("return", parents=[common], help="(member) your submitted marks, signed, for the chair")
    r.add_argument("-o", "--output", required=True, metavar="FILE.panelret")
    r.add_argument("--passphrase", **pw)
    r.set_defaults(handler=return_)
    i = s.add_parser("import", parents=[common], help="(chair) verify a member's return file and merge the marks")
    i.add_argument("file", metavar="FILE.panelret")
    i.add_argument("--passphrase", **pw)
    i.set_defaults(handler=import_)


def _read(path: str) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as e:
        raise UserFacingError(f"Cannot read {path}: {e.strerror}.") from None


def _write(path: str, data: bytes) -> None:
    try:
        Path(path).write_bytes(data)
    except OSError as e:
        raise UserFacingError(f"Cannot write {path}: {e.strerror}.", hint="Choose another folder.") from None


def export(ctx) -> int:
    data, out = ctx.services.packages.export(ctx.reference, ctx.actor, ctx.args.member, ctx.args.passphrase).result
    _write(ctx.args.output, data)
    emit(ctx, {**out.as_json(), "file": ctx.args.output},
         f"Wrote {ctx.args.output}: {out.candidates} candidates for {out.member} (grid {out.grid_hash[:12]}…).")
    return 0


def open_(ctx) -> int:
    out = ctx.services.packages.open(_read(ctx.args.file), ctx.args.passphrase,
                                     os.environ.get("PANEL_NEW_PASSWORD")).result
    emit(ctx, out.as_json(), f"Opened {out.reference} for {out.member}: {out.candidates} candidates. Sign in here "
                             f"with {out.password} (PANEL_PASSWORD). Next: "
                             f"panel-app --as \"{out.member}\" declare --confidentiality")
    return 0


def return_(ctx) -> int:
    data, out = ctx.services.packages.make_return(ctx.reference, ctx.actor, ctx.args.passphrase)
    _write(ctx.args.output, data)
    emit(ctx, {**out.as_json(), "file": ctx.args.output},
         f"Wrote {ctx.args.output}: {out.submitted} submitted assessments of {out.member}, signed.")
    return 0


def import_(ctx) -> int:
    out = ctx.services.packages.import_return(ctx.reference, ctx.actor, _read(ctx.args.file),
                                              ctx.args.passphrase).result
    emit(ctx, out.as_json(), f"{out.member}: {out.merged} assessments merged, {out.unchanged} already there, "
                             f"{out.declarations} declarations added.")
    return 0
