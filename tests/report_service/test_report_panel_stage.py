"""The reports once the panel stage is done, through the services on SQLite and PostgreSQL: a consensus mark
with its justification and a minority view, an edited reason, the frozen and signed shortlist, the
interview of the invited candidates, one recommended candidate and one on the reserve list."""

from __future__ import annotations

import re
from datetime import date

import pytest

from panel_app.reports.base import local
from tests.eligibility_service.fixtures import email_of

from .conftest import MEMBERS, NAMES, SCORED, VOTERS, flat, pdf_text, who

JUSTIFICATION = "Kubernetes in production for three years, CV page 2"
MINORITY = "Member Eva would keep 2: no production evidence"
MARIA_REASON = "Below the pass mark: 41.7 % against 60 %"
FORMER = "Former colleague"  # the conflict's details, never printed
VALID = date(2027, 12, 31)


@pytest.fixture
def done(world, snapshots):
    """world + consensus on Claire, Maria's reason reworded, shortlist frozen and signed by every voter,
    interview of Claire and Eleni, Eleni recommended and Claire on the reserve list until 31.12.2027 (built once
    per backend, then copied: tests/snapshots.py)."""
    services, ref = world
    return services, ref, snapshots.state("panel_stage_done", services.db, lambda: build_done(services, ref))


def build_done(services, ref) -> str:
    """The steps of `done`; returns the code of the criterion given a consensus mark."""
    chair = who(services, ref, "Chair Anna")
    # the second scored preselection criterion (Claire's marks 3, 3, 2)
    code = [c.criterion for c in services.scoring.sheet(ref, chair, email_of("claire")).marks][1]
    services.panel.consensus_set(ref, chair, email_of("claire"), code, 4, JUSTIFICATION, minority=MINORITY)
    services.panel.edit_reason(ref, chair, email_of("maria"), MARIA_REASON)
    frozen = services.panel.freeze(ref, chair).result
    assert sorted(frozen.invited) == sorted([email_of("claire"), email_of("eleni")])
    for name in VOTERS:
        services.panel.sign(ref, who(services, ref, name))
    for name in VOTERS:
        actor = who(services, ref, name)
        for key, value in (("eleni", 4.0), ("claire", 3.0)):
            for m in services.scoring.sheet(ref, actor, email_of(key), stage="interview").marks:
                services.scoring.set_mark(ref, actor, email_of(key), m.criterion, value, stage="interview")
            services.scoring.submit(ref, actor, email_of(key), stage="interview")
    services.panel.set_outcome(ref, chair, email_of("eleni"), "recommended")
    services.panel.set_outcome(ref, chair, email_of("claire"), "reserve", VALID)
    return code


def test_frozen_shortlist_shows_every_sign_off_time_and_no_draft(done):
    services, ref, _code = done
    chair = who(services, ref, "Chair Anna")
    sl = services.panel.shortlist(ref, chair)
    assert len(sl.signoffs) == 3
    tz = services.procedures.settings(ref).timezone or "Europe/Brussels"
    data = services.reports.data(ref, who(services, ref, "Member Bob"), "shortlist")
    assert data.frozen and not data.context.draft
    assert {m.name for m in data.context.panel if m.signoff_at} == set(VOTERS)
    text = flat(pdf_text(services.reports.render(ref, who(services, ref, "Member Bob"), "shortlist")))
    for s in sl.signoffs:
        signed = next(m.signoff_at for m in data.context.panel if m.name == s.member)
        assert re.search(rf"{s.member} \w+ Signed off {re.escape(local(signed, tz))}", text), text
    assert "DRAFT" not in text and "Frozen on" in text
    assert "Article 29 priority candidates – 0" in text and "Ties at the cut none" in text
    assert "Candidates invited to interview – 2" in text
    assert NAMES["maria"] not in text.split("Not invited –")[0] and NAMES["maria"] in text.split("Not invited –")[1]


def test_unfrozen_shortlist_and_panel_report_are_drafts(world):
    services, ref = world
    chair = who(services, ref, "Chair Anna")
    assert "DRAFT" in pdf_text(services.reports.render(ref, chair, "shortlist"))
    assert "DRAFT" in pdf_text(services.reports.render(ref, chair, "panel"))


def test_sheets_show_the_justification_and_evidence_pages_minority_only_internally(done):
    services, ref, code = done
    chair, sec = who(services, ref, "Chair Anna"), who(services, ref, "Secretary Sam")
    data = services.reports.data(ref, sec, "sheets")
    claire = next(s for s in data.sheets if s.email == email_of("claire"))
    assert claire.justifications == {code: JUSTIFICATION}
    assert claire.evidence_pages == {code: [3, 7]}
    assert claire.member_marks is None
    plain = flat(pdf_text(services.reports.render(ref, sec, "sheets")))
    assert JUSTIFICATION in plain and f"{code}: agreed 4 (members' mean 2.67)" in plain
    assert "3, 7" in plain
    assert "Minority" not in plain and "Member Eva" not in plain
    internal = flat(pdf_text(services.reports.render(ref, chair, "sheets", show_member_marks=True)))
    assert JUSTIFICATION in internal and f"Minority view: {MINORITY}" in internal
    interview = flat(pdf_text(services.reports.render(ref, sec, "sheets", stage="interview")))
    assert NAMES["claire"] in interview and NAMES["eleni"] in interview and NAMES["maria"] not in interview


def test_panel_report_has_consensus_outcome_reserve_list_reliability_robustness_and_conflict(done):
    services, ref, code = done
    bob = who(services, ref, "Member Bob")
    data = services.reports.data(ref, bob, "panel")
    assert [(c.candidate, c.criterion, c.consensus) for c in data.consensus] == [(NAMES["claire"], code, 4)]
    assert (data.recommended, data.reserve, data.reserve_valid_until) == ([NAMES["eleni"]], [NAMES["claire"]], VALID)
    assert [(r.name, r.status) for r in data.interview_rows] == [(NAMES["eleni"], "recommended"),
                                                                 (NAMES["claire"], "reserve")]
    assert data.reliability and data.robustness and len(data.shortlist) == 2
    assert not data.context.draft
    text = flat(pdf_text(services.reports.render(ref, bob, "panel")))
    assert JUSTIFICATION in text and MINORITY in text
    assert "Consensus marks departing from the mean – 1" in text
    assert f"Reserve list {NAMES['claire']}" in text and "Reserve list valid until 31.12.2027" in text
    assert f"Recommended {NAMES['eleni']}" in text
    assert "reserve: valid until 31.12.2027" in text
    assert "Interview results – 2" in text and "Invited to interview – 2" in text
    assert "Reliability" in text and "Krippendorff" in text and "ICC(2,k)" in text
    assert "Robustness of the cut" in text
    assert data.robustness[0] in text
    assert "Conflicts of interest declared – 1" in text
    assert re.search(r"Member Eva Wąsowski, Łukasz professional", text), text
    assert FORMER not in text
    assert MARIA_REASON in text  # the chair's wording in the ranking
    # each stage signs its own part: the shortlist's sign-offs stand under the preselection only; the interview
    # (not frozen yet) shows none
    pre = text[text.index("Signatures – preselection"):text.index("Interviews")]
    after = text[text.index("Interviews"):]
    stage = data.stages[0]
    assert set(stage.signoffs) == set(VOTERS)
    for name, at in stage.signoffs.items():
        assert f"{name} " in pre and f"Signed off {local(at, 'Europe/Brussels')}" in pre
        assert f"Signed off {local(at, 'Europe/Brussels')}" not in after
    assert "The final ranking is not frozen: no sign-off is shown." in after
    assert "DRAFT" not in text


@pytest.mark.parametrize(("key", "stage"), [
    ("eleni", "Stage reached Interview – recommended (interview total 100.00"),
    ("claire", "Stage reached Interview – reserve list until 31.12.2027 (interview total 75.00"),
    ("maria", f"Stage reached Preselection – not invited: {MARIA_REASON}"),
])
def test_extract_shows_the_stage_reached_and_nobody_else(done, key, stage):
    services, ref, _code = done
    sec = who(services, ref, "Secretary Sam")
    text = flat(pdf_text(services.reports.render(ref, sec, "extract", candidate=email_of(key))))
    assert stage in text
    assert NAMES[key] in text and email_of(key) in text
    for other in set(NAMES) - {key}:
        assert NAMES[other].split(",")[0] not in text and email_of(other) not in text
    for member in MEMBERS:
        assert member not in text and member.split()[1] not in text
    for secret in ("Rank", "Minority", JUSTIFICATION, "Signed", FORMER):
        assert secret not in text
    if key != "maria":
        assert "Interview –" in text  # the interview's consolidated marks per criterion
    assert key in SCORED


def test_reliability_rows_print_figures_and_sum_up_what_could_not_be_computed():
    from panel_app.services.panel import Agreement, ReliabilityFigures
    from panel_app.services.report_data_minutes import reliability_rows

    none = Agreement(alpha=None, icc2k=None, icc21=None, n_alpha=0, n_icc=0, note="no variance")
    rel = ReliabilityFigures(
        stage="interview", leniency={},
        overall=Agreement(alpha=0.81, icc2k=0.9, icc21=None, n_alpha=12, n_icc=12, note=""),
        per_criterion={"S1": Agreement(alpha=0.7, icc2k=0.75, icc21=None, n_alpha=12, n_icc=12, note=""), "S2": none,
                       "S3": none})
    rows = [(r.label, r.value, r.note) for r in reliability_rows(rel, "Interview – ")]
    assert rows == [("Interview – All criteria – Krippendorff's α (ordinal)", 0.81, "12 units"),
                    ("Interview – All criteria – ICC(2,k)", 0.9, "agreement of the mean mark (two-way random, absolute)"),
                    ("Interview – S1 – α", 0.7, "ICC(2,k) 0.75"),
                    ("Interview – Per criterion – α, ICC(2,k)", None, "not computed for S2, S3: no variance")]
