"""The candidate's access extract (Regulation (EU) 2018/1725) built from the database.

Only that candidate's data: what they submitted, the eligibility result with its reasons, the
consolidated (final) mark per criterion, the total, the pass mark and the stage reached. Never a
member's mark or name, another candidate or the ranking: the ranking is read only to pick out this
candidate's own row, and the rank itself is dropped.
"""

from __future__ import annotations

from panel_app.domain.eligibility.languages import language_name
from panel_app.domain.errors import NotFound, Refused
from panel_app.reports.data import ExtractData

from .report_data import article29_text, check_outcome, context, criteria, person

OUTCOME_WORDS = {"met": "met", "not_met": "not met", "to_verify": "to be verified", "declared": "declared"}
RESULT_WORDS = {"eligible": "eligible", "not_eligible": "not eligible", "to_verify": "to be verified"}
NOT_INVITED = {
    "below_pass_mark": "below the pass mark",
    "below_minimum": "below the minimum required on a criterion",
    "not_invited": "not among the candidates invited under the best-N rule",
}


def row_key(row: dict) -> str:
    """The candidate e-mail of a ranking row (the panel service gives the e-mail or a candidate dict)."""
    c = row.get("candidate")
    if isinstance(c, dict):
        c = c.get("email")
    return str(c or row.get("email") or "").strip().lower()


def own_ranking_row(sv, ref: str, actor, email: str, stage: str = "preselection") -> dict | None:  # noqa: ANN001
    """This candidate's row of the panel's ranking, or None (no panel service yet, or not ranked)."""
    panel = getattr(sv, "panel", None)
    if panel is None:
        return None
    key = email.strip().lower()
    try:
        rows = panel.ranking(ref, actor, stage)
    except Refused:  # not every assessment is submitted yet: the assessment is still in progress
        return None
    return next((r for r in rows if row_key(r) == key), None)


def submitted(app: dict, elig: dict) -> dict[str, str]:
    """label -> value, as the candidate submitted it (read from their mail and application form)."""
    sug = elig.get("suggested") or {}
    langs = ", ".join(f"{language_name(x.get('lang', ''))} {x.get('level') or ''}".strip()
                      for x in sug.get("languages") or [])
    docs = "; ".join(f"{d['filename']} ({d['pages']} pages)" if d.get("pages") else d["filename"]
                     for d in app.get("documents") or [])
    cand = app.get("candidate") or {}
    out = {"Surname": cand.get("surname") or "", "First name": cand.get("first_name") or "",
           "E-mail address": cand.get("email") or "", "Application received": app.get("received_local") or "",
           "Subject of the e-mail": app.get("subject") or "", "Documents": docs,
           "Nationalities (as stated)": ", ".join(sug.get("nationalities") or []),
           "Years of university study (as stated)": "" if sug.get("diploma_years") is None
           else str(sug["diploma_years"]),
           "Languages (as stated)": langs,
           "Article 29 category": article29_text(elig.get("article29")) or "none"}
    return {k: v for k, v in out.items() if v}


def stage_reached(elig: dict, row: dict | None, frozen: bool) -> str:
    if elig["excluded"]:
        return "Eligibility – excluded from the assessment" + (f": {elig['exclusion_reason']}"
                                                               if elig.get("exclusion_reason") else "")
    if elig["overall"] == "not_eligible":
        return "Eligibility – not eligible"
    if elig["overall"] == "to_verify":
        return "Eligibility – being verified"
    if row is None or row.get("status") in (None, "", "pending"):
        return "Preselection – assessment in progress"
    status = row["status"]
    if status == "invited":
        return "Preselection – invited to the interview" if frozen else \
            "Preselection – passed (the shortlist is not final yet)"
    return f"Preselection – not invited to the interview ({NOT_INVITED.get(status, status.replace('_', ' '))})"


def extract_data(sv, ref: str, actor, email: str, frozen: bool = False) -> ExtractData:  # noqa: ANN001
    key = (email or "").strip().lower()
    app_id = sv.eligibility.application_of(ref, key)
    elig = sv.eligibility.row(ref, app_id)
    app = next((a for a in sv.applications.list(ref) if a["id"] == app_id), None)
    if app is None:
        raise NotFound(f"No application from {email} in {ref}.")
    titles = {c["code"]: c["title"] for c in sv.grid.grid(ref)["criteria"]}
    reasons = {}
    for c in elig["checks"]:
        outcome, reason = check_outcome(c)
        text = OUTCOME_WORDS.get(outcome, outcome)
        reasons[titles.get(c["criterion"], c["criterion"])] = f"{text}: {reason}" if reason else text
    if elig["excluded"] and elig.get("exclusion_reason"):
        reasons["Exclusion from the assessment"] = elig["exclusion_reason"]
    assessed = not elig["excluded"] and elig["overall"] == "eligible"
    row = own_ranking_row(sv, ref, actor, key) if assessed else None
    grid = sv.grid.grid(ref)
    crits = criteria(grid, stage="preselection") if assessed else []
    finals = {c.code: (row or {}).get("final", {}).get(c.code) for c in crits}
    return ExtractData(
        context=context(sv, ref, with_panel=False), name=person(elig["candidate"], app["source"]), email=key,
        submitted=submitted(app, elig), eligibility_result=RESULT_WORDS.get(elig["overall"], elig["overall"])
        if not elig["excluded"] else "excluded", eligibility_reasons=reasons, criteria=crits, finals=finals,
        total=row.get("total") if row is not None else None, pass_mark=grid.get("pass_mark"),
        stage_reached=stage_reached(elig, row, frozen))
