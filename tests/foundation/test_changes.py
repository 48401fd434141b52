"""A service mutation's typed change notice (`Changed[T]`) and its broadcast by the GUI state (`state.apply`)."""

from __future__ import annotations

import dataclasses

import pytest

from panel_app.domain.changes import Change, Changed, merged


def test_a_notice_carries_the_result_and_the_kinds_it_changed():
    op = Changed.of("M1", Change.MEMBERS, Change.AUDIT)
    assert op.result == "M1" and op.changes == {Change.MEMBERS, Change.AUDIT}
    assert op.ordered() == [Change.MEMBERS, Change.AUDIT]  # the enum's order, whatever the call's
    assert Changed.of(1, Change.AUDIT, Change.MEMBERS).ordered() == [Change.MEMBERS, Change.AUDIT]
    assert Changed.none(Change.GATE) == Changed(None, frozenset({Change.GATE}))
    assert op.also(Change.GRID).changes == {Change.MEMBERS, Change.AUDIT, Change.GRID}
    assert merged([op, Changed.none(Change.GATE)]) == {Change.MEMBERS, Change.AUDIT, Change.GATE}
    with pytest.raises(dataclasses.FrozenInstanceError):
        op.result = "M2"  # type: ignore[misc]
    with pytest.raises(ValueError):
        Changed(None, frozenset({"no such kind"}))  # type: ignore[arg-type]


def test_the_state_broadcasts_exactly_the_kinds_a_mutation_changed(qapp, tmp_path):
    from panel_app.services import Services
    from panel_app.ui.state import AppState

    services = Services.open(f"sqlite:///{tmp_path / 'p.db'}")
    state = AppState(services)
    heard: list[tuple[str, Change]] = []
    state.subscribe({Change.MEMBERS}, lambda k: heard.append(("members page", k)))
    state.subscribe({Change.GRID, Change.SETTINGS}, lambda k: heard.append(("grid page", k)))
    assert state.apply(Changed.of(42, Change.AUDIT, Change.MEMBERS)) == 42
    assert heard == [("members page", Change.MEMBERS)]
    assert state.apply(Changed.none(Change.SETTINGS)) is None
    assert heard == [("members page", Change.MEMBERS), ("grid page", Change.SETTINGS)]


def test_a_page_showing_several_kinds_an_operation_changed_hears_it_once(qapp, tmp_path):
    from panel_app.services import Services
    from panel_app.ui.state import AppState

    state = AppState(Services.open(f"sqlite:///{tmp_path / 'p.db'}"))
    heard: list[tuple[str, Change]] = []
    state.subscribe({Change.APPLICATIONS, Change.ELIGIBILITY}, lambda k: heard.append(("eligibility page", k)))
    state.subscribe_all(lambda k: heard.append(("gate box", k)))
    state.apply(Changed.of(None, Change.ELIGIBILITY, Change.APPLICATIONS, Change.AUDIT))
    assert heard == [("eligibility page", Change.APPLICATIONS), ("gate box", Change.APPLICATIONS)]
    heard.clear()
    state.changed(Change.ELIGIBILITY)  # a notice the interface observed itself (the live feed)
    state.changed(Change.APPLICATIONS)
    assert heard == [("eligibility page", Change.ELIGIBILITY), ("gate box", Change.ELIGIBILITY),
                     ("eligibility page", Change.APPLICATIONS), ("gate box", Change.APPLICATIONS)]
