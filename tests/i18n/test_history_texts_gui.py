"""In the French interface, the History page says what each event did, and the verdict of the audit chain's
verification, in French (issue 20 part 4); the service's rows keep the English (the CLI's `audit log`)."""

from __future__ import annotations

import pytest

from tests.audit.test_history_page import _rows, _setup


@pytest.fixture
def db(sqlite_db):
    return sqlite_db


def test_history_actions_and_verdict_in_french(qtbot, chair_window, tmp_path, french):
    w = chair_window
    _setup(w, tmp_path)
    w.go_to("History")
    page = w.page("History")
    qtbot.waitUntil(lambda: "Chaîne d'audit vérifiée : " in page.verdict.text(), timeout=10000)
    assert "événements, empreinte du dernier événement " in page.verdict.text()
    qtbot.waitUntil(lambda: page.table.row_count() > 0, timeout=10000)
    what = {r[2] for r in _rows(page.table)}
    assert {"a scellé la grille", "a ajouté un membre du comité", "a importé une candidature"} <= what
    assert not what & {"sealed the grid", "added a panel member", "imported an application"}


def test_history_changes_name_their_fields_in_french(qtbot, chair_window, tmp_path, french):
    w = chair_window
    sv, ref = _setup(w, tmp_path)
    w.go_to("History")
    page = w.page("History")
    qtbot.waitUntil(lambda: page.table.row_count() > 0, timeout=10000)
    changes = [r[6] for r in _rows(page.table) if r[6]]
    bob = next(c for c in changes if "'Member Bob'" in c)  # the values are data; the field names and yes/no words
    assert bob.startswith("nom 'Member Bob' ; rôle 'membre' ; membre votant oui ; active oui ; remplace aucun ; ")
    assert "mot de passe défini oui" in bob and "changement de mot de passe requis non" in bob
    assert any(c.startswith("source '0.eml' ; signalements [] ; statut ") for c in changes)
    assert not any("voting" in c or "; " in c.replace(" ; ", "") for c in changes)
    english = [e.change for e in sv.audit.log(ref, w.state.actor) if "'Member Bob'" in e.change]  # the CLI's
    assert english and english[0].startswith("name 'Member Bob'; role 'member'; voting yes; active yes; ")
