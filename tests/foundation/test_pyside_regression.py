"""PySide6 6.12.0 on Python 3.11 aborts (none_dealloc) after a few thousand Signal.emit()/data() calls.
This runs both 20,000 times in a child process so an abort shows as a failure, not a dead test run."""

from __future__ import annotations

import subprocess
import sys

CHILD = r"""
from PySide6.QtCore import QObject, Signal, Qt
from PySide6.QtWidgets import QApplication
from panel_app.ui.table_model import Column, DictTableModel
app = QApplication([])
class E(QObject):
    s = Signal(object)
e = E(); got = []
e.s.connect(got.append)
m = DictTableModel([Column("a", "A")])
m.set_rows([{"a": i} for i in range(100)])
for i in range(20000):
    e.s.emit(None)
    m.data(m.index(i % 100, 0), Qt.ItemDataRole.DecorationRole)  # unhandled role -> None
    m.data(m.index(i % 100, 0))
print(len(got))
"""


def test_20000_emits_and_data_calls_do_not_abort():
    out = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True, timeout=120,
                         env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip() == "20000"
