"""Fixtures shared with workstations/: a scored chair database and a member's return file (offline packages),
and a secured PostgreSQL database with one login per member."""

from tests.workstations.conftest import fresh_pg, migrated_pg, pg_template, secured  # noqa: F401
from tests.workstations.test_packages import chair_db, returned  # noqa: F401
