"""A confirmed suggestion keeps its reason's words (issue 20): the reason of a suggestion the panel takes over is
kept as its Text (domain/texts.stored) in the decision, so the matrix, the reports and the Eligibility page show it
in their language; a reason the secretary types stays as typed; the audit trail records the English as before."""

from __future__ import annotations

from panel_app.domain.paths import I18N_DIR
from panel_app.domain.texts import Text, render
from panel_app.reports.i18n import read_ts


def _get(obj, key):  # a row or a check, as a dict or as the services' dataclass
    return obj[key] if isinstance(obj, dict) else getattr(obj, key)


def _check(row, code):
    return next(c for c in _get(row, "checks") if _get(c, "criterion") == code)


def _french(text) -> str:
    fr = read_ts(I18N_DIR / "panel_app_fr.ts")
    return render(text, lambda c, s: fr.get((c, s), s))


def test_a_confirmed_suggestions_reason_is_shown_in_the_readers_language(services, procedure, ids, secretary, chair):
    e = services.eligibility
    suggested = _get(_check(e.row(procedure, ids["non_eu"]), "E-NATIONALITY"), "reason")
    assert isinstance(suggested, Text) and str(suggested) == "NO: not a Member State of the EU"
    row = e.decide(procedure, ids["non_eu"], "E-NATIONALITY", "not_met", suggested, secretary).result
    check = _check(row, "E-NATIONALITY")
    assert _get(check, "decided") == "not_met" and _get(check, "decided_by") == "Secretary Sam"
    assert str(_get(check, "reason")) == "NO: not a Member State of the EU"
    assert _french(_get(check, "reason")) == "NO : pas un État membre de l'UE"  # it stayed English once decided
    matrix = next(r for r in e.matrix(procedure) if _get(r, "id") == ids["non_eu"])
    assert _french(_get(_check(matrix, "E-NATIONALITY"), "reason")) == "NO : pas un État membre de l'UE"
    # a reason typed by a person stays as typed
    row = e.decide(procedure, ids["non_eu"], "E-NATIONALITY", "met", "  Also Belgian: passport attached ",
                   secretary).result
    typed = _get(_check(row, "E-NATIONALITY"), "reason")
    assert typed == "Also Belgian: passport attached" and not isinstance(typed, Text)
    # the audit trail records the English, as it always did, and its chain verifies
    events = [ev for ev in services.procedures.audit_trail(procedure, action="eligibility.decide")
              if ev.after["criterion"] == "E-NATIONALITY"]
    assert [ev.after["reason"] for ev in reversed(events)] == [
        "NO: not a Member State of the EU", "Also Belgian: passport attached"]
    assert events[0].before["reason"] == "NO: not a Member State of the EU"
    assert all(type(ev.after["reason"]) is str for ev in events)
    assert services.audit.verify(procedure, chair).ok


def test_a_typed_reason_that_reads_like_a_stored_text_is_shown_as_typed(services, procedure, ids, secretary):
    """Adversarial: a reason typed as the JSON a Text is stored as must not become a catalogue sentence (here the
    French "NO : pas un État membre de l'UE") on the page or in a report: what was typed is what is shown."""
    forged = ('{"context": "Eligibility", "template": "{code}: not a Member State of the EU", '
              '"params": {"code": "NO"}}')
    row = services.eligibility.decide(procedure, ids["non_eu"], "E-NATIONALITY", "not_met", forged,
                                      secretary).result
    reason = _get(_check(row, "E-NATIONALITY"), "reason")
    assert str(reason) == forged and _french(reason) == forged
