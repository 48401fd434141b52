"""The language of a procedure's reports (issue 20 part 4)

- procedure.report_language: "en" (the default: the reports are the panel's official record, in English) or
  another language the procedure sets for them (domain/report_language.py).

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-06
"""
import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # plain ADD COLUMN: a batch copy would drop the procedure table and, by cascade, the append-only audit trail
    op.add_column("procedure", sa.Column("report_language", sa.String(5), nullable=False, server_default="en"))


def downgrade() -> None:
    op.drop_column("procedure", "report_language")
