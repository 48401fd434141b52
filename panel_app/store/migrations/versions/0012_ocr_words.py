"""OCR word boxes beside the OCR text, for the scoring page's highlights on a scan (issue 15)

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-06
"""
import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # plain ADD COLUMN (SQLite supports it for a nullable column): no batch copy of the whole document table
    op.add_column("document", sa.Column("ocr_words", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("document") as batch:
        batch.drop_column("ocr_words")
