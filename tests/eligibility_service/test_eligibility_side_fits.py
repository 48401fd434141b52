"""On a laptop at 150 % (1280×720 logical, about 600 pixels left for the page) the Eligibility page's side column
never squeezes its boxes below what they need (the decision buttons drawn over the check's evidence): it scrolls."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QGroupBox

from .test_eligibility_page import select, window  # noqa: F401  (a fixture)


@pytest.fixture
def db(sqlite_db):
    return sqlite_db


def test_the_side_column_scrolls_instead_of_overlapping(qtbot, window, ids):  # noqa: F811
    window.resize(1280, 620)
    page = window.page("Eligibility")
    select(page, ids["level_unknown"], "E-LANG-SECOND")
    qtbot.waitUntil(lambda: "page 3" in page.evidence.toPlainText())
    qtbot.wait(50)
    boxes = [b for b in page.findChildren(QGroupBox) if b.isVisibleTo(page) and b.title()]
    assert {"Selected check", "Warnings", "Article 29 priority", "Scoring"} <= {b.title() for b in boxes}
    squeezed = [(b.title(), b.height(), b.minimumSizeHint().height()) for b in boxes
                if b.height() < b.minimumSizeHint().height()]
    assert not squeezed
