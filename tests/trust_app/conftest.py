"""The offline-package fixtures (a scored chair database, a member's return file) shared with workstations/."""

from tests.workstations.test_packages import chair_db, returned  # noqa: F401
