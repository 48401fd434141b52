"""One index on application (procedure_id, candidate_id): the eligibility gate's lookup of one candidate

The scoring gate asks, on every autosave, whether the candidate's application is in the queues
(`store/gates.queue_clause`, `QUEUE_SQL`). With only the two single-column indexes SQLite's planner took
`ix_application_procedure_id` and read every application of the procedure: 0.5 ms a save at 1,000 candidates,
growing with the procedure. The pair finds the one row (0.015 ms).

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-07
"""
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_application_procedure_candidate", "application", ["procedure_id", "candidate_id"])


def downgrade() -> None:
    op.drop_index("ix_application_procedure_candidate", table_name="application")
