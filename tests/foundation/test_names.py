"""A candidate's display name: one owner, and repeated names told apart."""

from panel_app.domain.names import NO_NAME, display_name, distinct_names


def test_display_name():
    assert display_name("Kovács", "Zoltán") == "Kovács, Zoltán"
    assert display_name(None, "Zoltán") == "Zoltán" and display_name(" ", None) == NO_NAME


def test_repeated_names_get_their_key():
    got = distinct_names([("Kovács, Zoltán", "z1@x.eu"), ("Nagy, Anna", "a@x.eu"), ("kovács, zoltán", "z2@x.eu")])
    assert got == ["Kovács, Zoltán (z1@x.eu)", "Nagy, Anna", "kovács, zoltán (z2@x.eu)"]
