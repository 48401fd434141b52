"""The demo procedure: DIGIT/COM/2026/1039 with a panel and synthetic applications generated locally."""

from __future__ import annotations

from panel_app.domain.paths import DEFAULT_TEMPLATE
from panel_app.domain.template import load_template

DEMO_PANEL = [("Maria Papadopoulou", "chair"), ("Jan Novák", "member"), ("Sophie Martin", "member"),
              ("Lukas Wagner", "secretary")]
DEMO_PASSWORD = "demo-panel"


def ensure_demo(services, n_applications: int = 36) -> str:  # noqa: ANN001
    """Create the demo procedure if this database lacks it; return its reference."""
    reference = load_template(DEFAULT_TEMPLATE).reference
    if reference not in {p.reference for p in services.procedures.list()}:
        services.procedures.create_from_template(DEFAULT_TEMPLATE)
        chair = None
        for name, role in DEMO_PANEL:
            m = services.members.add(reference, name, role, *(() if chair is None else (chair,)),
                                     password=DEMO_PASSWORD)
            if chair is None:
                chair = services.members.sign_in(reference, m["name"], DEMO_PASSWORD)
    return reference
