"""Tamper-evident audit chain (issue 14)

Each audit event gets its procedure's sequence number, the previous event's hash and its own hash, plus the
after-values of the rows it changed (`state`). `audit_head` holds each chain's last link. Existing events are
chained in the order they were written. PostgreSQL links new events in a trigger; SQLite refuses UPDATE and
DELETE on audit_event with triggers.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06
"""
import json
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def _backfill(bind) -> None:  # noqa: ANN001
    from panel_app.domain.audit.chain import GENESIS, ChainEvent, at_text
    from panel_app.domain.audit.replay import START

    rows = bind.execute(sa.text(
        "SELECT id, procedure_id, at, actor, action, entity, entity_id, CAST(before AS TEXT), CAST(after AS TEXT) "
        "FROM audit_event ORDER BY id")).all()
    heads: dict[int, tuple[int, str]] = {}
    for r in rows:
        key = r[1] or 0
        seq, prev = heads.get(key, (0, GENESIS))
        at = datetime.fromisoformat(r[2]) if isinstance(r[2], str) else r[2]
        e = ChainEvent(r[0], seq + 1, prev, None, r[1], at_text(at), r[3], r[4], r[5], r[6], r[7], r[8], None)
        h = e.computed_hash()
        bind.execute(sa.text("UPDATE audit_event SET seq = :s, prev_hash = :p, hash = :h WHERE id = :i"),
                     {"s": seq + 1, "p": prev, "h": h, "i": r[0]})
        heads[key] = (seq + 1, h)
    now = datetime.now(UTC).replace(tzinfo=None)
    for key, (seq, prev) in list(heads.items()):  # each chain says where the replay's record begins
        after = json.dumps({"events_before": seq})
        e = ChainEvent(0, seq + 1, prev, None, key or None, at_text(now), "system", START, "procedure", None,
                       "null", after, "null")
        h = e.computed_hash()
        bind.execute(sa.text("INSERT INTO audit_event (procedure_id, at, actor, action, entity, before, after, state, "
                             "seq, prev_hash, hash) VALUES (:p, :at, 'system', :a, 'procedure', 'null', :after, "
                             "'null', :s, :prev, :h)"),
                     {"p": key or None, "at": now, "a": START, "after": after, "s": seq + 1, "prev": prev, "h": h})
        heads[key] = (seq + 1, h)
    for key, (seq, h) in heads.items():
        bind.execute(sa.text("INSERT INTO audit_head (procedure_key, seq, hash) VALUES (:k, :s, :h)"),
                     {"k": key, "s": seq, "h": h})


def upgrade() -> None:
    bind = op.get_bind()
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.add_column(sa.Column("state", sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column("seq", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("prev_hash", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("hash", sa.String(length=64), nullable=True))
        batch_op.create_unique_constraint("uq_audit_event_chain", ["procedure_id", "seq"])
    op.create_table("audit_head",
                    sa.Column("procedure_key", sa.Integer(), autoincrement=False, nullable=False),
                    sa.Column("seq", sa.Integer(), nullable=False),
                    sa.Column("hash", sa.String(length=64), nullable=False),
                    sa.PrimaryKeyConstraint("procedure_key"))
    if bind.dialect.name == "postgresql":
        bind.execute(sa.text("ALTER TABLE audit_event DISABLE TRIGGER USER"))  # pg_security's append-only guard
        _backfill(bind)
        bind.execute(sa.text("ALTER TABLE audit_event ENABLE TRIGGER USER"))
        from panel_app.store import audit_chain_pg

        audit_chain_pg.install(bind)
    else:
        _backfill(bind)
        from panel_app.store.audit_chain import SQLITE_GUARDS

        for stmt in SQLITE_GUARDS:
            bind.execute(sa.text(stmt))


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        bind.execute(sa.text("DROP TRIGGER IF EXISTS audit_event_chain ON audit_event"))
    else:
        for name in ("audit_event_no_update", "audit_event_no_delete"):
            bind.execute(sa.text(f"DROP TRIGGER IF EXISTS {name}"))
    op.drop_table("audit_head")
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.drop_constraint("uq_audit_event_chain", type_="unique")
        for col in ("hash", "prev_hash", "seq", "state"):
            batch_op.drop_column(col)
