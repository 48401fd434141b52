"""The sentences the services write into the reports (services/report_data*.py) for the states the realistic
procedure does not reach in its final state (drafts, undecided eligibility, a reserve list, a pending sheet): English
exactly as before, French and German in a French / German report, dates as the language writes them."""

from __future__ import annotations

import pickle
from datetime import UTC, date, datetime
from types import SimpleNamespace

import pytest

from panel_app.domain.texts import Moment, render, translate
from panel_app.reports.data import EligibilityRow
from panel_app.reports.i18n import language
from panel_app.reports.words import said
from panel_app.services.eligibility_info import EligibilityCheck
from panel_app.services.panel import PanelCell
from panel_app.services.panel_final import FinalRow
from panel_app.services.panel_rank import RankingRow
from panel_app.services.report_data import certification, check_outcome, decided_text
from panel_app.services.report_data_extract import interview_stage, stage_reached
from panel_app.services.report_data_panel import consensus_lines, sheet_status

AT = datetime(2026, 6, 20, 8, 30, tzinfo=UTC)  # 10:30 in Brussels (summer time)


def ranked(status: str) -> RankingRow:
    return RankingRow(candidate="c@example.eu", rank=None, total=None, final={}, members_submitted=3, divergent=[],
                      article29=None, status=status, reason="")


def in_(lang: str, text: str) -> str:
    """The sentence as printed, its no-break spaces (French ' :') read as spaces: the wording is checked here."""
    with language(lang):
        return said(text).replace("\xa0", " ")


def test_a_moment_is_its_english_and_is_written_as_each_language_writes_dates():
    m = Moment(AT, "Europe/Brussels")
    assert m == "20.06.2026 10:30" and Moment(AT, "Europe/Brussels", seconds=True, named=True) == \
        "20.06.2026 10:30:00 (Europe/Brussels)"
    assert Moment(date(2028, 12, 31)) == "31.12.2028"
    assert (in_("fr", m), in_("de", m), in_("en", m)) == ("20/06/2026 10:30", "20.06.2026 10:30", "20.06.2026 10:30")
    assert pickle.loads(pickle.dumps(m)) == m and pickle.loads(pickle.dumps(m)).at == AT
    inside = translate("Record", "valid until {day}").format(day=Moment(date(2028, 12, 31)))
    assert inside == "valid until 31.12.2028" and render(inside, lambda c, s: s) == "valid until 31.12.2028"
    assert in_("fr", inside) == "valable jusqu'au 31/12/2028" and in_("de", inside) == "gültig bis 31.12.2028"


def test_the_eligibility_certification_and_decisions():
    check = EligibilityCheck(criterion="E-DIPLOMA", suggested="met", decided="met", evidence="", page=None, reason=None,
                             decided_by="Lukas Wagner", decided_at=AT)
    decided = decided_text(check, "Europe/Brussels")
    assert decided == "Lukas Wagner, 20.06.2026 10:30" and in_("fr", decided) == "Lukas Wagner, 20/06/2026 10:30"
    outcome, reason = check_outcome(EligibilityCheck(criterion="E-DIPLOMA", suggested="not_met", decided=None,
                                                     evidence="", page=None, reason="", decided_by=None,
                                                     decided_at=None))
    assert reason == "Suggested, not yet decided by the panel"
    assert in_("fr", reason) == "Suggestion, pas encore tranché par le comité"
    rows = [EligibilityRow("A", decided={"E-DIPLOMA": decided}, undecided=["E-LANG"]), EligibilityRow("B")]
    text = certification(rows)
    assert text.startswith("NOT YET CERTIFIABLE: 1 application(s) still have criteria")
    assert in_("fr", text).startswith("PAS ENCORE CERTIFIABLE : 1 candidature(s)")
    assert in_("de", text).startswith("NOCH NICHT BESCHEINIGUNGSFÄHIG: Bei 1 Bewerbung(en)")
    assert "Lukas Wagner" in in_("de", text)


@pytest.mark.parametrize(("elig", "row", "frozen", "en", "fr", "de"), [
    ({"excluded": True, "exclusion_reason": "no diploma", "overall": "not_eligible"}, None, False,
     "Eligibility – excluded from the assessment: no diploma", "Admissibilité – exclu(e) de l'évaluation : no diploma",
     "Zulassungsfähigkeit – von der Bewertung ausgeschlossen: no diploma"),
    ({"excluded": False, "overall": "to_verify"}, None, False, "Eligibility – being verified",
     "Admissibilité – en cours de vérification", "Zulassungsfähigkeit – wird geprüft"),
    ({"excluded": False, "overall": "eligible"}, ranked("below_pass_mark"), True,
     "Preselection – not invited: below the pass mark", "Présélection – non invité(e) : sous le seuil de réussite",
     "Vorauswahl – nicht eingeladen: unter der Mindestpunktzahl"),
    ({"excluded": False, "overall": "eligible"}, ranked("not_invited"), False,
     "Preselection – not among the candidates invited under the best-N rule; the shortlist is not final yet",
     "Présélection – ne figure pas parmi les candidats invités selon la règle des N meilleurs ; la liste restreinte "
     "n'est pas encore définitive",
     "Vorauswahl – nicht unter den nach der Regel der besten N eingeladenen Bewerbern; die Auswahlliste ist noch "
     "nicht endgültig"),
])
def test_the_stage_reached_in_the_extract(elig, row, frozen, en, fr, de):
    text = stage_reached(SimpleNamespace(**{"exclusion_reason": None, **elig}), row, frozen)
    assert (text, in_("fr", text), in_("de", text)) == (en, fr, de)


def test_the_interview_outcome_with_its_date_and_marks():
    row = FinalRow(candidate="c@example.eu", name="C", article29=None, preselection_total=None, interview_total=72.5,
                   total=None, final={}, status="passed", reason="", rank=1, outcome="reserve", valid_until="2028-12-31")
    text = interview_stage(row, 60.0)
    assert text == "Interview – reserve list until 31.12.2028 (interview total 72.50, pass mark 60.0)"
    assert in_("fr", text) == ("Entretien – liste de réserve jusqu'au 31/12/2028 (total de l'entretien 72,50, seuil "
                               "de réussite 60,0)")
    assert in_("de", text) == "Gespräch – Reserveliste bis 31.12.2028 (Gesamtpunktzahl des Gesprächs 72,50, " \
                              "Mindestpunktzahl 60,0)"
    assert interview_stage(row, None, named=False) == "reserve list until 31.12.2028 (interview total 72.50)"


def test_a_sheets_status_and_consensus_notes():
    below = translate("Ranking", "below the pass mark ({total} < {pass_mark})").format(total="55.07", pass_mark="60")
    status = sheet_status("below_pass_mark", below)
    assert status == "below pass mark – below the pass mark (55.07 < 60)"
    assert in_("fr", status) == "sous le seuil de réussite – en dessous du seuil de réussite (55.07 < 60)"
    cell = PanelCell(title="S3", weight=1.0, marks={}, comments={}, mean=2.6667, spread=None, final=4.0, consensus=4.0,
                     divergent=False, missing=[], state="consensus", needs_justification=True, justification="x",
                     minority="Bob: 3")
    notes = consensus_lines({"S3": cell}, minority=True)
    assert notes == ["S3: agreed 4 (members' mean 2.67) – justification in the table. Minority view: Bob: 3."]
    assert in_("de", notes[0]) == ("S3: vereinbart 4 (Mittelwert der Mitglieder 2,67) – Begründung in der Tabelle. "
                                   "Minderheitsmeinung: Bob: 3.")


def test_an_audit_finding_prints_in_the_report_language():
    from panel_app.domain.audit.chain import Finding
    from panel_app.domain.texts import translate as tr
    from panel_app.reports.data import AuditSeal

    where = tr("Record", "event #{seq} (id {id}, {what})").format(seq=12, id=40, what="score.set A by Bob")
    finding = Finding("changed", where, tr("Record", "hash {hash} of its content").format(hash="ab12"), "cd34",
                      tr("Record", "its content was edited after it was written"))
    assert finding.line() == ("changed: event #12 (id 40, score.set A by Bob): expected hash ab12 of its content, "
                              "found cd34 (its content was edited after it was written)")
    seal = AuditSeal(False, 12, "", first_finding=finding.line())
    with language("fr"):
        fr = seal.line().replace("\xa0", " ")
    with language("de"):
        de = seal.line()
    assert "modifié : événement n° 12 (id 40, score.set A by Bob) : attendu empreinte ab12 de son contenu, constaté " \
           "cd34 (son contenu a été modifié après son écriture)" in fr
    assert "geändert: Ereignis Nr. 12 (ID 40, score.set A by Bob): erwartet Hash ab12 seines Inhalts" in de
