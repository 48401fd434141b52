"""Merging a verified return file into the panel's database: declarations, then submitted assessments.

All or nothing (one unit of work). A candidate already submitted with the same marks is left alone, so a
second import changes nothing; one submitted with other marks is refused (the chair reopens it first).
"""

from __future__ import annotations

from datetime import datetime

from panel_app.domain.errors import Refused
from panel_app.store import procedures as q
from panel_app.store import scoring as qs
from panel_app.store.applications import candidate_by_email
from panel_app.store.clock import utcnow
from panel_app.store.models import Assessment, Declaration, Score


def _same(sc: Score | None, mark: dict) -> bool:
    return sc is not None and sc.value == mark["value"] and sc.na == bool(mark["na"]) and \
        (sc.comment or "") == (mark.get("comment") or "")


def merge_return(uow, p, m, body: dict) -> dict:  # noqa: ANN001
    s = uow.session
    crits = {c.code: c for c in q.criteria(s, p.id) if c.kind == "scored"}
    lo, hi = p.rules.get("scale_min", 0), p.rules.get("scale_max", 4)

    def cand(email: str | None):  # noqa: ANN202
        c = candidate_by_email(s, p.id, (email or "").lower())
        if c is None:
            raise Refused(f"The return file names a candidate {email} who is not in {p.reference}.")
        return c

    declared = 0
    mine = qs.declarations(s, p.id, m.id)
    conflicts = {d.candidate_id for d in mine if d.kind == "conflict"}
    for d in body.get("declarations", []):
        if d["kind"] == "confidentiality" and any(x.kind == "confidentiality" for x in mine):
            continue
        cid = cand(d["candidate"]).id if d["kind"] == "conflict" else None
        if d["kind"] == "conflict" and cid in conflicts:
            continue
        uow.add(Declaration(procedure_id=p.id, member_id=m.id, candidate_id=cid, kind=d["kind"],
                            conflict_type=d.get("type"), reason=d.get("reason"),
                            signed_at=datetime.fromisoformat(d["signed_at"])))
        conflicts |= {cid} if cid else set()
        declared += 1
        uow.audit(p.id, "declaration.import", "member", m.name, None, {"kind": d["kind"], "candidate": d["candidate"]})

    merged = unchanged = 0
    for a in body.get("assessments", []):
        c = cand(a["candidate"])
        if c.id in conflicts:
            raise Refused(f"{m.name} has a declared conflict on {c.email}: their marks for it cannot be merged.")
        existing = {sc.criterion_id: sc for sc in qs.scores_of(s, m.id, c.id, a["stage"])}
        for mark in a["marks"]:
            crit = crits.get(mark["criterion"])
            if crit is None or crit.stage != a["stage"]:
                raise Refused(f"The return file marks {mark['criterion']}, not a scored criterion of {a['stage']}.")
            if not mark["na"] and mark["value"] is not None and not lo <= mark["value"] <= hi:
                raise Refused(f"The return file gives {mark['value']} on {mark['criterion']}, outside {lo}–{hi}.")
        ass = qs.assessment(s, m.id, c.id, a["stage"])
        same = all(_same(existing.get(crits[x["criterion"]].id), x) for x in a["marks"])
        if ass is not None and ass.status == "submitted":
            if same:
                unchanged += 1
                continue
            raise Refused(f"{m.name} already submitted {c.email} in the panel's database with other marks.",
                          hint="Reopen that assessment first if the offline marks should replace it.")
        now = utcnow()
        written = []
        for mark in a["marks"]:
            crit = crits[mark["criterion"]]
            sc = existing.get(crit.id)
            if sc is None:
                sc = uow.add(Score(procedure_id=p.id, member_id=m.id, candidate_id=c.id, criterion_id=crit.id,
                                   stage=a["stage"], comment=""))
            sc.value, sc.na = (None if mark["na"] else mark["value"]), bool(mark["na"])
            sc.comment, sc.evidence_page = mark.get("comment") or "", mark.get("evidence_page")
            sc.updated_by, sc.updated_at = m.name, now
            written.append(sc)
        if ass is None:
            ass = uow.add(Assessment(procedure_id=p.id, member_id=m.id, candidate_id=c.id, stage=a["stage"]))
        ass.status, ass.submitted_at = "submitted", datetime.fromisoformat(a["submitted_at"])
        ass.updated_by, ass.updated_at = m.name, now
        uow.flush()
        uow.audit(p.id, "score.import", "assessment", f"{m.name}/{c.email}/{a['stage']}", None,
                  {"marks": len(a["marks"]), "via": "offline package"}, rows=written)
        merged += 1
    return {"merged": merged, "unchanged": unchanged, "declarations": declared}
