"""`make run` opens on the demo procedure: it must hold applications, a sealed grid and submitted marks."""

from __future__ import annotations

from panel_app.services import Services
from panel_app.services.demo import demo_chair, ensure_demo


def test_demo_procedure_is_complete_and_created_once(sqlite_db):
    sv = Services.for_db(sqlite_db)
    ref = ensure_demo(sv)
    apps = sv.applications.list(ref)
    assert len(apps) >= 36
    flags = {f for a in apps for f in a["flags"]}
    assert {"late", "no_attachment", "no_text_layer", "received_time_unknown"} <= flags
    assert sv.grid.grid(ref)["sealed"]
    progress = sv.marks.progress(ref, demo_chair(sv, ref))
    assert all(p["complete"] for p in progress)  # the panel can rank: Panel and Shortlist pages show values
    ranking = sv.panel.ranking(ref, demo_chair(sv, ref))
    assert sum(r["status"] == "invited" for r in ranking) >= 1
    assert ensure_demo(sv) == ref
    assert len(sv.applications.list(ref)) == len(apps)


def test_demo_excludes_the_not_eligible_from_scoring(sqlite_db):
    sv = Services.for_db(sqlite_db)
    ref = ensure_demo(sv)
    rows = sv.eligibility.matrix(ref)
    excluded = [r for r in rows if r["excluded"]]
    assert excluded and all(r["exclusion_reason"].startswith("Not eligible") for r in excluded)
    scored = {p["email"] for p in sv.marks.progress(ref, demo_chair(sv, ref))}
    assert not scored & {r["candidate"]["email"] for r in excluded}
