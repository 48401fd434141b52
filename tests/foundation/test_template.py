"""The procedure template from the notice, and clear messages for a bad template."""

from __future__ import annotations

import pytest

from panel_app.domain.template import TemplateError, load_template, parse_template


def test_template_has_every_item_of_the_notice(template_path):
    spec = load_template(template_path)
    by_group: dict[str, list[str]] = {}
    for c in spec.criteria:
        by_group.setdefault(c.group, []).append(c.code)
    assert spec.reference == "DIGIT/COM/2026/1039"
    assert spec.deadline_utc.isoformat() == "2026-06-12T10:00:00+00:00"
    assert {"E-DEADLINE", "E-FORMAT", "E-NATIONALITY", "E-DIPLOMA", "E-LANG-MAIN", "E-LANG-SECOND",
            "E-CIVIC", "E-MILITARY", "E-FITNESS", "E-REFERENCES"} == set(by_group["eligibility"])
    # the four design-and-implementation items stay distinguishable
    assert {"S3-CICD", "S4-CONTAINERS", "S5-IAC", "S6-CLOUD"} <= set(by_group["selection"])
    assert len(by_group["selection"]) == 10
    assert set(by_group["asset"]) == {"A1-TOOLS", "A2-CLOUDS", "A3-NUTANIX", "A4-ITIL-PM2", "A5-LANGUAGES"}
    assert set(by_group["requirement"]) == {"R1-CLEARANCE", "R2-ENGLISH"}
    assert len(by_group["interview"]) == 7
    assert all(1 <= c.weight <= 3 for c in spec.criteria if c.kind == "scored")
    assert spec.rules.best_n and 6 <= spec.rules.best_n <= 12
    assert "EL" not in spec.underrepresented and "PL" in spec.underrepresented
    assert set(spec.anchors) == {"0", "1", "2", "3", "4"}


GOOD_HEAD = """
[procedure]
reference = "X/1"
title = "T"
deadline = "2026-06-12T12:00:00"
timezone = "Europe/Brussels"
"""


@pytest.mark.parametrize("text, expected", [
    ("[procedure\nreference=1", "not valid TOML"),
    ("[procedure]\ntitle='T'\ndeadline='2026-06-12T12:00:00'\ntimezone='Europe/Brussels'", "procedure.reference"),
    (GOOD_HEAD.replace("Europe/Brussels", "Mars/Olympus"), "procedure.timezone"),
    (GOOD_HEAD.replace("2026-06-12T12:00:00", "12.06.2026"), "procedure.deadline"),
    (GOOD_HEAD + "\n[[criterion]]\ncode='A'\ngroup='selection'\ntitle='t'\n\n[[criterion]]\ncode='B'\n"
     "group='selection'\ntitle='t'\nweight='heavy'\n", "criterion[2].weight' (line 17)"),
    (GOOD_HEAD + "\n[[criterion]]\ncode='A'\ngroup='bogus'\ntitle='t'\n", "criterion[1].group"),
    (GOOD_HEAD + "\n[rules]\ntie_break=['NOPE']\n[[criterion]]\ncode='A'\ngroup='selection'\ntitle='t'\n",
     "rules.tie_break"),
    (GOOD_HEAD, "no [[criterion]]"),
    (GOOD_HEAD + "\n[rules]\npass_mark=160\n[[criterion]]\ncode='A'\ngroup='selection'\ntitle='t'\n",
     "rules.pass_mark' (line 9)"),
    (GOOD_HEAD + "\n[rules]\ninterview_pass_mark=-1\n[[criterion]]\ncode='A'\ngroup='selection'\ntitle='t'\n",
     "rules.interview_pass_mark' (line 9)"),  # the one pass-mark rule (domain/grid.is_pass_mark) for both
])
def test_bad_template_names_the_key_and_line(text, expected):
    with pytest.raises(TemplateError) as info:
        parse_template(text, source="bad.toml")
    assert expected in str(info.value)
    assert str(info.value).startswith("bad.toml")


def test_missing_template_file_is_a_plain_message(tmp_path):
    with pytest.raises(TemplateError, match="does not exist"):
        load_template(tmp_path / "nope.toml")
