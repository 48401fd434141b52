"""A realistic procedure for the report tests and docs/reports: 34 synthetic applications (two late, some
not eligible), eligibility decided by the secretary, three Article 29 candidates, a tie at the cut broken
on S2-DEVOPS, a candidate below the minimum on S2-DEVOPS, a consensus mark, then (by stage) the freeze and
the sign-offs, the interview with a joint place, the outcome and the interview sign-offs; the notice's
publication and the panel's meetings (constitutive, consensus, interviews) as the demo records them.

    sv, ref = build(tmp_path / "panel.sqlite", upto="final")   # "scored" | "frozen" | "outcome" | "final"

Preselection totals are Σ w × mark / 92 × 100 (weights 1,3,2,2,2,2,2,2,1,1,1,1,1,1,1).
"""

from __future__ import annotations

import math
from datetime import date
from pathlib import Path

from panel_app.domain.paths import DEFAULT_TEMPLATE
from panel_app.services import Services
from panel_app.services.demo import DEMO_NOTICE_PUBLISHED, record_meeting
from panel_app.services.edits import CandidateEdit
from panel_app.services.synthetic import write_mailbox
from panel_app.store import open_database

PASSWORD = "demo-panel"
CHAIR, BOB, EVA, SEC = "Maria Papadopoulou", "Jan Novák", "Sophie Martin", "Lukas Wagner"
VOTERS = [CHAIR, BOB, EVA]
N_APPLICATIONS = 34
PLACES = ["official", "laureate", "other_institution"]  # Art. 29 categories given to three candidates


def who(sv, ref, name):
    return sv.members.sign_in(ref, name, PASSWORD)


def decide_eligibility(sv, ref, sec) -> list[str]:
    """Every check decided (suggestion confirmed, 'to verify' settled on the documents); the not eligible
    excluded with their reason. Returns the e-mails of the eligible candidates, in import order."""
    eligible = []
    for row in sv.eligibility.matrix(ref):
        failed = [c for c in row.checks if c.suggested == "not_met"]
        for c in row.checks:
            if c.suggested == "not_met":
                sv.eligibility.decide(ref, row.id, c.criterion, "not_met", c.reason or "not met", sec)
            elif c.suggested == "to_verify":
                value = "declared" if c.criterion in ("E-CIVIC", "E-MILITARY", "E-FITNESS", "E-REFERENCES") \
                    else "met"
                sv.eligibility.decide(ref, row.id, c.criterion, value,
                                      "checked on the documents by the secretariat", sec)
            else:
                sv.eligibility.decide(ref, row.id, c.criterion, c.suggested, None, sec)
        if failed:
            why = "; ".join(f"{c.criterion}: {c.reason or 'not met'}" for c in failed)
            sv.eligibility.exclude(ref, row.id, f"Not eligible – {why}", sec)
        elif row.candidate.email:
            eligible.append(row.candidate.email)
    return eligible


def namesake(sv, ref, sec, model: str, other: str) -> None:
    """Give `other` the same name as `model` (namesakes happen: the reports must tell them apart)."""
    app = sv.applications.list(ref, application_id=sv.eligibility.application_of(ref, model))[0]
    target = sv.applications.list(ref, application_id=sv.eligibility.application_of(ref, other))[0]
    sv.applications.update_candidate(ref, target.id, CandidateEdit(surname=app.candidate.surname,
                                                                   first_name=app.candidate.first_name),
                                     target.candidate.version, sec)


def plan(eligible: list[str]) -> dict[str, dict]:
    """email -> {"level": base mark, "adjust": {code: [per-voter delta]}, "art29": category|None}."""
    levels = [3.6, 3.5, 3.4, 3.3, 3.2, 3.1, 3.0, 2.8, 2.8, 2.7, 2.5, 2.3, 2.1, 1.9, 1.7, 3.4, 2.9, 2.4, 1.5, 1.2]
    out: dict[str, dict] = {}
    for i, email in enumerate(eligible):
        out[email] = {"level": levels[i % len(levels)], "adjust": {}, "art29": None, "shape": i}
    keys = list(out)
    # rank 8 and rank 9 equal on the total; the tie is broken on S2-DEVOPS (3.00 > 2.67)
    out[keys[7]]["level"] = out[keys[8]]["level"] = 2.9
    out[keys[8]]["shape"] = out[keys[7]]["shape"]
    out[keys[8]]["adjust"] = {"S2-DEVOPS": [0, 0, -1], "S9-COORDINATION": [1, 1, 1]}
    # a strong candidate below the minimum on S2-DEVOPS
    out[keys[15]]["adjust"] = {"S2-DEVOPS": [-2, -2, -1]}
    # Article 29: a laureate among the best, an official who passes but is not invited, another below the pass mark
    out[keys[1]]["art29"] = "laureate"
    out[keys[10]]["art29"] = "official"
    out[keys[10]]["level"] = 2.6
    out[keys[13]]["art29"] = "other_institution"
    return out


def _mark(level: float, voter: int, delta: int) -> str:
    """Three members whose marks average about `level` (one third of a point apart at most)."""
    return str(max(0, min(4, math.floor(level + voter / 3) + delta)))


def score(sv, ref, stage: str, who_plan: dict[str, dict], tmp: Path) -> None:
    grid = sv.grid.grid(ref)
    codes = [c.code for c in sorted(grid.criteria, key=lambda c: c.position)
             if c.stage == stage and c.kind == "scored"]
    for v, name in enumerate(VOTERS):
        actor = who(sv, ref, name)
        lines = ["candidate,criterion,value,comment"]
        for email, pl in who_plan.items():
            for k, code in enumerate(codes):
                base = pl["level"] + 0.25 * ((k + pl["shape"]) % 3 - 1)
                comment = "Clear, dated evidence in the CV" if k == 1 else ""
                lines.append(f"{email},{code},{_mark(base, v, pl['adjust'].get(code, [0, 0, 0])[v])},{comment}")
        path = tmp / f"{stage}-{v}.csv"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        sv.sheets.import_file(ref, actor, path, stage)
        for email in who_plan:
            sv.scoring.submit(ref, actor, email, stage)


def build(path: Path, upto: str = "final", n: int = N_APPLICATIONS) -> tuple[Services, str]:
    db = open_database(f"sqlite:///{path}")
    sv = Services.for_db(db)
    ref = sv.procedures.create_from_template(DEFAULT_TEMPLATE).result.reference
    sv.members.add(ref, CHAIR, "chair", password=PASSWORD)
    chair = who(sv, ref, CHAIR)
    for name, role in ((BOB, "member"), (EVA, "member"), (SEC, "secretary")):
        sv.members.add(ref, name, role, chair, password=PASSWORD)
    sec = who(sv, ref, SEC)
    tmp = path.parent / "realistic-work"
    write_mailbox(tmp / "mail", n)
    sv.intake.import_paths(ref, [str(tmp / "mail")], sec, workers=1)
    eligible = decide_eligibility(sv, ref, sec)
    namesake(sv, ref, sec, eligible[3], eligible[9])
    pl = plan(eligible)
    for email, x in pl.items():
        if x["art29"]:
            app = sv.eligibility.application_of(ref, email)
            sv.eligibility.set_article29(ref, app, x["art29"], "Article 29 box ticked on the form", sec)
    sv.meetings.set_published_on(ref, chair, DEMO_NOTICE_PUBLISHED)
    sv.grid.seal(ref, chair)
    for name in VOTERS:
        sv.scoring.declare_confidentiality(ref, who(sv, ref, name))
    record_meeting(sv, ref, chair, "constitutive")
    score(sv, ref, "preselection", pl, tmp)
    keys = list(pl)
    sv.panel.consensus_set(ref, chair, keys[4], "S3-CICD", 4.0,
                           "The panel agreed the CI/CD platform she built for 40 teams is excellent evidence.")
    record_meeting(sv, ref, chair, "consensus")
    if upto == "scored":
        return sv, ref
    sv.panel.freeze(ref, chair)
    for name in VOTERS:
        sv.panel.sign(ref, who(sv, ref, name))
    if upto == "frozen":
        return sv, ref
    invited = [r.candidate for r in sv.panel.shortlist(ref, chair).invited + sv.panel.shortlist(ref, chair).article29]
    ipl = {e: {"level": pl[e]["level"], "adjust": {}, "art29": None, "shape": 0} for e in invited}
    ordered = sorted(invited)
    ipl[ordered[0]]["level"] = ipl[ordered[1]]["level"] = 3.0  # a joint place in the final ranking
    ipl[ordered[2]]["level"] = 1.6  # fails the interview
    score(sv, ref, "interview", ipl, tmp)
    record_meeting(sv, ref, chair, "interviews")
    final = sv.panel.final_ranking(ref, chair).rows
    passed = [r for r in final if r.status == "passed"]
    for i, r in enumerate(passed):
        outcome = "recommended" if i < 2 else "reserve"
        sv.panel.set_outcome(ref, chair, r.candidate, outcome, date(2028, 12, 31) if outcome == "reserve" else None)
    if upto == "outcome":
        return sv, ref
    sv.panel.final_freeze(ref, chair)
    for name in VOTERS:
        sv.panel.final_sign(ref, who(sv, ref, name))
    return sv, ref
