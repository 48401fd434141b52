"""The texts that domain/, services/, store/ and intake/ mark for translation (domain/texts.py), read from the
source by ast: the list the catalogue must hold, and the raise sites that still write bare English."""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

from panel_app.domain.paths import ROOT

LAYERS = ("panel_app/domain", "panel_app/services", "panel_app/store", "panel_app/intake")
MARKERS = {"translate", "QT_TRANSLATE_NOOP"}


@dataclass(frozen=True)
class Marked:
    where: str
    context: str
    source: str


def layer_files() -> list[Path]:
    return sorted(p for d in LAYERS for p in (ROOT / d).rglob("*.py") if "migrations" not in p.parts)


def _name(call: ast.Call) -> str:
    f = call.func
    return f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else ""


def marked(path: Path) -> tuple[list[Marked], list[str]]:
    """The (context, source) of every marker call in the file, and the calls lupdate cannot read (an argument
    that is not a plain literal, a keyword, `module.translate(...)`)."""
    found, unreadable = [], []
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or _name(node) not in MARKERS:
            continue
        if isinstance(node.func, ast.Attribute) and _name(node) == "translate":
            continue  # bytes.translate, str.translate: not ours (ours is always called by its bare name)
        where = f"{path.relative_to(ROOT)}:{node.lineno}"
        args = node.args
        if (len(args) != 2 or node.keywords
                or not all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in args)):
            if path.name != "texts.py":  # the definitions themselves
                unreadable.append(f"{where}: {ast.unparse(node)[:90]}")
            continue
        found.append(Marked(where, args[0].value, args[1].value))  # type: ignore[attr-defined]
    return found, unreadable


def all_marked() -> tuple[list[Marked], list[str]]:
    found: list[Marked] = []
    unreadable: list[str] = []
    for path in layer_files():
        f, u = marked(path)
        found += f
        unreadable += u
    return found, unreadable
