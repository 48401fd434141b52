"""Every control gets an accessible name (screen readers, UI automation) and every button a tooltip.

Pages set explicit ones where a word more helps; this fills in the rest from what the user reads on the control
(its text, its form label, its placeholder) or, last, from its object name ("searchBox" -> "Search box").
`label_controls` runs on each page as it is built, and on dialogs, so a new control is never left nameless.
"""

from __future__ import annotations

import re

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QTextEdit, QPlainTextEdit)


def _words(object_name: str) -> str:
    words = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", object_name.replace("_", " ")).strip()
    return words[:1].upper() + words[1:].lower() if words else ""


def _plain(text: str) -> str:
    return re.sub(r"<[^>]+>", "", text.replace("&&", "\0").replace("&", "").replace("\0", "&")).strip(" …:")


def _form_label(widget: QWidget) -> str:
    parent = widget.parentWidget()
    layout = parent.layout() if parent is not None else None
    if isinstance(layout, QFormLayout):
        label = layout.labelForField(widget)
        if isinstance(label, QLabel):
            return _plain(label.text())
    return ""


def name_of(widget: QWidget) -> str:
    if isinstance(widget, QAbstractButton) and widget.text():
        return _plain(widget.text())
    label = _form_label(widget)
    if label:
        return label
    if isinstance(widget, QLineEdit) and widget.placeholderText():
        return _plain(widget.placeholderText())
    if widget.toolTip():
        return _plain(widget.toolTip())
    return _words(widget.objectName()) or type(widget).__name__


def label_controls(root: QWidget) -> None:
    for w in [root, *root.findChildren(QWidget)]:
        if not isinstance(w, CONTROLS):
            continue
        if not w.accessibleName():
            w.setAccessibleName(name_of(w))
        if isinstance(w, QAbstractButton) and not w.toolTip():
            w.setToolTip(name_of(w))
