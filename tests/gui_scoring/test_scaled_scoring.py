"""The window at 150 % display scaling (a 1920×1080 laptop: 1280×720 logical pixels), in English, French and
German: the Scoring grid's criterion column is never narrower than its header text or a criterion's code, whether
the window fills the screen or is as small as it goes, and no page needs a window wider than the screen. Qt reads the scale factor at start, so the window runs in a process
of its own (tests/gui_scoring/scaled_scoring.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from panel_app.services import Services

from .conftest import make_procedure

ROOT = Path(__file__).resolve().parents[2]
SCREEN = {"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96,
                       "logicalBaseDpi": 96, "dpr": 1}]}


@pytest.mark.parametrize("lang", ["en", "fr", "de"])
def test_the_criterion_column_is_readable_at_150_percent(sqlite_db, template_path, tmp_path, lang):
    sv = Services.for_db(sqlite_db)
    make_procedure(sv, template_path, tmp_path, n=2)
    sqlite_db.dispose()
    screen = tmp_path / "screen.json"
    screen.write_text(json.dumps(SCREEN))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={screen}", "QT_SCALE_FACTOR": "1.5",
           "PYTHONPATH": str(ROOT)}
    r = subprocess.run([sys.executable, "-m", "tests.gui_scoring.scaled_scoring", sqlite_db.url, lang], env=env,
                       cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr[-2000:]
    full, smallest, pages = json.loads(r.stdout.strip().splitlines()[-1])
    assert full["screen"] == [1280, 720] and full["ratio"] == 1.5 and full["window"] == [1280, 720]
    assert smallest["window"][0] < 1280  # the window did shrink
    for shown in (full, smallest):
        assert shown["column"] >= shown["header_needs"] + 8, shown  # "Criterion" / "Kriterium" not elided
        assert shown["column"] >= shown["code_needs"] + 8, shown  # "S10-TRANSITION" not elided
    # no page makes the window wider than the screen (long one-line labels wrap, filters take a short width)
    assert "Eligibility" in pages["pages"] and pages["window_needs"] <= 1280, pages


def test_each_grid_header_says_what_it_is(qapp):
    """A shortened or cut header ("W", "p.", "Criter…") gives its meaning in a tooltip, on its own column."""
    from PySide6.QtCore import Qt

    from panel_app.ui.scoring.grid_model import GridModel

    model = GridModel()
    tips = [model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) for c in range(6)]
    assert tips == ["Criterion", "Weight", "0–4 or N (N/A)", "Pages where the criterion's keywords occur", "Comment",
                    "Evidence page"]
