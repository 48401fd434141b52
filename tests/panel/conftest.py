"""The panel stage on top of the scoring fixture: helpers that mark and submit through ScoringService."""

from __future__ import annotations

import pytest

from tests.scoring_service.conftest import PASSWORDS, scoring, who  # noqa: F401

CODES = ["S1-DEGREE", "S2-DEVOPS", "S3-CICD", "S4-CONTAINERS", "S5-IAC", "S6-CLOUD", "S7-SECURITY",
         "S8-DELIVERY", "S9-COORDINATION", "S10-TRANSITION", "A1-TOOLS", "A2-CLOUDS", "A3-NUTANIX",
         "A4-ITIL-PM2", "A5-LANGUAGES"]
WEIGHTS = {"S1-DEGREE": 1, "S2-DEVOPS": 3, "S3-CICD": 2, "S4-CONTAINERS": 2, "S5-IAC": 2, "S6-CLOUD": 2,
           "S7-SECURITY": 2, "S8-DELIVERY": 2, "S9-COORDINATION": 1, "S10-TRANSITION": 1, "A1-TOOLS": 1,
           "A2-CLOUDS": 1, "A3-NUTANIX": 1, "A4-ITIL-PM2": 1, "A5-LANGUAGES": 1}
INTERVIEW = ["I1-ANALYSIS", "I2-ARCHITECTURE", "I3-CONSENSUS", "I4-TEAMWORK", "I5-ORGANISATION",
             "I6-PRESSURE", "I7-COMMUNICATION"]
MEMBERS = ("Chair Anna", "Member Bob", "Member Eva")


def give(sv, ref, name, email, default, overrides=None, *, stage="preselection", submit=True):
    """`name` marks every criterion of the stage (`default`, or the override; "NA" = N/A) and submits."""
    actor = who(sv, ref, name)
    codes = CODES if stage == "preselection" else INTERVIEW
    for code in codes:
        v = (overrides or {}).get(code, default)
        sv.scoring.set_mark(ref, actor, email, code, None if v == "NA" else v, na=v == "NA", stage=stage)
    if submit:
        sv.scoring.submit(ref, actor, email, stage=stage)


def everyone(sv, ref, email, default, overrides=None, **kw):
    for name in MEMBERS:
        give(sv, ref, name, email, default, (overrides or {}).get(name), **kw)


def hand_total(finals: dict[str, float | None], weights=WEIGHTS) -> float:
    num = sum(weights[c] * v for c, v in finals.items() if v is not None)
    den = sum(weights[c] * 4 for c, v in finals.items() if v is not None)
    return num / den * 100


@pytest.fixture
def panel(scoring):  # noqa: F811
    """(services, ref, emails, actor) with no marks yet; `actor(name)` signs a member in."""
    sv, ref, emails = scoring
    return sv, ref, emails, lambda name: who(sv, ref, name)
