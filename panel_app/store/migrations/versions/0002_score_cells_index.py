"""score: a covering index for the per-cell aggregates of the ranking

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29
"""
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_score_stage_cells", "score",
                    ["procedure_id", "stage", "candidate_id", "criterion_id", "member_id", "value", "na"])


def downgrade() -> None:
    op.drop_index("ix_score_stage_cells", table_name="score")
