"""Archive, close, retention and legal hold (issue 20)

- procedure.closed_at / closed_by / close_reason: a closed procedure is read-only (domain/lifecycle.py);
- procedure.retention: the retention periods of the procedure's settings (domain/retention.py; {} = defaults);
- legal_hold: a hold on a procedure (candidate_id NULL) or on one candidate, set and lifted with a reason;
- the append-only guards of audit_event let exactly one kind of UPDATE through: the redaction of a purged
  event's payload, its hashes and header untouched (store/audit_redaction.py); every other UPDATE is refused.

Plain ADD COLUMN on SQLite (see 0008: a batch copy of `procedure` would cascade into the audit trail).

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-06
"""
import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("procedure", sa.Column("closed_at", sa.DateTime(), nullable=True))
    op.add_column("procedure", sa.Column("closed_by", sa.String(200), nullable=True))
    op.add_column("procedure", sa.Column("close_reason", sa.Text(), nullable=True))
    op.add_column("procedure", sa.Column("retention", sa.JSON(), nullable=True))
    op.create_table(
        "legal_hold",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("procedure_id", sa.Integer(), sa.ForeignKey("procedure.id", ondelete="CASCADE"), nullable=False,
                  index=True),
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

    audit_redaction.install_guards(op.get_bind())


def downgrade() -> None:
    op.drop_table("legal_hold")
    for col in ("retention", "close_reason", "closed_by", "closed_at"):
        op.drop_column("procedure", col)
