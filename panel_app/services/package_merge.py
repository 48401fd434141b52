"""Merging a verified return file into the panel's database: declarations, then submitted assessments.

All or nothing (one unit of work). Each assessment is merged only if it stands in the panel's database as it
stood when the package was exported (the state recorded at export, server side: the assessment's version and
status and its marks' versions). One reopened, re-marked, submitted or merged since is refused by name, and
then nothing is merged. An assessment an earlier return of the same package merged, untouched since and with
the same marks, is left alone ("already there"), so partial returns of one package add up.
"""

from __future__ import annotations

from datetime import datetime

from panel_app.domain.errors import Refused, ReturnOutOfDate
from panel_app.domain.texts import translate
from panel_app.domain.words import stage_word
from panel_app.store import procedures as q
from panel_app.store import scoring as qs
from panel_app.store.applications import candidate_by_email
from panel_app.store.clock import utcnow
from panel_app.store.models import Assessment, Declaration, Score


def _same(sc: Score | None, mark: dict) -> bool:
    return sc is not None and sc.value == mark["value"] and sc.na == bool(mark["na"]) and \
        (sc.comment or "") == (mark.get("comment") or "")


def state_key(email: str, stage: str) -> str:
    return f"{email}|{stage}"


def states_by_key(s, m, cands: dict[int, str]) -> dict[str, str]:
    """"email|stage" -> the state token of member m's assessment (no entry: never marked)."""
    return {state_key(cands[cid], stage): token
            for (cid, stage), token in qs.assessment_states(s, m.id, list(cands)).items()}


def _why_changed(key: str, ass, base: str, now: str,
                 merged_before: dict[str, tuple[str, str]]) -> str:
    if key in merged_before:
        token, when = merged_before[key]
        return f"merged before, from a return on {when}" + ("" if token == now else ", and changed since")
    if ass is not None and ass.status == "draft" and ":submitted" in base:
        return "reopened since the export"
    if ass is not None and ass.status == "submitted":
        return "submitted in the panel's database since the export"
    return "re-marked in the panel's database since the export"


def merge_return(uow, p, m, body: dict, bases: dict[str, str],
                 merged_before: dict[str, tuple[str, str]], exported: str) -> tuple[dict, dict[str, str]]:
    """(counts, "email|stage" -> state after the merge). `bases`: the states at export; `merged_before`:
    key -> (state after an earlier return's merge, when) for this package."""
    s = uow.session
    crits = {c.code: c for c in q.criteria(s, p.id) if c.kind == "scored"}
    lo, hi = p.grid_rules.scale

    def cand(email: str | None):
        c = candidate_by_email(s, p.id, (email or "").lower())
        if c is None:
            raise Refused(translate("Errors", "The return file names a candidate {email} who is not in "
                                              "{reference}.").format(email=email, reference=p.reference))
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

    wanted = [(a, cand(a["candidate"])) for a in body.get("assessments", [])]
    now_states = states_by_key(s, m, {c.id: c.email for _a, c in wanted})
    todo, problems, unchanged = [], [], 0
    for a, c in wanted:
        if c.id in conflicts:
            raise Refused(translate("Errors", "{name} has a declared conflict on {email}: their marks for "
                                              "it cannot be merged.").format(name=m.name, email=c.email))
        for mark in a["marks"]:
            crit = crits.get(mark["criterion"])
            if crit is None or crit.stage != a["stage"]:
                raise Refused(translate("Errors", "The return file marks {criterion}, not a scored criterion of "
                                                  "the {stage} stage.").format(criterion=mark['criterion'],
                                                                               stage=stage_word(a['stage'])))
            if not mark["na"] and mark["value"] is not None and not lo <= mark["value"] <= hi:
                raise Refused(translate("Errors", "The return file gives {value} on {criterion}, outside "
                                                  "{lo}–{hi}.")
                                  .format(value=mark['value'], criterion=mark['criterion'], lo=lo, hi=hi))
        key = state_key(c.email, a["stage"])
        existing = {sc.criterion_id: sc for sc in qs.scores_of(s, m.id, c.id, a["stage"])}
        same = all(_same(existing.get(crits[x["criterion"]].id), x) for x in a["marks"])
        ass = qs.assessment(s, m.id, c.id, a["stage"])
        now, base = now_states.get(key, ""), bases.get(key)
        if base is None:
            problems.append(f"{c.email} ({a['stage']}: not in the package)")
        elif key in merged_before and merged_before[key][0] == now and same:
            unchanged += 1  # an earlier return of this package merged it; untouched since
        elif now != base or key in merged_before:
            problems.append(f"{c.email} ({a['stage']}: {_why_changed(key, ass, base, now, merged_before)})")
        elif ass is not None and ass.status == "submitted" and not same:
            problems.append(f"{c.email} ({a['stage']}: submitted in the panel's database before the export, "
                            "with other marks)")
        elif ass is not None and ass.status == "submitted":
            unchanged += 1
        else:
            todo.append((a, c, existing, ass))
    if problems:
        raise ReturnOutOfDate(
            translate("Errors", "Nothing was merged: {count} of {name}'s assessments changed after the "
                                "package of {exported} was exported: {problems}.")
                .format(count=len(problems), name=m.name, exported=exported, problems='; '.join(problems)),
            hint=translate("Errors", "The panel's database keeps its marks. Ask the member which marks "
                                     "stand (the chair can reopen an assessment), or export a new package "
                                     "for another offline round."))
    merged_keys = []
    for a, c, existing, ass in todo:
        _write(uow, p, m, c, a, crits, existing, ass)
        merged_keys.append(c)
    after = states_by_key(s, m, {c.id: c.email for c in merged_keys}) if merged_keys else {}
    return {"merged": len(todo), "unchanged": unchanged, "declarations": declared}, after


def _write(uow, p, m, c, a: dict, crits: dict, existing: dict, ass) -> None:
    now, written = utcnow(), []
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
              {"marks": len(a["marks"]), "via": "offline package", "built_from": a.get("built_from")}, rows=written)
