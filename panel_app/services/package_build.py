"""What goes into a member's offline package, and the local procedure rebuilt from it on the member's laptop."""

from __future__ import annotations

from datetime import datetime

from panel_app.domain.errors import AlteredFile, Refused
from panel_app.domain.grid import Rules, grid_hash
from panel_app.domain.texts import translate
from panel_app.store import scoring as qs
from panel_app.store.applications import blob
from panel_app.store.models import (
    Application,
    Candidate,
    Criterion,
    Document,
    DocumentBlob,
    Member,
    Procedure,
)

from . import scoring_access as gate
from .grid import _hashable_rules, criterion_dict
from .package_format import b64, unb64

PROC_FIELDS = ("reference", "title", "directorate_general", "unit", "place", "staff_category", "grade", "mailbox",
               "timezone", "confidentiality", "underrepresented", "rules", "anchors", "sealed_by", "grid_hash")
CRIT_FIELDS = ("code", "group", "stage", "kind", "title", "weight", "minimum", "anchors", "keywords", "declared",
               "position")
APP_FIELDS = ("source", "source_sha256", "kind", "subject", "sender_name", "sender_email", "on_time",
              "reference_ok", "flags", "article29")
DOC_FIELDS = ("filename", "kind", "pages", "has_text", "text", "flags", "from_archive", "position")


def hash_of(criteria: list, rules: dict, anchors: dict) -> str:
    """The grid hash of Criterion rows (persisted or not), as GridService.current_hash computes it."""
    typed = Rules.from_dict(rules)
    return grid_hash([criterion_dict(c, typed, anchors) for c in criteria], _hashable_rules(rules), anchors)


def procedure_payload(s, p) -> dict:
    d = {k: getattr(p, k) for k in PROC_FIELDS}
    d.update(deadline_utc=p.deadline_utc.isoformat(), sealed_at=p.sealed_at.isoformat())
    return d


def criteria_payload(s, p) -> list[dict]:
    from panel_app.store import procedures as q

    return [{k: getattr(c, k) for k in CRIT_FIELDS} for c in q.criteria(s, p.id)]


def candidates_payload(s, p, member: Member) -> list[dict]:
    """The member's non-conflicted preselection candidates, in the member's reading order, with documents."""
    conflicted = {c for m, c in qs.conflicts(s, p.id) if m == member.id}
    cands = {c.email: c for c in qs.scorable_candidates(s, p.id) if c.id not in conflicted}
    out = []
    for email in gate.member_order(p.reference, member.name, list(cands)):
        c = cands[email]
        app = qs.active_application(s, c.id)
        docs = [{**{k: getattr(d, k) for k in DOC_FIELDS}, "sha256": d.blob_sha256,
                 "content": b64(blob(s, d.blob_sha256) or b"")} for d in (app.documents if app else [])]
        out.append({"email": c.email, "surname": c.surname, "first_name": c.first_name,
                    "application": {k: getattr(app, k) for k in APP_FIELDS} if app else None, "documents": docs})
    return out


def build_local(uow, pkg: dict, public_key: str, password_hash: str) -> tuple[Procedure, Member]:
    """Recreate the sealed procedure, the member and their candidates in the (local) database of `uow`."""
    s = uow.session
    meta = pkg["procedure"]
    crits = [Criterion(**{k: c[k] for k in CRIT_FIELDS}) for c in pkg["criteria"]]
    if hash_of(crits, meta["rules"], meta["anchors"]) != pkg["grid_hash"]:
        raise AlteredFile(translate("Errors", "The package's grid does not match its hash: the file was "
                                              "altered."),
                          hint=translate("Errors", "Ask the chair for the package again."))
    if _exists(s, meta["reference"]):
        raise Refused(translate("Errors", "This database already holds {meta}.").format(meta=meta['reference']),
                      hint=translate("Errors", "Open the package into a new file (--db "
                                               "sqlite:///another.sqlite)."))
    p = uow.add(Procedure(**{k: meta[k] for k in PROC_FIELDS if k not in ("sealed_by",)},
                          deadline_utc=datetime.fromisoformat(meta["deadline_utc"]),
                          sealed_at=datetime.fromisoformat(meta["sealed_at"]), sealed_by=meta["sealed_by"]))
    for c in crits:
        p.criteria.append(c)
    uow.flush()
    m = uow.add(Member(procedure_id=p.id, name=pkg["member"]["name"], role="member", voting=True,
                       public_key=public_key, password_hash=password_hash))
    seen: set[str] = set()
    for cd in pkg["candidates"]:
        c = uow.add(Candidate(procedure_id=p.id, email=cd["email"], surname=cd["surname"],
                              first_name=cd["first_name"]))
        uow.flush()
        a = cd["application"] or {"source": "package", "source_sha256": cd["email"], "kind": "pdf"}
        # the package holds the candidates of the member's queue at export: in the queue on the laptop too
        app = uow.add(Application(procedure_id=p.id, candidate_id=c.id, status="active", eligibility_decided="eligible",
                                  **{k: a.get(k) for k in APP_FIELDS if a.get(k) is not None}))
        uow.flush()
        for d in cd["documents"]:
            if d["sha256"] not in seen and not _has_blob(s, d["sha256"]):
                content = unb64(d["content"])
                uow.add(DocumentBlob(sha256=d["sha256"], size=len(content), content=content))
                seen.add(d["sha256"])
                uow.flush()
            uow.add(Document(application_id=app.id, blob_sha256=d["sha256"], **{k: d[k] for k in DOC_FIELDS}))
    uow.flush()
    return p, m


def _exists(s, reference: str) -> bool:
    from panel_app.store import procedures as q

    return q.by_reference(s, reference) is not None


def _has_blob(s, sha: str) -> bool:
    from panel_app.store.applications import has_blob

    return has_blob(s, sha)
