"""GUI safeguards and scoring deadline (issue 18)

- procedure.scoring_deadline_utc: the date by which the members should have submitted their assessments
  (NULL: none set). The chair's progress view and the reminders name it; it never blocks a save.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06
"""
import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # plain ADD COLUMN: a batch copy would drop the procedure table and, by cascade, the append-only audit trail
    op.add_column("procedure", sa.Column("scoring_deadline_utc", sa.DateTime(), nullable=True))


def downgrade() -> None:
    op.drop_column("procedure", "scoring_deadline_utc")
