"""What each user may see of the marks: blind until one's own submission; counts only for the chair
(as chair), the secretary and observers until every voting, non-conflicted member has submitted."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from panel_app.domain.scoring.visibility import can_see_marks
from panel_app.domain.scoring_deadline import is_late
from panel_app.store import Database, read_only
from panel_app.store import procedures as q
from panel_app.store import scoring as qs
from panel_app.store.clock import utcnow

from . import scoring_access as gate
from .actors import Actor
from .scoring_results import CandidateProgress, VisibleMark


@dataclass(frozen=True)
class MemberProgress:
    """One voting member's progress at a stage: counts and times only, never a mark."""

    name: str
    expected: int
    submitted: int
    last_activity: datetime | None
    missing: tuple[str, ...]  # the candidates (e-mails) not submitted yet
    late: bool = False  # the procedure's scoring deadline has passed and this member has not submitted all

    @property
    def done(self) -> bool:
        return self.submitted >= self.expected


class ScoringView:
    def __init__(self, db: Database) -> None:
        self.db = db

    def progress(self, reference: str, actor: Actor, stage: str = "preselection") -> list[CandidateProgress]:
        """Per candidate: how many voting, non-conflicted members have submitted (counts, never marks)."""
        gate.require_member(actor)
        with read_only(self.db) as s:
            p = gate.procedure_for(s, reference)
            return [CandidateProgress(r["email"], r["surname"], r["first_name"], r["expected"], r["submitted"],
                                      r["complete"]) for r in self._progress(s, p, stage)]

    @staticmethod
    def _progress(s, p, stage: str) -> list[dict]:
        """One aggregate query (the chair's page polls it every second while the members score); the rows are
        this module's own (with the candidate's id), never returned."""
        rows = qs.progress_counts(s, p.id, stage)
        if stage == "interview":
            from .shortlist_state import invited_ids

            invited = invited_ids(s, p)
            rows = [r for r in rows if r[0] in invited]
        return [{"id": cid, "email": email, "surname": surname, "first_name": first, "expected": expected,
                 "submitted": done, "complete": bool(expected) and done == expected}
                for cid, email, surname, first, expected, done in rows]

    def member_progress(self, reference: str, actor: Actor, stage: str = "preselection") -> list[MemberProgress]:
        """The chair's view of each voting member: submitted of expected, last activity, what is missing."""
        gate.require_member(actor)
        with read_only(self.db) as s:
            p = gate.procedure_for(s, reference)
            rows = self._progress(s, p, stage)
            emails = {r["id"]: r["email"] for r in rows}
            conflicts = qs.conflicts(s, p.id)
            done = {(a.member_id, a.candidate_id) for a in qs.assessments(s, p.id, stage) if a.status == "submitted"}
            last = qs.last_mark_times(s, p.id, stage)
            now = utcnow()
            out = []
            for m in q.members(s, p.id):
                if not (m.voting and m.active):
                    continue
                mine = [cid for cid in emails if (m.id, cid) not in conflicts]
                missing = tuple(emails[cid] for cid in mine if (m.id, cid) not in done)
                when = last.get(m.id)
                out.append(MemberProgress(m.name, len(mine), len(mine) - len(missing),
                                          when if when is None or when.tzinfo else when.replace(tzinfo=UTC),
                                          missing, is_late(p.scoring_deadline_utc, now, not missing)))
            return out

    def scoring_deadline(self, reference: str) -> tuple[datetime | None, str]:
        """The procedure's scoring deadline (UTC, or None) and its zone."""
        with read_only(self.db) as s:
            p = gate.procedure_for(s, reference)
            return p.scoring_deadline_utc, p.timezone

    def marks(self, reference: str, actor: Actor, email: str | None = None, stage: str = "preselection") -> list[VisibleMark]:
        """The marks `actor` may see: always their own; others' only when the rules allow it."""
        gate.require_member(actor)
        with read_only(self.db) as s:
            p = gate.procedure_for(s, reference)
            gate.require_may_read(s, p, actor, scoring=True)  # the seal and the declaration (domain/access.py)
            rows = self._progress(s, p, stage)
            if email:
                rows = [r for r in rows if r["email"] == email.strip().lower()]
            # as in the counts, only a voting, active member's own conflicts and submissions count here
            voting = any(m.id == actor.member_id and m.voting and m.active for m in q.members(s, p.id))
            conflicted = {c for m, c in qs.conflicts(s, p.id) if m == actor.member_id} if voting else set()
            mine = qs.submitted_by(s, actor.member_key, stage) if voting else set()
            marks = qs.stage_marks(s, p.id, stage, rows[0]["id"] if email and rows else None)
            out = []
            for r in rows:
                if r["id"] in conflicted:
                    continue
                visible = can_see_marks(actor.role, r["id"] in mine, False, r["complete"])
                for member, code, value, na, comment, status in marks.get(r["id"], []):
                    own = member == actor.name
                    if own or (visible and status == "submitted"):
                        out.append(VisibleMark(r["email"], member, code, value, na, comment, status or "draft"))
            return out
