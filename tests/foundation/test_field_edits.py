"""The edits the ui and the CLI hand to the services (services/edits.py): UNCHANGED is not None, the changed pairs
come in the fields' order or in the CLI's, a field that is not one is refused with the service's old words."""

from __future__ import annotations

import dataclasses

import pytest

from panel_app.domain.errors import UserFacingError
from panel_app.services.edits import UNCHANGED, CandidateEdit, CriterionEdit, RulesEdit, SettingsEdit
from panel_app.services.procedures import EDITABLE


def test_an_unset_field_is_unchanged_and_none_clears():
    assert CriterionEdit().changes() == []
    assert CriterionEdit(minimum=None).changes() == [("minimum", None)]
    assert CriterionEdit(weight=3).weight == 3 and CriterionEdit(weight=3).minimum is UNCHANGED
    assert SettingsEdit(scoring_deadline_utc=None).changes() == [("scoring_deadline_utc", None)]


def test_the_pairs_come_in_the_fields_order_unless_the_cli_gave_one():
    assert CandidateEdit(first_name="Ewa", surname="Nowak").changes() == [("surname", "Nowak"), ("first_name", "Ewa")]
    assert RulesEdit(best_n=10, pass_mark=65.0).changes() == [("pass_mark", 65.0), ("best_n", 10)]
    given = RulesEdit.from_assignments({"best_n": 10, "pass_mark": 65.0})
    assert given.changes() == [("best_n", 10), ("pass_mark", 65.0)]
    assert given == RulesEdit(best_n=10, pass_mark=65.0)  # the order is not part of the edit's value


def test_an_edit_is_frozen():
    with pytest.raises(dataclasses.FrozenInstanceError):
        CriterionEdit().weight = 2  # type: ignore[misc]


def test_a_field_that_is_not_one_is_refused_in_the_services_words():
    with pytest.raises(UserFacingError, match=r"^'wieght' cannot be edited on a criterion\.$"):
        CriterionEdit.from_assignments({"weight": 3, "wieght": 3})
    with pytest.raises(UserFacingError, match=r"^'best' is not a rule of the grid\.$"):
        RulesEdit.from_assignments({"best": 3})
    assert "assigned" not in CriterionEdit.names()
    with pytest.raises(UserFacingError):
        CriterionEdit.from_assignments({"assigned": ["weight"]})


def test_the_editable_settings_are_the_fields_of_a_settings_edit():
    assert set(EDITABLE) == set(SettingsEdit.names()) == {"title", "directorate_general", "unit", "place", "staff_category", "grade", "mailbox",
                        "confidentiality", "underrepresented", "timezone", "deadline_utc", "reference",
                        "scoring_deadline_utc", "report_language"}


def test_the_cli_refuses_a_field_that_is_not_one_as_before(capsys, tmp_path, template_path):
    from panel_app.cli import main

    url = f"sqlite:///{tmp_path / 'cli.sqlite'}"
    assert main(["--db", url, "procedure", "create", "--template", str(template_path)]) == 0
    capsys.readouterr()
    assert main(["--db", url, "--as", "Anna", "grid", "set", "S3-CICD", "weight=3", "wieght=3"]) == 2
    assert capsys.readouterr().err == "panel-app: 'wieght' cannot be edited on a criterion.\n"
    assert main(["--db", url, "--as", "Anna", "grid", "rules", "best=3"]) == 2
    assert capsys.readouterr().err == "panel-app: 'best' is not a rule of the grid.\n"
