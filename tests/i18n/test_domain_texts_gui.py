"""In the French interface, what services/ and domain/ write reaches the user in French: a refusal in the error
dialog (message and hint), and the ranking reasons, the cut rule and the robustness findings on the Shortlist
page (issue 20 part 4)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.panel.conftest import everyone, panel  # noqa: F401
from tests.scoring_service.conftest import scoring  # noqa: F401


@pytest.fixture
def db(sqlite_db):  # the GUI tests run on SQLite only (the services are tested on both backends)
    return sqlite_db


def test_a_service_refusal_shows_in_french_in_the_dialog(qtbot, chair_window, french, monkeypatch):
    shown = {}

    def fake_exec(box):
        shown.update(name=box.objectName(), text=box.text(), hint=box.informativeText())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    w = chair_window
    w.go_to("Grid")
    page = w.page("Grid")
    qtbot.waitUntil(lambda: page.grid is not None)
    page.rules.tie.clear()
    page.rules.tie.addItems(["NOT-A-CODE"])
    qtbot.mouseClick(page.rules.apply, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "text" in shown)
    assert shown["name"] == "userErrorBox"
    assert shown["text"] == "Critères de départage absents de la grille : NOT-A-CODE."  # the parameter kept as is


def test_a_refusal_with_a_hint_and_a_role_word_shows_in_french(qtbot, chair_window, french, monkeypatch):
    from panel_app.domain.errors import Refused
    from panel_app.ui.errors import show_error

    shown = {}
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.update(text=box.text(), hint=box.informativeText()))
    sv, ref = chair_window.state.services, chair_window.state.reference
    sv.members.add(ref, "Member Bob", "member", chair_window.state.actor, password="bob-pass-1")
    bob = sv.members.sign_in(ref, "Member Bob", "bob-pass-1")
    with pytest.raises(Refused) as refused:
        sv.grid.seal(ref, bob)
    assert "may not seal the grid" in str(refused.value)  # the CLI and the log keep the English
    show_error(chair_window, refused.value)
    assert shown["text"].startswith("Member Bob (membre) n'est pas autorisé(e) à sceller la grille")


def test_the_shortlist_reasons_and_rule_show_in_french(qtbot, panel, french):  # noqa: F811
    from panel_app.ui.app import build_window

    sv, ref, emails, actor = panel
    everyone(sv, ref, emails[0], 3)
    everyone(sv, ref, emails[1], 4)
    everyone(sv, ref, emails[2], 2)  # 50 %: below the pass mark of 60 %
    everyone(sv, ref, emails[3], 3)
    w = build_window(sv, ref)
    qtbot.addWidget(w)
    w.show()
    w.state.set_actor(actor("Chair Anna"))
    w.go_to("Shortlist")
    page = w.page("Shortlist")
    qtbot.waitUntil(lambda: page.data is not None, timeout=10_000)
    assert "seuil de réussite 60 %" in page.rule.text()
    model = page.ranked_model
    reason = [c.key for c in model.columns].index("display_reason")
    reasons = {model.rows[r].candidate: model.data(model.index(r, reason)) for r in range(model.rowCount())}
    assert reasons[emails[1]] == reasons[emails[0]] == reasons[emails[3]] == "invité"
    assert reasons[emails[2]] == "en dessous du seuil de réussite (50 < 60)"
    english = sv.panel.shortlist(ref, actor("Chair Anna"))
    assert {r.reason for r in english.others} == {"below the pass mark (50 < 60)"}  # the service: English


def test_the_eligibility_reasons_show_in_french(qtbot, services, procedure, tmp_path, french):
    """The suggestion's reason is computed at import and kept in the application's snapshot: it comes back as
    its template, so the French interface shows it in French, and the service still says it in English."""
    from panel_app.ui.app import build_window
    from panel_app.ui.pages.eligibility_model import FIXED
    from tests.eligibility_service.fixtures import CASES, email_of, write_cases

    secretary = services.members.sign_in(procedure, "Secretary Sam", "sam-pass")
    services.intake.import_paths(procedure, [write_cases(tmp_path / "mail")], secretary, workers=1)
    non_eu = services.eligibility.application_of(procedure, email_of("non_eu"))
    late = services.eligibility.application_of(procedure, email_of("late"))
    row = next(r for r in services.eligibility.matrix(procedure) if r.id == non_eu)
    suggested = next(c for c in row.checks if c.criterion == "E-NATIONALITY").reason
    assert suggested == "NO: not a Member State of the EU"  # the service and the CLI: English
    # the secretary confirms the suggestion with its reason: the decision keeps the reason's words (issue 20)
    services.eligibility.decide(procedure, non_eu, "E-NATIONALITY", "not_met", suggested, secretary)
    w = build_window(services, procedure)
    qtbot.addWidget(w)
    w.show()
    w.state.set_actor(secretary)
    w.go_to("Eligibility")
    page = w.page("Eligibility")
    qtbot.waitUntil(lambda: page.model.rowCount() == len(CASES))

    def tip(app_id: int, code: str) -> str:
        col = len(FIXED) + [c.code for c in page.model.criteria].index(code)
        return page.model.data(page.model.find(app_id, col), Qt.ItemDataRole.ToolTipRole)

    assert tip(non_eu, "E-NATIONALITY").endswith("NO : pas un État membre de l'UE")
    assert "Secretary Sam" in tip(non_eu, "E-NATIONALITY")  # the decided cell
    assert "reçue après la date limite" in tip(late, "E-DEADLINE")
