"""Who may open and score what: the gate every scoring call goes through (GUI and CLI alike).

The rules are the domain's: who may open documents (`domain/access.py`) and which mark is accepted
(`domain/scoring/acceptance.py`); this module reads what they need and raises each refusal in words.
"""

from __future__ import annotations

import hashlib
import random

from panel_app.domain import access
from panel_app.domain.errors import NotFound, Refused
from panel_app.domain.scoring import acceptance
from panel_app.domain.scoring.acceptance import Refusal
from panel_app.domain.texts import translate
from panel_app.store import applications as qa
from panel_app.store import procedures as q
from panel_app.store import scoring as qs

from .actors import Actor
from .procedures import ProcedureService

STAGES = ("preselection", "interview")


def procedure_for(s, reference: str):
    return ProcedureService._get(s, reference)


def scorer(actor: Actor) -> acceptance.Scorer:
    return acceptance.Scorer(signed_in=not actor.is_setup and actor.member_id is not None, role=actor.role,
                             voting=actor.voting)


def require_member(actor: Actor) -> None:
    if not scorer(actor).signed_in:
        raise Refused(translate("Errors", "Sign in as a panel member first."))


def require_sealed(p) -> None:
    if p.sealed_at is None:
        raise Refused(translate("Errors", "The grid of {reference} is not sealed yet: no application can "
                                          "be opened before the chair seals it.").format(reference=p.reference))


def has_declared(s, p, actor: Actor) -> bool:
    return any(d.kind == "confidentiality" for d in qs.declarations(s, p.id, actor.member_id))


def require_declared(s, p, actor: Actor) -> None:
    if actor.role in ("secretary",):
        return
    if not has_declared(s, p, actor):
        raise Refused(translate("Errors", "{name} has not signed the declaration of confidentiality and "
                                          "absence of conflict.").format(name=actor.name),
                      hint=translate("Errors", "Sign it first (panel-app declare --confidentiality)."))


def reader(s, p, actor: Actor) -> access.Reader:
    """What the document rule (domain/access.py) needs to know about `actor` in procedure `p`."""
    if actor.is_setup:
        role = "setup" if not q.members(s, p.id) else "nobody"
    else:
        role = actor.role
    member = actor.member_id
    return access.Reader(role=role, sealed=p.sealed_at is not None,
                         declared=member is not None and has_declared(s, p, actor),
                         conflicted=frozenset(c for m, c in qs.conflicts(s, p.id) if member is not None and m == member))


def require_may_read(s, p, actor: Actor, *, scoring: bool = False,
                     who: access.Reader | None = None) -> access.Reader:
    """The one gate before documents are opened, searched or mined for keyword hits (issue 14)."""
    who = who or reader(s, p, actor)
    why = access.refusal(who, scoring=scoring)
    if why == access.NOT_SEALED:
        raise Refused(translate("Errors", "The grid of {reference} is not sealed yet: no application can "
                                          "be opened or searched before the chair seals it.")
                          .format(reference=p.reference))
    if why == access.NOT_DECLARED:
        raise Refused(translate("Errors", "{name} has not signed the declaration of confidentiality and "
                                          "absence of conflict.").format(name=actor.name),
                      hint=translate("Errors", "Sign it first (panel-app declare --confidentiality); only "
                                               "then can applications be opened or searched."))
    return who


def require_may_score(actor: Actor) -> None:
    why = acceptance.scorer_refusal(scorer(actor))
    if why == Refusal.SIGNED_OUT:
        raise Refused(translate("Errors", "Sign in as a panel member first."))
    if why == Refusal.SECRETARY:
        raise Refused(translate("Errors", "The secretary does not score."))
    if why == Refusal.OBSERVER:
        raise Refused(translate("Errors", "{name} is an observer (non-voting) and only reads.")
                          .format(name=actor.name))


def candidate(s, p, email: str):
    c = qa.candidate_by_email(s, p.id, (email or "").strip().lower())
    if c is None:
        raise NotFound(translate("Errors", "No candidate {email} in {reference}.")
                           .format(email=email, reference=p.reference))
    return c


def require_not_conflicted(s, p, actor: Actor, cand, who: access.Reader | None = None) -> None:
    who = who or reader(s, p, actor)
    if not access.may_read(who, cand.id):
        raise Refused(translate("Errors", "{name} declared a conflict of interest on this candidate: the "
                                          "application and its marks are hidden.").format(name=actor.name))


def open_candidate(s, reference: str, actor: Actor, email: str, *, scoring: bool = True,
                   stage: str = "preselection"):
    """All the checks before a member sees or scores one candidate. Returns (procedure, candidate)."""
    p = procedure_for(s, reference)
    if scoring:
        require_may_score(actor)
    else:
        require_member(actor)
    who = require_may_read(s, p, actor, scoring=True)  # the workspace: the seal and the declaration, any role
    c = candidate(s, p, email)
    require_not_conflicted(s, p, actor, c, who)
    if stage == "preselection":
        from .gates import require_in_queue

        require_in_queue(s, p, c)  # eligibility gate, exclusion, held after the freeze (issue 16)
    if stage == "interview":
        from .shortlist_state import invited_ids

        if c.id not in invited_ids(s, p):
            raise Refused(translate("Errors", "{email} was not invited to the interview (the shortlist is "
                                              "frozen without them, or not frozen yet).").format(email=c.email))
    return p, c


def member_order(reference: str, member: str, keys: list[str]) -> list[str]:
    """A stable random order per member and procedure (seeded), so no two members read in the same order."""
    seed = int.from_bytes(hashlib.sha256(f"{reference}|{member}".encode()).digest()[:8], "big")
    ordered = sorted(keys)
    random.Random(seed).shuffle(ordered)
    return ordered


def scored_criteria(s, p, stage: str) -> list:
    if stage not in STAGES:
        raise NotFound(translate("Errors", "'{stage}' is not a scoring stage (preselection or interview).")
                           .format(stage=stage))
    return [c for c in q.criteria(s, p.id) if c.stage == stage and c.kind == "scored"]
