"""Six generated applications imported into the DIGIT/COM/2026/1039 procedure, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from .fixtures import CASES, email_of, write_cases


@pytest.fixture
def secretary(services, procedure):
    return services.members.sign_in(procedure, "Secretary Sam", "sam-pass")


@pytest.fixture
def chair(services, procedure):
    return services.members.sign_in(procedure, "Chair Anna", "chair-pass")


@pytest.fixture
def member(services, procedure):
    return services.members.sign_in(procedure, "Member Bob", "bob-pass")


@pytest.fixture
def ids(services, procedure, secretary, tmp_path, snapshots):
    """{case key: application id} after importing the six cases (imported once per backend, then copied:
    tests/snapshots.py)."""

    def build() -> dict[str, int]:
        report = services.intake.import_paths(procedure, [write_cases(tmp_path / "mail")], secretary,
                                              workers=1).result
        assert sum(f.applications for f in report.files) == len(CASES)
        return {key: services.eligibility.application_of(procedure, email_of(key)) for key in CASES}

    return dict(snapshots.state("eligibility_ids", services.db, build))
