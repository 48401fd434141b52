"""Sample report data built in code: names in Greek, Cyrillic, Polish, Czech, Irish, and markup.

Plain functions (not fixtures) so bench/ and screenshot scripts can reuse them."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import UTC, date, datetime

import pypdfium2 as pdfium

from panel_app.reports.data import (
    AmendmentInfo,
    CandidateSheet,
    CandidateSheetData,
    ConflictInfo,
    ConsensusNote,
    CriterionInfo,
    EligibilityData,
    EligibilityOutcome,
    EligibilityRow,
    ExtractData,
    FieldChange,
    IntakeCounts,
    PanelMemberInfo,
    PanelReportData,
    RankRow,
    ReliabilityRow,
    ReportContext,
    RuleInfo,
    ShortlistData,
)

NAMES = ["Γιώργος Παπαδόπουλος", "Мария Иванова", "Łukasz Żółkiewski", "Šárka Dvořáková",
         "Seán Ó Súilleabháin", "<b>O'Brien & Co</b>"]
MEMBERS = ["Anna Schmidt", "Jean Dupont", "Liesbeth Van Damme", "Paolo Rossi"]
T0 = datetime(2026, 6, 20, 8, 30, tzinfo=UTC)
CRITERIA = [CriterionInfo("S1", "DevOps, DevSecOps, cloud or hybrid architecture", "selection", 3, 2),
            CriterionInfo("S2", "CI/CD pipelines, containers, infrastructure as code", "selection", 3),
            CriterionInfo("S3", "Security requirements in engineering and delivery", "selection", 2),
            CriterionInfo("A1", "Jenkins, GitLab, Azure DevOps, Docker, Kubernetes, Terraform", "asset", 1),
            CriterionInfo("A2", "ITIL v4 and PM2", "asset", 1)]
INTERVIEW = [CriterionInfo("I1", "Analytical skills", "interview", 2),
             CriterionInfo("I2", "Communication", "interview", 1)]
ELIG = [CriterionInfo("E-NAT", "EU nationality", "eligibility", 0),
        CriterionInfo("E-EDU", "University studies of at least 3 years", "eligibility", 0),
        CriterionInfo("E-LANG", "C1 + B2 in two official EU languages", "eligibility", 0),
        CriterionInfo("E-CIV", "Full rights as a citizen", "eligibility", 0)]


def email_of(i: int) -> str:
    return f"cand{i}@example.eu"


def context(**kw) -> ReportContext:
    panel = [PanelMemberInfo(MEMBERS[0], "chair", True, None, T0, None),
             PanelMemberInfo(MEMBERS[1], "member", True, MEMBERS[2], T0, None),
             PanelMemberInfo(MEMBERS[2], "member", True, None, T0, None),
             PanelMemberInfo(MEMBERS[3], "secretary", False, None, T0, None)]
    base = dict(reference="DIGIT/COM/2026/1039", title="IT Service Officer – DevOps Lead Architect",
                grade="AD5-7", post="DG DIGIT – Unit DIGIT.S.2", place="Luxembourg",
                generated_at=T0, panel=panel, procedure="Selection of a temporary agent 2(b)")
    base.update(kw)
    return ReportContext(**base)


def finals_of(i: int) -> dict[str, float | None]:
    return {c.code: (None if (i + k) % 7 == 6 else float((i * 3 + k) % 5)) for k, c in enumerate(CRITERIA)}


def total_of(finals: dict[str, float | None]) -> float:
    w = {c.code: c.weight for c in CRITERIA}
    return round(sum((v or 0) * w[k] for k, v in finals.items()) * 100 / 40, 2)


def rank_rows(n: int) -> list[RankRow]:
    rows = []
    for i in range(n):
        name = NAMES[i] if i < len(NAMES) else f"Candidate {i:05d}"
        f = finals_of(i)
        rows.append(RankRow(i + 1, name, email_of(i), "laureate" if i == 2 else "", f, total_of(f),
                            "invited" if i < 6 else "not_invited", "" if i < 6 else "below pass mark"))
    return rows


def shortlist_data(frozen: bool = False, annex: int | None = None) -> ShortlistData:
    rows = rank_rows(max(annex or 0, 6))
    ctx = context()
    if frozen:
        ctx = replace(ctx, panel=[replace(m, signoff_at=T0) for m in ctx.panel])
    return ShortlistData(
        ctx, CRITERIA,
        RuleInfo(60.0, {"S1": 2}, 8, ["higher S1", "higher S2", "Art. 29 category"], [NAMES[4], NAMES[5]],
                 True, 100),
        article29_rows=[rows[2]], invited_rows=[r for i, r in enumerate(rows[:6]) if i != 2],
        not_invited_counts={"below pass mark": 41, "below minimum on S1": 7, "beyond best N": 3},
        annex_rows=rows if annex else None, frozen=frozen, frozen_at=T0 if frozen else None)


def eligibility_data(n: int = 6) -> EligibilityData:
    rows = []
    for i in range(n):
        name = NAMES[i] if i < len(NAMES) else f"Applicant {i:04d}"
        bad = i == 1
        checks = {"E-NAT": ("met", "Greek national (EL)" if i == 0 else ""),
                  "E-EDU": ("not_met", "Diploma shows 2 years of study") if bad else ("met", ""),
                  "E-LANG": ("to_verify", "B2 level not evidenced") if i == 3 else ("met", ""),
                  "E-CIV": ("declared", "")}
        rows.append(EligibilityRow(name, email_of(i), f"mail-{i}.eml", ["late"] if i == 4 else [],
                                   "12.06.2026 11:59:58", checks,
                                   "not_eligible" if bad else ("to_verify" if i == 3 else "eligible"),
                                   excluded=bad, exclusion_reason="Education below 3 years" if bad else ""))
    return EligibilityData(context(), ELIG, rows, IntakeCounts(n + 1, n, n - 2, 1, 1))


def sheets_data(show: bool = False) -> CandidateSheetData:
    sheets = []
    for r in rank_rows(6):
        sheets.append(CandidateSheet(r.name, r.email, r.finals, r.total, r.rank,
                                     {"S1": f"Ten years of DevOps <at> {r.name} & co."},
                                     {"S1": [2, 3], "A2": [5]}, "Agreed unanimously.",
                                     {m: dict(r.finals) for m in MEMBERS[:3]}))
    return CandidateSheetData(context(), CRITERIA, sheets, show_member_marks=show, pass_mark=60)


def panel_data() -> PanelReportData:
    rows = rank_rows(30)
    inter = [RankRow(i + 1, r.name, r.email, r.article29, {"I1": 3.0, "I2": 2.5 + i / 10},
                     70.0 - i, "recommended" if i == 0 else "reserve", preselection_total=r.total)
             for i, r in enumerate(rows[:6])]
    return PanelReportData(
        context(), CRITERIA, "9f2c" * 16, T0, IntakeCounts(57, 55, 51, 4, 0),
        "Consensus marks agreed in the meeting; departures from the mean justified.",
        RuleInfo(60.0, {"S1": 2}, 8, ["higher S1"], [], True, 100),
        amendments=[AmendmentInfo(T0, MEMBERS[0], "A2", [FieldChange("weight", 1.0, 0.5)], "Typo in the sealed grid"),
                    AmendmentInfo(T0, MEMBERS[0], "", [FieldChange("pass_mark", 60, 62.5), FieldChange("best_n", None, 8)],
                                  "As the notice states")],
        conflicts=[ConflictInfo(MEMBERS[1], NAMES[3], "former colleague")],
        eligibility=[EligibilityOutcome(NAMES[1], "not eligible", ["Diploma shows 2 years of study"])],
        consensus=[ConsensusNote(NAMES[0], "S1", 2.33, 3.0, "Evidence on p. 3 overlooked by one member")],
        reliability=[ReliabilityRow("ICC(2,k) all criteria", 0.81, "good")],
        ranking=rows, shortlist=rows[:6], robustness=["The cut is stable when any one member is removed."],
        interview_criteria=INTERVIEW, interview_rows=inter, recommended=[NAMES[0]], reserve=NAMES[1:4],
        reserve_valid_until=date(2027, 12, 31), totals=[r.total for r in rows],
        marks_per_criterion={c.code: [r.finals[c.code] for r in rows if r.finals[c.code] is not None]
                             for c in CRITERIA},
        nationality_counts={"EL": 9, "BG": 7, "PL": 12, "CZ": 5, "IE": 3, "BE": 14, "FR": 7},
        underrepresented=["AT", "CY", "CZ", "DK", "NL", "EE", "FI", "DE", "IE", "LU", "MT", "PL", "PT", "SK", "SE"])


def extract_data() -> ExtractData:
    f = finals_of(0)
    return ExtractData(context(), NAMES[5], email_of(5),
                       {"Nationality": "IE", "Diploma": "MSc Computer Science (5 years)",
                        "Languages": "EN C2, FR B2"},
                       "eligible", {"EU nationality": "met – Irish national (IE)"},
                       CRITERIA, f, total_of(f), 60.0, "Preselection – not invited to interview")


def pages_text(pdf: bytes) -> list[str]:
    """Text of each page (pypdfium2), whitespace collapsed."""
    doc = pdfium.PdfDocument(io.BytesIO(pdf))
    try:
        return [re.sub(r"\s+", " ", doc[i].get_textpage().get_text_range()) for i in range(len(doc))]
    finally:
        doc.close()


# ---------------------------------------------------------------- the real procedure grid
# DIGIT/COM/2026/1039: 10 eligibility criteria, 15 scored preselection criteria (S1-DEGREE …
# S10-TRANSITION, A1-TOOLS … A5-LANGUAGES), 7 interview criteria. 40 candidates.

GRID_FILE = "data/vacancies/DIGIT-COM-2026-1039.toml"
FIRST = ["Γιώργος", "Мария", "Łukasz", "Šárka", "Seán", "Anne-Marie", "Jean-Baptiste", "Małgorzata",
         "Ντίνος", "Krzysztof", "Bartholomäus", "Ioana"]
LAST = ["Παπαδόπουλος-Κωνσταντινίδης", "Иванова", "Żółkiewski", "Dvořáková", "Ó Súilleabháin",
        "van der Westhuizen-Vandenberghe", "Dupont", "Brzęczyszczykiewicz", "Κωστόπουλος", "Wiśniewski",
        "Schwarzenegger", "Popescu"]


def real_grid():
    """The sealed grid of DIGIT/COM/2026/1039: (eligibility, preselection, interview) criteria and rules."""
    from pathlib import Path

    from panel_app.domain.template import load_template

    spec = load_template(Path(__file__).resolve().parents[2] / GRID_FILE)

    def info(c) -> CriterionInfo:
        return CriterionInfo(c.code, c.title, c.group, float(c.weight), c.minimum)

    elig = [info(c) for c in spec.criteria if c.group == "eligibility"]
    pre = [info(c) for c in spec.criteria if c.group in ("selection", "asset")]
    inter = [info(c) for c in spec.criteria if c.group == "interview"]
    return elig, pre, inter, spec.rules


def real_name(i: int) -> str:
    if i < len(NAMES):
        return NAMES[i]
    return f"{FIRST[i % len(FIRST)]} {LAST[(i * 5) % len(LAST)]}"


def real_email(i: int) -> str:
    return f"candidate.{i:03d}.long-address@applications.example.europa.eu"


def real_finals(i: int, crits: list[CriterionInfo]) -> dict[str, float | None]:
    return {c.code: (None if (i + k) % 11 == 10 else float((i * 7 + k * 3) % 5)) for k, c in enumerate(crits)}


def real_total(finals: dict[str, float | None], crits: list[CriterionInfo]) -> float:
    weights = {c.code: c.weight for c in crits}
    return round(sum((v or 0) * weights[k] for k, v in finals.items()) * 100 / (4 * sum(weights.values())), 2)


def real_rank_rows(n: int = 40, crits: list[CriterionInfo] | None = None) -> list[RankRow]:
    crits = crits or real_grid()[1]
    rows = []
    for i in range(n):
        f = real_finals(i, crits)
        rows.append(RankRow(None, real_name(i), real_email(i), "", f, real_total(f, crits)))
    rows.sort(key=lambda r: -(r.total or 0))
    return [replace(r, article29="official of another institution" if k in (2, 17) else
                    ("laureate" if k == 30 else ""),
                    rank=k + 1, status="invited" if k < 8 else "not_invited",
                    reason="" if k < 8 else ("Passed, but not among the best 8" if (r.total or 0) >= 60
                                             else "Below the pass mark"))
            for k, r in enumerate(rows)]


def real_rule(crits: list[CriterionInfo]) -> RuleInfo:
    rules = real_grid()[3]
    return RuleInfo(rules.pass_mark, {c.code: c.minimum for c in crits if c.minimum is not None}, rules.best_n,
                    [f"higher final mark on {c}" for c in rules.tie_break], [real_name(7), real_name(8)],
                    rules.article29_bypass_best_n, 100.0)


def real_shortlist_data(n: int = 40, annex: bool = True, frozen: bool = False) -> ShortlistData:
    _, pre, _, _ = real_grid()
    rows = real_rank_rows(n, pre)
    ctx = context()
    if frozen:
        ctx = replace(ctx, panel=[replace(m, signoff_at=T0) for m in ctx.panel])
    art29 = [r for r in rows[:8] if r.article29]
    return ShortlistData(ctx, pre, real_rule(pre), article29_rows=art29,
                         invited_rows=[r for r in rows[:8] if not r.article29],
                         not_invited_counts={"Below the pass mark": sum(r.reason == "Below the pass mark" for r in rows),
                                             "Passed, but not among the best 8": sum(r.reason.startswith("Passed")
                                                                                     for r in rows)},
                         annex_rows=rows if annex else None, frozen=frozen, frozen_at=T0 if frozen else None)


REAL_OUTCOMES = ["met", "met", "met", "declared", "declared", "declared", "declared", "met", "met", "met"]


def real_eligibility_data(n: int = 40) -> EligibilityData:
    elig, _, _, _ = real_grid()
    rows = []
    for i in range(n):
        checks: dict[str, tuple[str, str]] = {}
        for k, c in enumerate(elig):
            outcome = REAL_OUTCOMES[k % len(REAL_OUTCOMES)]
            reason = ""
            if i % 9 == 4 and c.code == "E-DIPLOMA":
                outcome, reason = "not_met", "Diploma shows 2 years of study (Bachelor, 2019–2021)"
            elif i % 7 == 3 and c.code == "E-LANG-SECOND":
                outcome, reason = "to_verify", "B2 level of the second language not evidenced (suggested – not decided)"
            elif i % 11 == 5 and c.code == "E-DEADLINE":
                outcome, reason = "not_met", "Received 12.06.2026 12:00:03, after the deadline"
            checks[c.code] = (outcome, reason)
        outcomes = {o for o, _ in checks.values()}
        overall = "not_eligible" if "not_met" in outcomes else ("to_verify" if "to_verify" in outcomes else "eligible")
        rows.append(EligibilityRow(real_name(i), real_email(i), f"message-{i:03d}.eml",
                                   ["late"] if i % 11 == 5 else (["no_reference", "not_one_pdf"] if i % 10 == 6 else []),
                                   f"{10 + i % 3:02d}.06.2026 11:{i % 60:02d}:58", checks, overall,
                                   excluded=overall == "not_eligible",
                                   exclusion_reason="Not eligible: see the reasons" if overall == "not_eligible" else ""))
    counts = IntakeCounts(n, n - sum("late" in r.flags for r in rows), sum(r.overall == "eligible" for r in rows),
                          sum(r.excluded for r in rows), sum(r.overall == "to_verify" for r in rows))
    return EligibilityData(context(), elig, rows, counts)


def real_sheets_data(n: int = 3, show: bool = True) -> CandidateSheetData:
    _, pre, _, _ = real_grid()
    sheets = []
    for r in real_rank_rows(40, pre)[:n]:
        just = {c.code: f"Evidence in the CV for {c.code}: several dated roles, p. 2–3." for c in pre[::3]}
        pages = {c.code: [2, 3] for c in pre[::2]}
        sheets.append(CandidateSheet(r.name, r.email, r.finals, r.total, r.rank, just, pages,
                                     "Consensus mark agreed in the meeting on S2-DEVOPS.",
                                     {m: {k: (v if v is None else float(round(v))) for k, v in r.finals.items()}
                                      for m in MEMBERS[:3]}, r.article29, r.status))
    return CandidateSheetData(context(), pre, sheets, show_member_marks=show, pass_mark=60)


def real_panel_data(n: int = 40) -> PanelReportData:
    elig, pre, inter, rules = real_grid()
    rows = real_rank_rows(n, pre)
    irows = []
    for i, r in enumerate(rows[:8]):
        f = {c.code: float((i + k) % 5) for k, c in enumerate(inter)}
        irows.append(RankRow(i + 1, r.name, r.email, r.article29, f, real_total(f, inter),
                             "recommended" if i < 2 else "reserve", preselection_total=r.total))
    return PanelReportData(
        context(), pre, "9f2c" * 16, T0, IntakeCounts(n, n - 3, n - 8, 5, 3),
        "The mean of the members' marks, replaced by a consensus mark where the panel agrees one.",
        real_rule(pre),
        amendments=[AmendmentInfo(T0, MEMBERS[0], "A5-LANGUAGES", [FieldChange("weight", 1.0, 0.5)],
                                  "Typo in the sealed grid")],
        conflicts=[ConflictInfo(MEMBERS[1], real_name(3), "former colleague")],
        eligibility=[EligibilityOutcome(real_name(4), "not eligible", ["E-DIPLOMA: Diploma shows 2 years of study"])],
        consensus=[ConsensusNote(real_name(0), "S10-TRANSITION", 2.33, 3.0, "Evidence on p. 3 overlooked")],
        reliability=[ReliabilityRow("ICC(2,k) all criteria", 0.81, "good")],
        ranking=rows, shortlist=rows[:8], robustness=["The cut is stable when any one member is removed."],
        interview_criteria=inter, interview_rows=irows, recommended=[r.name for r in irows[:2]],
        reserve=[r.name for r in irows[2:]], reserve_valid_until=date(2027, 12, 31),
        totals=[r.total for r in rows],
        marks_per_criterion={c.code: [r.finals[c.code] for r in rows if r.finals[c.code] is not None] for c in pre},
        nationality_counts={"EL": 9, "BG": 7, "PL": 12, "CZ": 5, "IE": 3, "BE": 14, "FR": 7},
        underrepresented=list(rules_underrepresented()))


def rules_underrepresented() -> list[str]:
    return ["AT", "CY", "CZ", "DK", "NL", "EE", "FI", "DE", "IE", "LU", "MT", "PL", "PT", "SK", "SE"]


def wide_grid(n: int = 20) -> list[CriterionInfo]:
    """The real preselection criteria plus invented ones with long codes, `n` in all."""
    pre = real_grid()[1]
    extra = [CriterionInfo(f"X{k}-INVENTED-LONG-CODE", f"Invented criterion {k}", "asset", 1)
             for k in range(1, n - len(pre) + 1)]
    return (pre + extra)[:n]


def wide_eligibility(n: int = 20) -> list[CriterionInfo]:
    elig = real_grid()[0]
    extra = [CriterionInfo(f"E-INVENTED-{k:02d}", f"Invented condition {k}", "eligibility", 0)
             for k in range(1, n - len(elig) + 1)]
    return (elig + extra)[:n]


def real_extract_data() -> ExtractData:
    elig, pre, _, _ = real_grid()
    f = real_finals(0, pre)
    reasons = {c.title: "met" for c in elig}
    reasons[elig[8].title] = "met – English C2 (mother tongue)"
    return ExtractData(context(), real_name(0), real_email(0),
                       {"Nationality": "EL", "Diploma": "MSc Computer Science (5 years)", "Languages": "EL C2, EN C1"},
                       "eligible", reasons, pre, f, real_total(f, pre), 60.0, "Preselection – not invited to interview")


def real_reports() -> dict[str, object]:
    """Every report's data built on the real grid (what the screenshots in docs/reports show)."""
    return {"shortlist": real_shortlist_data(), "eligibility": real_eligibility_data(), "sheets": real_sheets_data(),
            "panel": real_panel_data(), "extract": real_extract_data()}
