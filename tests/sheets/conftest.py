"""A sealed procedure with four imported applications and declared members, for the score-sheet tests."""

from __future__ import annotations

import pytest

from tests.gates.helpers import decide_all_eligible
from tests.intake.fixtures import application_pdf, eml_bytes

PASSWORDS = {"Chair Anna": "chair-pass", "Member Bob": "bob-pass", "Member Eva": "eva-pass",
             "Secretary Sam": "sam-pass", "Observer Olga": "olga-pass"}


def who(services, ref, name):
    return services.members.sign_in(ref, name, PASSWORDS[name])


def import_four(services, procedure, folder) -> None:
    folder.mkdir()
    for i in range(4):
        (folder / f"{i}.eml").write_bytes(eml_bytes(from_addr=f"c{i}@x.eu",
                                                    attachments=[("a.pdf", application_pdf(10 + i),
                                                                  "application/pdf")]))
    services.intake.import_paths(procedure, [folder], who(services, procedure, "Secretary Sam"), workers=1)
    decide_all_eligible(services, procedure, who(services, procedure, "Secretary Sam"))  # eligibility first


@pytest.fixture
def scoring(services, procedure, tmp_path, snapshots):
    """(services, ref, emails): 4 candidates imported, grid sealed, chair/Bob/Eva declared (built once per backend,
    then copied: tests/snapshots.py)."""

    def build() -> list[str]:
        import_four(services, procedure, tmp_path / "box")
        services.grid.seal(procedure, who(services, procedure, "Chair Anna"))
        for name in ("Chair Anna", "Member Bob", "Member Eva"):
            services.scoring.declare_confidentiality(procedure, who(services, procedure, name))
        return sorted(a.candidate.email for a in services.applications.list(procedure))

    return services, procedure, snapshots.state("sheets_scoring", services.db, build)
