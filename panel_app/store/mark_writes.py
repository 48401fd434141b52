"""The lean write path of scoring on PostgreSQL: one statement, one round trip, per mark and per submit.

`save_mark` and `submit_assessment` run one data-modifying SQL statement (autocommit, so the statement is
its own transaction): it re-checks what can change while a member scores (the procedure's and the
criterion's version, the candidate, a conflict declared meanwhile, the candidate still in the scoring queue
(store/gates.QUEUE_SQL), the member's own submission, the mark's version), writes the mark, the draft
assessment and the audit event together, and returns the stored row.

When any check fails the statement writes nothing and returns None. The caller then runs the full,
checked path (services/scoring.py), which raises the precise refusal ("… was changed by NAME at TIME",
"already submitted", a conflict …) or saves after a race. Row-level security applies as usual: the
statement runs as the member's own role.

Durability without queueing on the disk. Every audit event links to its procedure's chain head
(store/audit_chain_pg.py), a row lock held until the transaction ends; a synchronous commit ends only after
the WAL is flushed (one fdatasync, 3–5 ms on the reference host). Holding the head through the flush let one
save commit per flush: 15 members saving flat out queued behind one another (pg_stat_activity: waits on
`Lock/transactionid`; throughput = the disk's fdatasync rate, ~335/s). So the one statement commits
asynchronously (`synchronous_commit` off for that transaction only): the head is released as soon as the
commit record is written. The client then sends a second, synchronous, transaction whose commit flushes the
WAL up to its own record, hence past the save's commit record, and only then reports the mark as saved:
what the caller is told is saved is on disk, as before. The flushes of concurrent savers are grouped
(PostgreSQL's group commit), so they no longer queue one by one. The WAL keeps the chain's order: a later
event's commit is flushed only with every earlier one, so a crash can lose only the newest events whose save
was not yet confirmed to anyone, never a link in the middle. What other sessions may read for those few
milliseconds before the flush is a save its author has not yet been told succeeded.
"""

from __future__ import annotations

import json
import logging
import weakref
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import NamedTuple

from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError

from .engine import Database
from .gates import QUEUE_SQL

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class MarkWrite:
    procedure_id: int
    procedure_version: int  # the procedure row the caller's cached grid was read from
    criterion_id: int
    criterion_version: int
    candidate_id: int
    email: str
    member_id: int
    actor: str
    stage: str
    entity_id: str  # "email/criterion code", as in the audit trail
    value: float | None
    na: bool
    comment: str | None  # None: keep the stored comment
    evidence_page: int | None  # None: keep; 0: clear
    expected_version: int | None  # None: no stale-edit check


class SavedMark(NamedTuple):
    version: int
    value: float | None
    na: bool
    comment: str
    evidence_page: int | None


def supported(db: Database) -> bool:
    return not db.is_sqlite  # SQLite has no data-modifying WITH; it keeps the ORM path (0.5 ms a mark)


# Every parameter is cast: psycopg sends typed binary parameters, and `$n IS NULL` needs a type.
def compact(sql: str) -> str:
    """The statement on one line (it holds no comment and no literal with two spaces): psycopg caches the
    conversion of a statement of at most 4,096 characters, and the save is sent hundreds of times a minute."""
    return " ".join(sql.split())


# The commit that releases the audit chain's head row, then the wait for it to be on disk (see the module's doc).
# A transaction that wrote no WAL of its own commits asynchronously whatever the setting, so the second one
# writes a (transactional, empty) WAL message: its synchronous commit flushes the WAL up to its own record.
ASYNC_COMMIT = "set_config('synchronous_commit', 'off', true)"
DURABLE = "SELECT pg_logical_emit_message(true, 'panel_app', 'durable')"


def _wait_durable(con) -> None:
    con.connection.driver_connection.execute(DURABLE)  # psycopg directly: a tenth of a ms less client CPU


# Every STATISTICS_EVERY writes of a process, the server refreshes the planner statistics that are stale
# (pg_policies.panel_refresh_statistics: why). Not installed (a database not secured with `admin
# init-postgres`, or secured by an older version): skipped, autovacuum keeps them, only later.
STATISTICS_EVERY = 100
_writes: weakref.WeakKeyDictionary[Engine, int | None] = weakref.WeakKeyDictionary()


def _count_write(db: Database, con) -> None:
    n = _writes.get(db.engine, 0)
    if n is None:
        return
    _writes[db.engine] = n + 1
    if n % STATISTICS_EVERY != 20:
        return
    try:
        con.exec_driver_sql("SELECT panel_refresh_statistics()")
    except DBAPIError as e:
        log.info("planner statistics not refreshed: %s", str(e.orig).splitlines()[0] if e.orig else e)
        _writes[db.engine] = None  # not again in this process

_SAVE_MARK = text(compact("""
WITH gate AS (
    SELECT (SELECT version FROM procedure WHERE id = CAST(:pid AS integer)) = CAST(:pver AS integer)
           AND (SELECT version FROM criterion WHERE id = CAST(:crit AS integer)) = CAST(:cver AS integer)
           AND EXISTS (SELECT 1 FROM candidate WHERE id = CAST(:cand AS integer)
                          AND procedure_id = CAST(:pid AS integer) AND email = CAST(:email AS text))
           AND NOT EXISTS (SELECT 1 FROM declaration WHERE member_id = CAST(:mid AS integer)
                              AND candidate_id = CAST(:cand AS integer) AND kind = 'conflict')
           AND """ + QUEUE_SQL + """ AS ok,
           (SELECT status FROM assessment WHERE member_id = CAST(:mid AS integer)
               AND candidate_id = CAST(:cand AS integer) AND stage = CAST(:stage AS text)) AS status
), old AS (
    SELECT id, version, value, na, comment FROM score
     WHERE member_id = CAST(:mid AS integer) AND candidate_id = CAST(:cand AS integer)
       AND criterion_id = CAST(:crit AS integer)
), go AS (
    SELECT 1 FROM gate WHERE ok AND status IS DISTINCT FROM 'submitted'
), upd AS (
    UPDATE score s SET value = CAST(:value AS double precision), na = CAST(:na AS boolean),
           comment = COALESCE(CAST(:comment AS text), s.comment),
           evidence_page = CASE WHEN CAST(:page AS integer) IS NULL THEN s.evidence_page
                                ELSE NULLIF(CAST(:page AS integer), 0) END,
           version = s.version + 1, updated_by = CAST(:actor AS text), updated_at = CAST(:now AS timestamp)
      FROM old
     WHERE s.id = old.id AND s.version = old.version AND EXISTS (SELECT 1 FROM go)
       AND (CAST(:expected AS integer) IS NULL OR old.version = CAST(:expected AS integer))
    RETURNING s.version, s.value, s.na, s.comment, s.evidence_page
), ins AS (
    INSERT INTO score (procedure_id, member_id, candidate_id, criterion_id, stage, value, na, comment,
                       evidence_page, version, updated_by, updated_at)
    SELECT CAST(:pid AS integer), CAST(:mid AS integer), CAST(:cand AS integer), CAST(:crit AS integer),
           CAST(:stage AS text), CAST(:value AS double precision), CAST(:na AS boolean),
           COALESCE(CAST(:comment AS text), ''), NULLIF(CAST(:page AS integer), 0), 1, CAST(:actor AS text),
           CAST(:now AS timestamp)
     WHERE NOT EXISTS (SELECT 1 FROM old) AND EXISTS (SELECT 1 FROM go)
    ON CONFLICT (member_id, candidate_id, criterion_id) DO NOTHING
    RETURNING version, value, na, comment, evidence_page
), saved AS (
    SELECT * FROM upd UNION ALL SELECT * FROM ins
), draft AS (
    INSERT INTO assessment (procedure_id, member_id, candidate_id, stage, status, version)
    SELECT CAST(:pid AS integer), CAST(:mid AS integer), CAST(:cand AS integer), CAST(:stage AS text), 'draft', 1
      FROM gate WHERE gate.status IS NULL AND EXISTS (SELECT 1 FROM saved)
    ON CONFLICT (member_id, candidate_id, stage) DO NOTHING
), audit AS (
    INSERT INTO audit_event (procedure_id, at, actor, action, entity, entity_id, before, after)
    SELECT CAST(:pid AS integer), CAST(:now AS timestamp), CAST(:actor AS text), 'score.set', 'score',
           CAST(:entity AS text),
           (SELECT json_build_object('value', old.value, 'na', old.na, 'comment', old.comment) FROM old),
           json_build_object('value', CAST(:value_json AS json), 'na', CAST(:na AS boolean),
                             'comment', saved.comment, 'member', CAST(:actor AS text))
      FROM saved
)
SELECT version, value, na, comment, evidence_page, """ + ASYNC_COMMIT + """ FROM saved
"""))


def _naive_utc(now: datetime) -> datetime:
    return now.astimezone(UTC).replace(tzinfo=None)  # the store keeps naive UTC (models.UTCDateTime)


def save_mark(db: Database, w: MarkWrite, now: datetime) -> SavedMark | None:
    """Write one mark with its audit event in one statement; None when a re-check failed (nothing written)."""
    params = {"pid": w.procedure_id, "pver": w.procedure_version, "crit": w.criterion_id,
              "cver": w.criterion_version, "cand": w.candidate_id, "email": w.email, "mid": w.member_id,
              "stage": w.stage, "value": w.value, "na": w.na, "comment": w.comment, "page": w.evidence_page,
              "actor": w.actor, "now": _naive_utc(now), "expected": w.expected_version, "entity": w.entity_id,
              "value_json": json.dumps(w.value)}
    with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as con:
        row = con.execute(_SAVE_MARK, params).first()
        if row is not None:
            _wait_durable(con)
            _count_write(db, con)
    return None if row is None else SavedMark(*row[:5])


_SUBMIT = text(compact("""
WITH ok AS (
    SELECT 1 WHERE (SELECT version FROM procedure WHERE id = CAST(:pid AS integer)) = CAST(:pver AS integer)
       AND (SELECT array_agg(id ORDER BY id) FROM criterion WHERE procedure_id = CAST(:pid AS integer)
               AND stage = CAST(:stage AS text) AND kind = 'scored') = CAST(:crits AS integer[])
       AND (SELECT count(*) FROM score WHERE member_id = CAST(:mid AS integer)
               AND candidate_id = CAST(:cand AS integer) AND criterion_id = ANY(CAST(:crits AS integer[]))
               AND (value IS NOT NULL OR na)) = cardinality(CAST(:crits AS integer[]))
       AND EXISTS (SELECT 1 FROM candidate WHERE id = CAST(:cand AS integer)
                      AND procedure_id = CAST(:pid AS integer) AND email = CAST(:email AS text))
       AND NOT EXISTS (SELECT 1 FROM declaration WHERE member_id = CAST(:mid AS integer)
                          AND candidate_id = CAST(:cand AS integer) AND kind = 'conflict')
       AND """ + QUEUE_SQL + """
), sub AS (
    UPDATE assessment SET status = 'submitted', submitted_at = CAST(:now AS timestamp), version = version + 1,
           updated_by = CAST(:actor AS text), updated_at = CAST(:now AS timestamp)
     WHERE member_id = CAST(:mid AS integer) AND candidate_id = CAST(:cand AS integer)
       AND stage = CAST(:stage AS text) AND status <> 'submitted' AND EXISTS (SELECT 1 FROM ok)
    RETURNING id
), audit AS (
    INSERT INTO audit_event (procedure_id, at, actor, action, entity, entity_id, before, after)
    SELECT CAST(:pid AS integer), CAST(:now AS timestamp), CAST(:actor AS text), 'assessment.submit',
           'assessment', CAST(:entity AS text), NULL, CAST('{"status": "submitted"}' AS json)
      FROM sub
)
SELECT (SELECT count(*) FROM sub), """ + ASYNC_COMMIT + """
"""))


def submit_assessment(db: Database, *, procedure_id: int, procedure_version: int, criteria: list[int],
                      candidate_id: int, email: str, member_id: int, actor: str, stage: str, entity_id: str,
                      now: datetime) -> bool:
    """Submit a complete draft with its audit event in one statement; False when a re-check failed."""
    params = {"pid": procedure_id, "pver": procedure_version, "crits": sorted(criteria), "cand": candidate_id,
              "email": email, "mid": member_id, "actor": actor, "stage": stage, "entity": entity_id,
              "now": _naive_utc(now)}
    with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as con:
        done = bool(con.execute(_SUBMIT, params).scalar())
        if done:
            _wait_durable(con)
            _count_write(db, con)
    return done
