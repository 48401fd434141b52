"""ReportService on SQLite and PostgreSQL: every report's text matches the database; permissions."""

from __future__ import annotations

import pytest

from panel_app.domain.errors import Refused, UserFacingError
from panel_app.services.reports import page_count
from tests.eligibility_service.fixtures import email_of

from .conftest import MEMBERS, NAMES, SCORED, flat, pdf_text, who


def m2(x: float) -> str:
    return f"{x:.2f}"


def test_eligibility_report_lists_every_application_with_outcomes_and_counts(world):
    services, ref = world
    pdf = services.reports.render(ref, who(services, ref, "Secretary Sam"), "eligibility")
    text = flat(pdf_text(pdf))
    for key, name in NAMES.items():
        assert name in text and email_of(key) in text
    assert "EXCLUDED" in text and "Not a national of a Member State (Norway)." in text
    counts = services.eligibility.counts(ref)
    assert (counts.received, counts.eligible, counts.excluded) == (5, 4, 1)
    data = services.reports.data(ref, who(services, ref, "Secretary Sam"), "eligibility")
    assert (data.counts.received, data.counts.on_time, data.counts.eligible, data.counts.excluded) == (5, 5, 4, 1)
    assert "Received On time Eligible Excluded To verify 5 5 4 1 0" in text
    assert page_count(pdf) >= 2


def test_shortlist_prints_the_invited_with_their_marks_and_totals(world):
    services, ref = world
    chair = who(services, ref, "Chair Anna")
    ranking = {r.candidate: r for r in services.panel.ranking(ref, chair)}
    services.panel.freeze(ref, chair)
    services.panel.sign(ref, chair)
    text = flat(pdf_text(services.reports.render(ref, chair, "shortlist")))
    invited = [k for k in SCORED if ranking[email_of(k)].status == "invited"]
    assert invited, ranking
    assert f"Candidates invited to interview – {len(invited)}" in text
    for key in invited:
        row = ranking[email_of(key)]
        assert NAMES[key] in text
        assert m2(row.total) in text
        assert " ".join(m2(v) for v in list(row.final.values())[:3]) in text
    for key in set(SCORED) - set(invited):  # not invited: by name, with the reason from the domain ranking
        assert NAMES[key] in text.split("Not invited –")[1]
        assert ranking[email_of(key)].reason in text
    not_invited = len(SCORED) - len(invited)
    assert f"Not invited – {not_invited}" in text
    assert "Pass mark (total) 60.0 / 100" in text and "Frozen on" in text
    assert "Signed off" in text and "DRAFT" not in text


def test_extract_holds_the_candidates_own_data_only(world):
    services, ref = world
    chair = who(services, ref, "Chair Anna")
    row = next(r for r in services.panel.ranking(ref, chair) if r.candidate == email_of("eleni"))
    pdf = services.reports.render(ref, who(services, ref, "Secretary Sam"), "extract", candidate=email_of("eleni"))
    text = flat(pdf_text(pdf))
    assert NAMES["eleni"] in text and email_of("eleni") in text
    assert "Result eligible" in text
    for code, value in row.final.items():
        assert f"{code}" in text or code[:6] in text
        assert m2(value) in text
    assert f"Preselection total {m2(row.total)}" in text and "Preselection pass mark 60.0" in text
    assert "Stage reached Preselection" in text
    for key in set(NAMES) - {"eleni"}:
        assert NAMES[key].split(",")[0] not in text and email_of(key) not in text
    for member in MEMBERS:
        assert member not in text and member.split()[1] not in text
    assert "Rank" not in text


def test_extract_of_an_excluded_candidate_gives_the_reason_and_no_marks(world):
    services, ref = world
    text = flat(pdf_text(services.reports.render(ref, who(services, ref, "Chair Anna"), "extract",
                                                 candidate=email_of("ingrid"))))
    assert "Result excluded" in text and "Not a national of a Member State (Norway)." in text
    assert "not assessed on the selection criteria" in text


def test_candidate_sheets_member_marks_only_for_the_chair_on_request(world):
    services, ref = world
    chair, sec = who(services, ref, "Chair Anna"), who(services, ref, "Secretary Sam")
    plain = flat(pdf_text(services.reports.render(ref, sec, "sheets")))
    for key in SCORED:
        assert NAMES[key] in plain
    assert "Individual marks" not in plain and "Member Bob" not in plain
    internal = flat(pdf_text(services.reports.render(ref, chair, "sheets", show_member_marks=True)))
    assert "Individual marks" in internal and "Member Bob" in internal and "PANEL INTERNAL" in internal
    with pytest.raises(Refused):
        services.reports.render(ref, sec, "sheets", show_member_marks=True)


def test_panel_report_has_composition_declarations_conflict_grid_hash_and_counts(world):
    services, ref = world
    chair = who(services, ref, "Chair Anna")
    services.panel.freeze(ref, chair)
    for name in ("Chair Anna", "Member Bob", "Member Eva"):
        services.panel.sign(ref, who(services, ref, name))
    text = flat(pdf_text(services.reports.render(ref, who(services, ref, "Member Bob"), "panel")))
    for member in MEMBERS:
        assert member in text
    grid = services.grid.grid(ref)
    assert grid.grid_hash[:40] in text.replace(" ", "")
    assert "Conflicts of interest declared – 1" in text and "Wąsowski, Łukasz" in text
    assert "Received On time Eligible Excluded To verify 5 5 4 1 0" in text
    assert f"Preselection ranking – {len(SCORED)}" in text
    assert "DRAFT" not in text


def test_who_may_generate_what(world):
    services, ref = world
    bob, olga, sec = (who(services, ref, n) for n in ("Member Bob", "Observer Olga", "Secretary Sam"))
    for kind in ("eligibility", "sheets", "extract"):
        with pytest.raises(Refused):
            services.reports.render(ref, bob, kind, candidate=email_of("claire"))
    with pytest.raises(Refused, match="not frozen"):
        services.reports.render(ref, bob, "shortlist")
    assert services.reports.allowed(ref, bob) == ["shortlist", "panel"]
    assert services.reports.render(ref, bob, "panel")[:5] == b"%PDF-"
    services.panel.freeze(ref, who(services, ref, "Chair Anna"))
    assert services.reports.render(ref, bob, "shortlist")[:5] == b"%PDF-"
    assert services.reports.render(ref, olga, "shortlist")[:5] == b"%PDF-"
    with pytest.raises(UserFacingError, match="e-mail"):
        services.reports.render(ref, sec, "extract")
    with pytest.raises(UserFacingError, match="not a report"):
        services.reports.render(ref, sec, "ranking")
