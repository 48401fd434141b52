"""Every control of every page has an accessible name, and every button a tooltip (issue 18 item 11)."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QComboBox, QWidget

from panel_app.ui.accessibility import CONTROLS


def inside_a_combo(widget) -> bool:  # a combo box's own popup list belongs to the combo
    p = widget.parentWidget()
    while p is not None:
        if isinstance(p, QComboBox):
            return True
        p = p.parentWidget()
    return type(widget.parentWidget()).__name__ == "QComboBoxPrivateContainer"


def test_every_control_is_named_and_every_button_explained(chair_window):
    w = chair_window
    pages = w.pages  # builds every page
    missing = []
    for root in (w, *pages):
        for c in root.findChildren(QWidget):
            if not isinstance(c, CONTROLS) or c.objectName().startswith("qt_") or inside_a_combo(c):
                continue
            if not c.accessibleName():
                missing.append(f"{type(c).__name__} {c.objectName()!r}: no accessible name")
            if isinstance(c, QAbstractButton) and not c.toolTip() and c.parent() is not None \
                    and not c.objectName().startswith("qt_"):
                missing.append(f"button {c.text()!r}: no tooltip")
    assert not missing, "\n".join(missing[:30])


def test_f1_opens_the_guide_of_the_signed_in_role(qtbot, chair_window):
    from PySide6.QtCore import Qt

    qtbot.keyClick(chair_window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: getattr(chair_window, "help_dialog", None) is not None
                    and chair_window.help_dialog.isVisible())
    tabs = chair_window.help_dialog.tabs
    assert tabs.tabText(tabs.currentIndex()) == "Chair"
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["Secretary", "Member", "Chair", "Observer", "Keyboard"]


def test_the_window_fits_the_screen(chair_window):
    room = chair_window.screen().availableGeometry()
    chair_window.resize(room.width() + 700, room.height() + 400)
    chair_window.fit_to_screen()
    least = chair_window.minimumSizeHint()
    assert least.width() <= 1024 and least.height() <= 700  # a 1024 x 700 screen holds every page
    assert chair_window.width() <= max(room.width(), least.width())
    assert chair_window.height() <= max(room.height(), least.height())
    assert chair_window.width() < room.width() + 700
