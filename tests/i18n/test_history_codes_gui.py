"""In the French interface, the History page's Change column shows the codes the services store in the audit
payloads (a role, an eligibility value, an assessment's state, a conflict's type...) as French words, and the
field names outside the first list too; the events the first list missed say what they did in French (issue 20
part 4). The service's rows, the CLI's `audit log`, keep the stored codes."""

from __future__ import annotations

import pytest

from tests.audit.test_history_page import _rows, _setup


@pytest.fixture
def db(sqlite_db):
    return sqlite_db


def _decide(sv, ref, w):
    """A check decided not met, then every check of the other candidate met: the second enters the scoring
    queues (a "scoring.enter" event); a conflict of interest declared by the chair."""
    sam = sv.members.sign_in(ref, "Secretary Sam", "sam-pass")
    view = sv.eligibility.overview(ref)
    first, second = view.rows[:2]
    codes = [(c.code, "declared" if c.declared else "met") for c in view.criteria]
    sv.eligibility.decide(ref, first.id, codes[0][0], "not_met", "No diploma", sam)
    for code, value in codes:
        sv.eligibility.decide(ref, second.id, code, value, "Seen", sam)
    sv.scoring.declare_conflict(ref, w.state.actor, first.candidate.email, "My cousin", "family")

def test_history_codes_and_fields_in_french(qtbot, chair_window, tmp_path, french):
    w = chair_window
    sv, ref = _setup(w, tmp_path)
    _decide(sv, ref, w)
    w.go_to("History")
    page = w.page("History")
    qtbot.waitUntil(lambda: page.table.row_count() > 0, timeout=10000)
    rows = _rows(page.table)
    changes = [r[6] for r in rows if r[6]]
    bob = next(c for c in changes if "'Member Bob'" in c)
    assert bob.startswith("nom 'Member Bob' ; rôle 'membre' ; membre votant oui ; ")
    assert "valeur aucun → 'non satisfait' ; motif aucun → 'No diploma' ; proposé 'satisfait' → aucun" in changes
    assert "valeur aucun → 'déclaré' ; motif aucun → 'Seen' ; proposé 'déclaré' → aucun" in changes
    entered = next(r for r in rows if r[2] == "est entré(e) dans les files de notation")
    assert entered[6] == "dans la file non → oui ; décidé aucun → 'admissible' ; motif 'déclaré admissible'"
    assert next(r for r in rows if r[2] == "a déclaré un conflit d'intérêts")[6] == "type 'familial'"
    shown = " ".join(changes) + " ".join(r[2] for r in rows)
    for english in ("'member'", "'not_met'", "'met'", "'eligible'", "'family'", "in queue", "scoring.enter"):
        assert english not in shown

    english = {e.action: e.change for e in sv.audit.log(ref, w.state.actor)}  # the CLI: the codes as stored
    assert english["scoring.enter"] == "in queue no → yes; decided none → 'eligible'; reason 'decided eligible'"
    assert english["declaration.conflict"].endswith("type 'family'")
