"""A scored procedure (tests/report_service: five applications, a conflict, every voter submitted) for the
records tests: archive, close, retention and legal hold."""

from __future__ import annotations

import pytest

from tests.report_service.conftest import world  # noqa: F401


@pytest.fixture
def chair(world):  # noqa: F811
    from tests.report_service.conftest import who

    sv, ref = world
    return who(sv, ref, "Chair Anna")
