"""Procedures, grid, members and the audit trail on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from panel_app.domain.errors import Refused, StaleEdit, UserFacingError
from panel_app.services.edits import CriterionEdit, RulesEdit, SettingsEdit


def _events(services, ref, action=None):
    return services.procedures.audit_trail(ref, action)


def test_create_list_and_grid_contract(services, template_path):
    info = services.procedures.create_from_template(template_path).result
    assert [p.reference for p in services.procedures.list()] == ["DIGIT/COM/2026/1039"]
    assert services.procedures.resolve(None) == info.reference
    g = services.grid.grid(info.reference)
    assert g.deadline == "2026-06-12T12:00:00+02:00"
    s2 = next(c for c in g.criteria if c.code == "S2-DEVOPS")
    assert (s2.group, s2.stage, s2.kind, s2.weight, s2.minimum) == (
        "selection", "preselection", "scored", 3.0, 2.0)
    assert s2.scale.min == 0 and s2.scale.max == 4 and s2.scale.anchors["4"].startswith("More than 8")
    nat = next(c for c in g.criteria if c.code == "E-NATIONALITY")
    assert nat.kind == "pass_fail" and nat.stage == "eligibility" and nat.scale is None
    with pytest.raises(UserFacingError, match="already exists"):
        services.procedures.create_from_template(template_path)


def test_grid_edit_is_audited_and_stale_edit_refused(services, procedure):
    chair = services.members.sign_in(procedure, "Chair Anna", "chair-pass")
    crit = next(c for c in services.grid.grid(procedure).criteria if c.code == "S3-CICD")
    services.grid.update_criterion(procedure, "S3-CICD", CriterionEdit(weight=3), crit.version, chair)
    events = _events(services, procedure, "grid.edit")
    assert events[0].before == {"weight": 2.0} and events[0].after == {"weight": 3} and events[0].actor == "Chair Anna"
    with pytest.raises(StaleEdit, match="changed by Chair Anna at"):
        services.grid.update_criterion(procedure, "S3-CICD", CriterionEdit(weight=1), crit.version, chair)
    assert next(c for c in services.grid.grid(procedure).criteria if c.code == "S3-CICD").weight == 3


def test_seal_then_amendment_needs_reason_and_is_listed(services, procedure):
    chair = services.members.sign_in(procedure, "Chair Anna", "chair-pass")
    bob = services.members.sign_in(procedure, "Member Bob", "bob-pass")
    with pytest.raises(Refused):
        services.grid.seal(procedure, bob)
    g = services.grid.seal(procedure, chair).result
    assert g.sealed and len(g.grid_hash) == 64
    crit = next(c for c in g.criteria if c.code == "S5-IAC")
    with pytest.raises(Refused, match="needs a reason"):
        services.grid.update_criterion(procedure, "S5-IAC", CriterionEdit(weight=1), crit.version, chair)
    services.grid.update_criterion(procedure, "S5-IAC", CriterionEdit(weight=1), crit.version, chair,
                                   reason="Typo in the weight agreed at the kick-off meeting")
    g = services.grid.grid(procedure)
    assert g.amendments[0].criterion == "S5-IAC"
    assert g.amendments[0].reason.startswith("Typo")
    assert g.grid_hash != services.grid.current_hash(procedure)  # the seal keeps the sealed hash
    assert _events(services, procedure, "grid.amend")


def test_rules_validation(services, procedure):
    chair = services.members.sign_in(procedure, "Chair Anna", "chair-pass")
    v = services.grid.grid(procedure).version
    with pytest.raises(UserFacingError, match="not in the grid"):
        services.grid.update_rules(procedure, RulesEdit(tie_break=["ZZ"]), v, chair)
    g = services.grid.update_rules(procedure, RulesEdit(best_n=10, pass_mark=65.0), v, chair).result
    assert (g.best_n, g.pass_mark) == (10, 65.0)


def test_members_roles_and_sign_in(services, procedure):
    members = {m.name: m for m in services.members.list(procedure)}
    assert members["Chair Anna"].voting and members["Member Bob"].voting
    assert not members["Secretary Sam"].voting and not members["Observer Olga"].voting
    with pytest.raises(Refused, match="Wrong password"):
        services.members.sign_in(procedure, "Member Bob", "nope")
    bob = services.members.sign_in(procedure, "Member Bob", "bob-pass")
    with pytest.raises(Refused):
        services.members.add(procedure, "Eve", "member", bob)
    from panel_app.services.actors import SETUP

    with pytest.raises(Refused, match="Sign in"):
        services.grid.update_rules(procedure, RulesEdit(best_n=3), 1, SETUP)
    chair = services.members.sign_in(procedure, "Chair Anna", "chair-pass")
    services.members.add(procedure, "Member Zoe", "member", chair, replaces="Member Eva", password="zoe-pass-1")
    members = {m.name: m for m in services.members.list(procedure)}
    assert members["Member Zoe"].replaces == "Member Eva" and not members["Member Eva"].active
    with pytest.raises(Refused, match="replaced"):
        services.members.sign_in(procedure, "Member Eva", "eva-pass")
    assert _events(services, procedure, "member.add")


def test_settings_edit_stores_utc_and_audits(services, procedure):
    from datetime import datetime
    from zoneinfo import ZoneInfo

    chair = services.members.sign_in(procedure, "Chair Anna", "chair-pass")
    st = services.procedures.settings(procedure)
    new = datetime(2026, 6, 15, 12, 0, tzinfo=ZoneInfo("Europe/Brussels"))
    out = services.procedures.update_settings(procedure, SettingsEdit(deadline_utc=new, underrepresented=["GR", "PL"]),
                                              st.version, chair).result
    assert out.deadline == "2026-06-15T12:00:00+02:00"
    assert out.underrepresented == ["EL", "PL"]
    with pytest.raises(StaleEdit):
        services.procedures.update_settings(procedure, SettingsEdit(grade="AD7"), st.version, chair)
    assert _events(services, procedure, "procedure.settings")[0].after["underrepresented"] == ["EL", "PL"]
