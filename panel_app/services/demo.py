"""The demo procedure: DIGIT/COM/2026/1039 with a panel and synthetic applications generated locally."""

from __future__ import annotations

import tempfile
from pathlib import Path
from zoneinfo import ZoneInfo

from panel_app.domain.paths import DEFAULT_TEMPLATE
from panel_app.domain.template import load_template
from panel_app.domain.times import DEFAULT_ZONE
from panel_app.store.clock import utcnow

from .synthetic import write_awkward_cases, write_mailbox

DEMO_PANEL = [("Maria Papadopoulou", "chair"), ("Jan Novák", "member"), ("Sophie Martin", "member"),
              ("Lukas Wagner", "secretary")]
DEMO_PASSWORD = "demo-panel"

# A real panel meets: the demo (and the realistic procedure of the report samples) records the notice's publication
# and its meetings, so that the minutes show what a panel's minutes hold. The demo is built in one sitting, so its
# meetings are dated the day it is built: the day its declarations are signed and its grid sealed.
DEMO_NOTICE_PUBLISHED = "2026-05-12"  # a month before the notice's deadline (12.06.2026)
DEMO_MEETINGS = {
    "constitutive": ("Luxembourg, DRB B2/004",
                     "Constitutive meeting: declarations signed; the grid adopted and sealed before any "
                     "application was opened"),
    "consensus": ("Luxembourg, DRB B2/004",
                  "Consensus meeting: divergent marks discussed, consensus marks agreed and justified; the "
                  "shortlist drawn up"),
    "interviews": ("Brussels, BERL 5/170", "Interview day: the invited candidates heard; the final ranking and "
                                           "the reserve list agreed"),
}


def demo_database_url() -> str:
    """`make run` / `panel-app --demo`: a SQLite file of its own in the user data directory."""
    from panel_app.store.engine import demo_url

    return demo_url()


def ensure_demo(services, n_applications: int = 36) -> str:
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
    services.meetings.set_published_on(reference, chair, DEMO_NOTICE_PUBLISHED)
    with tempfile.TemporaryDirectory(prefix="panel-demo-") as tmp:
        write_mailbox(Path(tmp), n_applications)
        write_awkward_cases(Path(tmp))
        services.intake.import_paths(reference, [tmp], secretary, workers=1)
    exclude_not_eligible(services, reference, secretary)
    score_demo(services, reference)
    record_meeting(services, reference, chair, "constitutive")
    record_meeting(services, reference, chair, "consensus")
    return reference


def record_meeting(services, reference: str, chair, which: str, attendees: list[str] | None = None) -> None:
    """One of the demo panel's meetings (DEMO_MEETINGS), attended by the whole panel unless told otherwise."""
    place, purpose = DEMO_MEETINGS[which]
    zone = services.procedures.settings(reference).timezone or DEFAULT_ZONE
    day = utcnow().astimezone(ZoneInfo(zone)).date()
    services.meetings.add(reference, chair, day, place=place, purpose=purpose,
                          attendees=attendees or [name for name, _role in DEMO_PANEL])


def exclude_not_eligible(services, reference: str, secretary) -> int:
    """The secretary's eligibility pass: every "met"/"declared" suggestion confirmed in one action (so those
    candidates enter scoring: eligibility first), and every application whose suggested outcome is "not
    eligible" excluded from scoring, with the reason recorded. Those still to verify wait for a decision."""
    services.eligibility.confirm_suggested(reference, secretary)
    n = 0
    for row in services.eligibility.matrix(reference):
        if row.overall != "not_eligible" or row.excluded:
            continue
        failed = [c for c in row.checks if (c.decided or c.suggested) == "not_met"]
        why = "; ".join(f"{c.criterion}: {c.reason or 'not met'}" for c in failed)
        services.eligibility.exclude(reference, row.id, f"Not eligible — {why}", secretary)
        n += 1
    return n


def demo_chair(services, reference: str):
    return services.members.sign_in(reference, DEMO_PANEL[0][0], DEMO_PASSWORD)


def score_demo(services, reference: str, leave_open: int = 0) -> None:
    """Seal the grid, sign the declarations, and let the voting members mark and submit the candidates
    (deterministic pseudo-random marks around a per-candidate level; a few left open for the panel page)."""
    import random

    chair = demo_chair(services, reference)
    if not services.grid.grid(reference).sealed:
        services.grid.seal(reference, chair)
    voters = [services.members.sign_in(reference, n, DEMO_PASSWORD) for n, r in DEMO_PANEL if r != "secretary"]
    for m in voters:
        try:
            services.scoring.declare_confidentiality(reference, m)
        except Exception:  # already signed
            pass
    with tempfile.TemporaryDirectory(prefix="panel-demo-scores-") as tmp:
        for k, m in enumerate(voters):
            cands = services.scoring.my_candidates(reference, m)
            codes = [x.criterion for x in services.scoring.sheet(reference, m, cands[0].email).marks]
            lines = ["candidate,criterion,value,comment"]
            for c in cands:
                level = random.Random(c.email).uniform(0.8, 3.6)
                rng = random.Random(f"{c.email}|{m.name}")
                for code in codes:
                    na = code == "A3-NUTANIX" and rng.random() < 0.5
                    v = "NA" if na else str(max(0, min(4, round(level + rng.gauss(0, 0.7)))))
                    lines.append(f"{c.email},{code},{v},")
            sheet = Path(tmp) / f"member{k}.csv"
            sheet.write_text("\n".join(lines) + "\n", encoding="utf-8")
            services.sheets.import_file(reference, m, sheet)
            for j, c in enumerate(cands):
                if not (k == len(voters) - 1 and j < leave_open):
                    services.scoring.submit(reference, m, c.email)
