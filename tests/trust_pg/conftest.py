"""A secured PostgreSQL database of its own per test (see tests/workstations/conftest.py), reused here."""

from tests.workstations.conftest import fresh_pg, migrated_pg, pg_template, secured  # noqa: F401 - fixtures
