"""`audit verify`: walk each procedure's hash chain, then replay its events against the current rows.

The freeze and the sign-offs call `require_intact` first and refuse on a broken chain; every report prints
the result (`chain_line`). Exit code 4 on tampering (cli/cmd_audit.py).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime

from panel_app.domain.audit.chain import Finding, walk
from panel_app.domain.audit.replay import START, compare, snapshots_of
from panel_app.domain.errors import Refused
from panel_app.domain.texts import translate
from panel_app.store import Database, audit_chain, audit_state, read_only
from panel_app.store import procedures as q

from .actors import Actor, require_role

TAMPERED_EXIT = 4
READERS = ("chair", "secretary", "observer")


class ChainBroken(Refused):
    """The audit record does not match the database: nothing with legal weight proceeds."""

    exit_code = TAMPERED_EXIT


@dataclass
class Verification:
    reference: str
    events: int
    last_hash: str
    findings: list[Finding] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.findings

    def lines(self) -> list[str]:
        return [f.line() for f in self.findings]

    def summary(self) -> str:
        """One line (a Text: the interface shows it in its language)."""
        if self.ok:
            return translate("Errors", "Audit chain verified: {events} events, last event hash {hash}").format(
                events=self.events, hash=self.last_hash)
        return translate("Errors", "AUDIT CHAIN BROKEN: {count} finding(s), the first: {finding}").format(
            count=len(self.findings), finding=self.findings[0].line())

    def as_json(self) -> dict:
        return {"reference": self.reference, "ok": self.ok, "events": self.events, "last_hash": self.last_hash,
                "findings": [asdict(f) | {"line": f.line()} for f in self.findings]}


def check(s, p) -> Verification:
    """Verify one procedure inside an open session (the freeze's transaction, a report's read)."""
    events = audit_chain.chain_events(s, p.id)
    full = audit_chain.reads_everything(s)
    if full:
        result = walk(events, audit_chain.head(s, p.id))
    else:  # row security hides some events from this login: the server checks the links it cannot show
        result = walk(*audit_chain.chain_links(s, p.id))
    expected = {}
    for e in events:
        for snap in snapshots_of(e.action, e.entity, e.entity_id, e.after, e.state):
            expected[snap.key] = snap
    complete = not any(e.action == START for e in events)
    findings = result.findings + compare(expected, audit_state.current(s, p.id), complete=complete,
                                         blind=() if full else ("score",))
    return Verification(p.reference, result.events, result.last_hash, findings)


def require_intact(s, reference: str) -> None:
    """Refuse a step with legal weight (freeze, sign-off) over a broken chain, naming the first broken link."""
    p = q.by_reference(s, reference)
    if p is None:
        return  # the step itself says the procedure does not exist
    v = check(s, p)
    if not v.ok:
        raise ChainBroken(translate("Errors", "The audit record of {reference} does not match the "
                                              "database: {findings}.")
                              .format(reference=p.reference, findings=v.findings[0].line()),
                          hint=translate("Errors", "Nothing was changed. Run `panel-app audit verify` for "
                                                   "every finding and call IT."))


class AuditService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def verify(self, reference: str, actor: Actor) -> Verification:
        with read_only(self.db) as s:
            p = q.by_reference(s, reference)
            require_role(actor, *READERS, action=translate("Errors", "verify the audit record"),
                         has_members=bool(q.members(s, p.id)) if p else None)
            from .procedures import ProcedureService

            return check(s, ProcedureService._get(s, reference))

    def status(self, reference: str) -> Verification:
        """The verification printed on the reports (no role check: the report's own check applies)."""
        from .procedures import ProcedureService

        with read_only(self.db) as s:
            return check(s, ProcedureService._get(s, reference))

    def log(self, reference: str, actor: Actor, *, candidate: str | None = None, member: str | None = None,
            kind: str | None = None, since: str | datetime | None = None) -> list:
        """The history in words (services/audit_log.py), as this actor may see it."""
        from .audit_log import LogFilter, build_log, parse_since
        from .procedures import ProcedureService

        with read_only(self.db) as s:
            p = ProcedureService._get(s, reference)
            if actor.is_setup and q.members(s, p.id):
                raise Refused(translate("Errors", "Sign in to read the audit history: this procedure has "
                                                  "panel members."))
            when = since if isinstance(since, datetime) or since is None else parse_since(since, p.timezone)
            return build_log(s, p, actor, LogFilter(candidate, member, kind, when))
