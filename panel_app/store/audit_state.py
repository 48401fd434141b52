"""Rows as the audit replay sees them: snapshots of the audited fields, at write time and now.

`snapshot(s, row)` is called when an audited write is recorded (UnitOfWork.audit(rows=…)); `current(s, pid)`
reads every audited row of a procedure into the same shape for `audit verify`. Names, not ids, make the
keys, so a finding says "the mark of Bob on a@x.eu / S2-DEVOPS" and "member Bob".
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from panel_app.domain.audit.replay import Snapshot, score_snapshot

from .models import Application, Candidate, Criterion, Decision, Member, Procedure, Score

CRITERION_FIELDS = ("weight", "minimum", "anchors", "group", "stage", "kind", "declared")


class _Names:
    """id -> name lookups: from the session (at write time) or preloaded (for a whole procedure)."""

    def __init__(self, s: Session, members: dict | None = None, emails: dict | None = None,
                 codes: dict | None = None, digests: dict | None = None):
        self.s, self._m, self._e, self._c, self._d = s, members, emails, codes, digests

    def password(self, m: Member) -> str | None:
        """A digest of the member's stored password hash; a login that may not read hashes asks the server."""
        if self._d is not None and m.id in self._d:
            return self._d[m.id]
        return password_digests(self.s, m.procedure_id).get(m.id)

    def _get(self, cache: dict | None, model: type, attr: str, i: int | None):
        if i is None:
            return None
        if cache is not None and i in cache:
            return cache[i]
        row = self.s.get(model, i)
        return None if row is None else getattr(row, attr)

    def member(self, i: int | None) -> str | None:
        return self._get(self._m, Member, "name", i)

    def email(self, i: int | None) -> str | None:
        return self._get(self._e, Candidate, "email", i)

    def code(self, i: int | None) -> str | None:
        return self._get(self._c, Criterion, "code", i)


def _iso(dt: datetime | None) -> str | None:
    return None if dt is None else dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def password_digest(password_hash: str | None) -> str | None:
    """A digest of the stored password hash: a copied hash shows, the hash itself stays out of the audit."""
    return None if not password_hash else hashlib.sha256(password_hash.encode()).hexdigest()[:16]


def password_digests(s: Session, procedure_id: int) -> dict[int, str | None]:
    """{member id: digest of its password hash}: read here where the login may read hashes (SQLite, the
    administrator), else computed by the server (panel_member_password_digests: digests only, no hash)."""
    if s.get_bind().dialect.name == "postgresql" and not s.execute(
            text("SELECT has_column_privilege('member', 'password_hash', 'SELECT')")).scalar():
        rows = s.execute(text("SELECT member_id, digest FROM panel_member_password_digests(:p)"), {"p": procedure_id})
        return {int(i): d for i, d in rows}
    rows = s.execute(select(Member.id, Member.password_hash).where(Member.procedure_id == procedure_id))
    return {i: password_digest(h) for i, h in rows}


def _application(i: int, who: str | None, excluded: bool, reason: str | None) -> Snapshot:
    return Snapshot("application", f"application:{i}", f"the application #{i} of {who}",
                    {"excluded": bool(excluded), "exclusion_reason": reason})


def _snap(row, n: _Names) -> Snapshot:
    if isinstance(row, Member):
        return Snapshot("member", f"member:{row.name}", f"member {row.name}",
                        {"role": row.role, "voting": bool(row.voting), "active": bool(row.active),
                         "password": n.password(row)})
    if isinstance(row, Criterion):
        return Snapshot("criterion", f"criterion:{row.code}", f"criterion {row.code}",
                        {k: getattr(row, k) for k in CRITERION_FIELDS})
    if isinstance(row, Procedure):
        return Snapshot("procedure", "procedure", f"procedure {row.reference}",
                        {"grid_hash": row.grid_hash, "sealed_at": _iso(row.sealed_at), "sealed_by": row.sealed_by,
                         "rules": dict(row.rules or {}), "anchors": dict(row.anchors or {})})
    if isinstance(row, Application):
        return _application(row.id, n.email(row.candidate_id) or row.sender_email or row.source, row.excluded,
                            row.exclusion_reason)
    if isinstance(row, Decision):
        email, member = n.email(row.candidate_id), n.member(row.member_id)
        about = " / ".join(x for x in (email, row.criterion_code, row.stage) if x)
        label = f"the {row.kind} decision #{row.id}" + (f" on {about}" if about else "") + (
            f" by {member}" if member else "")
        return Snapshot("decision", f"decision:{row.id}", label,
                        {"kind": row.kind, "candidate": email, "criterion": row.criterion_code, "stage": row.stage,
                         "value": row.value, "reason": row.reason, "member": member,
                         "application": row.application_id})
    if isinstance(row, Score):
        return score_snapshot(n.member(row.member_id) or f"member #{row.member_id}",
                              n.email(row.candidate_id) or f"candidate #{row.candidate_id}",
                              n.code(row.criterion_id) or f"criterion #{row.criterion_id}", row.value, bool(row.na))
    raise TypeError(f"no audit snapshot for {type(row).__name__}")


def snapshot(s: Session, row) -> dict:
    """The JSON snapshot of one row (flushed: it has its id), stored in its audit event's `state`."""
    return _snap(row, _Names(s)).as_json()


def current(s: Session, procedure_id: int) -> dict[str, Snapshot]:
    """Every audited row of a procedure, now."""
    members = list(s.scalars(select(Member).where(Member.procedure_id == procedure_id)))
    crits = list(s.scalars(select(Criterion).where(Criterion.procedure_id == procedure_id)))
    emails = {i: e for i, e in s.execute(select(Candidate.id, Candidate.email)
                                         .where(Candidate.procedure_id == procedure_id))}
    n = _Names(s, {m.id: m.name for m in members}, emails, {c.id: c.code for c in crits},
               password_digests(s, procedure_id))
    rows: list = [*members, *crits, s.get(Procedure, procedure_id)]
    rows += list(s.scalars(select(Decision).where(Decision.procedure_id == procedure_id)))
    out = {}
    for r in rows:
        snap = _snap(r, n)
        out[snap.key] = snap
    a = Application
    for i, cand, sender, source, excluded, reason in s.execute(
            select(a.id, a.candidate_id, a.sender_email, a.source, a.excluded, a.exclusion_reason)
            .where(a.procedure_id == procedure_id)):
        snap = _application(i, n.email(cand) or sender or source, excluded, reason)
        out[snap.key] = snap
    for sc in s.execute(select(Score.member_id, Score.candidate_id, Score.criterion_id, Score.value, Score.na)
                        .where(Score.procedure_id == procedure_id)):
        snap = score_snapshot(n.member(sc[0]), n.email(sc[1]), n.code(sc[2]), sc[3], bool(sc[4]))
        out[snap.key] = snap
    return out
