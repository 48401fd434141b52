"""Visible texts written straight into a Qt call, without tr()/translate(): what a French or German user
would see in English. Read from the source (ast), so a new page's strings are caught before anyone looks."""

from __future__ import annotations

import ast
import re
from pathlib import Path

CTORS = {"QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QToolButton", "QMenu",
         "QToolBar", "QCommandLinkButton"}
FIRST_ARG = {"setText", "setToolTip", "setWindowTitle", "setPlaceholderText", "setTitle", "addMenu", "setStatusTip",
             "setWhatsThis", "setAccessibleName", "setAccessibleDescription", "showMessage", "addRow",
             "setLabelText", "setInformativeText", "setHeaderLabels", "setHorizontalHeaderLabels"}
SECOND_ARG = {"addTab", "setTabText", "setItemText"}
DIALOGS = {"information", "warning", "question", "critical", "about", "getText", "getItem", "getInt",
           "getMultiLineText", "getDouble"}  # (parent, title, text, ...)
FILE_DIALOGS = {"getOpenFileName", "getOpenFileNames", "getSaveFileName", "getExistingDirectory"}  # (parent, caption,
# directory, filter)
KEYWORDS = {"placeholderText", "toolTip", "text", "windowTitle", "title", "statusTip", "accessibleName"}


NOT_WORDS = {"panel_app"}  # the product's name is the same in every language


def _words(text: str) -> bool:
    """Text a reader reads: letters outside HTML tags, other than the product's name."""
    text = re.sub(r"<[^>]*>", " ", text)
    return any(re.search(r"[A-Za-z]{2}", w) for w in text.split()
               if w not in NOT_WORDS and "://" not in w and "@" not in w)  # an address is not translated


def _bare(node: ast.AST) -> list[ast.AST]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node] if _words(node.value) else []
    if isinstance(node, ast.JoinedStr):
        parts = "".join(v.value if isinstance(v, ast.Constant) else " " for v in node.values)
        return [node] if _words(parts) else []
    if isinstance(node, ast.IfExp):
        return _bare(node.body) + _bare(node.orelse)
    if isinstance(node, ast.BinOp):
        return _bare(node.left) + _bare(node.right)
    if isinstance(node, (ast.List, ast.Tuple)):
        return [b for e in node.elts for b in _bare(e)]
    return []


def bare_texts(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.JoinedStr):  # lupdate reads no call inside an f-string: its text is never extracted
            for inner in ast.walk(node):
                if not isinstance(inner, ast.Call) or not inner.args:
                    continue
                f = inner.func
                name = f.attr if isinstance(f, ast.Attribute) else f.id if isinstance(f, ast.Name) else ""
                first = inner.args[0]
                qt_own = isinstance(first, ast.Constant) and re.match(r"Q[A-Z]", str(first.value))  # Qt's catalogue
                if name in ("tr", "translate") and not qt_own:
                    found.append(f"{path.name}:{inner.lineno}: tr() inside an f-string (lupdate cannot see it): "
                                 f"{ast.unparse(inner)[:60]}")
        if not isinstance(node, ast.Call):
            continue
        f = node.func
        name = f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else ""
        owner = f.value.id if isinstance(f, ast.Attribute) and isinstance(f.value, ast.Name) else ""
        args: list[ast.AST] = []
        if name in CTORS or name in FIRST_ARG:
            args = node.args[:1]
        elif name in SECOND_ARG:
            args = node.args[1:2]
        elif name in DIALOGS and owner in ("QMessageBox", "QInputDialog"):
            args = node.args[1:3]
        elif name in FILE_DIALOGS and owner == "QFileDialog":
            args = node.args[1:2] + node.args[3:4]
        args += [k.value for k in node.keywords if k.arg in KEYWORDS]
        for a in args:
            for b in _bare(a):
                found.append(f"{path.name}:{b.lineno}: {ast.unparse(b)[:80]}")
    return found
