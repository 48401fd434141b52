"""`make run` opens on the demo procedure: it must hold applications, a sealed grid and submitted marks."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from panel_app.services import Services
from panel_app.services.demo import demo_chair, ensure_demo


def test_demo_procedure_is_complete_and_created_once(sqlite_db):
    sv = Services.for_db(sqlite_db)
    ref = ensure_demo(sv)
    apps = sv.applications.list(ref)
    assert len(apps) >= 36
    flags = {f for a in apps for f in a.flags}
    assert {"late", "no_attachment", "no_text_layer", "received_time_unknown"} <= flags
    assert sv.grid.grid(ref).sealed
    progress = sv.marks.progress(ref, demo_chair(sv, ref))
    assert all(p.complete for p in progress)  # the panel can rank: Panel and Shortlist pages show values
    ranking = sv.panel.ranking(ref, demo_chair(sv, ref))
    assert sum(r.status == "invited" for r in ranking) >= 1
    assert ensure_demo(sv) == ref
    assert len(sv.applications.list(ref)) == len(apps)


def test_demo_excludes_the_not_eligible_from_scoring(sqlite_db):
    sv = Services.for_db(sqlite_db)
    ref = ensure_demo(sv)
    rows = sv.eligibility.matrix(ref)
    excluded = [r for r in rows if r.excluded]
    assert excluded and all(r.exclusion_reason.startswith("Not eligible") for r in excluded)
    scored = {p.email for p in sv.marks.progress(ref, demo_chair(sv, ref))}
    assert not scored & {r.candidate.email for r in excluded}


def test_the_demo_panel_met_and_its_minutes_say_so(sqlite_db):
    """A real panel meets: the demo records the notice's publication, the constitutive meeting (declarations,
    grid sealed before any file is opened) and the consensus meeting, and the minutes print them."""
    from tests.report_service.conftest import flat, pdf_text

    sv = Services.for_db(sqlite_db)
    ref = ensure_demo(sv)
    meetings = sv.meetings.list(ref)
    assert [m.purpose.split(":")[0] for m in meetings] == ["Constitutive meeting", "Consensus meeting"]
    sealed = datetime.fromisoformat(sv.grid.grid(ref).sealed_at).astimezone(ZoneInfo("Europe/Brussels"))
    assert {m.date for m in meetings} == {sealed.date().isoformat()}  # built in one sitting: the day of the seal
    assert all(m.place and not m.written for m in meetings)
    assert set(meetings[0].attendees) == {"Maria Papadopoulou", "Jan Novák", "Sophie Martin", "Lukas Wagner"}
    text = flat(pdf_text(sv.reports.render(ref, demo_chair(sv, ref), "panel")))
    assert "Meetings of the panel – 2" in text and "No meeting recorded" not in text
    assert "Notice published 12.05.2026" in text
    assert f"{sealed:%d.%m.%Y} {meetings[1].place}" in text and "Consensus meeting: divergent marks" in text
