"""In the French interface, a candidate with no name found and an application with no e-mail read in French in the
lists and the application viewer (they showed "(name not found)" and "no e-mail"); the domain keeps the English."""

from __future__ import annotations

from panel_app.domain.identity import shown_email
from panel_app.domain.names import display_name, distinct_names
from panel_app.ui.table_model import Column, DictTableModel


def test_no_name_and_no_email_in_french(qapp, french):
    model = DictTableModel([Column("name", "Name"), Column("email", "E-mail")])
    name = distinct_names([(display_name(None, " "), "no. 3")])[0]
    model.set_rows([{"name": name, "email": shown_email(None)}])
    assert [model.data(model.index(0, c)) for c in range(2)] == ["(nom introuvable)", "pas d'adresse électronique"]
    assert display_name(None, None) == "(name not found)" and shown_email("x@placeholder.invalid") == "no e-mail"


def test_the_final_ranking_method_and_a_freeze_time_in_french(qapp, french):
    """The Shortlist page's "Méthode : …" line named the rule's code ('interview only'); the final sign-off box
    wrote its times the EU's way (07.12.2026) on a French page."""
    from datetime import UTC, datetime

    from panel_app.ui import words
    from panel_app.ui.panel import final_signoff_box

    assert words.code("interview_only") == "entretien seul" and words.code("combined") == "combiné"
    assert final_signoff_box.zoned(datetime(2026, 12, 7, 1, 41, tzinfo=UTC), "Europe/Brussels") == \
        "07/12/2026 02:41 (Europe/Brussels)"


def test_a_page_count_inside_an_intake_reason_in_french(qapp, french):
    """The import's "only the first 1,000 of 2,500 pages read" wrote its counts the English way on a French page."""
    from panel_app.intake.limits import pages_read
    from panel_app.ui.words import text

    reason = pages_read(1000, 2500)
    assert text(reason) == "seules les 1\u202f000 premières pages sur 2\u202f500 ont été lues"
    assert str(reason) == "only the first 1,000 of 2,500 pages read"  # the CLI and the stored text
