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


def _fields(template: str) -> set[str]:
    import string

    return {name.split(".")[0].split("[")[0] for _lit, name, _spec, _conv in string.Formatter().parse(template)
            if name is not None}


def mismatched_parameters(paths: list[Path] | None = None) -> list[str]:
    """translate(...).format(...) calls whose keywords are not exactly the template's placeholders (a KeyError at
    the moment the message is raised), and templates with placeholders never formatted."""
    wrong = []
    for path in paths if paths is not None else layer_files():
        where = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path.name
        tree = ast.parse(path.read_text(encoding="utf-8"))
        formatted: set[int] = set()
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format"):
                continue
            inner = node.func.value
            if not (isinstance(inner, ast.Call) and _name(inner) == "translate" and isinstance(inner.func, ast.Name)
                    and len(inner.args) == 2 and isinstance(inner.args[1], ast.Constant)):
                continue
            formatted.add(id(inner))
            if any(k.arg is None for k in node.keywords):
                continue  # **params: not checked here
            given = {k.arg for k in node.keywords}
            needed = _fields(inner.args[1].value)
            if given != needed or node.args:
                wrong.append(f"{where}:{node.lineno}: {sorted(needed)} formatted with {sorted(given)}")
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and _name(node) == "translate" and isinstance(node.func, ast.Name)
                    and id(node) not in formatted and len(node.args) == 2 and isinstance(node.args[1], ast.Constant)
                    and _fields(node.args[1].value) and path.name != "texts.py"):
                # a template passed on and formatted later (a conditional expression, a variable) is fine when
                # the caller formats it; list it so that a forgotten .format() is seen
                parent_ok = False
                for other in ast.walk(tree):
                    if (isinstance(other, ast.Call) and isinstance(other.func, ast.Attribute)
                            and other.func.attr == "format" and any(n is node for n in ast.walk(other.func.value))):
                        parent_ok = True
                        break
                if not parent_ok:
                    wrong.append(f"{where}:{node.lineno}: {node.args[1].value!r} is never formatted")
    return wrong
