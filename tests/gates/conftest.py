"""The six eligibility cases imported into DIGIT/COM/2026/1039 (SQLite and PostgreSQL), grid sealed, the
voting members declared: the gates between eligibility, scoring and the shortlist."""

from __future__ import annotations

import pytest

from tests.eligibility_service.fixtures import CASES, email_of, write_cases
from tests.scoring_service.conftest import who

VOTERS = ("Chair Anna", "Member Bob", "Member Eva")


@pytest.fixture
def gated(services, procedure, tmp_path, snapshots):
    """(services, ref, ids): ids = {case key: application id}; nothing decided, grid sealed, voters declared
    (built once per backend, then copied: tests/snapshots.py)."""

    def build() -> dict[str, int]:
        sec = who(services, procedure, "Secretary Sam")
        services.intake.import_paths(procedure, [write_cases(tmp_path / "mail")], sec, workers=1)
        services.grid.seal(procedure, who(services, procedure, "Chair Anna"))
        for name in VOTERS:
            services.scoring.declare_confidentiality(procedure, who(services, procedure, name))
        return {key: services.eligibility.application_of(procedure, email_of(key)) for key in CASES}

    return services, procedure, dict(snapshots.state("gated", services.db, build))


def queue(services, ref, name="Member Bob") -> set[str]:
    return {c.email for c in services.scoring.my_candidates(ref, who(services, ref, name))}
