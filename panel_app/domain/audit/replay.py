"""Replay: what the audit events say the rows hold now, compared with what the rows do hold.

Every audited write carries, in its event, the after-values of the rows it changed ("snapshots": table,
key, label, fields). The latest snapshot of each key is what the record says; the database's current rows,
read into the same shape, are what is there. A difference is tampering: a mark edited by SQL, a member
promoted, a criterion re-weighted, a decision forged or removed. The lean mark save (PostgreSQL) stores no
snapshot list: its `score.set` payload (member, value, N/A) is the snapshot.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from ..texts import translate
from .chain import MISSING, PRESENT, ChainEvent, Finding

# Tables whose every row must come from an audited write (a row the record never mentions was inserted by
# hand). Applications are created by the import in bulk: their audited fields default to "not excluded".
RECORDED = ("member", "criterion", "procedure", "decision", "score")
DEFAULTS: dict[str, dict] = {"application": {"excluded": False, "exclusion_reason": None}}
SCORE_ACTIONS = ("score.set", "score.import", "score.sheet", "score.undo")
# The event the migration appends to a chain that existed before snapshots: rows written before it carry no
# snapshot, so a row the record never mentions is not reported there (it is checked once the app writes it).
START = "audit.chain_start"


@dataclass(frozen=True)
class Snapshot:
    table: str
    key: str
    label: str
    fields: dict

    def as_json(self) -> dict:
        return {"table": self.table, "key": self.key, "label": self.label, "fields": self.fields}


def from_json(d: dict) -> Snapshot:
    return Snapshot(d["table"], d["key"], d.get("label") or d["key"], dict(d.get("fields") or {}))


def score_key(member: str, email: str, criterion: str) -> str:
    return f"score:{member}/{email}/{criterion}"


def score_snapshot(member: str, email: str, criterion: str, value: float | None, na: bool) -> Snapshot:
    return Snapshot("score", score_key(member, email, criterion),
                    f"the mark of {member} on {email} / {criterion}", {"value": value, "na": bool(na)})


def snapshots_of(action: str, entity: str, entity_id: str | None, after: str | None,
                 state: str | None) -> list[Snapshot]:
    """The snapshots one event carries (state list, or a score event's payload)."""
    if state and state != "null":
        try:
            return [from_json(x) for x in json.loads(state) or []]
        except (ValueError, KeyError, TypeError):
            return []
    if entity == "score" and action in SCORE_ACTIONS and after and entity_id and "/" in entity_id:
        try:
            a = json.loads(after) or {}
        except ValueError:
            return []
        member = a.get("member")
        if member is None:
            return []
        email, criterion = entity_id.rsplit("/", 1)
        return [score_snapshot(member, email, criterion, a.get("value"), bool(a.get("na")))]
    return []


def words(v: object) -> str:
    """A value in words for a finding or the history."""
    if v is None:
        return "none"
    if isinstance(v, bool):
        return "yes" if v else "no"
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    if isinstance(v, str):
        return f"'{v}'" if len(v) <= 60 else f"'{v[:57]}…'"
    if isinstance(v, dict | list):
        text = json.dumps(v, ensure_ascii=False, sort_keys=True)
        return text if len(text) <= 60 else text[:57] + "…"
    return str(v)


def _same(a: object, b: object) -> bool:
    if isinstance(a, int | float) and isinstance(b, int | float) and not isinstance(a, bool) \
            and not isinstance(b, bool):
        return abs(float(a) - float(b)) < 1e-9
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    return a == b


def compare(expected: dict[str, Snapshot], current: dict[str, Snapshot], *, complete: bool = True,
            blind: tuple[str, ...] = ()) -> list[Finding]:
    """Each difference between the record (expected) and the rows (current), by name.

    complete: the record covers every row (False for a chain upgraded from before snapshots, see START).
    blind: tables of which this login reads only part of the rows or events (PostgreSQL's row security):
    only the rows seen on both sides are compared.
    """
    out: list[Finding] = []
    for key, cur in current.items():
        exp = expected.get(key)
        if exp is None and (cur.table in blind or (not complete and cur.table in RECORDED)):
            continue
        if exp is None:
            if cur.table in RECORDED:
                out.append(Finding("state", cur.label, translate("Record", "no such row in the audit record"),
                                   ", ".join(f"{k} {words(v)}" for k, v in cur.fields.items()),
                                   translate("Record", "written outside the application")))
                continue
            exp = Snapshot(cur.table, key, cur.label, DEFAULTS.get(cur.table, {}))
        for name, value in exp.fields.items():
            if name in cur.fields and not _same(value, cur.fields[name]):
                out.append(Finding("state", cur.label, f"{name} {words(value)}", words(cur.fields[name])))
    for key, exp in expected.items():
        if key not in current and exp.table in RECORDED and exp.table not in blind and not exp.fields.get("deleted"):
            out.append(Finding("state", exp.label, PRESENT, MISSING, translate("Record", "the row was deleted")))
    return out


def expected_of(events: list[ChainEvent]) -> dict[str, Snapshot]:
    """What the record says each row holds: the latest snapshot of each key over the events, in order."""
    out: dict[str, Snapshot] = {}
    for e in events:
        for snap in snapshots_of(e.action, e.entity, e.entity_id, e.after, e.state):
            out[snap.key] = snap
    return out


def checkpoint(expected: dict[str, Snapshot], current: dict[str, Snapshot]) -> list[Snapshot]:
    """The snapshots a retention purge records so that the replay still matches after it: every row whose
    audited fields the purge changed (or whose last snapshot it redacted), and a tombstone for every row it
    deleted. Taken only over an intact record (the purge verifies first), so it launders nothing."""
    out = []
    for key, cur in current.items():
        exp = expected.get(key)
        if exp is None and cur.table not in RECORDED:
            exp = Snapshot(cur.table, key, cur.label, DEFAULTS.get(cur.table, {}))
        if exp is None or any(name in cur.fields and not _same(v, cur.fields[name]) for name, v in exp.fields.items()):
            out.append(cur)
    for key, exp in expected.items():
        if key not in current and exp.table in RECORDED and not exp.fields.get("deleted"):
            out.append(Snapshot(exp.table, key, exp.label, {"deleted": True}))
    return out
