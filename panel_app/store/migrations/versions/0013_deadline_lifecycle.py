"""Scoring deadline (issue 18) and the records lifecycle (issue 20)

Revisions 0009–0011 were reserved placeholders, released empty: a database of that release is at 0011 without
these columns (0012 is the OCR word boxes). This revision adds them; it skips what a development build of 0010/0011 already added.

- procedure.scoring_deadline_utc: the date by which the members should have submitted (domain/scoring_deadline.py);
  a target, never a lock.
- procedure.closed_at / closed_by / close_reason: a closed procedure is read-only (domain/lifecycle.py);
- procedure.retention: the retention periods of the procedure's settings (domain/retention.py; {} = defaults);
- legal_hold: a hold on a procedure (candidate_id NULL) or on one candidate, set and lifted with a reason;
- the append-only guards of audit_event let exactly one kind of UPDATE through: the redaction of a purged
  event's payload, its hashes and header untouched (store/audit_redaction.py); every other UPDATE is refused.

Plain ADD COLUMN on SQLite (see 0008: a batch copy of `procedure` would cascade into the audit trail).

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-06
"""
import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

PROCEDURE_COLUMNS = (
    ("scoring_deadline_utc", sa.DateTime),
    ("closed_at", sa.DateTime),
    ("closed_by", lambda: sa.String(200)),
    ("close_reason", sa.Text),
    ("retention", sa.JSON),
)


def upgrade() -> None:
    inspector = sa.inspect(op.get_bind())
    have = {c["name"] for c in inspector.get_columns("procedure")}
    for name, kind in PROCEDURE_COLUMNS:
        if name not in have:
            op.add_column("procedure", sa.Column(name, kind(), nullable=True))
    if not inspector.has_table("legal_hold"):
        op.create_table(
            "legal_hold",
            sa.Column("id", sa.Integer(), primary_key=True),
            sa.Column("procedure_id", sa.Integer(), sa.ForeignKey("procedure.id", ondelete="CASCADE"),
                      nullable=False, index=True),
            sa.Column("candidate_id", sa.Integer(), sa.ForeignKey("candidate.id"), nullable=True),
            sa.Column("reason", sa.Text(), nullable=False),
            sa.Column("set_by", sa.String(200), nullable=False),
            sa.Column("set_at", sa.DateTime(), nullable=False),
            sa.Column("lifted_by", sa.String(200), nullable=True),
            sa.Column("lifted_at", sa.DateTime(), nullable=True),
            sa.Column("lift_reason", sa.Text(), nullable=True),
            sa.Column("version", sa.Integer(), nullable=False, server_default="1"),
            sa.Column("updated_by", sa.String(200), nullable=True),
            sa.Column("updated_at", sa.DateTime(), nullable=True),
        )
    from panel_app.store import audit_redaction

    audit_redaction.install_guards(op.get_bind())  # idempotent: the guard is dropped and made again


def downgrade() -> None:
    op.drop_table("legal_hold")
    for name, _kind in reversed(PROCEDURE_COLUMNS):
        op.drop_column("procedure", name)
