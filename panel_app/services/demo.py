"""The demo procedure: DIGIT/COM/2026/1039 with a panel and synthetic applications generated locally."""

from __future__ import annotations

import tempfile
from pathlib import Path

from panel_app.domain.paths import DEFAULT_TEMPLATE
from panel_app.domain.template import load_template

from .synthetic import write_awkward_cases, write_mailbox

DEMO_PANEL = [("Maria Papadopoulou", "chair"), ("Jan Novák", "member"), ("Sophie Martin", "member"),
              ("Lukas Wagner", "secretary")]
DEMO_PASSWORD = "demo-panel"


def ensure_demo(services, n_applications: int = 36) -> str:  # noqa: ANN001
    """Create the demo procedure (panel + synthetic applications) if this database lacks it."""
    reference = load_template(DEFAULT_TEMPLATE).reference
    if reference in {p.reference for p in services.procedures.list()}:
        return reference
    services.procedures.create_from_template(DEFAULT_TEMPLATE)
    chair = None
    for name, role in DEMO_PANEL:
        services.members.add(reference, name, role, *(() if chair is None else (chair,)), password=DEMO_PASSWORD)
        if chair is None:
            chair = services.members.sign_in(reference, name, DEMO_PASSWORD)
    secretary = services.members.sign_in(reference, "Lukas Wagner", DEMO_PASSWORD)
    with tempfile.TemporaryDirectory(prefix="panel-demo-") as tmp:
        write_mailbox(Path(tmp), n_applications)
        write_awkward_cases(Path(tmp))
        services.intake.import_paths(reference, [tmp], secretary, workers=1)
    return reference


def demo_chair(services, reference: str):  # noqa: ANN001, ANN201
    return services.members.sign_in(reference, DEMO_PANEL[0][0], DEMO_PASSWORD)
