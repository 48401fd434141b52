"""Printing results: JSON for scripts, aligned text for people; one-line errors with an exit code."""

from __future__ import annotations

import json
import sys
from datetime import date, datetime
from typing import Any

from panel_app.domain.errors import Refused, UserFacingError


def _default(o: Any) -> Any:
    if isinstance(o, datetime | date):
        return o.isoformat()
    if hasattr(o, "as_dict"):
        return o.as_dict()
    if hasattr(o, "as_json"):  # a service's dataclass inside a dict still given as a dict (the shortlist's held rows)
        return o.as_json()
    raise TypeError(f"not JSON serialisable: {type(o).__name__}")


def emit(ctx, data: Any, text: str | None = None) -> None:
    if ctx.json:
        json.dump(data, sys.stdout, default=_default, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    elif text is not None:
        print(text)
    else:
        print(json.dumps(data, default=_default, ensure_ascii=False, indent=2))


def table(rows: list[list[Any]], headers: list[str]) -> str:
    cells = [headers] + [["" if v is None else str(v) for v in r] for r in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    lines = ["  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)).rstrip() for r in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def fail(ctx, e: UserFacingError) -> int:
    msg = str(e).replace("\n", " ")
    if ctx.json:
        json.dump({"error": msg, "kind": type(e).__name__}, sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
    print(f"panel-app: {msg}", file=sys.stderr)
    return e.exit_code


def confirm(ctx, question: str) -> None:
    """Before a step with legal weight: --yes, or a 'y' typed at a terminal; otherwise nothing happens (Refused,
    exit 3). The question goes to stderr, so that --json output stays clean."""
    if getattr(ctx.args, "yes", False):
        return
    if sys.stdin.isatty():
        print(f"{question} [y/N] ", end="", file=sys.stderr, flush=True)
        if input().strip().lower() in ("y", "yes"):
            return
        raise Refused("Not confirmed: nothing was changed.")
    raise Refused("Not confirmed: nothing was changed.", hint="Add --yes to confirm.")


def add_yes_option(parser) -> None:
    parser.add_argument("--yes", action="store_true", help="confirm without a prompt (for scripts)")
