"""What each user may see of the marks: blind until one's own submission; counts only for the chair
(as chair), the secretary and observers until every voting, non-conflicted member has submitted."""

from __future__ import annotations

from panel_app.domain.scoring.visibility import can_see_marks
from panel_app.store import procedures as q
from panel_app.store import read_only
from panel_app.store import scoring as qs

from . import scoring_access as gate
from .actors import Actor


class ScoringView:
    def __init__(self, db):  # noqa: ANN001
        self.db = db

    def progress(self, reference: str, actor: Actor, stage: str = "preselection") -> list[dict]:
        """Per candidate: how many voting, non-conflicted members have submitted (counts, never marks)."""
        gate.require_member(actor)
        with read_only(self.db) as s:
            p = gate.procedure_for(s, reference)
            return self._progress(s, p, stage)

    def _progress(self, s, p, stage: str) -> list[dict]:  # noqa: ANN001
        voting = [m for m in q.members(s, p.id) if m.voting and m.active]
        conflicts = qs.conflicts(s, p.id)
        submitted = {(a.member_id, a.candidate_id) for a in qs.assessments(s, p.id, stage) if a.status == "submitted"}
        from .scoring import ScoringService

        out = []
        for c in ScoringService._stage_candidates(s, p, stage):
            expected = [m for m in voting if (m.id, c.id) not in conflicts]
            done = [m for m in expected if (m.id, c.id) in submitted]
            out.append({"email": c.email, "surname": c.surname, "first_name": c.first_name,
                        "expected": len(expected), "submitted": len(done),
                        "complete": bool(expected) and len(done) == len(expected),
                        "_submitted_ids": {m.id for m in done}, "_conflicted_ids": {m.id for m in voting
                                                                                    if (m.id, c.id) in conflicts}})
        return out

    def marks(self, reference: str, actor: Actor, email: str | None = None, stage: str = "preselection") -> list[dict]:
        """The marks `actor` may see: always their own; others' only when the rules allow it."""
        gate.require_member(actor)
        with read_only(self.db) as s:
            p = gate.procedure_for(s, reference)
            gate.require_sealed(p)
            gate.require_declared(s, p, actor)
            rows = self._progress(s, p, stage)
            if email:
                rows = [r for r in rows if r["email"] == email.strip().lower()]
            out = []
            for r in rows:
                conflicted = actor.member_id in r["_conflicted_ids"]
                if conflicted:
                    continue
                visible = can_see_marks(actor.role, actor.member_id in r["_submitted_ids"], conflicted,
                                        r["complete"])
                c = gate.candidate(s, p, r["email"])
                for member, code, value, na, comment, status in qs.all_marks_of_candidate(s, c.id, stage):
                    own = member == actor.name
                    if own or (visible and status == "submitted"):
                        out.append({"candidate": r["email"], "member": member, "criterion": code, "value": value,
                                    "na": na, "comment": comment, "status": status or "draft"})
            return out
