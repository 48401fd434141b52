"""`audit log` and the History page: the procedure's events in words, filtered, with the visibility rules.

A member never sees another member's marks or scoring events for a candidate before submitting their own
assessment of that candidate, nor ever for a candidate they are conflicted on; the chair, the secretary and
the observers see the marks events once every voting, non-conflicted member has submitted (docs/domain-rules.md,
domain/scoring/visibility.py). Times are shown in the procedure's zone, with the zone named.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from panel_app.domain.audit.history import MARK_EVENTS, action_words, change_words, kind_of, subject
from panel_app.domain.errors import UserFacingError
from panel_app.domain.scoring.visibility import can_see_marks
from panel_app.domain.texts import translate
from panel_app.domain.times import iso_utc
from panel_app.store import procedures as q
from panel_app.store.decisions import application_emails, log_events
from panel_app.store.panel import submitted_pairs
from panel_app.store.scoring import candidate_ids, conflicts

from .actors import Actor


@dataclass(frozen=True)
class LogEntry:
    seq: int | None
    at: str  # ISO UTC
    when: str  # in the procedure's zone, zone named
    actor: str
    action: str
    kind: str
    what: str
    candidate: str | None
    member: str | None
    criterion: str | None
    change: str

    def line(self) -> str:
        about = " ".join(x for x in (self.candidate, self.criterion and f"/ {self.criterion}",
                                     self.member and f"({self.member})") if x)
        return f"{self.when}  {self.actor} {self.what}" + (f" {about}" if about else "") + (
            f": {self.change}" if self.change else "")

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class LogFilter:
    candidate: str | None = None
    member: str | None = None
    kind: str | None = None
    since: datetime | None = None  # aware


def parse_since(text: str | None, tz: str) -> datetime | None:
    """'2026-12-06', '2026-12-06 14:30' or ISO with a zone; a time without a zone is in the procedure's zone."""
    if not text:
        return None
    try:
        dt = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        raise UserFacingError(translate("Errors", "--since '{text}' is not a date or time.").format(text=text),
                              hint=translate("Errors", "Write it as 2026-12-06 or 2026-12-06 14:30 "
                                                       "(procedure's zone).")) from None
    return dt if dt.tzinfo else dt.replace(tzinfo=ZoneInfo(tz))


class _Visibility:
    def __init__(self, s, p, actor: Actor):
        self.actor, self.role = actor, actor.role
        members = [m for m in q.members(s, p.id)]
        self.ids = {m.name: m.id for m in members}
        self.voting = [m.id for m in members if m.voting and m.active]
        self.cands = candidate_ids(s, p.id)
        self.conflicts = conflicts(s, p.id)
        self.submitted = {st: submitted_pairs(s, p.id, st) for st in ("preselection", "interview")}
        self.stage_of = {c.code: c.stage for c in q.criteria(s, p.id)}

    def sees(self, actor: str, kind: str, subj) -> bool:
        if kind not in MARK_EVENTS or subj.candidate is None or actor == self.actor.name:
            return True
        if self.actor.is_setup:
            return False
        cid = self.cands.get(subj.candidate)
        stage = subj.stage or self.stage_of.get(subj.criterion or "", "preselection")
        done = self.submitted.get(stage, set())
        me = self.actor.member_id
        conflicted = (me, cid) in self.conflicts
        everyone = all((m, cid) in done for m in self.voting if (m, cid) not in self.conflicts)
        if self.role != "member" and kind == "assessment":
            return not conflicted  # progress (who submitted) is not a mark
        return can_see_marks(self.role, (me, cid) in done, conflicted, everyone)


def build_log(s, p, actor: Actor, flt: LogFilter) -> list[LogEntry]:
    vis = _Visibility(s, p, actor)
    apps = application_emails(s, p.id)
    tz = ZoneInfo(p.timezone)
    out = []
    for e in log_events(s, p.id, flt.since):
        subj = subject(e.entity, e.entity_id, apps)
        kind = kind_of(e.action)
        member = subj.member or ((e.after or {}).get("member") if isinstance(e.after, dict) else None)
        if flt.kind and kind != flt.kind:
            continue
        if flt.candidate and (subj.candidate or "").casefold() != flt.candidate.casefold():
            continue
        if flt.member and flt.member.casefold() not in {e.actor.casefold(), (member or "").casefold()}:
            continue
        if not vis.sees(e.actor, kind, subj):
            continue
        out.append(LogEntry(e.seq, iso_utc(e.at), f"{e.at.astimezone(tz):%d.%m.%Y %H:%M:%S} {p.timezone}", e.actor,
                            e.action, kind, action_words(e.action), subj.candidate,
                            member if member != e.actor else None, subj.criterion,
                            change_words(e.before if isinstance(e.before, dict) else None,
                                         e.after if isinstance(e.after, dict) else None)))
    return out
