"""A sealed procedure with imported applications, for the scoring tests."""

from __future__ import annotations

import pytest

from tests.gates.helpers import decide_all_eligible
from tests.intake.fixtures import application_pdf, eml_bytes

PASSWORDS = {"Chair Anna": "chair-pass", "Member Bob": "bob-pass", "Member Eva": "eva-pass",
             "Secretary Sam": "sam-pass", "Observer Olga": "olga-pass"}


def who(services, ref, name):
    return services.members.sign_in(ref, name, PASSWORDS[name])


@pytest.fixture
def scoring(services, procedure, tmp_path, snapshots):
    """(services, ref, emails): 4 candidates imported, grid sealed, chair/Bob/Eva declared (built once per backend,
    then copied: tests/snapshots.py)."""
    return services, procedure, snapshots.state("scoring", services.db,
                                                lambda: build_scoring(services, procedure, tmp_path))


def build_scoring(services, procedure, tmp_path) -> list[str]:
    box = tmp_path / "box"
    box.mkdir()
    for i in range(4):
        (box / f"{i}.eml").write_bytes(eml_bytes(from_addr=f"c{i}@x.eu",
                                                 attachments=[("a.pdf", application_pdf(10 + i), "application/pdf")]))
    services.intake.import_paths(procedure, [box], who(services, procedure, "Secretary Sam"), workers=1)
    decide_all_eligible(services, procedure, who(services, procedure, "Secretary Sam"))  # eligibility first
    services.grid.seal(procedure, who(services, procedure, "Chair Anna"))
    for name in ("Chair Anna", "Member Bob", "Member Eva"):
        services.scoring.declare_confidentiality(procedure, who(services, procedure, name))
    return sorted(a.candidate.email for a in services.applications.list(procedure))
