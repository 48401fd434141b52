"""Bulk confirmation of the eligibility suggestions (issue 16): 1,000 synthetic applications imported into a
fresh SQLite file, then every "met"/"declared" suggestion confirmed in one action (one transaction: the
decisions, one audit event per check, the decided outcome and the queue events). Prints the time and the
counts. Run: .venv/bin/python bench/bulk_confirm.py [N]
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from panel_app.domain.paths import DEFAULT_TEMPLATE
from panel_app.services import Services
from panel_app.services.synthetic import write_mailbox


def main(n: int = 1000) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        sv = Services.open(f"sqlite:///{tmp}/bench.sqlite")
        ref = sv.procedures.create_from_template(DEFAULT_TEMPLATE).result.reference
        sv.members.add(ref, "Chair", "chair", password="bench-password")
        chair = sv.members.sign_in(ref, "Chair", "bench-password")
        sv.members.add(ref, "Secretary", "secretary", chair, password="bench-password")
        sec = sv.members.sign_in(ref, "Secretary", "bench-password")
        write_mailbox(Path(tmp) / "box", n)
        sv.intake.import_paths(ref, [Path(tmp) / "box"], sec, workers=2)
        t = time.perf_counter()
        preview = sv.eligibility.confirm_suggested(ref, sec, dry_run=True).result
        t_preview = time.perf_counter() - t
        t = time.perf_counter()
        out = sv.eligibility.confirm_suggested(ref, sec).result
        t_confirm = time.perf_counter() - t
        sv.db.dispose()
    print(f"applications: {n}; checks confirmed: {out.checks} of {out.applications} applications; "
          f"became eligible: {out.became_eligible}")
    print(f"count for the confirmation dialog (dry run): {t_preview * 1000:.0f} ms "
          f"({preview.checks} checks)")
    print(f"bulk confirmation, one transaction: {t_confirm * 1000:.0f} ms")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)
