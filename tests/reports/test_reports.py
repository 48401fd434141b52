"""Render every report from plain data and read the PDF back as a user (or auditor) would."""

from __future__ import annotations

import dataclasses
import re

import pytest
from report_samples import (
    CRITERIA,
    MEMBERS,
    NAMES,
    eligibility_data,
    extract_data,
    pages_text,
    panel_data,
    sheets_data,
    shortlist_data,
)

from panel_app.reports import KINDS as REPORTS
from panel_app.reports import render
from panel_app.reports.data import ExtractData


def all_reports():
    return {"shortlist": shortlist_data(), "eligibility": eligibility_data(), "sheets": sheets_data(),
            "panel": panel_data(), "extract": extract_data()}


@pytest.fixture(scope="module")
def rendered() -> dict[str, bytes]:
    return {kind: render(kind, data) for kind, data in all_reports().items()}


def test_registry_has_the_five_reports_and_refuses_unknown_kinds():
    assert set(REPORTS) == {"shortlist", "eligibility", "sheets", "panel", "extract"}
    with pytest.raises(ValueError, match="unknown report"):
        render("invoice", shortlist_data())


@pytest.mark.parametrize("kind", ["shortlist", "eligibility", "sheets", "panel", "extract"])
def test_every_page_has_reference_marking_page_x_of_y_and_hash(rendered, kind):
    pages = pages_text(rendered[kind])
    n = len(pages)
    hashes = set()
    for i, text in enumerate(pages, 1):
        assert f"page {i} of {n}" in text
        assert "DIGIT/COM/2026/1039" in text
        assert ("CONFIDENTIAL" if kind != "extract" else "Personal data") in text
        assert "Generated 20.06.2026 10:30 (Europe/Brussels)" in text
        hashes.update(re.findall(r"data hash ([0-9a-f]{12})", text))
    assert len(hashes) == 1


def test_hash_identifies_the_input_not_the_print_time():
    a, b = shortlist_data(), shortlist_data()
    b = dataclasses.replace(b, context=dataclasses.replace(
        b.context, generated_at=b.context.generated_at.replace(hour=23)))
    c = shortlist_data()
    c.invited_rows[0] = dataclasses.replace(c.invited_rows[0], total=99.0)
    h = [re.search(r"data hash (\w{12})", pages_text(render("shortlist", x))[0]).group(1) for x in (a, b, c)]
    assert h[0] == h[1] != h[2]


@pytest.mark.parametrize("kind", ["shortlist", "eligibility", "sheets", "panel", "extract"])
def test_fonts_are_embedded(rendered, kind, tmp_path, pdffonts):
    pdf = rendered[kind]
    assert b"/FontFile2" in pdf
    path = tmp_path / f"{kind}.pdf"
    path.write_bytes(pdf)
    rows = pdffonts(path)
    if rows is not None:
        assert rows and all(" yes " in r and "DejaVuSans" in r for r in rows), rows


def test_shortlist_prints_names_marks_rule_and_art29_first(rendered):
    text = " ".join(pages_text(rendered["shortlist"]))
    for name in NAMES:
        assert name in text  # Greek, Cyrillic, Polish, Czech, Irish, and markup printed literally
    assert "<b>O'Brien & Co</b>" in text
    assert text.index("Article 29 priority candidates") < text.index("Candidates invited to interview –")
    art29 = text[text.index("Article 29 priority candidates"):text.index("Candidates invited to interview –")]
    assert "Łukasz Żółkiewski" in art29 and "laureate" in art29 and "47.50" in art29
    # invited, in rank order, with marks per criterion and total
    invited = text[text.index("Candidates invited to interview –"):text.index("Not invited")]
    order = [invited.index(n) for n in (NAMES[0], NAMES[1], NAMES[3], NAMES[4], NAMES[5])]
    assert order == sorted(order)
    assert "Мария Иванова cand1@example.eu – 3.00 4.00 0.00 1.00 2.00 60.00" in invited
    assert "60.0 / 100" in text and "S1 ≥ 2" in text and "1. higher S1; 2. higher S2" in text
    assert "Seán Ó Súilleabháin; <b>O'Brien & Co</b>" in text  # ties at the cut ("Surname, First" names: "; ")
    assert "Not invited – 51" in text and "below minimum on S1: 7" in text
    for m in MEMBERS[:3]:
        assert m in text


def test_draft_watermark_until_frozen_then_signoff_times():
    draft = pages_text(render("shortlist", shortlist_data(frozen=False)))
    assert all("DRAFT" in page for page in draft)
    frozen = pages_text(render("shortlist", shortlist_data(frozen=True)))
    assert not any("DRAFT" in page for page in frozen)
    text = " ".join(frozen)
    assert "Frozen on 20.06.2026 10:30" in text
    assert "Anna Schmidt chair Signed off 20.06.2026 10:30" in text
    assert "Paolo Rossi secretary" not in text.split("Signatures")[1]  # non-voting: no signature line


def test_long_table_repeats_its_header_and_never_splits_a_row():
    pages = pages_text(render("shortlist", shortlist_data(frozen=True, annex=150)))
    annex = [i for i, t in enumerate(pages) if "Candidate 00" in t]
    assert len(annex) >= 3
    for i in annex:
        assert "# Name Email Art. 29 S1 S2 S3 A1 A2 Total Status" in pages[i]
    text = " ".join(pages)
    for k in range(6, 150):
        assert re.search(rf"{k + 1} Candidate {k:05d} cand{k}@example\.eu .*?not invited", text)


def test_eligibility_report_lists_flags_outcomes_reasons_and_counts(rendered):
    text = " ".join(pages_text(rendered["eligibility"]))
    for name in NAMES:
        assert name in text
    assert "Received On time Eligible Excluded To verify 7 6 4 1 1" in text
    assert "Seán Ó Súilleabháin cand4@example.eu 12.06.2026 11:59:58 late" in text
    assert "Мария Иванова E-EDU NOT MET Diploma shows 2 years of study" in text
    assert "Мария Иванова – EXCLUDED Education below 3 years" in text
    assert "Šárka Dvořáková E-LANG verify B2 level not evidenced" in text
    assert "declared" in text


def test_candidate_sheets_one_per_page_and_member_marks_only_on_request():
    pages = pages_text(render("sheets", sheets_data(show=False)))
    assert len(pages) == 6
    for name, page in zip(NAMES, pages, strict=True):
        assert name in page
    assert "Ten years of DevOps <at> <b>O'Brien & Co</b> & co." in pages[5]
    assert "Individual marks" not in " ".join(pages)
    assert not any(m in " ".join(pages) for m in MEMBERS)
    shown = " ".join(pages_text(render("sheets", sheets_data(show=True))))
    assert "Individual marks (internal" in shown and "Anna Schmidt" in shown


def test_panel_report_covers_the_minutes(rendered):
    text = " ".join(pages_text(rendered["panel"]))
    for needle in ["Panel composition and replacements", "Liesbeth Van Damme", "Declarations signed",
                   "Jean Dupont Šárka Dvořáková former colleague", "9f2c9f2c", "A2: weight 1 → 0.5",
                   "Typo in the sealed grid", "57 55 51 4 0", "Diploma shows 2 years of study",
                   "Distribution of totals (30 candidates)", "pass mark 60", "Mean final mark per criterion",
                   "Evidence on p. 3 overlooked by one member", "ICC(2,k) all criteria 0.81",
                   "Preselection ranking – 30", "Interview results – 6", "31.12.2027",
                   "information only", "Robustness of the cut", "Paolo Rossi secretary (non-voting)"]:
        assert needle in text, needle
    assert "Recommended Γιώργος Παπαδόπουλος" in text


def test_extract_has_own_data_only(rendered):
    text = " ".join(pages_text(rendered["extract"]))
    assert "<b>O'Brien & Co</b>" in text and "MSc Computer Science (5 years)" in text
    assert "Irish national (IE)" in text and "Preselection – not invited to interview" in text
    assert "Pass mark 60.0" in text and "Total 35.00" in text
    assert "S1 DevOps, DevSecOps, cloud or hybrid architecture 3 0.00" in text
    for other in NAMES[:5] + MEMBERS:
        assert other not in text
    assert "cand0@" not in text


def test_extract_data_cannot_carry_marks_of_members_others_or_ranking():
    fields = {f.name for f in dataclasses.fields(ExtractData)}
    assert not fields & {"member_marks", "ranking", "rank", "rows", "others", "panel"}
    assert extract_data().context.panel == []
    assert {c.code for c in CRITERIA} == set(extract_data().finals)
