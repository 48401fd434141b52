"""Fixtures of the language tests: the interface switched to French for one test, then back to English."""

import pytest

from panel_app.ui import i18n


@pytest.fixture
def french(qapp):  # a translator needs the application object
    assert i18n.install("fr") == "fr"
    yield
    i18n.install("en")
