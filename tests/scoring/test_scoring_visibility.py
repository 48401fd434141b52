from __future__ import annotations

import pytest

from panel_app.domain.scoring import can_see_counts, can_see_marks


@pytest.mark.parametrize(
    "role, submitted, conflicted, all_submitted, expected",
    [
        ("member", False, False, False, False),
        ("member", True, False, False, True),
        ("member", True, True, True, False),  # conflicted: never
        ("member", False, False, True, False),  # others done, own not submitted
        ("chair", False, False, False, False),  # counts only
        ("chair", True, False, False, False),
        ("chair", True, False, True, True),
        ("chair", True, True, True, False),
        ("secretary", False, False, False, False),
        ("secretary", False, False, True, True),
        ("observer", False, False, True, True),
        ("observer", False, True, True, False),
        ("stranger", True, False, True, False),
    ],
)
def test_can_see_marks(role, submitted, conflicted, all_submitted, expected):
    assert can_see_marks(role, submitted, conflicted, all_submitted) is expected


def test_can_see_counts():
    assert can_see_counts("chair", False) and can_see_counts("observer", False)
    assert not can_see_counts("member", True)
    assert not can_see_counts("stranger", False)
