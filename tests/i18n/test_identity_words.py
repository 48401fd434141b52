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
