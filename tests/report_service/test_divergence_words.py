"""The divergence threshold is a setting of the procedure: the candidate sheets, the minutes' method and their
compliance statement say the threshold in force, never a hard-coded "two or more points" (issue 17 / 19)."""

from __future__ import annotations

from panel_app.domain.scoring.divergence import apart_words, flagged_sentence, is_divergent, marks_divergent
from panel_app.services.edits import RulesEdit

from .conftest import flat, pdf_text, who


def test_the_rule_at_its_threshold():
    assert is_divergent(2, 2.0, 2.0) and is_divergent(3, 1.5, 1.5)
    assert not is_divergent(2, 1.99, 2.0) and not is_divergent(1, 4.0, 2.0) and not is_divergent(0, None, 2.0)
    assert marks_divergent([1, 2, 3], 2) and not marks_divergent([3, 2], 2) and not marks_divergent([], 2)
    assert apart_words(None) == "2 or more points apart" and apart_words(1.5) == "1.5 or more points apart"
    assert flagged_sentence([], 1) == ""


def test_sheets_and_minutes_name_the_procedures_threshold(world):
    services, ref = world
    chair = who(services, ref, "Chair Anna")
    default = flat(pdf_text(services.reports.render(ref, chair, "sheets")))
    assert "points apart on" not in default  # members differ by one point at most: nothing flagged at 2
    version = services.grid.grid(ref).version
    services.grid.update_rules(ref, RulesEdit(divergence_points=1), version, chair,
                               reason="The panel discusses every one-point difference")
    sheets = flat(pdf_text(services.reports.render(ref, chair, "sheets")))
    assert "Members were 1 or more points apart on" in sheets
    assert "two or more" not in sheets and "2 or more points apart" not in sheets
    minutes = flat(pdf_text(services.reports.render(ref, chair, "panel")))
    assert "Criteria where members are 1 or more points apart are flagged for discussion" in minutes
    assert "(1 or more points apart) were flagged for discussion" in minutes
